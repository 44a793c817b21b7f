// Time zones as members type them in /settings: full IANA names, city names, Vietnamese names of home.
import { isValidTimeZone, resolveTimeZone } from '../../../src/domain/time-zone';

describe('resolveTimeZone', () => {
  it.each([
    ['Asia/Seoul', 'Asia/Seoul'],
    ['  seoul ', 'Asia/Seoul'],
    ['Los Angeles', 'America/Los_Angeles'],
    ['los_angeles', 'America/Los_Angeles'],
    ['PRAGUE', 'Europe/Prague'],
    ['Hồ Chí Minh', 'Asia/Ho_Chi_Minh'],
    ['Sài Gòn', 'Asia/Ho_Chi_Minh'],
    ['Hà Nội', 'Asia/Ho_Chi_Minh'],
  ])('reads %j as %s', (typed, zone) => {
    expect(resolveTimeZone(typed)).toBe(zone);
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['', 'ab', 'Atlantis', 'Asia/Atlantis', 'UTC+7', '12:00'])('finds nothing for %j', (typed) => {
    expect(resolveTimeZone(typed)).toBeUndefined();
  });
});
