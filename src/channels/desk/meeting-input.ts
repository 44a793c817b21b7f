// What a secretary types for a meeting (date and time, day of month, time, place, agenda), read in the cell's zone.
import { readMeetingTime, type MeetingTimeProblem } from '../../domain/meeting-time';
import { isWebLink, WEB_LINK_MAX_CHARS } from '../../domain/web-link';
import { isMeetingTime } from '../../domain/meetings';

export const MEETING_PLACE_MAX_CHARS = 200;
export const MEETING_AGENDA_MAX_CHARS = 2000;
export const MEETING_LINK_MAX_CHARS = WEB_LINK_MAX_CHARS;

/** The Fluent key of what is wrong with a typed value, with its variables; or the value read. */
export type Parsed<V> =
  { ok: true; value: V } | { ok: false; errorKey: string; args?: Record<string, number> };

const CLOCK = /^(\d{1,2})\s*[:hg.]\s*(\d{2})$/i;

function clockOf(hour: number, minute: number): string | undefined {
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const START_ERROR: Record<MeetingTimeProblem, string> = {
  format: 'meeting-sec-error-when-format',
  time: 'meeting-sec-error-time',
  date: 'meeting-sec-error-date',
};

/** A meeting's start typed as dd/mm/yyyy HH:mm on the cell's clock; it must lie after `now`. */
export function parseMeetingStart(text: string, zone: string, now: Date): Parsed<Date> {
  const read = readMeetingTime(text, zone);
  if (!read.ok) return { ok: false, errorKey: START_ERROR[read.problem] };
  if (read.value.getTime() <= now.getTime()) return { ok: false, errorKey: 'meeting-sec-error-past' };
  return { ok: true, value: read.value };
}

/** The regular meeting's day of the month, 1-31 (a day past a month's end falls on its last day). */
export function parseDayOfMonth(text: string): Parsed<number> {
  const trimmed = text.trim();
  const day = Number(trimmed);
  if (!/^\d{1,2}$/.test(trimmed) || day < 1 || day > 31) {
    return { ok: false, errorKey: 'meeting-sec-error-day' };
  }
  return { ok: true, value: day };
}

/** A clock time "19:30" (also "19h30"), stored as HH:mm. */
export function parseClock(text: string): Parsed<string> {
  const match = CLOCK.exec(text.trim());
  const time = match ? clockOf(Number(match[1]), Number(match[2])) : undefined;
  if (!time || !isMeetingTime(time)) return { ok: false, errorKey: 'meeting-sec-error-time' };
  return { ok: true, value: time };
}

/** An online meeting's link as members will open it: an http(s) address, nothing else around it. */
export function parseMeetingLink(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed.length > MEETING_LINK_MAX_CHARS) {
    return {
      ok: false,
      errorKey: 'meeting-sec-error-too-long',
      args: { length: trimmed.length, max: MEETING_LINK_MAX_CHARS },
    };
  }
  if (!isWebLink(trimmed)) return { ok: false, errorKey: 'meeting-sec-error-link' };
  return { ok: true, value: trimmed };
}

/** A place or an agenda: some text, not longer than the limit; spaces around it are dropped. */
export function parseMeetingText(text: string, max: number): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, errorKey: 'meeting-sec-error-empty', args: { max } };
  if (trimmed.length > max) {
    return { ok: false, errorKey: 'meeting-sec-error-too-long', args: { length: trimmed.length, max } };
  }
  return { ok: true, value: trimmed };
}
