// Choices typed instead of pressed: "2", the option's label, or for several "1, 3"; confirm takes yes/no words.
import { isKeyword, normaliseWords } from '../keywords';
import type { ConfirmStep, MultiChoiceStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

export interface OfferedOption {
  value: string;
  label: string;
}

function findOption(token: string, offered: readonly OfferedOption[]): OfferedOption | undefined {
  if (/^\d{1,3}$/.test(token)) return offered[Number(token) - 1];
  const wanted = normaliseWords(token);
  return offered.find((option) => normaliseWords(option.label) === wanted || option.value === token.trim());
}

export function parseChoice(text: string, offered: readonly OfferedOption[]): Parsed<string> {
  const option = findOption(text.trim(), offered);
  return option ? accepted(option.value) : refused('forms-error-choice', { count: offered.length });
}

export function checkSelectionCount(step: MultiChoiceStep, values: readonly string[]): Parsed<string[]> {
  const min = step.minSelected ?? 1;
  if (values.length < min) return refused('forms-error-select-min', { min });
  if (step.maxSelected !== undefined && values.length > step.maxSelected)
    return refused('forms-error-select-max', { max: step.maxSelected });
  return accepted([...values]);
}

export function parseMultiChoice(
  step: MultiChoiceStep,
  text: string,
  offered: readonly OfferedOption[],
): Parsed<string[]> {
  // A label may hold spaces, so a whole-text match comes first; then a list split on commas or spaces.
  const whole = findOption(text.trim(), offered);
  const tokens = whole ? [text] : text.split(/[,;]+|\s+(?=\d)/).filter((token) => token.trim());
  const chosen = new Set<string>();
  for (const token of tokens) {
    const option = findOption(token.trim(), offered);
    if (!option) return refused('forms-error-choice', { count: offered.length });
    chosen.add(option.value);
  }
  return checkSelectionCount(
    step,
    offered.filter((option) => chosen.has(option.value)).map((option) => option.value),
  );
}

export function parseConfirm(_step: ConfirmStep, text: string): Parsed<boolean> {
  const trimmed = text.trim();
  if (trimmed === '1' || isKeyword(trimmed, 'yes')) return accepted(true);
  if (trimmed === '2' || isKeyword(trimmed, 'no')) return accepted(false);
  return refused('forms-error-confirm');
}
