// The notification rules as tables: what is due for a member at an instant, with its key, in several zones.
import { dueItems, type DueItem, type NotificationSubject } from '../../../src/domain/due-items';
import { loadPolicy } from '../../../src/domain/policy';
import type { AbsenceFacts, MemberFacts } from '../../../src/domain/standing';
import { CalendarBook } from '../../../src/domain/zone-calendar';

const policy = loadPolicy();
const months = (...list: string[]) => list.map((month) => ({ month, status: 'confirmed' as const }));
const allMonths = (year: number, upTo: number) =>
  months(...Array.from({ length: upTo }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`));

const abroad = (change: Partial<AbsenceFacts> = {}): AbsenceFacts => ({
  kind: 'abroad',
  countryCode: 'KR',
  arrangement: 'temporary_transfer',
  applicationStatus: 'approved',
  startsOn: '2026-01-10',
  expectedEndOn: null,
  ...change,
});

function subject(
  facts: Partial<MemberFacts> = {},
  change: Partial<Omit<NotificationSubject, 'facts'>> = {},
): NotificationSubject {
  return {
    memberId: 7,
    fullName: 'Lê Văn Minh',
    cellZone: 'Asia/Ho_Chi_Minh',
    reachable: true,
    openRequests: [],
    ...change,
    facts: {
      zone: 'Asia/Seoul',
      membership: 'active',
      activeSince: '2026-01',
      checkInMonths: [],
      paidMonths: [],
      feeArrangements: [],
      absences: [],
      fullExemptions: [],
      review: null,
      ...facts,
    },
  };
}

const at = (iso: string) => new Date(iso);
const run = (who: NotificationSubject, now: string): DueItem[] =>
  dueItems(who, new CalendarBook(at(now), policy), policy);
const keys = (who: NotificationSubject, now: string) =>
  run(who, now)
    .map((item) => item.key)
    .sort();
const find = (who: NotificationSubject, now: string, rule: DueItem['rule']) =>
  run(who, now).filter((item) => item.rule === rule);

describe('check-in (rule 3)', () => {
  // Away since 10 January; every month paid, so only check-in items show.
  const away = (change: Partial<MemberFacts> = {}) =>
    subject({ absences: [abroad()], paidMonths: allMonths(2026, 12), ...change });
  const checkInKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('checkin:') || item.key.startsWith('contact-lost:'))
      .map((item) => item.key)
      .sort();

  it.each<[string, string, string, string[]]>([
    // zone, instant, this month's check-ins done before, expected keys
    ['Asia/Seoul', '2026-06-01T00:30:00+09:00', '2026-05', ['checkin:7:2026-06:open']],
    ['Asia/Seoul', '2026-06-19T23:59:00+09:00', '2026-05', ['checkin:7:2026-06:open']],
    ['Asia/Seoul', '2026-06-20T00:00:00+09:00', '2026-05', ['checkin:7:2026-06:day-20']],
    ['Asia/Seoul', '2026-06-27T08:00:00+09:00', '2026-05', ['checkin:7:2026-06:day-27']],
    // The same instant is still 31 May in Prague: the member there is at May's day 27 and May is done.
    ['Europe/Prague', '2026-06-01T00:30:00+09:00', '2026-05', []],
    ['Europe/Prague', '2026-06-01T00:30:00+09:00', '2026-04', ['checkin:7:2026-05:day-27']],
    ['America/Los_Angeles', '2026-06-20T06:59:00Z', '2026-05', ['checkin:7:2026-06:open']],
    ['America/Los_Angeles', '2026-06-20T07:00:00Z', '2026-05', ['checkin:7:2026-06:day-20']],
    ['Asia/Taipei', '2027-01-01T00:05:00+08:00', '2026-12', ['checkin:7:2027-01:open']],
  ])('in %s at %s (last check-in %s): %j', (zone, now, lastDone, expected) => {
    const done = ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-12'].filter(
      (month) => month <= lastDone,
    );
    expect(checkInKeys(away({ zone, checkInMonths: done }), now)).toEqual(expected);
  });

  it('is overdue at the end of the month in the member zone, and listed for the digest', () => {
    const who = away({ zone: 'Asia/Tokyo', checkInMonths: ['2026-02', '2026-03', '2026-04', '2026-05'] });
    expect(checkInKeys(who, '2026-06-30T23:59:00+09:00')).toEqual(['checkin:7:2026-06:day-27']);
    const overdue = find(who, '2026-07-01T00:00:00+09:00', 'checkin-overdue');
    expect(overdue).toEqual([
      expect.objectContaining({
        key: 'checkin:7:2026-06:overdue',
        audience: 'digest',
        dueAt: at('2026-07-01T00:00:00+09:00'),
        vars: { member: 'Lê Văn Minh', month: '2026-06' },
      }),
    ]);
  });

  it('clamps nudge day 27 and the last day to February, in leap and common years', () => {
    const who = (zone: string) => away({ zone, checkInMonths: ['2027-01', '2028-01'] });
    expect(find(who('Asia/Seoul'), '2028-02-27T09:00:00+09:00', 'checkin-nudge')[0].vars).toEqual({
      month: '2028-02',
      lastDay: '2028-02-29',
    });
    expect(find(who('Asia/Seoul'), '2027-02-27T09:00:00+09:00', 'checkin-nudge')[0].vars.lastDay).toBe(
      '2027-02-28',
    );
  });

  it('starts the nudge at local midnight, across the DST changes in Prague', () => {
    const who = away({ zone: 'Europe/Prague', checkInMonths: ['2026-02', '2026-09'] });
    // 27 March 2026 is still winter time (+01:00); 20 October is summer time (+02:00), 27 October winter again.
    expect(find(who, '2026-03-27T10:00:00+01:00', 'checkin-nudge')[0].dueAt).toEqual(
      at('2026-03-26T23:00:00Z'),
    );
    expect(find(who, '2026-10-20T10:00:00+02:00', 'checkin-nudge')[0].dueAt).toEqual(
      at('2026-10-19T22:00:00Z'),
    );
    expect(find(who, '2026-10-27T10:00:00+01:00', 'checkin-nudge')[0].dueAt).toEqual(
      at('2026-10-26T23:00:00Z'),
    );
  });

  it('needs no check-in in the month of leaving, and none from members at home', () => {
    const left = away({ absences: [abroad({ startsOn: '2026-06-03' })] });
    expect(checkInKeys(left, '2026-06-25T09:00:00+09:00')).toEqual([]);
    expect(checkInKeys(left, '2026-07-01T09:00:00+09:00')).toEqual(['checkin:7:2026-07:open']);
    expect(checkInKeys(subject({ paidMonths: allMonths(2026, 12) }), '2026-07-21T09:00:00+09:00')).toEqual(
      [],
    );
  });

  it.each<[string[], string, string[]]>([
    [['2026-05'], '2026-06-10T09:00:00+09:00', []],
    [['2026-04'], '2026-06-10T09:00:00+09:00', ['checkin:7:2026-05:overdue']],
    [['2026-03'], '2026-06-10T09:00:00+09:00', ['checkin:7:2026-05:overdue', 'contact-lost:7:2026-04']],
    // A longer run keeps the same contact-lost key: the secretary is told once per run.
    [['2026-03'], '2026-07-10T09:00:00+09:00', ['checkin:7:2026-06:overdue', 'contact-lost:7:2026-04']],
    // Left 10 January: February is the first month required, so the run starts there.
    [[], '2026-04-10T09:00:00+09:00', ['checkin:7:2026-03:overdue', 'contact-lost:7:2026-02']],
  ])('after check-ins %j, at %s the secretary hears %j', (done, now, expected) => {
    const who = away({ checkInMonths: done });
    const secretary = run(who, now).filter((item) => item.audience === 'digest');
    expect(secretary.map((item) => item.key).sort()).toEqual(expected);
  });
});

describe('party fee (rules 1 and 2)', () => {
  const payer = (paid: MemberFacts['paidMonths'], change: Partial<MemberFacts> = {}) =>
    subject({ paidMonths: paid, ...change });
  const feeKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('fee:'))
      .map((item) => `${item.audience} ${item.key}`)
      .sort();

  it.each<[string, MemberFacts['paidMonths'], string, string[]]>([
    ['all paid', allMonths(2026, 5), '2026-06-15T09:00:00+09:00', []],
    [
      'one month unpaid: the member, and the digest',
      allMonths(2026, 4),
      '2026-06-15T09:00:00+09:00',
      ['digest fee:7:2026-05:overdue', 'member fee:7:2026-05:nudge'],
    ],
    [
      'two months: the secretary at once',
      allMonths(2026, 3),
      '2026-06-15T09:00:00+09:00',
      ['alert fee:7:2026-05:alert-secretary', 'member fee:7:2026-05:nudge'],
    ],
    [
      'three months: eligible for the removal review',
      allMonths(2026, 2),
      '2026-06-15T09:00:00+09:00',
      ['alert fee:7:2026-05:removal-review', 'member fee:7:2026-05:nudge'],
    ],
    [
      'a disputed payment pays nothing',
      [...allMonths(2026, 4), { month: '2026-05', status: 'disputed' as const }],
      '2026-06-15T09:00:00+09:00',
      ['digest fee:7:2026-05:overdue', 'member fee:7:2026-05:nudge'],
    ],
    [
      'January still counts last year: December makes two',
      months(
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
      ),
      '2027-01-05T09:00:00+09:00',
      ['alert fee:7:2026-12:alert-secretary', 'member fee:7:2026-12:nudge'],
    ],
    [
      'February counts the new year only',
      allMonths(2026, 10),
      '2027-02-05T09:00:00+09:00',
      ['digest fee:7:2027-01:overdue', 'member fee:7:2027-01:nudge'],
    ],
  ])('%s', (_case, paid, now, expected) => {
    expect(feeKeys(payer(paid), now)).toEqual(expected);
  });

  it('does not count months covered by an approved late payment', () => {
    const who = payer(allMonths(2026, 3), {
      feeArrangements: [{ kind: 'late', firstMonth: '2026-04', lastMonth: '2026-09' }],
    });
    expect(feeKeys(who, '2026-06-15T09:00:00+09:00')).toEqual([]);
  });

  it('does not count months before the records began', () => {
    expect(feeKeys(payer([], { activeSince: '2026-06' }), '2026-06-15T09:00:00+09:00')).toEqual([]);
  });

  it('closes a month where the member is: June is over in Seoul before it is in Los Angeles', () => {
    const now = '2026-06-30T20:00:00Z';
    expect(feeKeys(payer(allMonths(2026, 5), { zone: 'Asia/Seoul' }), now)).toContain(
      'member fee:7:2026-06:nudge',
    );
    expect(feeKeys(payer(allMonths(2026, 5), { zone: 'America/Los_Angeles' }), now)).toEqual([]);
  });

  it('carries the unpaid months and the stage for the message', () => {
    const [nudge] = find(payer(allMonths(2026, 3)), '2026-06-15T09:00:00+09:00', 'fee-unpaid');
    expect(nudge).toMatchObject({
      forms: ['fee'],
      dueAt: at('2026-06-01T00:00:00+09:00'),
      vars: { months: ['2026-04', '2026-05'], count: 2, year: 2026, stage: 'alert-secretary' },
    });
  });
});

describe('exemption ending (rule 4)', () => {
  const exempt = (change: Partial<AbsenceFacts> = {}, zone = 'Asia/Tokyo') =>
    subject({
      zone,
      paidMonths: allMonths(2026, 12),
      absences: [abroad({ arrangement: 'temporary_exemption', expectedEndOn: '2026-12-12', ...change })],
    });
  const exemptionKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('exemption:'))
      .map((item) => `${item.audience} ${item.key}`);

  it.each<[string, string[]]>([
    ['2026-11-11T23:59:00+09:00', []],
    ['2026-11-12T00:00:00+09:00', ['member exemption:7:2026-12-12:before-30']],
    ['2026-12-04T23:59:00+09:00', ['member exemption:7:2026-12-12:before-30']],
    ['2026-12-05T00:00:00+09:00', ['member exemption:7:2026-12-12:before-7']],
    ['2026-12-12T23:59:00+09:00', ['member exemption:7:2026-12-12:before-7']],
    ['2026-12-13T00:00:00+09:00', ['alert exemption:7:2026-12-12:lapsed']],
  ])('at %s: %j', (now, expected) => {
    expect(exemptionKeys(exempt(), now)).toEqual(expected);
  });

  it('counts days in the member zone: the last day in Los Angeles is not over when Tokyo is', () => {
    expect(exemptionKeys(exempt({}, 'America/Los_Angeles'), '2026-12-13T00:00:00+09:00')).toEqual([
      'member exemption:7:2026-12-12:before-7',
    ]);
  });

  it('reminds across a leap February', () => {
    const who = exempt({ expectedEndOn: '2028-03-01' });
    expect(exemptionKeys(who, '2028-01-31T09:00:00+09:00')).toEqual([
      'member exemption:7:2028-03-01:before-30',
    ]);
    expect(exemptionKeys(who, '2028-02-23T09:00:00+09:00')).toEqual([
      'member exemption:7:2028-03-01:before-7',
    ]);
  });

  it('watches approved exemptions only; a renewal is a new end date and a new key', () => {
    expect(exemptionKeys(exempt({ applicationStatus: 'submitted' }), '2026-12-13T09:00:00+09:00')).toEqual(
      [],
    );
    expect(exemptionKeys(exempt({ expectedEndOn: '2027-06-30' }), '2026-12-13T09:00:00+09:00')).toEqual([]);
  });
});

describe('abroad without an official transfer (rule 5)', () => {
  const worker = (change: Partial<AbsenceFacts> = {}) =>
    subject({
      zone: 'Europe/Prague',
      paidMonths: allMonths(2026, 12),
      checkInMonths: ['2026-08', '2026-09', '2027-01'],
      absences: [
        abroad({
          countryCode: 'CZ',
          arrangement: null,
          applicationStatus: 'not_required',
          startsOn: '2025-09-01',
          ...change,
        }),
      ],
    });
  const abroadKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('abroad:'))
      .map((item) => `${item.audience} ${item.key}`)
      .sort();

  it('tells the member and the secretary from the twelfth month', () => {
    expect(abroadKeys(worker(), '2026-08-31T23:00:00+02:00')).toEqual([]);
    expect(abroadKeys(worker(), '2026-09-01T00:00:00+02:00')).toEqual([
      'alert abroad:7:2025-09-01:transfer-overdue',
      'member abroad:7:2025-09-01:transfer-guidance',
    ]);
    expect(find(worker(), '2026-09-01T09:00:00+02:00', 'abroad-transfer-overdue')[0].vars).toEqual({
      member: 'Lê Văn Minh',
      country: 'CZ',
      months: 12,
      since: '2025-09-01',
    });
  });

  it('counts calendar months from 31 January to the end of a leap February', () => {
    const who = worker({ startsOn: '2027-01-31' });
    expect(abroadKeys(who, '2028-01-30T12:00:00+01:00')).toEqual([]);
    expect(abroadKeys(who, '2028-01-31T12:00:00+01:00')).toHaveLength(2);
  });

  it('leaves official transfers and work at home alone', () => {
    expect(abroadKeys(worker({ arrangement: 'official_transfer' }), '2027-01-05T09:00:00+01:00')).toEqual([]);
    expect(abroadKeys(worker({ kind: 'domestic', countryCode: 'VN' }), '2027-01-05T09:00:00+01:00')).toEqual(
      [],
    );
  });
});

describe('year-end review (rule 7)', () => {
  const member = (change: Partial<MemberFacts> = {}, cellZone = 'Asia/Ho_Chi_Minh') =>
    subject({ paidMonths: allMonths(2026, 12), ...change }, { cellZone });
  const reviewKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('review:'))
      .map((item) => `${item.audience} ${item.key}`)
      .sort();

  it.each<[string, string, string[]]>([
    ['Asia/Seoul', '2026-10-31T23:59:00+09:00', []],
    ['Asia/Seoul', '2026-11-01T00:00:00+09:00', ['member review:7:2026:week-0']],
    // The same instant is still 31 October in Los Angeles.
    ['America/Los_Angeles', '2026-11-01T00:00:00+09:00', []],
    ['America/Los_Angeles', '2026-11-08T09:00:00-08:00', ['member review:7:2026:week-1']],
    ['Asia/Taipei', '2026-12-14T23:59:00+07:00', ['member review:7:2026:week-6']],
    // The cell's meeting day begins in the cell's zone (Vietnam): the review is missing from then.
    [
      'Asia/Taipei',
      '2026-12-15T00:00:00+07:00',
      ['digest review:7:2026:missing', 'member review:7:2026:week-6'],
    ],
    [
      'Asia/Tokyo',
      '2026-12-20T09:00:00+07:00',
      ['digest review:7:2026:missing', 'member review:7:2026:week-7'],
    ],
    [
      'Asia/Tokyo',
      '2026-12-31T23:59:00+09:00',
      ['digest review:7:2026:missing', 'member review:7:2026:week-8'],
    ],
    ['Asia/Tokyo', '2027-01-01T00:00:00+09:00', []],
  ])('in %s at %s: %j', (zone, now, expected) => {
    expect(reviewKeys(member({ zone }), now)).toEqual(expected);
  });

  it('says the meeting has passed after the due date', () => {
    expect(find(member(), '2026-12-10T09:00:00+07:00', 'review-nudge')[0].vars).toEqual({
      year: 2026,
      dueOn: '2026-12-15',
      late: false,
    });
    expect(find(member(), '2026-12-16T09:00:00+07:00', 'review-nudge')[0].vars.late).toBe(true);
  });

  it.each<[string, Partial<MemberFacts>]>([
    ['submitted', { review: { year: 2026, status: 'submitted' } }],
    ['rated', { review: { year: 2026, status: 'rated' } }],
    ['absent, to be rated later', { review: { year: 2026, status: 'absent_rate_later' } }],
    [
      'fully exempt ("miễn đánh giá")',
      { fullExemptions: [{ reason: 'age', startsOn: '2020-01-01', endsOn: null }] },
    ],
  ])('leaves a member alone when %s', (_case, change) => {
    expect(reviewKeys(member(change), '2026-12-20T09:00:00+07:00')).toEqual([]);
  });

  it('keeps nudging a draft', () => {
    expect(
      reviewKeys(member({ review: { year: 2026, status: 'draft' } }), '2026-11-20T09:00:00+07:00'),
    ).toEqual(['member review:7:2026:week-2']);
  });
});

describe('requests, reachability and members no longer in the cell', () => {
  const request = {
    id: 31,
    kind: 'leave' as const,
    createdAt: at('2026-06-02T03:00:00Z'),
  };

  it('alerts the secretary of an open request at once, naming the request, not copying its text', () => {
    expect(find(subject({}, { openRequests: [request] }), '2026-06-02T03:01:00Z', 'request-leave')).toEqual([
      {
        key: 'request:31',
        rule: 'request-leave',
        audience: 'alert',
        memberId: 7,
        dueAt: request.createdAt,
        vars: { request: 31 },
      },
    ]);
  });

  it('makes no member items for a member the bot cannot reach, but still tells the secretary', () => {
    const who = subject({ paidMonths: allMonths(2026, 3) }, { reachable: false });
    expect(run(who, '2026-06-15T09:00:00+09:00').map((item) => item.audience)).toEqual(['alert']);
  });

  it('leaves transferred, removed and departed members to others, except their requests', () => {
    for (const status of ['transferred', 'removed', 'left'] as const) {
      const who = subject({ membership: status, paidMonths: [] }, { openRequests: [request] });
      expect(keys(who, '2026-12-20T09:00:00+07:00')).toEqual(['request:31']);
    }
  });

  it('gives the same keys at every sweep of the same situation', () => {
    const who = subject({ absences: [abroad()], paidMonths: allMonths(2026, 3) });
    expect(keys(who, '2026-06-20T09:00:00+09:00')).toEqual(keys(who, '2026-06-20T21:45:00+09:00'));
  });
});

describe('after a return (DOMAIN duty 5, policy return.*)', () => {
  // Home from Korea on 1 December 2026 (Asia/Seoul zone kept), every month paid, checked in.
  const home = (
    lastReturn: Partial<NonNullable<NotificationSubject['lastReturn']>> = {},
    zone = 'Asia/Seoul',
  ) =>
    subject(
      { zone, paidMonths: allMonths(2026, 12), checkInMonths: ['2026-12'] },
      {
        lastReturn: {
          absenceId: 9,
          kind: 'abroad',
          endedOn: '2026-12-01',
          reportIn: false,
          hostReviewIn: false,
          ...lastReturn,
        },
      },
    );
  const returnKeys = (who: NotificationSubject, now: string) =>
    run(who, now)
      .filter((item) => item.key.startsWith('return:'))
      .map((item) => `${item.audience} ${item.key}${item.forms ? ` ${item.forms.join(' ')}` : ''}`)
      .sort();

  it.each<[string, string[]]>([
    // The first week is the member's own: nothing asked yet.
    ['2026-12-07T23:59:00+09:00', []],
    ['2026-12-08T00:00:00+09:00', ['member return:7:9:nudge-1 return-report']],
    ['2026-12-16T23:59:00+09:00', ['member return:7:9:nudge-2 return-report']],
    // 15 days are past on 17 December: the secretary is alerted, once; the member is still asked.
    ['2026-12-17T00:00:00+09:00', ['alert return:7:9:late', 'member return:7:9:nudge-2 return-report']],
    ['2026-12-22T09:00:00+09:00', ['alert return:7:9:late', 'member return:7:9:nudge-3 return-report']],
  ])('report missing, at %s: %j', (now, expected) => {
    expect(returnKeys(home(), now)).toEqual(expected);
  });

  it('asks a member back from abroad for the host organisation’s review once the report is in, and nothing when both are', () => {
    expect(returnKeys(home({ reportIn: true }), '2026-12-08T09:00:00+09:00')).toEqual([
      'member return:7:9:nudge-1 host-review',
    ]);
    expect(returnKeys(home({ reportIn: true, hostReviewIn: true }), '2026-12-30T09:00:00+09:00')).toEqual([]);
    // From elsewhere in Vietnam there is no host review to ask for.
    expect(returnKeys(home({ reportIn: true, kind: 'domestic' }), '2026-12-30T09:00:00+09:00')).toEqual([]);
  });

  it('counts the days in the member’s zone, across the year’s end', () => {
    const late = home({ endedOn: '2026-12-20' }, 'America/Los_Angeles');
    // 4 January 2027 begins in Seoul while it is still 3 January in Los Angeles: 15 days not yet past there.
    expect(returnKeys(late, '2027-01-04T00:30:00+09:00')).toEqual([
      'member return:7:9:nudge-2 return-report',
    ]);
    expect(returnKeys(late, '2027-01-05T09:00:00-08:00')).toEqual([
      'alert return:7:9:late',
      'member return:7:9:nudge-2 return-report',
    ]);
  });

  it('asks nothing while the member is away again', () => {
    const awayAgain = home();
    awayAgain.facts.absences = [abroad({ startsOn: '2026-12-05' })];
    expect(returnKeys(awayAgain, '2026-12-22T09:00:00+09:00')).toEqual([]);
  });
});
