// Free text: trimmed, between a minimum and a maximum length (the maximum covers all parts of a multi-message answer);
// a step whose prompt offers "none" takes it however short.
import { isKeyword } from '../keywords';
import type { FormEnv, TextStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

export const DEFAULT_TEXT_MAX = 4000;

export function textMaxLength(step: TextStep): number {
  return step.maxLength ?? DEFAULT_TEXT_MAX;
}

/** The minimum of a step that reads it from the policy needs the env; a fixed one does not. */
export function textLimits(step: TextStep, env?: FormEnv): { min: number; max: number } {
  if (typeof step.minLength !== 'function') return { min: step.minLength ?? 1, max: textMaxLength(step) };
  if (!env) throw new Error(`text step "${step.id}" reads its minimum from the env`);
  return { min: step.minLength(env), max: textMaxLength(step) };
}

/** “Không có”, "None." or 'no' as typed, quotes and a final dot allowed, any case: nothing to report. */
export function isNoneAnswer(text: string): boolean {
  return isKeyword(text.replace(/^["'“”‘’«»\s]+|["'“”‘’«»\s.!]+$/g, ''), 'none');
}

export function parseText(step: TextStep, text: string, env?: FormEnv): Parsed<string> {
  const value = text.trim();
  const { min, max } = textLimits(step, env);
  if (value.length > max) return refused('forms-error-text-too-long', { length: value.length, max });
  if (step.acceptsNone && isNoneAnswer(value)) return accepted(value);
  if (value.length < min) {
    const key =
      step.tooShortKey ??
      (step.acceptsNone ? 'forms-error-text-too-short-or-none' : 'forms-error-text-too-short');
    return refused(key, { length: value.length, min });
  }
  return accepted(value);
}

/** Joins a new part to what arrived before; refused when the whole would pass the limit. */
export function appendText(step: TextStep, before: string, part: string): Parsed<string> {
  const joined = before ? `${before}\n${part.trim()}` : part.trim();
  const max = textMaxLength(step);
  if (joined.length > max)
    return refused('forms-error-text-total-too-long', { length: joined.length, max, sofar: before.length });
  return accepted(joined);
}
