// The sweep's decisions as tables, with no database: the members' facts and the outbox state in, the items, nudges,
// alerts, cancellations and digests out, at month and year edges in Vietnam, Korea and Czechia.
import type { DueItem } from '../../../src/domain/due-items';
import { loadPolicy } from '../../../src/domain/policy';
import type { MemberFacts } from '../../../src/domain/standing';
import {
  cellDigestKey,
  cellsDueForDigest,
  cellsToAlert,
  dueOfBatch,
  isWaitingState,
  outboxKeysOf,
  planBatch,
  planDigests,
  type BatchOutbox,
  type CellDigestFacts,
  type DigestCell,
  type KeyState,
  type Recipient,
  type SweepMember,
} from '../../../src/domain/sweep-plan';
import { CalendarBook } from '../../../src/domain/zone-calendar';

const policy = loadPolicy();
const at = (iso: string) => new Date(iso);
const HCM = 'Asia/Ho_Chi_Minh';
const SEOUL = 'Asia/Seoul';
const PRAGUE = 'Europe/Prague';
const IDS: Record<string, number> = { [HCM]: 1, [SEOUL]: 2, [PRAGUE]: 3 };
const secretary: Recipient = { id: 90, fullName: 'Trần Thị Hoa', locale: 'vi' };

const paidThrough = (year: number) =>
  Array.from({ length: 12 }, (_, index) => ({
    month: `${year}-${String(index + 1).padStart(2, '0')}`,
    status: 'confirmed' as const,
  }));

/** A member away in `zone` since January, every fee of 2026 and 2027 paid, checked in for the months given. */
function member(
  zone: string,
  facts: Partial<MemberFacts> = {},
  change: Partial<Omit<SweepMember, 'facts'>> = {},
): SweepMember {
  return {
    memberId: IDS[zone],
    fullName: `Member in ${zone}`,
    cellId: 1,
    cellZone: HCM,
    reachable: true,
    openRequests: [],
    preferredHourFrom: null,
    preferredHourTo: null,
    ...change,
    facts: {
      zone,
      membership: 'active',
      activeSince: '2026-01',
      checkInMonths: [],
      paidMonths: [...paidThrough(2026), ...paidThrough(2027)],
      feeArrangements: [],
      absences: [
        {
          kind: 'abroad',
          countryCode: zone === SEOUL ? 'KR' : zone === PRAGUE ? 'CZ' : 'VN',
          arrangement: 'temporary_transfer',
          applicationStatus: 'approved',
          startsOn: '2026-01-10',
          expectedEndOn: null,
        },
      ],
      fullExemptions: [],
      review: null,
      ...facts,
    },
  };
}

const months = (from: number, to: number, year = 2026) =>
  Array.from({ length: to - from + 1 }, (_, index) => `${year}-${String(from + index).padStart(2, '0')}`);

const noOutbox = (recipients = new Map([[1, secretary]])): BatchOutbox => ({
  states: new Map(),
  waiting: [],
  recipients,
});

function plan(subjects: SweepMember[], now: string, outbox: BatchOutbox = noOutbox()) {
  const calendars = new CalendarBook(at(now), policy);
  return planBatch(dueOfBatch(subjects, calendars, policy), outbox, calendars, policy);
}

/** What a plan says about one member, in words a table can hold. */
function outcome(subjects: SweepMember[], now: string, memberId: number) {
  const result = plan(subjects, now);
  const nudge = result.changes.nudges.find((entry) => entry.memberId === memberId);
  if (nudge) return { nudge: nudge.key, items: nudge.itemKeys };
  const held = result.held.find((entry) => entry.subject.memberId === memberId);
  if (held)
    return {
      held: held.reason,
      until: held.until.toISOString(),
      items: held.items.map((item) => item.key),
    };
  return { nothing: true };
}

describe('a month edge in three zones', () => {
  // Each member checked in up to May, so June's check-in is the one due; every fee is paid.
  const three = [HCM, SEOUL, PRAGUE].map((zone) => member(zone, { checkInMonths: months(1, 5) }));

  it.each<[string, string, ReturnType<typeof outcome>]>([
    // 23:30 on 30 June in Vietnam: June's last stage, outside the daytime hours, held to 08:00 on 1 July there.
    [
      '2026-06-30T16:30:00Z',
      HCM,
      { held: 'outside-hours', until: '2026-07-01T01:00:00.000Z', items: ['checkin:1:2026-06:day-27'] },
    ],
    // The same instant is 01:30 on 1 July in Seoul: July's check-in opens, held to 08:00 there.
    [
      '2026-06-30T16:30:00Z',
      SEOUL,
      { held: 'outside-hours', until: '2026-06-30T23:00:00.000Z', items: ['checkin:2:2026-07:open'] },
    ],
    // And 18:30 on 30 June in Prague: inside the hours, June's last stage goes out now.
    ['2026-06-30T16:30:00Z', PRAGUE, { nudge: 'nudge:3:2026-06-30', items: ['checkin:3:2026-06:day-27'] }],
    // 08:00 on 1 July in Seoul: the day's nudge.
    ['2026-06-30T23:00:00Z', SEOUL, { nudge: 'nudge:2:2026-07-01', items: ['checkin:2:2026-07:open'] }],
    // 06:00 on 1 July in Vietnam: July has opened, two hours before the first nudge may go.
    [
      '2026-06-30T23:00:00Z',
      HCM,
      { held: 'outside-hours', until: '2026-07-01T01:00:00.000Z', items: ['checkin:1:2026-07:open'] },
    ],
    // 01:00 on 1 July in Prague (summer time): a new month, and the night.
    [
      '2026-06-30T23:00:00Z',
      PRAGUE,
      { held: 'outside-hours', until: '2026-07-01T06:00:00.000Z', items: ['checkin:3:2026-07:open'] },
    ],
    // 20:59 in Prague is still inside the hours (they end at 21:00).
    ['2026-06-20T18:59:00Z', PRAGUE, { nudge: 'nudge:3:2026-06-20', items: ['checkin:3:2026-06:day-20'] }],
  ])('at %s, in %s: %j', (now, zone, expected) => {
    expect(outcome(three, now, IDS[zone])).toEqual(expected);
  });

  it('tells the cell of a month missed in the member’s own zone, in the digest, not the nudge', () => {
    // 05:00 on 1 July in Seoul with June not checked in; 22:00 on 30 June in Prague, where June is not over yet.
    const late = [SEOUL, PRAGUE].map((zone) => member(zone, { checkInMonths: months(1, 5) }));
    const result = plan(late, '2026-06-30T20:00:00Z');
    expect(result.changes.newItems.map((item) => `${item.key} ${item.audience}`).sort()).toEqual([
      'checkin:2:2026-06:overdue digest',
      'checkin:2:2026-07:open member',
      'checkin:3:2026-06:day-27 member',
    ]);
    expect(result.newDigestItems.map(({ cellId, item }) => [cellId, item.key])).toEqual([
      [1, 'checkin:2:2026-06:overdue'],
    ]);
  });

  it.each<[string, string, string[]]>([
    // The year's end: 23:30 on 31 December in Prague, where the year's review is still open and nudged weekly;
    // 07:30 and 05:30 on 1 January in Seoul and Vietnam, where a new year's check-in opens.
    ['2026-12-31T22:30:00Z', SEOUL, ['checkin:2:2027-01:open']],
    ['2026-12-31T22:30:00Z', PRAGUE, ['checkin:3:2026-12:day-27', 'review:3:2026:week-8']],
    ['2026-12-31T22:30:00Z', HCM, ['checkin:1:2027-01:open']],
  ])('at the year’s end (%s) the member in %s is told %j', (now, zone, keys) => {
    const year = [member(zone, { checkInMonths: months(1, 11) })];
    const result = plan(year, now);
    expect(
      result.changes.newItems.filter((item) => item.audience === 'member').map((item) => item.key),
    ).toEqual(keys);
  });
});

describe('a member’s own hours', () => {
  const evenings = member(
    PRAGUE,
    { checkInMonths: months(1, 5) },
    { preferredHourFrom: 18, preferredHourTo: 22 },
  );
  const nights = member(
    PRAGUE,
    { checkInMonths: months(1, 5) },
    { preferredHourFrom: 22, preferredHourTo: 6 },
  );

  it.each<[string, SweepMember, string, ReturnType<typeof outcome>]>([
    // 10:00 in Prague (CEST): daytime, but this member asked for evenings only.
    [
      'evenings, at 10:00',
      evenings,
      '2026-06-22T08:00:00Z',
      { held: 'outside-hours', until: '2026-06-22T16:00:00.000Z', items: ['checkin:3:2026-06:day-20'] },
    ],
    [
      'evenings, at 21:30',
      evenings,
      '2026-06-22T19:30:00Z',
      { nudge: 'nudge:3:2026-06-22', items: ['checkin:3:2026-06:day-20'] },
    ],
    // A night-shift worker: 23:00 is inside a window that runs past midnight, 07:00 is not.
    [
      'nights, at 23:00',
      nights,
      '2026-06-22T21:00:00Z',
      { nudge: 'nudge:3:2026-06-22', items: ['checkin:3:2026-06:day-20'] },
    ],
    [
      'nights, at 07:00',
      nights,
      '2026-06-22T05:00:00Z',
      { held: 'outside-hours', until: '2026-06-22T20:00:00.000Z', items: ['checkin:3:2026-06:day-20'] },
    ],
  ])('%s', (_, who, now, expected) => {
    expect(outcome([who], now, who.memberId)).toEqual(expected);
  });

  it('holds a member who had today’s nudge until the first hour tomorrow', () => {
    const calendars = new CalendarBook(at('2026-06-22T08:00:00Z'), policy);
    const batch = dueOfBatch([member(SEOUL, { checkInMonths: months(1, 5) })], calendars, policy);
    const states = new Map<string, KeyState>([['nudge:2:2026-06-22', { status: 'sent', batched: false }]]);
    const result = planBatch(batch, { ...noOutbox(), states }, calendars, policy);
    expect(result.changes.nudges).toEqual([]);
    expect(result.held.map((entry) => [entry.reason, entry.until.toISOString()])).toEqual([
      ['daily-limit', '2026-06-22T23:00:00.000Z'],
    ]);
    // The item is still written, to wait for that nudge.
    expect(result.changes.newItems.map((item) => item.key)).toEqual(['checkin:2:2026-06:day-20']);
  });
});

describe('an exempted member', () => {
  const exempt = member(
    SEOUL,
    { checkInMonths: [], fullExemptions: [{ reason: 'health', startsOn: '2026-03-01', endsOn: null }] },
    { memberId: 4 },
  );
  const other = member(SEOUL, { checkInMonths: months(1, 5) });

  it('asks no check-in of a fully exempted member, so nothing is nudged and no nudge key is read', () => {
    const calendars = new CalendarBook(at('2026-06-22T03:00:00Z'), policy);
    const batch = dueOfBatch([exempt, other], calendars, policy);
    expect(batch[0].items).toEqual([]);
    expect(outboxKeysOf(batch, calendars, policy)).toEqual([
      'checkin:2:2026-06:day-20',
      'nudge:2:2026-06-22',
    ]);
    const result = planBatch(batch, noOutbox(), calendars, policy);
    expect(result.changes.nudges.map((nudge) => nudge.memberId)).toEqual([2]);
    expect(result.held).toEqual([]);
  });

  it('asks again from the month after the exemption ended', () => {
    const ended = member(
      SEOUL,
      {
        checkInMonths: [],
        fullExemptions: [{ reason: 'health', startsOn: '2026-03-01', endsOn: '2026-05-31' }],
      },
      { memberId: 4 },
    );
    expect(outcome([ended], '2026-06-22T03:00:00Z', 4)).toEqual({
      nudge: 'nudge:4:2026-06-22',
      items: ['checkin:4:2026-06:day-20'],
    });
  });
});

describe('the outbox as it stands', () => {
  const now = '2026-06-22T03:00:00Z';
  const calendars = new CalendarBook(at(now), policy);
  // Seoul, June not checked in and the months before missed: a member item and a digest item.
  const batch = dueOfBatch([member(SEOUL, { checkInMonths: months(1, 4) })], calendars, policy);
  const keys = batch[0].items.map((item) => `${item.key} ${item.audience}`);

  it('is read for every item due and the day’s nudge keys', () => {
    expect(keys).toEqual(['checkin:2:2026-06:day-20 member', 'checkin:2:2026-05:overdue digest']);
    expect(outboxKeysOf(batch, calendars, policy)).toEqual([
      'checkin:2:2026-06:day-20',
      'checkin:2:2026-05:overdue',
      'nudge:2:2026-06-22',
    ]);
  });

  it.each<[string, KeyState | undefined, { newItems: string[]; revived: string[]; nudged: string[] }]>([
    [
      'no row',
      undefined,
      { newItems: ['checkin:2:2026-06:day-20'], revived: [], nudged: ['checkin:2:2026-06:day-20'] },
    ],
    // Written by an earlier sweep and still waiting (outside the hours then): carried into today's nudge.
    [
      'pending',
      { status: 'pending', batched: false },
      { newItems: [], revived: [], nudged: ['checkin:2:2026-06:day-20'] },
    ],
    // Cancelled by an earlier sweep while it was not due: due again, it is revived and told.
    [
      'cancelled',
      { status: 'cancelled', batched: false },
      { newItems: [], revived: ['checkin:2:2026-06:day-20'], nudged: ['checkin:2:2026-06:day-20'] },
    ],
    // Already in a nudge on its way: not told twice.
    ['queued in a nudge', { status: 'queued', batched: true }, { newItems: [], revived: [], nudged: [] }],
    ['sent', { status: 'sent', batched: true }, { newItems: [], revived: [], nudged: [] }],
  ])('an item with %s', (_, state, expected) => {
    const digestState: KeyState = { status: 'pending', batched: false };
    const states = new Map<string, KeyState>([['checkin:2:2026-05:overdue', digestState]]);
    if (state) states.set('checkin:2:2026-06:day-20', state);
    const result = planBatch(batch, { ...noOutbox(), states }, calendars, policy);
    expect({
      newItems: result.changes.newItems.map((item) => item.key),
      revived: result.changes.revived,
      nudged: result.changes.nudges.flatMap((nudge) => nudge.itemKeys),
    }).toEqual(expected);
    expect(isWaitingState(state)).toBe(expected.nudged.length > 0);
  });

  it('cancels the waiting items that are no longer due, and keeps those that are', () => {
    const waiting = [
      { key: 'checkin:2:2026-06:day-20' },
      { key: 'checkin:2:2026-06:open' },
      { key: 'fee:2:2026-05:nudge' },
    ];
    const result = planBatch(batch, { ...noOutbox(), waiting }, calendars, policy);
    expect(result.changes.cancelled).toEqual(['checkin:2:2026-06:open', 'fee:2:2026-05:nudge']);
  });

  it('makes a digest item new or revived for the cell’s digest, not again once it is there', () => {
    const inDigest = new Map<string, KeyState>([
      ['checkin:2:2026-05:overdue', { status: 'queued', batched: true }],
    ]);
    const cancelled = new Map<string, KeyState>([
      ['checkin:2:2026-05:overdue', { status: 'cancelled', batched: false }],
    ]);
    const digestItems = (states: Map<string, KeyState>) =>
      planBatch(batch, { ...noOutbox(), states }, calendars, policy).newDigestItems.map(
        ({ item }) => item.key,
      );
    expect(digestItems(new Map())).toEqual(['checkin:2:2026-05:overdue']);
    expect(digestItems(cancelled)).toEqual(['checkin:2:2026-05:overdue']);
    expect(digestItems(inDigest)).toEqual([]);
  });
});

describe('alerts to the cell', () => {
  const now = '2026-06-22T03:00:00Z';
  const calendars = new CalendarBook(at(now), policy);
  const asking = member(
    HCM,
    { checkInMonths: months(1, 5) },
    { openRequests: [{ id: 5, kind: 'difficulty', createdAt: at('2026-06-21T10:00:00Z') }], cellId: 8 },
  );
  const batch = dueOfBatch([asking], calendars, policy);
  const alert = batch[0].items.find((item) => item.audience === 'alert')!;
  const alertKey = alert.key;

  it('goes to the cell’s officer at once, reported after the member’s own nudge', () => {
    expect(cellsToAlert(batch, new Map())).toEqual([8]);
    const result = planBatch(batch, noOutbox(new Map([[8, secretary]])), calendars, policy);
    expect(result.changes.alerts).toEqual([{ key: alertKey, recipientId: 90, item: alert }]);
    expect(result.told.map((told) => [told.kind, told.kind === 'nudge' ? told.key : told.item.key])).toEqual([
      ['nudge', 'nudge:1:2026-06-22'],
      ['alert', alertKey],
    ]);
    // An alert is its own message: it is no item waiting for a nudge or a digest.
    expect(result.changes.newItems.map((item) => item.key)).toEqual(['checkin:1:2026-06:day-20']);
  });

  it('waits while the cell has nobody reachable, and is not told twice', () => {
    expect(planBatch(batch, noOutbox(new Map()), calendars, policy)).toMatchObject({
      withoutRecipient: 1,
      changes: { alerts: [] },
    });
    const told = new Map<string, KeyState>([[alertKey, { status: 'sent', batched: false }]]);
    expect(cellsToAlert(batch, told)).toEqual([]);
    expect(
      planBatch(batch, { ...noOutbox(new Map([[8, secretary]])), states: told }, calendars, policy),
    ).toMatchObject({
      withoutRecipient: 0,
      changes: { alerts: [] },
    });
  });
});

describe('escalations (rule 12)', () => {
  it('names the cell of what the cell let stand past the policy’s days', () => {
    // Checked in last in January: contact is lost, and the cell has let it stand past the policy's days.
    const lost = member(SEOUL, { checkInMonths: months(1, 1) }, { cellId: 8 });
    const result = plan([lost], '2026-06-22T03:00:00Z');
    expect(result.escalations.map((entry) => [entry.cellId, entry.rule, entry.memberId])).toEqual([
      [8, 'contact-lost', 2],
    ]);
  });
});

describe('the cells’ digests (rule 8)', () => {
  const cells: DigestCell[] = [
    { id: 1, name: 'Chi bộ Hà Nội', timezone: HCM },
    { id: 2, name: 'Chi bộ Seoul', timezone: SEOUL },
    { id: 3, name: 'Chi bộ Praha', timezone: PRAGUE },
  ];
  const facts = (id: number, change: Partial<CellDigestFacts> = {}): CellDigestFacts => ({
    cellId: id,
    cellName: cells[id - 1].name,
    zone: cells[id - 1].timezone,
    newItems: 0,
    waiting: { applications: 0, payments: 0, reviews: 0, requests: 0 },
    unreachable: [],
    unreachableCount: 0,
    meetingAbsences: [],
    ...change,
  });

  it.each<[string, number[]]>([
    // 06:59 in Vietnam, 08:59 in Seoul, 01:59 in Prague.
    ['2026-06-21T23:59:00Z', [2]],
    ['2026-06-22T00:00:00Z', [1, 2]],
    // 07:00 in Prague (summer time) is 05:00 UTC; every cell's hour has come.
    ['2026-06-22T05:00:00Z', [1, 2, 3]],
    // 07:00 in Prague in winter is 06:00 UTC.
    ['2026-12-22T05:59:00Z', [1, 2]],
    // Past midnight in Seoul: a new day there, whose hour has not come yet.
    ['2026-06-22T15:00:00Z', [1, 3]],
  ])('at %s the digests due are the cells %j', (now, expected) => {
    const calendars = new CalendarBook(at(now), policy);
    expect(cellsDueForDigest(cells, calendars, policy).map((cell) => cell.id)).toEqual(expected);
  });

  it('keys each digest by the cell’s own day, at the year’s end too', () => {
    const calendars = new CalendarBook(at('2026-12-31T22:30:00Z'), policy);
    expect(cells.map((cell) => cellDigestKey(cell, calendars))).toEqual([
      'digest:1:2027-01-01',
      'digest:2:2027-01-01',
      'digest:3:2026-12-31',
    ]);
  });

  it('sends what has something to report to a reachable officer, counting the items not yet written', () => {
    const calendars = new CalendarBook(at('2026-06-22T05:00:00Z'), policy);
    const found: DueItem = {
      key: 'checkin:3:2026-05:overdue',
      rule: 'checkin-overdue',
      audience: 'digest',
      memberId: 3,
      dueAt: at('2026-05-31T22:00:00Z'),
      vars: {},
    };
    const unwritten = new Map([[3, [found]]]);
    const result = planDigests(
      cells,
      {
        facts: new Map([
          [1, facts(1)],
          [2, facts(2, { waiting: { applications: 1, payments: 0, reviews: 0, requests: 0 } })],
          [3, facts(3)],
        ]),
        recipients: new Map([
          [1, secretary],
          [3, { ...secretary, id: 93 }],
        ]),
        unwritten,
      },
      calendars,
      policy,
    );
    // Cell 1 has nothing to say; cell 2 has no reachable officer; cell 3 reports the item this sweep found.
    expect(result.withoutRecipient).toBe(1);
    expect(result.digests).toEqual([
      {
        key: 'digest:3:2026-06-22',
        cellId: 3,
        recipientId: 93,
        payload: {
          cellName: 'Chi bộ Praha',
          date: '2026-06-22',
          waiting: { applications: 0, payments: 0, reviews: 0, requests: 0 },
          unreachable: [],
          unreachableCount: 0,
          meetingAbsences: [],
        },
      },
    ]);
  });

  it('lists members at risk on meetings whenever the digest goes, but sends none for them alone', () => {
    const calendars = new CalendarBook(at('2026-06-22T05:00:00Z'), policy);
    const risk = {
      member: 'Vũ Thị Giang',
      count: 3,
      year: 2026,
      days: ['2026-01-01', '2026-03-05', '2026-05-05'],
      stage: 'removal-review' as const,
    };
    const result = planDigests(
      [cells[0], cells[2]],
      {
        facts: new Map([
          [1, facts(1, { meetingAbsences: [risk] })],
          [3, facts(3, { newItems: 1, meetingAbsences: [risk] })],
        ]),
        recipients: new Map([
          [1, secretary],
          [3, secretary],
        ]),
      },
      calendars,
      policy,
    );
    // The alert at once told of the absences already: a cell with nothing else new gets no digest for them.
    expect(result.digests.map((digest) => [digest.cellId, digest.payload.meetingAbsences])).toEqual([
      [3, [risk]],
    ]);
  });

  it('sends nothing before the cell’s hour', () => {
    const calendars = new CalendarBook(at('2026-06-22T04:00:00Z'), policy);
    const result = planDigests(
      [cells[2]],
      { facts: new Map([[3, facts(3, { newItems: 2 })]]), recipients: new Map([[3, secretary]]) },
      calendars,
      policy,
    );
    expect(result).toEqual({ digests: [], withoutRecipient: 0 });
  });
});
