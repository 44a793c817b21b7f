// Cell-level parsers the row schemas share: optional cells, calendar dates, time zones, whole numbers.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time-zone';

/** An empty cell is an absent value. */
export function optionalCell<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === '' || value === undefined ? undefined : value),
    schema.optional(),
  );
}

/** A cell that must not be empty; the column comes from the issue's path. */
export function requiredCell() {
  return z.preprocess(
    (value) => (value === undefined ? '' : value),
    z.string().min(1, { error: 'import-required' }),
  );
}

/** A choice among fixed words, case-insensitive, with the accepted words in the error. */
export function choiceCell<const T extends readonly [string, ...string[]]>(words: T) {
  return z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(words, { error: 'import-not-one-of' }));
}

export const isoDateCell = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'import-not-iso-date' })
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, { error: 'import-not-real-date' });

// Checking a zone builds an Intl formatter; a 200,000-row file names a handful of zones, so remember the answers.
const zoneValidity = new Map<string, boolean>();
function isKnownZone(name: string): boolean {
  let valid = zoneValidity.get(name);
  if (valid === undefined) {
    valid = isValidTimeZone(name);
    zoneValidity.set(name, valid);
  }
  return valid;
}

export const timeZoneCell = z.string().refine(isKnownZone, { error: 'import-not-time-zone' });

/** Whole numbers, allowing thousands grouped as in 20.000 or 20,000 (Vietnamese sheets use dots). */
export function wholeNumberCell() {
  return z.string().transform((value, context) => {
    const ungrouped = /^\d{1,3}([.,\s]\d{3})+$/.test(value) ? value.replace(/[.,\s]/g, '') : value;
    if (!/^-?\d+(\.\d+)?$/.test(ungrouped)) {
      context.addIssue({ code: 'custom', message: 'import-not-number', params: { value } });
      return z.NEVER;
    }
    const number = Number(ungrouped);
    if (!Number.isInteger(number) || number < 0) {
      context.addIssue({ code: 'custom', message: 'import-not-whole-number', params: { value } });
      return z.NEVER;
    }
    return number;
  });
}
