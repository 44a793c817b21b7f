// A meeting's date and time read on the cell's clock: day first as people type it, year first only where files allow it.
import { readMeetingTime } from '../../../src/domain/meeting-time';

describe('readMeetingTime', () => {
  it.each([
    ['05/03/2026 19:30', 'Asia/Ho_Chi_Minh', {}, '2026-03-05T12:30:00.000Z'],
    ['5/3/2026 19h30', 'Asia/Ho_Chi_Minh', {}, '2026-03-05T12:30:00.000Z'],
    ['2026-03-05 19:30', 'Asia/Ho_Chi_Minh', { iso: true }, '2026-03-05T12:30:00.000Z'],
    ['2026-03-05T19:30', 'Asia/Seoul', { iso: true }, '2026-03-05T10:30:00.000Z'],
    ['2026-03-05 19:30:00', 'Europe/Prague', { iso: true }, '2026-03-05T18:30:00.000Z'],
    // Summer time in Prague: two hours ahead of UTC.
    ['2026-07-05 19:30', 'Europe/Prague', { iso: true }, '2026-07-05T17:30:00.000Z'],
  ])('reads %j in %s (%j)', (text, zone, options, iso) => {
    expect(readMeetingTime(text, zone, options)).toEqual({ ok: true, value: new Date(iso) });
  });

  it.each([
    ['2026-03-05 19:30', {}, 'format'],
    ['2026-03-05', { iso: true }, 'format'],
    ['05/03/2026', { iso: true }, 'format'],
    ['2026-03-05 24:00', { iso: true }, 'time'],
    ['05/03/2026 19:61', {}, 'time'],
    ['2026-02-29 19:30', { iso: true }, 'date'],
    ['31/04/2026 19:30', {}, 'date'],
  ])('refuses %j (%j): %s', (text, options, problem) => {
    expect(readMeetingTime(text, 'Asia/Ho_Chi_Minh', options)).toEqual({ ok: false, problem });
  });

  it('refuses a clock time a DST change skips, in a file too', () => {
    expect(readMeetingTime('2026-03-29 02:30', 'Europe/Berlin', { iso: true })).toEqual({
      ok: false,
      problem: 'date',
    });
  });
});
