// What one sweep decides, without reading or writing anything: which items, nudges, alerts and digests go into the
// outbox, which waiting items are cancelled, which nudges are held, given the records and the outbox as they stand.
import { dueItems, type DueItem, type NotificationSubject } from './due-items';
import { escalationsOf, type CellEscalation } from './escalation';
import type { AbsenceStage } from './meetings';
import { digestKey, nudgeKeys, planDigest, planNudge } from './nudge-plan';
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import { sendingHours, type PreferredHours } from './sending-hours';
import type { CalendarBook } from './zone-calendar';

/** A member as the sweep reads one: the rules' facts, the member's own hours and the home cell. */
export interface SweepMember extends NotificationSubject, PreferredHours {
  cellId: number;
}

/** A member of the batch with the items due now (enriched before planning: the plan keeps what it is given). */
export interface MemberDue<M extends SweepMember = SweepMember> {
  subject: M;
  items: DueItem[];
}

/** The outbox row of a key: its status, and whether a nudge or a digest carries it already. */
export interface KeyState {
  status: string;
  batched: boolean;
}

/** The officer who hears a cell's alerts and digest. */
export interface Recipient {
  id: number;
  fullName: string;
  locale: string;
}

export interface PlannedNudge {
  key: string;
  memberId: number;
  date: CalendarDate;
  itemKeys: string[];
}

export interface PlannedAlert {
  key: string;
  recipientId: number;
  item: DueItem;
}

/** Everything one batch writes, in one transaction. */
export interface BatchChanges {
  newItems: DueItem[];
  /** Items cancelled earlier (no longer due then) that are due again. */
  revived: string[];
  /** Waiting items that are no longer due (done, paid, superseded by a later stage). */
  cancelled: string[];
  nudges: PlannedNudge[];
  alerts: PlannedAlert[];
}

/** The part of the outbox a batch's plan depends on, read for the keys outboxKeysOf names. */
export interface BatchOutbox {
  /** The state of the batch's keys; a key not here has no row. */
  states: ReadonlyMap<string, KeyState>;
  /** The batch's members' items still waiting, unbatched, for a nudge or a digest. */
  waiting: ReadonlyArray<{ key: string }>;
  /** Who hears each cell's alerts, for the cells cellsToAlert names; a cell not here has nobody reachable. */
  recipients: ReadonlyMap<number, Recipient>;
}

/** A message the batch's changes make, in the order the sweep reports them: a member's nudge, then the alerts. */
export type ToldInBatch<M extends SweepMember = SweepMember> =
  | { kind: 'nudge'; subject: M; key: string; items: DueItem[] }
  | { kind: 'alert'; subject: M; recipient: Recipient; item: DueItem };

/** A member's items that wait for the member's next allowed hour, or for tomorrow after today's nudges. */
export interface HeldItems<M extends SweepMember = SweepMember> {
  subject: M;
  until: Date;
  reason: 'outside-hours' | 'daily-limit';
  items: DueItem[];
}

export interface BatchPlan<M extends SweepMember = SweepMember> {
  changes: BatchChanges;
  told: Array<ToldInBatch<M>>;
  held: Array<HeldItems<M>>;
  /** Alerts not made because the cell has no reachable secretary or deputy: made once one can be told. */
  withoutRecipient: number;
  /**
   * Digest items this batch makes or revives, by the member's cell: until they are written the digest cannot count
   * them from the outbox, so a dry run counts them from here.
   */
  newDigestItems: Array<{ cellId: number; item: DueItem }>;
  /** Product rule 12: what the cells have let stand past the policy's days, for the officers' digests. */
  escalations: CellEscalation[];
}

const WAITING_STATES = ['pending', 'cancelled'];

/** Whether an item with this state may still go out (it has no row, waits unbatched, or was cancelled). */
export function isWaitingState(state: KeyState | undefined): boolean {
  return state === undefined || (!state.batched && WAITING_STATES.includes(state.status));
}

/** Cancelled while not due, and in no nudge or digest: due again, it is revived rather than made anew. */
const isCancelled = (state: KeyState | undefined) => state?.status === 'cancelled' && !state.batched;

/** The rules at the sweep's instant for each member of a batch. */
export function dueOfBatch<M extends SweepMember>(
  subjects: readonly M[],
  calendars: CalendarBook,
  policy: Policy,
): Array<MemberDue<M>> {
  return subjects.map((subject) => ({ subject, items: dueItems(subject, calendars, policy) }));
}

/** The keys whose outbox state the plan needs: every item due, and today's nudge keys of members with one to tell. */
export function outboxKeysOf(batch: readonly MemberDue[], calendars: CalendarBook, policy: Policy): string[] {
  const dayKeys = batch.flatMap(({ subject, items }) =>
    items.some((item) => item.audience === 'member')
      ? nudgeKeys(subject.memberId, calendars.of(subject.facts.zone).today, policy)
      : [],
  );
  return [...batch.flatMap(({ items }) => items.map((item) => item.key)), ...dayKeys];
}

/** The cells with an alert not told yet: their secretaries are looked up, and on most sweeps there are none. */
export function cellsToAlert(batch: readonly MemberDue[], states: ReadonlyMap<string, KeyState>): number[] {
  return batch
    .filter(({ items }) => items.some((item) => item.audience === 'alert' && !states.has(item.key)))
    .map(({ subject }) => subject.cellId);
}

/**
 * One batch's decisions at the calendars' instant. Items are written once (their keys are the situations), a nudge
 * carries every waiting item of its member inside the member's hours and the day's limit, an alert goes to the cell's
 * officer at once, and whatever waits but is no longer due is cancelled.
 */
export function planBatch<M extends SweepMember>(
  batch: ReadonlyArray<MemberDue<M>>,
  outbox: BatchOutbox,
  calendars: CalendarBook,
  policy: Policy,
): BatchPlan<M> {
  const { states, recipients } = outbox;
  const all = batch.flatMap(({ items }) => items);
  const dueKeys = new Set(all.map((item) => item.key));
  const plan: BatchPlan<M> = {
    changes: {
      newItems: all.filter((item) => item.audience !== 'alert' && !states.has(item.key)),
      revived: all
        .filter((item) => item.audience !== 'alert' && isCancelled(states.get(item.key)))
        .map((item) => item.key),
      cancelled: outbox.waiting.filter((row) => !dueKeys.has(row.key)).map((row) => row.key),
      nudges: [],
      alerts: [],
    },
    told: [],
    held: [],
    withoutRecipient: 0,
    newDigestItems: [],
    escalations: [],
  };

  for (const { subject, items } of batch) {
    const calendar = calendars.of(subject.facts.zone);
    const waitingItems = items.filter(
      (item) => item.audience === 'member' && isWaitingState(states.get(item.key)),
    );
    const used = new Set(
      nudgeKeys(subject.memberId, calendar.today, policy).filter((key) => states.has(key)),
    );
    const nudge = planNudge(
      subject.memberId,
      waitingItems,
      used,
      calendar,
      sendingHours(subject, policy),
      policy,
    );
    if (nudge.outcome === 'send') {
      plan.changes.nudges.push({
        key: nudge.key,
        memberId: subject.memberId,
        date: calendar.today,
        itemKeys: nudge.items.map((item) => item.key),
      });
      plan.told.push({ kind: 'nudge', subject, key: nudge.key, items: nudge.items });
    } else if (nudge.outcome === 'held') {
      plan.held.push({ subject, until: nudge.until, reason: nudge.reason, items: nudge.items });
    }

    for (const item of items) {
      const state = states.get(item.key);
      if (item.audience === 'digest' && (state === undefined || isCancelled(state)))
        plan.newDigestItems.push({ cellId: subject.cellId, item });
      if (item.audience !== 'alert' || state !== undefined) continue;
      const recipient = recipients.get(subject.cellId);
      if (!recipient) {
        plan.withoutRecipient += 1;
        continue;
      }
      plan.changes.alerts.push({ key: item.key, recipientId: recipient.id, item });
      plan.told.push({ kind: 'alert', subject, recipient, item });
    }

    for (const escalation of escalationsOf(items, calendars.of(subject.cellZone), policy))
      plan.escalations.push({ ...escalation, cellId: subject.cellId });
  }
  return plan;
}

/** A cell as the digest reads it: the digest is due at the policy's hour in the cell's zone. */
export interface DigestCell {
  id: number;
  name: string;
  timezone: string;
}

/** Decisions waiting for the cell, by kind, as the digest lists them. */
export interface WaitingDecisions {
  applications: number;
  payments: number;
  reviews: number;
  requests: number;
}

/** A member whose absences without a reason this year reach the secretary's alert or the removal review. */
export interface MeetingAbsenceRisk {
  member: string;
  count: number;
  year: number;
  /** The meetings' days in the cell's zone, in order. */
  days: CalendarDate[];
  stage: Exclude<AbsenceStage, 'none'>;
}

/** What a cell's digest would say now, read from the outbox and the records. */
export interface CellDigestFacts {
  cellId: number;
  cellName: string;
  zone: string;
  /** Digest items in the outbox waiting for a digest. */
  newItems: number;
  waiting: WaitingDecisions;
  /** Unreachable members by name, up to the digest's limit; unreachableCount counts them all. */
  unreachable: string[];
  unreachableCount: number;
  /** Listed among the risks whenever the digest goes; the alert at once told of each already, so they send none. */
  meetingAbsences: MeetingAbsenceRisk[];
}

/** What a digest tells its officer (the outbox row's payload). */
export interface DigestReport {
  cellName: string;
  date: CalendarDate;
  waiting: WaitingDecisions;
  unreachable: string[];
  unreachableCount: number;
  meetingAbsences: MeetingAbsenceRisk[];
}

export interface PlannedDigest {
  key: string;
  cellId: number;
  recipientId: number;
  payload: DigestReport;
}

/** Rule 8: the cells whose digest hour has come today in their own zone. */
export function cellsDueForDigest<C extends DigestCell>(
  cells: readonly C[],
  calendars: CalendarBook,
  policy: Policy,
): C[] {
  return cells.filter((cell) => calendars.of(cell.timezone).hour >= policy.digest.hour);
}

/** The key of a cell's digest today, in the cell's zone: a cell has one digest a day. */
export function cellDigestKey(cell: DigestCell, calendars: CalendarBook): string {
  return digestKey(cell.id, calendars.of(cell.timezone).today);
}

/**
 * The digests of cells with none today (`open`), for those with something to report and a reachable officer.
 * `unwritten` holds each cell's digest items this sweep found but did not write (a dry run): they count as new.
 */
export function planDigests(
  open: readonly DigestCell[],
  read: {
    facts: ReadonlyMap<number, CellDigestFacts>;
    recipients: ReadonlyMap<number, Recipient>;
    unwritten?: ReadonlyMap<number, readonly DueItem[]>;
  },
  calendars: CalendarBook,
  policy: Policy,
): { digests: PlannedDigest[]; withoutRecipient: number } {
  const digests: PlannedDigest[] = [];
  let withoutRecipient = 0;
  for (const cell of open) {
    const fact = read.facts.get(cell.id)!;
    const calendar = calendars.of(cell.timezone);
    const plan = planDigest(
      cell.id,
      calendar,
      false,
      {
        newItems: fact.newItems + (read.unwritten?.get(cell.id)?.length ?? 0),
        waitingDecisions: Object.values(fact.waiting).reduce((sum, count) => sum + count, 0),
        unreachableMembers: fact.unreachableCount,
      },
      policy,
    );
    if (plan.outcome !== 'send') continue;
    const recipient = read.recipients.get(cell.id);
    if (!recipient) {
      withoutRecipient += 1;
      continue;
    }
    digests.push({
      key: plan.key,
      cellId: cell.id,
      recipientId: recipient.id,
      payload: {
        cellName: fact.cellName,
        date: calendar.today,
        waiting: fact.waiting,
        unreachable: fact.unreachable,
        unreachableCount: fact.unreachableCount,
        meetingAbsences: fact.meetingAbsences,
      },
    });
  }
  return { digests, withoutRecipient };
}
