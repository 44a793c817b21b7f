// A member's state from dated facts only (DOMAIN rule 11, "Two kinds of exemption"): tables over days, zones and edges.
import { CalendarBook } from '../../../src/domain/zone-calendar';
import { dueItems, type NotificationSubject } from '../../../src/domain/due-items';
import {
  stateOn,
  withdrawalOf,
  type AbsenceFacts,
  type DatedFacts,
  type FullExemptionFacts,
  type MemberState,
} from '../../../src/domain/member-state';
import { loadPolicy } from '../../../src/domain/policy';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';

const policy = loadPolicy();

const absence = (change: Partial<AbsenceFacts> = {}): AbsenceFacts => ({
  kind: 'domestic',
  countryCode: 'VN',
  arrangement: null,
  applicationStatus: 'not_required',
  startsOn: '2026-12-10',
  expectedEndOn: null,
  ...change,
});
const full = (change: Partial<FullExemptionFacts> = {}): FullExemptionFacts => ({
  reason: 'age',
  startsOn: '2024-01-01',
  endsOn: null,
  ...change,
});
const dated = (change: Partial<DatedFacts> = {}): DatedFacts => ({
  membership: 'active',
  absences: [],
  fullExemptions: [],
  ...change,
});

describe('stateOn', () => {
  const exemption = absence({
    kind: 'abroad',
    countryCode: 'KR',
    arrangement: 'temporary_exemption',
    applicationStatus: 'approved',
    startsOn: '2025-09-15',
    expectedEndOn: '2026-09-14',
  });
  const transfer = absence({
    kind: 'abroad',
    countryCode: 'JP',
    arrangement: 'official_transfer',
    applicationStatus: 'approved',
    startsOn: '2027-01-15',
    expectedEndOn: null,
  });
  const renewal = absence({ ...exemption, applicationStatus: 'submitted', startsOn: '2026-09-15' });

  it.each<[string, Partial<DatedFacts>, string, MemberState, string | null, string | null]>([
    // case, facts, day, state, absence in force (start), upcoming (start)
    ['at home', {}, '2026-12-03', 'active', null, null],
    [
      'a departure filed for 10/12 is not in force on 03/12',
      { absences: [absence({ applicationStatus: 'submitted', arrangement: 'temporary_exemption' })] },
      '2026-12-03',
      'active',
      null,
      '2026-12-10',
    ],
    [
      'the day before it still at home',
      { absences: [absence()] },
      '2026-12-09',
      'active',
      null,
      '2026-12-10',
    ],
    ['away on its day', { absences: [absence()] }, '2026-12-10', 'away', '2026-12-10', null],
    [
      'an exemption applied for and not decided: away, not exempted',
      { absences: [absence({ arrangement: 'temporary_exemption', applicationStatus: 'submitted' })] },
      '2026-12-20',
      'away',
      '2026-12-10',
      null,
    ],
    [
      'a proposal waiting for the committee is not decided either',
      { absences: [absence({ arrangement: 'temporary_exemption', applicationStatus: 'proposed' })] },
      '2026-12-20',
      'away',
      '2026-12-10',
      null,
    ],
    [
      'a rejected application changes nothing',
      { absences: [absence({ arrangement: 'temporary_exemption', applicationStatus: 'rejected' })] },
      '2026-12-20',
      'active',
      null,
      null,
    ],
    [
      'a withdrawn one neither',
      { absences: [absence({ applicationStatus: 'withdrawn' })] },
      '2026-12-20',
      'active',
      null,
      null,
    ],
    [
      'an approved temporary exemption, lapsed on 14/09 with no return: still exempted, still away',
      { absences: [exemption] },
      '2026-11-20',
      'temporary-exemption',
      '2025-09-15',
      null,
    ],
    [
      'a renewal applied for from the day after: the latest begun is in force',
      { absences: [exemption, renewal] },
      '2026-09-15',
      'away',
      '2026-09-15',
      null,
    ],
    [
      'the exemption on its last day, the renewal still to come',
      { absences: [renewal, exemption] },
      '2026-09-14',
      'temporary-exemption',
      '2025-09-15',
      '2026-09-15',
    ],
    [
      'an approved official transfer from 15/01/2027: at home the day before',
      { absences: [transfer] },
      '2027-01-14',
      'active',
      null,
      '2027-01-15',
    ],
    [
      'transferred from its first day',
      { absences: [transfer] },
      '2027-01-15',
      'transferred',
      '2027-01-15',
      null,
    ],
    [
      'an official transfer not decided yet: away',
      { absences: [{ ...transfer, applicationStatus: 'submitted' }] },
      '2027-02-01',
      'away',
      '2027-01-15',
      null,
    ],
    ['a full exemption at home', { fullExemptions: [full()] }, '2026-12-03', 'full-exemption', null, null],
    [
      'a full exemption while living away wins over the absence',
      { fullExemptions: [full()], absences: [absence({ startsOn: '2026-01-01' })] },
      '2026-12-03',
      'full-exemption',
      '2026-01-01',
      null,
    ],
    [
      'a full exemption on its last day',
      { fullExemptions: [full({ endsOn: '2026-12-31' })] },
      '2026-12-31',
      'full-exemption',
      null,
      null,
    ],
    [
      'and the day after',
      { fullExemptions: [full({ endsOn: '2026-12-31' })] },
      '2027-01-01',
      'active',
      null,
      null,
    ],
    [
      'a full exemption decided to start mid-month',
      { fullExemptions: [full({ startsOn: '2026-05-20' })] },
      '2026-05-19',
      'active',
      null,
      null,
    ],
    [
      'removed: the stored membership wins',
      { membership: 'removed', absences: [absence({ startsOn: '2026-01-01' })] },
      '2026-12-03',
      'removed',
      '2026-01-01',
      null,
    ],
    ['left', { membership: 'left' }, '2026-12-03', 'left', null, null],
  ])('%s', (_case, change, day, state, inForce, upcoming) => {
    const result = stateOn(dated(change), day);
    expect(result.state).toBe(state);
    expect(result.absence?.startsOn ?? null).toBe(inForce);
    expect(result.upcoming?.startsOn ?? null).toBe(upcoming);
    expect(result.inCare).toBe(!['transferred', 'removed', 'left'].includes(state));
  });

  it('remembers the last full exemption already over, for the months it held', () => {
    const facts = dated({
      fullExemptions: [
        full({ endsOn: '2026-03-15' }),
        full({ startsOn: '2020-01-01', endsOn: '2021-01-01' }),
      ],
    });
    expect(stateOn(facts, '2026-05-03').endedFullExemption).toMatchObject({ endsOn: '2026-03-15' });
    expect(stateOn(facts, '2026-03-15').endedFullExemption).toMatchObject({ endsOn: '2021-01-01' });
  });
});

describe('withdrawalOf', () => {
  it.each<[string, Partial<AbsenceFacts>, string, ReturnType<typeof withdrawalOf>]>([
    [
      'a departure still to come, decided or not',
      { applicationStatus: 'approved' },
      '2026-12-03',
      { begun: false, undecided: false },
    ],
    [
      'not begun and undecided',
      { applicationStatus: 'submitted' },
      '2026-12-09',
      { begun: false, undecided: true },
    ],
    [
      'begun and undecided: the application only',
      { applicationStatus: 'submitted' },
      '2026-12-10',
      { begun: true, undecided: true },
    ],
    ['with the committee', { applicationStatus: 'proposed' }, '2026-12-31', { begun: true, undecided: true }],
    ['begun and decided: /back ends it instead', { applicationStatus: 'approved' }, '2026-12-10', null],
    ['seasonal work begun', { applicationStatus: 'not_required' }, '2026-12-10', null],
    ['already refused', { applicationStatus: 'rejected' }, '2026-12-03', null],
    ['already withdrawn', { applicationStatus: 'withdrawn' }, '2026-12-03', null],
  ])('%s', (_case, change, day, expected) => {
    expect(withdrawalOf(absence(change), day)).toEqual(expected);
  });
});

function facts(change: Partial<MemberFacts> = {}): MemberFacts {
  return {
    zone: 'Asia/Ho_Chi_Minh',
    membership: 'active',
    absences: [],
    fullExemptions: [],
    activeSince: '2025-01',
    checkInMonths: [],
    paidMonths: [],
    feeArrangements: [],
    review: null,
    ...change,
  };
}

describe('memberStanding from dated facts, in the member zone', () => {
  const at = (iso: string) => new Date(iso);

  it.each<[string, string, MemberState]>([
    // 10 December begins at 15:00 UTC on the 9th in Seoul, at 08:00 UTC on the 10th in Los Angeles.
    ['Asia/Seoul', '2026-12-09T14:59:00Z', 'active'],
    ['Asia/Seoul', '2026-12-09T15:00:00Z', 'away'],
    ['America/Los_Angeles', '2026-12-09T15:00:00Z', 'active'],
    ['America/Los_Angeles', '2026-12-10T08:00:00Z', 'away'],
    ['Europe/Prague', '2026-12-09T23:00:00Z', 'away'],
  ])('a departure on 10/12 in %s at %s: %s', (zone, now, state) => {
    const standing = memberStanding(facts({ zone, absences: [absence()] }), policy, at(now));
    expect(standing.state).toBe(state);
    expect(standing.absence === null).toBe(state === 'active');
    expect(standing.upcomingAbsence === null).toBe(state !== 'active');
  });

  it.each<[string, string, MemberState]>([
    // The last day of a full exemption, 31/12: over in Vietnam on 31/12 17:00 UTC, not yet in Prague.
    ['Asia/Ho_Chi_Minh', '2026-12-31T16:59:00Z', 'full-exemption'],
    ['Asia/Ho_Chi_Minh', '2026-12-31T17:00:00Z', 'active'],
    ['Europe/Prague', '2026-12-31T17:30:00Z', 'full-exemption'],
    ['Europe/Prague', '2026-12-31T23:00:00Z', 'active'],
  ])('a full exemption ending 31/12 in %s at %s: %s', (zone, now, state) => {
    const standing = memberStanding(
      facts({ zone, fullExemptions: [full({ endsOn: '2026-12-31' })] }),
      policy,
      at(now),
    );
    expect(standing.state).toBe(state);
  });

  it('reviews a member whose temporary exemption ended on 14/09 (and one whose exemption runs)', () => {
    for (const expectedEndOn of ['2026-09-14', '2027-03-31']) {
      const standing = memberStanding(
        facts({
          zone: 'Asia/Seoul',
          absences: [
            absence({
              kind: 'abroad',
              countryCode: 'KR',
              arrangement: 'temporary_exemption',
              applicationStatus: 'approved',
              startsOn: '2025-09-15',
              expectedEndOn,
            }),
          ],
        }),
        policy,
        at('2026-11-20T03:00:00Z'),
      );
      expect(standing).toMatchObject({
        state: 'temporary-exemption',
        checkIn: { required: true },
        review: { status: 'not-started', window: 'open' },
      });
    }
  });

  it('asks a fully exempt member for no check-in and no review, at home or away, however long silent', () => {
    for (const absences of [[], [absence({ startsOn: '2025-02-01' })]]) {
      const standing = memberStanding(
        facts({ absences, fullExemptions: [full()] }),
        policy,
        at('2026-12-20T03:00:00Z'),
      );
      expect(standing).toMatchObject({
        state: 'full-exemption',
        checkIn: { required: false, missedMonthsRunning: 0, contactLost: false },
        review: { status: 'exempt' },
      });
    }
  });

  it('counts check-ins from the month after a full exemption ended mid-month', () => {
    const away = facts({
      absences: [absence({ startsOn: '2025-02-01' })],
      fullExemptions: [full({ endsOn: '2026-03-15' })],
    });
    // March was partly exempt; April is the first month asked.
    expect(memberStanding(away, policy, at('2026-03-20T03:00:00Z')).checkIn.required).toBe(false);
    expect(memberStanding(away, policy, at('2026-04-03T03:00:00Z')).checkIn).toMatchObject({
      required: true,
      missedMonthsRunning: 0,
    });
    expect(memberStanding(away, policy, at('2026-05-03T03:00:00Z')).checkIn).toMatchObject({
      missedMonthsRunning: 1,
      contactLost: false,
    });
    expect(memberStanding(away, policy, at('2026-06-03T03:00:00Z')).checkIn).toMatchObject({
      missedMonthsRunning: 2,
      contactLost: true,
    });
  });

  it('stops asking from the day a full exemption begins mid-month', () => {
    const away = facts({
      absences: [absence({ startsOn: '2025-02-01' })],
      fullExemptions: [full({ startsOn: '2026-05-20' })],
      checkInMonths: ['2026-04'],
    });
    expect(memberStanding(away, policy, at('2026-05-19T03:00:00Z')).checkIn.required).toBe(true);
    expect(memberStanding(away, policy, at('2026-05-20T03:00:00Z')).checkIn.required).toBe(false);
  });

  it('keeps a member with a departure filed for later at home: no check-in, the departure named as upcoming', () => {
    const standing = memberStanding(
      facts({ absences: [absence({ applicationStatus: 'submitted', arrangement: 'temporary_transfer' })] }),
      policy,
      at('2026-12-03T03:00:00Z'),
    );
    expect(standing).toMatchObject({
      state: 'active',
      absence: null,
      upcomingAbsence: { startsOn: '2026-12-10', applicationStatus: 'submitted' },
      checkIn: { required: false },
    });
  });

  it('crosses the year in the month of leaving: a departure on 31/12 asks for January', () => {
    const leaving = facts({ absences: [absence({ startsOn: '2026-12-31' })] });
    expect(memberStanding(leaving, policy, at('2026-12-31T03:00:00Z')).checkIn.required).toBe(false);
    expect(memberStanding(leaving, policy, at('2027-01-01T03:00:00Z')).checkIn).toMatchObject({
      required: true,
      month: '2027-01',
    });
  });
});

describe('dueItems from dated facts', () => {
  const subject = (change: Partial<MemberFacts>, zone = 'Asia/Ho_Chi_Minh'): NotificationSubject => ({
    memberId: 7,
    fullName: 'Lê Văn Minh',
    cellZone: 'Asia/Ho_Chi_Minh',
    reachable: true,
    openRequests: [],
    facts: facts({ zone, ...change }),
  });
  const keys = (who: NotificationSubject, now: string) =>
    dueItems(who, new CalendarBook(new Date(now), policy), policy)
      .map((item) => item.key)
      .filter((key) => !key.startsWith('fee:'))
      .sort();
  const temporary = absence({
    kind: 'abroad',
    countryCode: 'KR',
    arrangement: 'temporary_exemption',
    applicationStatus: 'approved',
    startsOn: '2026-03-01',
    expectedEndOn: '2027-02-28',
  });

  it('nudges a member on a temporary exemption for the review, and lists it missing at the meeting', () => {
    const checkInMonths = ['04', '05', '06', '07', '08', '09', '10', '11', '12'].map(
      (month) => `2026-${month}`,
    );
    const who = subject({ absences: [temporary], checkInMonths }, 'Asia/Seoul');
    expect(keys(who, '2026-11-20T09:00:00+09:00')).toEqual(['review:7:2026:week-2']);
    expect(keys(who, '2026-12-16T09:00:00+07:00')).toEqual(['review:7:2026:missing', 'review:7:2026:week-6']);
  });

  it('asks a fully exempt member at home for nothing but the fee, even silent for months', () => {
    const who = subject({ fullExemptions: [full()] });
    expect(keys(who, '2026-12-16T09:00:00+07:00')).toEqual([]);
    const away = subject({ fullExemptions: [full()], absences: [absence({ startsOn: '2025-02-01' })] });
    expect(keys(away, '2026-12-27T09:00:00+07:00')).toEqual([]);
  });

  it('asks nothing of a departure before its day, and the check-in from the month after', () => {
    const who = subject({
      absences: [absence({ applicationStatus: 'submitted', arrangement: 'temporary_transfer' })],
    });
    expect(keys(who, '2026-12-03T09:00:00+07:00')).toEqual(['review:7:2026:week-4']);
    expect(keys(who, '2026-12-20T09:00:00+07:00')).toEqual(['review:7:2026:missing', 'review:7:2026:week-7']);
    expect(keys(who, '2027-01-01T09:00:00+07:00')).toEqual(['checkin:7:2027-01:open']);
  });

  it('asks nothing after a rejected departure', () => {
    const who = subject({
      absences: [
        absence({
          startsOn: '2026-06-01',
          arrangement: 'temporary_exemption',
          applicationStatus: 'rejected',
        }),
      ],
      review: { year: 2026, status: 'submitted' },
    });
    expect(keys(who, '2026-09-20T09:00:00+07:00')).toEqual([]);
  });

  it('reminds a member transferring on 15/01/2027 until that day, and leaves them to the new cell from it', () => {
    const who = subject({
      absences: [
        absence({
          kind: 'abroad',
          countryCode: 'JP',
          arrangement: 'official_transfer',
          applicationStatus: 'approved',
          startsOn: '2027-01-15',
        }),
      ],
    });
    expect(keys(who, '2026-12-03T09:00:00+07:00')).toEqual(['review:7:2026:week-4']);
    const january = dueItems(who, new CalendarBook(new Date('2027-01-14T09:00:00+07:00'), policy), policy);
    expect(january.some((item) => item.key.startsWith('fee:7:2026-12'))).toBe(true);
    expect(dueItems(who, new CalendarBook(new Date('2027-01-15T09:00:00+07:00'), policy), policy)).toEqual(
      [],
    );
  });
});
