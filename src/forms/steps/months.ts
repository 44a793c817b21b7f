// Month sets: chosen from the months on offer (e.g. unpaid ones), or typed "11/2026, 12/2026", "2026-11", "1, 2".
import { formatMonth, formatMonths } from '../../presentation/formats';
import { isKeyword, normaliseWords } from '../keywords';
import type { MonthsStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

/** '2026-11' from "11/2026", "11-2026", "2026-11" or "2026/11"; undefined when not a month. */
function readMonth(token: string): string | undefined {
  const monthFirst = /^(\d{1,2})[/.-](\d{4})$/.exec(token);
  const yearFirst = /^(\d{4})[/.-](\d{1,2})$/.exec(token);
  const [year, month] = monthFirst
    ? [Number(monthFirst[2]), Number(monthFirst[1])]
    : yearFirst
      ? [Number(yearFirst[1]), Number(yearFirst[2])]
      : [0, 0];
  if (!year || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function checkMonthCount(step: MonthsStep, months: readonly string[]): Parsed<string[]> {
  const min = step.minSelected ?? 1;
  if (months.length < min) return refused('forms-error-select-min-months', { min });
  if (step.maxSelected !== undefined && months.length > step.maxSelected)
    return refused('forms-error-select-max-months', { max: step.maxSelected });
  return accepted([...months]);
}

export function parseMonths(
  step: MonthsStep,
  text: string,
  offered: readonly string[],
  locale: string,
): Parsed<string[]> {
  if (isKeyword(text, 'all')) return checkMonthCount(step, offered);
  // "thang 11/2026" and "month 11/2026": the word adds nothing.
  const tokens = normaliseWords(text)
    .replace(/\b(thang|month|months|va|and)\b/g, ' ')
    .split(/[\s,;&+]+/)
    .filter(Boolean);
  if (tokens.length === 0) return refused('forms-error-months-format');
  const chosen = new Set<string>();
  for (const token of tokens) {
    const index = /^\d{1,2}$/.test(token) ? Number(token) - 1 : undefined;
    const month = index !== undefined ? offered[index] : readMonth(token);
    if (index !== undefined && month === undefined)
      return refused('forms-error-months-number', { count: offered.length });
    if (month === undefined) return refused('forms-error-months-format');
    if (!offered.includes(month))
      return refused('forms-error-month-not-offered', {
        month: formatMonth(month, locale),
        offered: formatMonths(offered, locale),
      });
    chosen.add(month);
  }
  return checkMonthCount(
    step,
    offered.filter((month) => chosen.has(month)),
  );
}
