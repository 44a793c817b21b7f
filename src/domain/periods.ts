// Months, calendar dates and deadlines in a member's own time zone, and their @db.Date form in the records.
import { DateTime } from 'luxon';

/** A calendar month, 'YYYY-MM'; sorts correctly as a string. */
export type MonthKey = string;
/** A calendar day, 'YYYY-MM-DD', with no time zone attached. */
export type CalendarDate = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function monthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function parseMonthKey(month: MonthKey): { year: number; month: number } {
  const match = MONTH_KEY.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function monthStart(month: MonthKey, zone: string): DateTime {
  const { year, month: monthOfYear } = parseMonthKey(month);
  return DateTime.fromObject({ year, month: monthOfYear, day: 1 }, { zone: checkedZone(zone) });
}

/** Zones already found valid: records hold a few dozen, and checking one builds a DateTime. */
const validZones = new Set<string>();

function checkedZone(zone: string): string {
  if (validZones.has(zone)) return zone;
  if (!DateTime.fromMillis(0, { zone }).isValid) throw new RangeError(`unknown time zone: ${zone}`);
  if (validZones.size < 1_000) validZones.add(zone);
  return zone;
}

/**
 * Every zone's offset lies between UTC-12 and UTC+14; a margin of 16 hours each side leaves room for the odd
 * historical offset. An instant this far from its UTC month's edges is in that month in every zone.
 */
export const ZONE_EDGE_MARGIN_MS = 16 * 3_600_000;

/** The month of `instant` when it is the same in every zone, else undefined. */
export function monthInEveryZone(instant: Date): MonthKey | undefined {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  if (time - Date.UTC(year, month, 1) < ZONE_EDGE_MARGIN_MS) return undefined;
  if (Date.UTC(year, month + 1, 1) - time <= ZONE_EDGE_MARGIN_MS) return undefined;
  return monthKey(year, month + 1);
}

/** The wall-clock time of `now` in the member's zone. */
export function localTime(now: Date, zone: string): DateTime {
  return DateTime.fromJSDate(now, { zone: checkedZone(zone) });
}

/**
 * The month it is now where the member is. Exports and rosters ask this for every member: away from a month's
 * edges the answer needs no time-zone arithmetic.
 */
export function currentMonth(now: Date, zone: string): MonthKey {
  const everywhere = monthInEveryZone(now);
  if (everywhere !== undefined) {
    checkedZone(zone);
    return everywhere;
  }
  const local = localTime(now, zone);
  return monthKey(local.year, local.month);
}

/** Today's date where the member is. */
export function today(now: Date, zone: string): CalendarDate {
  return localTime(now, zone).toISODate()!;
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  const shifted = monthStart(month, 'utc').plus({ months: count });
  return monthKey(shifted.year, shifted.month);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsFrom(from: MonthKey, to: MonthKey): number {
  const a = parseMonthKey(from);
  const b = parseMonthKey(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Every month from `first` to `last`, both included; empty when `last` is earlier. */
export function monthRange(first: MonthKey, last: MonthKey): MonthKey[] {
  const count = monthsFrom(first, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addMonths(first, index));
}

export function monthsOfYear(year: number): MonthKey[] {
  return monthRange(monthKey(year, 1), monthKey(year, 12));
}

export function monthOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

export function addDays(date: CalendarDate, count: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: count }).toISODate()!;
}

/** The same day `count` months later, or the month's last day when it has no such day (31 Jan + 1 = 28/29 Feb). */
export function addMonthsToDate(date: CalendarDate, count: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months: count }).toISODate()!;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days,
  );
}

/** Whole calendar months elapsed from `from` to `to` (1 March to 28 March is 0, to 1 April is 1). */
export function wholeMonthsFrom(from: CalendarDate, to: CalendarDate): number {
  const elapsed = DateTime.fromISO(to, { zone: 'utc' }).diff(
    DateTime.fromISO(from, { zone: 'utc' }),
    'months',
  );
  return Math.floor(elapsed.months);
}

/** Prisma reads and writes @db.Date as midnight UTC of that day. */
export function calendarDateToDb(date: CalendarDate): Date {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!CALENDAR_DATE.test(date) || !parsed.isValid) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return parsed.toJSDate();
}

export function calendarDateFromDb(value: Date): CalendarDate {
  return DateTime.fromJSDate(value, { zone: 'utc' }).toISODate()!;
}

/** A month as stored in @db.Date columns: its first day. */
export function monthToDb(month: MonthKey): Date {
  return monthStart(month, 'utc').toJSDate();
}

export function monthFromDb(value: Date): MonthKey {
  return calendarDateFromDb(value).slice(0, 7);
}

/** The instant a calendar day begins in the zone. */
export function startOfDay(date: CalendarDate, zone: string): Date {
  const { year, month, day } = DateTime.fromISO(date, { zone: 'utc' });
  return DateTime.fromObject({ year, month, day }, { zone: checkedZone(zone) }).toJSDate();
}

/** The instant a month begins in the zone. */
export function startOfMonth(month: MonthKey, zone: string): Date {
  return monthStart(month, zone).toJSDate();
}

/** The instant a month is over in the zone: midnight starting the next month. */
export function endOfMonth(month: MonthKey, zone: string): Date {
  return monthStart(month, zone).plus({ months: 1 }).toJSDate();
}

/** Day N of a month as a date; a day past the month's end means its last day (day 31 of February). */
export function dayOfMonth(month: MonthKey, day: number): CalendarDate {
  const start = monthStart(month, 'utc');
  return start.set({ day: Math.min(day, start.daysInMonth!) }).toISODate()!;
}

/** "Day N at 00:00" of a month in the zone, with the same clamping as dayOfMonth. */
export function dayOfMonthStart(month: MonthKey, day: number, zone: string): Date {
  return startOfDay(dayOfMonth(month, day), zone);
}

/** The instant a calendar day is over in the zone: midnight starting the next day. */
export function endOfDay(date: CalendarDate, zone: string): Date {
  return startOfDay(addDays(date, 1), zone);
}

/** An instant as ISO 8601 with the member's offset, e.g. 2026-04-01T00:00:00+09:00. */
export function isoIn(instant: Date, zone: string): string {
  return localTime(instant, zone).toISO({ suppressMilliseconds: true })!;
}
