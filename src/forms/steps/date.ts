// Dates as typed in Vietnam and abroad: 25/12/2026, 5/1/2026, 05.01.2026 (day first) or 2026-01-05.
import { formatDate } from '../../presentation/formats';
import { DateTime } from 'luxon';
import type { Answers, DateStep, FormEnv } from '../types';
import { accepted, refused, type Parsed } from './parsed';

/** 'YYYY-MM-DD' of a valid calendar date, or undefined when the text is not a date at all. */
function readDate(text: string): { iso: string } | { impossible: true } | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (!dayFirst && !isoLike) return undefined;
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : [Number(isoLike![1]), Number(isoLike![2]), Number(isoLike![3])];
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return date.isValid ? { iso: date.toISODate() } : { impossible: true };
}

export function parseDate(step: DateStep, text: string, answers: Answers, env: FormEnv): Parsed<string> {
  const read = readDate(text);
  if (!read) return refused('forms-error-date-format');
  if ('impossible' in read) return refused('forms-error-date-impossible', { date: text.trim() });
  const min = step.min?.(answers, env);
  if (min && read.iso < min)
    return refused('forms-error-date-too-early', { min: formatDate(min, env.locale) });
  const max = step.max?.(answers, env);
  if (max && read.iso > max)
    return refused('forms-error-date-too-late', { max: formatDate(max, env.locale) });
  return accepted(read.iso);
}
