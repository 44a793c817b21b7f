// A meeting's date and time as people write it (05/03/2026 19:30; files also 2026-03-05 19:30), on the cell's clock.
import { DateTime } from 'luxon';

/** What is wrong with a typed date and time: not a date and time at all, an impossible clock time, or day. */
export type MeetingTimeProblem = 'format' | 'time' | 'date';

export type MeetingTimeReading = { ok: true; value: Date } | { ok: false; problem: MeetingTimeProblem };

// "05/01/2027 19:30", also "5/1/2027 19h30" or "05-01-2027 19.30": how people write a date and a time in Vietnam.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2})\s*[:hg.]\s*(\d{2})$/i;
// "2027-01-05 19:30" or "2027-01-05T19:30": what a spreadsheet exports.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[\sT](\d{1,2}):(\d{2})(?::00)?$/;

/**
 * Reads a local date and time in `zone`. A day that does not exist (31/04, 29/02 of a common year) or a clock time a
 * DST change skips is refused rather than moved. `iso` also accepts year-first dates, as import files write them.
 */
export function readMeetingTime(
  text: string,
  zone: string,
  options: { iso?: boolean } = {},
): MeetingTimeReading {
  const trimmed = text.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const isoMatch = options.iso && !dayFirst ? ISO.exec(trimmed) : null;
  if (!dayFirst && !isoMatch) return { ok: false, problem: 'format' };
  const [day, month, year, hour, minute] = dayFirst
    ? dayFirst.slice(1).map(Number)
    : [isoMatch![3], isoMatch![2], isoMatch![1], isoMatch![4], isoMatch![5]].map(Number);
  if (hour > 23 || minute > 59) return { ok: false, problem: 'time' };
  const at = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // Luxon refuses 31/04 or 13th months; a clock time a DST change skips comes back moved, which is refused too.
  if (!at.isValid || at.day !== day || at.month !== month || at.hour !== hour) {
    return { ok: false, problem: 'date' };
  }
  return { ok: true, value: at.toJSDate() };
}
