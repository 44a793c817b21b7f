// A missed month's check-in may still be filed late, within the policy's window, in the member's own zone (issue 11
// §7); once filed, the month is contact again for the overdue and contact-lost rules.
import { checkInFiling, lateCheckInWindow } from '../../../src/domain/check-in-window';
import { dueItems, type NotificationSubject } from '../../../src/domain/due-items';
import { loadPolicy, type Policy } from '../../../src/domain/policy';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';
import { CalendarBook } from '../../../src/domain/zone-calendar';

const policy = loadPolicy();
const withWindow = (days: number, opensOnDay = policy.checkIn.opensOnDay): Policy => ({
  ...policy,
  checkIn: { ...policy.checkIn, lateWindowDays: days, opensOnDay },
});

describe('the late window (policy checkIn.lateWindowDays)', () => {
  it('ships with 10 days, each number sourced', () => {
    expect(policy.checkIn.lateWindowDays).toBe(10);
  });

  it.each([
    // zone, instant, month just closed still open late (or null), its last late day
    ['Asia/Ho_Chi_Minh', '2027-01-05T09:00:00+07:00', '2026-12', '2027-01-10'], // December filed in January
    ['Asia/Ho_Chi_Minh', '2027-01-10T23:59:59+07:00', '2026-12', '2027-01-10'],
    ['Asia/Ho_Chi_Minh', '2027-01-11T00:00:00+07:00', null, null],
    // 10 January 22:30 in Vietnam is already 11 January in Seoul: closed there, open in Vietnam.
    ['Asia/Seoul', '2027-01-10T15:30:00Z', null, null],
    ['Asia/Ho_Chi_Minh', '2027-01-10T15:30:00Z', '2026-12', '2027-01-10'],
    // Prague in summer time: 10 April ends at 22:00 UTC.
    ['Europe/Prague', '2026-04-10T21:59:59Z', '2026-03', '2026-04-10'],
    ['Europe/Prague', '2026-04-10T22:00:00Z', null, null],
    // 1 March 07:30 UTC is still 28 February in Los Angeles: January's window is long over.
    ['America/Los_Angeles', '2026-03-01T07:30:00Z', null, null],
    ['America/Los_Angeles', '2026-03-01T08:30:00Z', '2026-02', '2026-03-10'],
    // A leap year's February, filed on the first of March in Tokyo.
    ['Asia/Tokyo', '2028-02-29T15:00:00Z', '2028-02', '2028-03-10'],
  ])('in %s at %s the late month is %s (to %s)', (zone, now, month, lastDay) => {
    const window = lateCheckInWindow(new Date(now), zone, policy);
    expect(window && { month: window.month, lastDay: window.lastDay }).toEqual(
      month === null ? null : { month, lastDay },
    );
  });

  it('closes when the last late day is over in the member zone', () => {
    const window = lateCheckInWindow(new Date('2027-01-02T00:00:00Z'), 'Asia/Seoul', policy)!;
    expect(window.closesAt.toISOString()).toBe('2027-01-10T15:00:00.000Z');
  });

  it('is off with a window of 0 days, and a longer one still opens only the month just closed', () => {
    expect(lateCheckInWindow(new Date('2027-01-01T03:00:00+07:00'), 'Asia/Ho_Chi_Minh', withWindow(0))).toBe(
      null,
    );
    const long = withWindow(28);
    expect(lateCheckInWindow(new Date('2027-02-28T20:00:00+07:00'), 'Asia/Ho_Chi_Minh', long)?.month).toBe(
      '2027-01',
    );
    expect(lateCheckInWindow(new Date('2027-03-01T01:00:00+07:00'), 'Asia/Ho_Chi_Minh', long)?.month).toBe(
      '2027-02',
    );
  });
});

describe('checkInFiling: which month a check-in filed now is for', () => {
  const vn = 'Asia/Ho_Chi_Minh';
  it.each([
    // asked, instant, zone, result
    [undefined, '2027-01-05T09:00:00+07:00', vn, { outcome: 'open', month: '2027-01', late: false }],
    ['2027-01', '2027-01-05T09:00:00+07:00', vn, { outcome: 'open', month: '2027-01', late: false }],
    ['2026-12', '2027-01-05T09:00:00+07:00', vn, { outcome: 'open', month: '2026-12', late: true }],
    [
      '2026-12',
      '2027-01-11T08:00:00+07:00',
      vn,
      { outcome: 'refused', reason: 'month-closed', month: '2026-12' },
    ],
    // Two months back: never open late, however short the gap.
    [
      '2026-11',
      '2027-01-01T08:00:00+07:00',
      vn,
      { outcome: 'refused', reason: 'month-closed', month: '2026-11' },
    ],
    [
      '2027-02',
      '2027-01-05T09:00:00+07:00',
      vn,
      { outcome: 'refused', reason: 'month-not-open', month: '2027-02' },
    ],
    [
      '2027-1',
      '2027-01-05T09:00:00+07:00',
      vn,
      { outcome: 'refused', reason: 'invalid-month', month: '2027-1' },
    ],
    // Late in Seoul already, on time in Prague: the same instant, each member's own month.
    ['2026-03', '2026-03-31T22:30:00Z', 'Europe/Prague', { outcome: 'open', month: '2026-03', late: true }],
    ['2026-03', '2026-03-31T21:30:00Z', 'Europe/Prague', { outcome: 'open', month: '2026-03', late: false }],
    ['2026-03', '2026-03-31T21:30:00Z', 'Asia/Seoul', { outcome: 'open', month: '2026-03', late: true }],
  ])('asked %s at %s in %s', (asked, now, zone, result) => {
    expect(checkInFiling(asked, new Date(now), zone, policy)).toEqual(result);
  });

  it('keeps a month already answered closed: the late window never rewrites what the cell read', () => {
    const filed = (month: string) => month === '2026-12';
    expect(checkInFiling('2026-12', new Date('2027-01-03T10:00:00+07:00'), vn, policy, filed)).toEqual({
      outcome: 'refused',
      reason: 'month-closed',
      month: '2026-12',
    });
  });

  it('opens a late month even before the current month opens', () => {
    const opensOn5th = withWindow(10, 5);
    const now = new Date('2027-01-03T10:00:00+07:00');
    expect(checkInFiling('2026-12', now, vn, opensOn5th)).toMatchObject({ outcome: 'open', late: true });
    expect(checkInFiling(undefined, now, vn, opensOn5th)).toMatchObject({ reason: 'month-not-open' });
  });
});

describe('a late check-in is contact again', () => {
  // Away in Seoul since 10 September 2026: October, November and December are asked.
  const away = (checkInMonths: string[]): MemberFacts => ({
    zone: 'Asia/Seoul',
    membership: 'active',
    activeSince: '2026-01',
    checkInMonths,
    paidMonths: [],
    feeArrangements: [],
    absences: [
      {
        kind: 'abroad',
        countryCode: 'KR',
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        startsOn: '2026-09-10',
        expectedEndOn: null,
      },
    ],
    fullExemptions: [],
    review: null,
  });
  const subject = (facts: MemberFacts): NotificationSubject => ({
    memberId: 4,
    fullName: 'Lê Văn Minh',
    cellZone: 'Asia/Ho_Chi_Minh',
    reachable: true,
    openRequests: [],
    facts,
  });
  const checkInKeys = (facts: MemberFacts, now: string) =>
    dueItems(subject(facts), new CalendarBook(new Date(now), policy), policy)
      .map((item) => item.key)
      .filter((key) => /^(checkin|contact-lost):/.test(key) && key.includes(':2026-'))
      .sort();

  it.each([
    // check-ins, instant, missed running, contact lost, 2026's check-in items
    [
      ['2026-10'],
      '2027-01-05T09:00:00+09:00',
      2,
      true,
      ['checkin:4:2026-12:overdue', 'contact-lost:4:2026-11'],
    ],
    // December filed late on 5 January: the run is broken, nothing overdue.
    [['2026-10', '2026-12'], '2027-01-05T09:00:00+09:00', 0, false, []],
    // November filed late in December, December missed: one month overdue, no contact lost.
    [['2026-10', '2026-11'], '2027-01-05T09:00:00+09:00', 1, false, ['checkin:4:2026-12:overdue']],
  ])('check-ins %j at %s: %d missed, contact lost %s', (months, now, missed, lost, items) => {
    const standing = memberStanding(away(months), policy, new Date(now));
    expect(standing.checkIn).toMatchObject({ missedMonthsRunning: missed, contactLost: lost });
    expect(checkInKeys(away(months), now)).toEqual(items);
  });
});
