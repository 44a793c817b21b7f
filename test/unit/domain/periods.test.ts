// Months and deadlines in the member's zone: month ends, DST, leap years, the year boundary, and the @db.Date form.
import {
  addDays,
  addMonths,
  calendarDateFromDb,
  calendarDateToDb,
  currentMonth,
  dayOfMonth,
  dayOfMonthStart,
  daysFrom,
  endOfDay,
  endOfMonth,
  isCalendarDate,
  isMonthKey,
  isoIn,
  monthFromDb,
  monthRange,
  monthToDb,
  monthsFrom,
  startOfMonth,
  today,
  wholeMonthsFrom,
} from '../../../src/domain/periods';
import { DateTime } from 'luxon';

describe('periods', () => {
  it.each([
    // The same instant is a different month depending on where the member is.
    ['2026-01-31T15:30:00Z', 'Asia/Seoul', '2026-02', '2026-02-01'],
    ['2026-01-31T15:30:00Z', 'Asia/Tokyo', '2026-02', '2026-02-01'],
    ['2026-01-31T15:30:00Z', 'Asia/Ho_Chi_Minh', '2026-01', '2026-01-31'],
    ['2026-03-31T22:30:00Z', 'Europe/Prague', '2026-04', '2026-04-01'],
    ['2026-03-31T22:30:00Z', 'America/Los_Angeles', '2026-03', '2026-03-31'],
    ['2026-12-31T17:30:00Z', 'Asia/Ho_Chi_Minh', '2027-01', '2027-01-01'],
    ['2026-12-31T16:59:59Z', 'Asia/Ho_Chi_Minh', '2026-12', '2026-12-31'],
    ['2027-01-01T07:00:00Z', 'America/Los_Angeles', '2026-12', '2026-12-31'],
    ['2028-02-29T12:00:00Z', 'Europe/Prague', '2028-02', '2028-02-29'],
  ])('%s in %s is month %s, day %s', (instant, zone, month, day) => {
    expect(currentMonth(new Date(instant), zone)).toBe(month);
    expect(today(new Date(instant), zone)).toBe(day);
  });

  it.each([
    // Month ends as instants: Prague switches to summer time on 29 March 2026, Los Angeles on 8 March.
    ['2026-02', 'Europe/Prague', '2026-02-28T23:00:00.000Z'],
    ['2026-03', 'Europe/Prague', '2026-03-31T22:00:00.000Z'],
    ['2026-10', 'Europe/Prague', '2026-10-31T23:00:00.000Z'],
    ['2026-02', 'America/Los_Angeles', '2026-03-01T08:00:00.000Z'],
    ['2026-03', 'America/Los_Angeles', '2026-04-01T07:00:00.000Z'],
    ['2026-12', 'Asia/Ho_Chi_Minh', '2026-12-31T17:00:00.000Z'],
    ['2028-02', 'Asia/Seoul', '2028-02-29T15:00:00.000Z'],
    ['2027-02', 'Asia/Tokyo', '2027-02-28T15:00:00.000Z'],
  ])('month %s in %s is over at %s', (month, zone, end) => {
    expect(endOfMonth(month, zone).toISOString()).toBe(end);
    expect(startOfMonth(addMonths(month, 1), zone).toISOString()).toBe(end);
  });

  it.each([
    ['2026-03', 20, 'Europe/Prague', '2026-03-19T23:00:00.000Z', '2026-03-20T00:00:00+01:00'],
    ['2026-03', 27, 'Europe/Prague', '2026-03-26T23:00:00.000Z', '2026-03-27T00:00:00+01:00'],
    ['2026-03', 30, 'Europe/Prague', '2026-03-29T22:00:00.000Z', '2026-03-30T00:00:00+02:00'],
    ['2026-11', 20, 'America/Los_Angeles', '2026-11-20T08:00:00.000Z', '2026-11-20T00:00:00-08:00'],
    ['2026-02', 31, 'Asia/Seoul', '2026-02-27T15:00:00.000Z', '2026-02-28T00:00:00+09:00'],
    ['2028-02', 31, 'Asia/Seoul', '2028-02-28T15:00:00.000Z', '2028-02-29T00:00:00+09:00'],
  ])('day %2$d of %1$s at 00:00 in %3$s', (month, day, zone, instant, local) => {
    const at = dayOfMonthStart(month, day, zone);
    expect(at.toISOString()).toBe(instant);
    expect(isoIn(at, zone)).toBe(local);
  });

  it('does month arithmetic across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsFrom('2025-11', '2026-02')).toBe(3);
    expect(monthsFrom('2026-02', '2025-11')).toBe(-3);
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
  });

  it('does day arithmetic over leap days and DST', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysFrom('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysFrom('2026-03-01', '2026-02-01')).toBe(-28);
    expect(dayOfMonth('2028-02', 30)).toBe('2028-02-29');
    expect(wholeMonthsFrom('2026-03-01', '2026-03-31')).toBe(0);
    expect(wholeMonthsFrom('2026-03-01', '2027-03-01')).toBe(12);
    // A month after the 31st of January is the last day of February.
    expect(wholeMonthsFrom('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeMonthsFrom('2026-01-31', '2026-02-27')).toBe(0);
    // The day Prague loses an hour still ends at the next midnight.
    expect(endOfDay('2026-03-29', 'Europe/Prague').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('converts months and dates to and from the @db.Date form (midnight UTC)', () => {
    expect(monthToDb('2026-03').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(monthFromDb(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03');
    expect(calendarDateToDb('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(calendarDateFromDb(new Date('2028-02-29T00:00:00Z'))).toBe('2028-02-29');
    expect(() => calendarDateToDb('2027-02-29')).toThrow(RangeError);
  });

  it('agrees with the zone arithmetic at every hour of a leap year, in the zones furthest from UTC', () => {
    const zones = [
      'Pacific/Kiritimati',
      'Etc/GMT+12',
      'Asia/Kathmandu',
      'Europe/Prague',
      'America/Los_Angeles',
    ];
    const disagreements: string[] = [];
    for (let time = Date.UTC(2027, 11, 31); time < Date.UTC(2029, 0, 2); time += 3_600_000) {
      const instant = new Date(time);
      for (const zone of zones) {
        const expected = DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM');
        if (currentMonth(instant, zone) !== expected) disagreements.push(`${instant.toISOString()} ${zone}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Away from a month's edges too, a zone that does not exist is refused.
    expect(() => currentMonth(new Date('2026-06-15T12:00:00Z'), 'Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it('validates keys and zones', () => {
    expect(isMonthKey('2026-12')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('2026-1')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(() => currentMonth(new Date(), 'Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
  });
});
