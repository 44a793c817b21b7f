// Rule 8 as tables: sending hours in the member's zone, one combined nudge a day, digests at the cell's hour; and the
// per-zone calendar the sweep shares agrees with memberStanding, which the bot shows members.
import { dueItems, type DueItem, type NotificationSubject } from '../../../src/domain/due-items';
import { planDigest, planNudge, nudgeKeys } from '../../../src/domain/nudge-plan';
import { currentMonth } from '../../../src/domain/periods';
import { loadPolicy, type Policy } from '../../../src/domain/policy';
import { isWithinHours, nextSendingTime, sendingHours } from '../../../src/domain/sending-hours';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';
import { CalendarBook, ZoneCalendar } from '../../../src/domain/zone-calendar';

const policy = loadPolicy();
const at = (iso: string) => new Date(iso);
const calendar = (zone: string, now: string, withPolicy: Policy = policy) =>
  new ZoneCalendar(zone, at(now), withPolicy);
const item = (key: string, dueAt = '2026-06-20T00:00:00+09:00'): DueItem => ({
  key,
  rule: 'checkin-nudge',
  audience: 'member',
  memberId: 7,
  dueAt: at(dueAt),
  vars: {},
  forms: ['checkin'],
});
const daytime = sendingHours({ preferredHourFrom: null, preferredHourTo: null }, policy);

describe('sending hours', () => {
  it.each<[number | null, number | null, number, boolean]>([
    [null, null, 7, false],
    [null, null, 8, true],
    [null, null, 20, true],
    [null, null, 21, false],
    [18, 22, 17, false],
    [18, 22, 21, true],
    // A night-shift worker's window runs past midnight.
    [22, 6, 23, true],
    [22, 6, 3, true],
    [22, 6, 12, false],
    // Half a window is no window: the policy's hours apply.
    [22, null, 23, false],
  ])('preferred %s-%s, at %s o’clock: %s', (from, to, hour, allowed) => {
    expect(isWithinHours(hour, sendingHours({ preferredHourFrom: from, preferredHourTo: to }, policy))).toBe(
      allowed,
    );
  });

  it.each<[string, string, string]>([
    ['Europe/Prague', '2026-12-20T03:00:00+01:00', '2026-12-20T08:00:00+01:00'],
    ['Europe/Prague', '2026-12-20T21:30:00+01:00', '2026-12-21T08:00:00+01:00'],
    ['Europe/Prague', '2026-12-20T10:00:00+01:00', '2026-12-20T10:00:00+01:00'],
    // The night DST begins: 08:00 that morning is already summer time.
    ['Europe/Prague', '2026-03-29T01:30:00+01:00', '2026-03-29T08:00:00+02:00'],
    ['America/Los_Angeles', '2026-11-01T23:00:00-08:00', '2026-11-02T08:00:00-08:00'],
    ['Asia/Seoul', '2026-12-31T22:00:00+09:00', '2027-01-01T08:00:00+09:00'],
  ])('in %s at %s the next allowed time is %s', (zone, now, expected) => {
    expect(nextSendingTime(calendar(zone, now), daytime)).toEqual(at(expected));
  });
});

describe('one nudge a day, items combined', () => {
  const waiting = [
    item('checkin:7:2026-06:day-20'),
    item('fee:7:2026-05:nudge', '2026-06-01T00:00:00+09:00'),
  ];

  it('combines every waiting item into the day’s nudge, oldest first', () => {
    const plan = planNudge(
      7,
      waiting,
      new Set(),
      calendar('Asia/Seoul', '2026-06-20T09:00:00+09:00'),
      daytime,
      policy,
    );
    expect(plan).toEqual({
      outcome: 'send',
      key: 'nudge:7:2026-06-20',
      items: [waiting[1], waiting[0]],
    });
  });

  it('holds the items outside the member’s hours until the hours begin', () => {
    const plan = planNudge(
      7,
      waiting,
      new Set(),
      calendar('Asia/Seoul', '2026-06-20T06:00:00+09:00'),
      daytime,
      policy,
    );
    expect(plan).toMatchObject({
      outcome: 'held',
      reason: 'outside-hours',
      until: at('2026-06-20T08:00:00+09:00'),
    });
    expect(plan.outcome === 'held' && plan.items).toHaveLength(2);
  });

  it('carries the items to tomorrow once today’s nudge has gone', () => {
    const used = new Set(['nudge:7:2026-06-20']);
    const plan = planNudge(
      7,
      waiting,
      used,
      calendar('Asia/Seoul', '2026-06-20T15:00:00+09:00'),
      daytime,
      policy,
    );
    expect(plan).toMatchObject({
      outcome: 'held',
      reason: 'daily-limit',
      until: at('2026-06-21T08:00:00+09:00'),
    });
  });

  it('uses the member’s local date in the key, and numbers further nudges when the policy allows them', () => {
    expect(nudgeKeys(7, calendar('America/Los_Angeles', '2026-06-21T03:00:00Z').today, policy)).toEqual([
      'nudge:7:2026-06-20',
    ]);
    const twoADay = { ...policy, nudges: { ...policy.nudges, maxPerDay: 2 } };
    const plan = planNudge(
      7,
      waiting,
      new Set(['nudge:7:2026-06-20']),
      calendar('Asia/Seoul', '2026-06-20T15:00:00+09:00', twoADay),
      daytime,
      twoADay,
    );
    expect(plan).toMatchObject({ outcome: 'send', key: 'nudge:7:2026-06-20#2' });
  });

  it('has nothing to send without items', () => {
    expect(
      planNudge(7, [], new Set(), calendar('Asia/Seoul', '2026-06-20T09:00:00+09:00'), daytime, policy),
    ).toEqual({
      outcome: 'nothing',
    });
  });
});

describe('the daily digest', () => {
  const content = { newItems: 2, waitingDecisions: 0, unreachableMembers: 0 };
  it.each<[string, boolean, typeof content, string]>([
    ['2026-12-20T06:59:00+07:00', false, content, 'nothing'],
    ['2026-12-20T07:00:00+07:00', false, content, 'send'],
    ['2026-12-20T07:00:00+07:00', true, content, 'nothing'],
    [
      '2026-12-20T09:00:00+07:00',
      false,
      { newItems: 0, waitingDecisions: 0, unreachableMembers: 0 },
      'nothing',
    ],
    ['2026-12-20T09:00:00+07:00', false, { newItems: 0, waitingDecisions: 1, unreachableMembers: 0 }, 'send'],
    ['2026-12-20T09:00:00+07:00', false, { newItems: 0, waitingDecisions: 0, unreachableMembers: 1 }, 'send'],
  ])('at %s (sent today: %s, %j): %s', (now, sent, facts, outcome) => {
    const plan = planDigest(4, calendar('Asia/Ho_Chi_Minh', now), sent, facts, policy);
    expect(plan.outcome).toBe(outcome);
    if (plan.outcome === 'send') expect(plan.key).toBe('digest:4:2026-12-20');
  });
});

describe('the per-zone calendar agrees with memberStanding', () => {
  const zones = [
    'Asia/Seoul',
    'Asia/Tokyo',
    'Asia/Taipei',
    'Europe/Prague',
    'America/Los_Angeles',
    'Asia/Ho_Chi_Minh',
  ];
  // Instants around month ends, a leap day, the year boundary and both Prague DST changes.
  const instants = [
    '2026-01-31T16:30:00Z',
    '2026-02-28T23:30:00Z',
    '2026-03-29T00:30:00Z',
    '2026-03-31T22:30:00Z',
    '2026-06-30T15:00:00Z',
    '2026-10-25T00:30:00Z',
    '2026-11-01T07:30:00Z',
    '2026-12-31T16:30:00Z',
    '2027-01-01T07:30:00Z',
    '2028-02-29T12:00:00Z',
  ];
  const variants: Array<Partial<MemberFacts>> = [
    { checkInMonths: [], paidMonths: [] },
    {
      checkInMonths: ['2026-01', '2026-02', '2026-05', '2026-12'],
      paidMonths: [{ month: '2026-01', status: 'confirmed' }],
    },
    {
      paidMonths: [
        { month: '2026-01', status: 'confirmed' },
        { month: '2026-02', status: 'disputed' },
      ],
      feeArrangements: [{ kind: 'late', firstMonth: '2026-03', lastMonth: '2026-06' }],
    },
  ];

  it.each(zones)('in %s: month, missed check-ins, unpaid count, lapse and 12 months abroad', (zone) => {
    for (const instant of instants) {
      for (const variant of variants) {
        const facts: MemberFacts = {
          zone,
          membership: 'active',
          activeSince: '2025-12',
          checkInMonths: [],
          paidMonths: [],
          feeArrangements: [],
          absences: [
            {
              kind: 'abroad',
              countryCode: 'KR',
              arrangement: 'temporary_exemption',
              applicationStatus: 'approved',
              startsOn: '2025-11-15',
              expectedEndOn: '2026-12-31',
            },
          ],
          fullExemptions: [],
          review: null,
          ...variant,
        };
        const now = at(instant);
        const standing = memberStanding(facts, policy, now);
        const zoneCalendar = new ZoneCalendar(zone, now, policy);
        const subject: NotificationSubject = {
          memberId: 1,
          fullName: 'X',
          cellZone: zone,
          reachable: true,
          openRequests: [],
          facts,
        };
        const items = dueItems(subject, new CalendarBook(now, policy), policy);
        const context = { zone, instant, variant };
        expect({ ...context, month: zoneCalendar.month }).toEqual({ ...context, month: standing.month });
        const overdue = items.some((entry) => entry.rule === 'checkin-overdue');
        expect({ ...context, overdue }).toEqual({
          ...context,
          overdue: standing.checkIn.missedMonthsRunning >= 1,
        });
        const lost = items.some((entry) => entry.rule === 'contact-lost');
        expect({ ...context, lost }).toEqual({ ...context, lost: standing.checkIn.contactLost });
        const lapsed = items.some((entry) => entry.rule === 'exemption-lapsed');
        expect({ ...context, lapsed }).toEqual({ ...context, lapsed: standing.absence!.lapsed });
        const fee = items.find((entry) => entry.rule === 'fee-unpaid');
        // memberStanding counts the current year; the rules count the year of the last closed month.
        if (zoneCalendar.month.slice(0, 4) === zoneCalendar.lastMonth.slice(0, 4)) {
          expect({ ...context, unpaid: fee?.vars.count ?? 0 }).toEqual({
            ...context,
            unpaid: standing.fees.unpaidCount,
          });
        }
      }
    }
  });

  it('reads the month of an instant as luxon does, also on the first and last days of a UTC month', () => {
    for (const zone of [
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Europe/Prague',
      'America/Los_Angeles',
      'Asia/Seoul',
    ]) {
      const zoneCalendar = new ZoneCalendar(zone, at('2026-06-01T00:00:00Z'), policy);
      for (let hours = 0; hours < 24 * 400; hours += 7) {
        const instant = new Date(Date.UTC(2026, 0, 1) + hours * 3_600_000 + 1_234);
        expect({ zone, instant, month: zoneCalendar.monthOfInstant(instant) }).toEqual({
          zone,
          instant,
          month: currentMonth(instant, zone),
        });
      }
    }
  });
});
