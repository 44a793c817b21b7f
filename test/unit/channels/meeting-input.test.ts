// What a secretary may type for a meeting: dates read on the cell's clock, impossible or past ones refused by key.
import {
  parseClock,
  parseDayOfMonth,
  parseMeetingStart,
  parseMeetingText,
} from '../../../src/channels/desk/meeting-input';

const NOW = new Date('2026-11-22T03:00:00Z');

describe('meeting input', () => {
  it.each([
    ['05/01/2027 19:30', 'Asia/Ho_Chi_Minh', '2027-01-05T12:30:00.000Z'],
    ['5/1/2027 19h30', 'Asia/Ho_Chi_Minh', '2027-01-05T12:30:00.000Z'],
    ['05-01-2027 7:05', 'Asia/Seoul', '2027-01-04T22:05:00.000Z'],
    ['29/03/2027 19:30', 'Europe/Berlin', '2027-03-29T17:30:00.000Z'],
    ['31/12/2026 23:59', 'Asia/Ho_Chi_Minh', '2026-12-31T16:59:00.000Z'],
  ])('reads %j in %s', (typed, zone, iso) => {
    expect(parseMeetingStart(typed, zone, NOW)).toEqual({ ok: true, value: new Date(iso) });
  });

  it.each([
    ['32/13/2026 19:30', 'meeting-sec-error-date'],
    ['29/02/2027 19:30', 'meeting-sec-error-date'],
    ['05/12/2026 25:00', 'meeting-sec-error-time'],
    ['05/12/2026 19:60', 'meeting-sec-error-time'],
    ['25:00', 'meeting-sec-error-when-format'],
    ['2026-12-05 19:30', 'meeting-sec-error-when-format'],
    ['01/11/2026 19:30', 'meeting-sec-error-past'],
    ['22/11/2026 10:00', 'meeting-sec-error-past'],
  ])('refuses %j', (typed, errorKey) => {
    expect(parseMeetingStart(typed, 'Asia/Ho_Chi_Minh', NOW)).toMatchObject({ ok: false, errorKey });
  });

  it('refuses a clock time a DST change skips', () => {
    // 28 March 2027, 02:30 does not exist in Berlin.
    expect(parseMeetingStart('28/03/2027 02:30', 'Europe/Berlin', NOW)).toMatchObject({ ok: false });
  });

  it('reads a day of month, a time, a place', () => {
    expect(parseDayOfMonth(' 5 ')).toEqual({ ok: true, value: 5 });
    for (const day of ['0', '32', '5a', '', '-1'])
      expect(parseDayOfMonth(day)).toMatchObject({ ok: false, errorKey: 'meeting-sec-error-day' });
    expect(parseClock('7h05')).toEqual({ ok: true, value: '07:05' });
    for (const time of ['25:00', '19:75', '1930', 'tối'])
      expect(parseClock(time)).toMatchObject({ ok: false, errorKey: 'meeting-sec-error-time' });
    expect(parseMeetingText('  Nhà văn hóa  ', 200)).toEqual({ ok: true, value: 'Nhà văn hóa' });
    expect(parseMeetingText('   ', 200)).toMatchObject({ ok: false, errorKey: 'meeting-sec-error-empty' });
    expect(parseMeetingText('x'.repeat(201), 200)).toEqual({
      ok: false,
      errorKey: 'meeting-sec-error-too-long',
      args: { length: 201, max: 200 },
    });
  });
});
