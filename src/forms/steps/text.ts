// Free text: trimmed, between a minimum and a maximum length (the maximum covers all parts of a multi-message answer).
import type { TextStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

export const DEFAULT_TEXT_MAX = 4000;

export function textLimits(step: TextStep): { min: number; max: number } {
  return { min: step.minLength ?? 1, max: step.maxLength ?? DEFAULT_TEXT_MAX };
}

export function parseText(step: TextStep, text: string): Parsed<string> {
  const value = text.trim();
  const { min, max } = textLimits(step);
  if (value.length > max) return refused('forms-error-text-too-long', { length: value.length, max });
  if (value.length < min) return refused('forms-error-text-too-short', { length: value.length, min });
  return accepted(value);
}

/** Joins a new part to what arrived before; refused when the whole would pass the limit. */
export function appendText(step: TextStep, before: string, part: string): Parsed<string> {
  const joined = before ? `${before}\n${part.trim()}` : part.trim();
  const { max } = textLimits(step);
  if (joined.length > max)
    return refused('forms-error-text-total-too-long', { length: joined.length, max, sofar: before.length });
  return accepted(joined);
}
