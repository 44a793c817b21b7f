// Numbers as people type them: "12", "1.500" or "1,500" (thousands), "2,5" or "2.5" (decimal).
import type { NumberStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

/**
 * A group of exactly three digits after a separator is read as thousands ("20.000" in Vietnam,
 * "20,000" in English); any other single separator is a decimal point.
 */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim().replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1');
  let digits: string | undefined;
  if (/^[+-]?\d+$/.test(text)) digits = text;
  else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) digits = text.replace(/\./g, '');
  else if (/^[+-]?\d{1,3}(,\d{3})+$/.test(text)) digits = text.replace(/,/g, '');
  else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) digits = text.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) digits = text.replace(/,/g, '');
  else if (/^[+-]?\d+[.,]\d+$/.test(text)) digits = text.replace(',', '.');
  if (digits === undefined) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

export function formatNumber(value: number, locale: string, fractionDigits = 6): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

export function parseNumber(step: NumberStep, text: string, locale: string): Parsed<number> {
  const value = parseDecimal(text);
  if (value === undefined) return refused('forms-error-number');
  if (step.integer && !Number.isInteger(value)) return refused('forms-error-number-integer');
  if (step.min !== undefined && value < step.min)
    return refused('forms-error-number-min', { min: formatNumber(step.min, locale) });
  if (step.max !== undefined && value > step.max)
    return refused('forms-error-number-max', { max: formatNumber(step.max, locale) });
  return accepted(value);
}
