// The sweep: reads every member in batches, applies the rules at one instant, and writes what is due to the outbox
// (or, in a dry run, only reports what it would write and send).
import { requestAlerts, type DueItem } from '../domain/due-items';
import type { CellEscalation } from '../domain/escalation';
import { isoIn } from '../domain/periods';
import type { Policy } from '../domain/policy';
import {
  cellDigestKey,
  cellsDueForDigest,
  cellsToAlert,
  dueOfBatch,
  outboxKeysOf,
  planBatch,
  planDigests,
  type BatchOutbox,
  type BatchPlan,
  type DigestCell,
  type MemberDue,
  type Recipient,
} from '../domain/sweep-plan';
import { CalendarBook } from '../domain/zone-calendar';
import type { Logger } from '../logger';
import type { Records } from '../records';
import { alertPayload, itemPayload } from '../records/sweep-outbox';
import type { SweepSubject } from '../records/sweep-reader';
import { sweepOfficerDigests } from './officer-digests';
import type { HeldNudge, ItemView, OutgoingMessage, RecipientView } from './outgoing';
import { UnreachableTally, type UnreachableCounts } from './unreachable-tally';

export interface SweepOptions {
  now: Date;
  /** Report only; write nothing. */
  dryRun?: boolean;
  /** Keep the planned messages in the result (always on in a dry run; off for big real sweeps). */
  collect?: boolean;
  batchSize?: number;
  /** Sweep only these members (the delivery re-checks one member before sending a nudge). */
  memberIds?: readonly number[];
  /** Skip the cells' digests (a member-only re-check). */
  skipDigests?: boolean;
}

export interface SweepCounts {
  members: number;
  items: number;
  nudges: number;
  alerts: number;
  digests: number;
  cancelled: number;
  held: number;
  /** Alerts or digests for cells without a reachable secretary or deputy: made once one can be told. */
  withoutRecipient: number;
}

export interface SweepResult {
  at: string;
  dryRun: boolean;
  counts: SweepCounts;
  /** Messages this sweep made (or would make), in the order made; empty unless collected. */
  messages: OutgoingMessage[];
  held: HeldNudge[];
  /** Every item due now, told or not: a member re-check reads it. */
  due: DueItem[];
  /** Members the sweep cannot reach, by why, with the items due to them; counted when messages are collected. */
  unreachable?: UnreachableCounts;
}

export interface SweepDeps {
  records: Records;
  policy: Policy;
  logger: Logger;
}

const DIGEST_CELLS_AT_ONCE = 2000;

/** Rows written before the outbox's planner statistics are refreshed (a first sweep writes hundreds of thousands). */
const ANALYZE_AFTER_ROWS = 50_000;

const view = (item: DueItem): ItemView => ({ key: item.key, ...itemPayload(item) });

const recipientOf = (subject: SweepSubject): RecipientView => ({
  memberId: subject.memberId,
  name: subject.fullName,
  locale: subject.locale,
});

const recipientView = (recipient: Recipient): RecipientView => ({
  memberId: recipient.id,
  name: recipient.fullName,
  locale: recipient.locale,
});

export async function runSweep(deps: SweepDeps, options: SweepOptions): Promise<SweepResult> {
  const { records, policy, logger } = deps;
  const { now } = options;
  const dryRun = options.dryRun ?? false;
  const collect = dryRun || (options.collect ?? false);
  const calendars = new CalendarBook(now, policy);
  const counts: SweepCounts = {
    members: 0,
    items: 0,
    nudges: 0,
    alerts: 0,
    digests: 0,
    cancelled: 0,
    held: 0,
    withoutRecipient: 0,
  };
  const messages: OutgoingMessage[] = [];
  const held: HeldNudge[] = [];
  const due: DueItem[] = [];
  const contacts = new ContactBook(records);
  // In a dry run nothing is written, so the digest counts this sweep's new digest items from memory.
  const unwrittenDigestItems = new Map<number, DueItem[]>();
  const unreachable = collect ? new UnreachableTally(calendars, policy) : undefined;
  const withDigests = !options.skipDigests && !options.memberIds;
  const escalated: CellEscalation[] = [];
  const started = Date.now();
  let rowsWritten = 0;
  let analyzeAt = ANALYZE_AFTER_ROWS;

  // The cells' regular meetings come first, so this sweep already invites to a meeting its default just made. A dry
  // run writes nothing: it shows invitations only for meetings that exist.
  if (!dryRun && !options.memberIds) {
    const scheduled = await records.meetings.scheduleFromDefaults(now);
    if (scheduled.length > 0)
      logger.info({ meetings: scheduled.length }, "meetings scheduled from the cells' defaults");
  }

  for await (const subjects of records.sweepReader.batches(calendars, {
    batchSize: options.batchSize,
    memberIds: options.memberIds,
  })) {
    counts.members += subjects.length;
    if (unreachable) for (const subject of subjects) unreachable.add(subject);
    // Read: the rules' items (with the directory's contacts), then what the outbox holds of them. Plan. Write.
    const batch = await contacts.enrich(dueOfBatch(subjects, calendars, policy));
    if (options.memberIds) due.push(...batch.flatMap((entry) => entry.items));
    const outbox = await readOutbox(records, batch, calendars, policy, options.memberIds);
    const plan = planBatch(batch, outbox, calendars, policy);
    if (withDigests) escalated.push(...plan.escalations);
    counts.held += plan.held.length;
    counts.withoutRecipient += plan.withoutRecipient;
    if (collect) report(plan, messages, held);
    const { changes } = plan;
    if (dryRun) {
      for (const { cellId, item } of plan.newDigestItems) {
        const items = unwrittenDigestItems.get(cellId);
        if (items) items.push(item);
        else unwrittenDigestItems.set(cellId, [item]);
      }
      counts.items += changes.newItems.length;
      counts.nudges += changes.nudges.length;
      counts.alerts += changes.alerts.length;
      counts.cancelled += changes.cancelled.length;
    } else {
      const written = await records.sweepOutbox.write(changes, now);
      counts.items += written.items;
      counts.nudges += written.nudges;
      counts.alerts += written.alerts;
      counts.cancelled += written.cancelled;
      rowsWritten += written.items + written.nudges + written.alerts;
      if (rowsWritten >= analyzeAt) {
        await records.sweepOutbox.refreshStatistics();
        // Each refresh once the outbox has grown as much again: a handful in the biggest sweep.
        analyzeAt = rowsWritten * 2;
      }
    }
  }

  if (withDigests) {
    await sweepDigests(deps, { now, calendars, dryRun, collect, counts, messages, unwrittenDigestItems });
    await sweepOfficerDigests(deps, { now, calendars, dryRun, collect, counts, messages }, escalated);
  }
  logger.debug({ at: now.toISOString(), dryRun, ...counts, ms: Date.now() - started }, 'sweep done');
  return {
    at: now.toISOString(),
    dryRun,
    counts,
    messages,
    held,
    due,
    ...(unreachable ? { unreachable: unreachable.counts } : {}),
  };
}

/** The outbox state a batch's plan depends on: its keys' rows, its members' waiting items, the cells' officers. */
async function readOutbox(
  records: Records,
  batch: ReadonlyArray<MemberDue<SweepSubject>>,
  calendars: CalendarBook,
  policy: Policy,
  memberIds: readonly number[] | undefined,
): Promise<BatchOutbox> {
  const ids = batch.map(({ subject }) => subject.memberId);
  const { states, waiting } = await records.sweepOutbox.statesAndWaiting(
    outboxKeysOf(batch, calendars, policy),
    // Without a member list a batch is every member from its first id to its last.
    memberIds ? { only: ids } : { first: ids[0], last: ids.at(-1)! },
  );
  // Secretaries are looked up only for alerts not told yet: on most sweeps there are none.
  const recipients = await records.sweepOutbox.recipients(cellsToAlert(batch, states));
  return { states, waiting, recipients };
}

/** A batch's plan as the messages and held nudges the sweep reports, in the order the plan made them. */
function report(plan: BatchPlan<SweepSubject>, messages: OutgoingMessage[], held: HeldNudge[]): void {
  for (const told of plan.told) {
    if (told.kind === 'nudge') {
      messages.push({
        kind: 'nudge',
        key: told.key,
        recipient: recipientOf(told.subject),
        items: told.items.map(view),
      });
    } else {
      messages.push({
        kind: 'alert',
        key: told.item.key,
        recipient: recipientView(told.recipient),
        alert: alertPayload(told.item),
      });
    }
  }
  for (const entry of plan.held) {
    held.push({
      recipient: recipientOf(entry.subject),
      until: isoIn(entry.until, entry.subject.facts.zone),
      reason: entry.reason,
      items: entry.items.map(view),
    });
  }
}

/** Rule 8: each cell's digest, once a day from the policy's hour in the cell's zone. */
async function sweepDigests(
  deps: SweepDeps,
  run: {
    now: Date;
    calendars: CalendarBook;
    dryRun: boolean;
    collect: boolean;
    counts: SweepCounts;
    messages: OutgoingMessage[];
    unwrittenDigestItems: ReadonlyMap<number, readonly DueItem[]>;
  },
): Promise<void> {
  const { records, policy } = deps;
  const cells = cellsDueForDigest(await records.sweepOutbox.cells(), run.calendars, policy);
  // A country has tens of thousands of cells: a chunk at a time keeps every query and write small.
  for (let start = 0; start < cells.length; start += DIGEST_CELLS_AT_ONCE) {
    await sweepDigestChunk(deps, run, cells.slice(start, start + DIGEST_CELLS_AT_ONCE));
  }
}

async function sweepDigestChunk(
  deps: SweepDeps,
  run: Parameters<typeof sweepDigests>[1],
  cells: readonly DigestCell[],
): Promise<void> {
  const { records, policy } = deps;
  const states = await records.sweepOutbox.states(cells.map((cell) => cellDigestKey(cell, run.calendars)));
  const open = cells.filter((cell) => !states.has(cellDigestKey(cell, run.calendars)));
  const [facts, recipients] = await Promise.all([
    records.sweepOutbox.digestFacts(open, run.now, policy),
    records.sweepOutbox.recipients(open.map((cell) => cell.id)),
  ]);
  const { digests, withoutRecipient } = planDigests(
    open,
    { facts, recipients, unwritten: run.unwrittenDigestItems },
    run.calendars,
    policy,
  );
  run.counts.withoutRecipient += withoutRecipient;
  if (run.collect) {
    for (const digest of digests) {
      const stored = await records.notifications.waitingDigestItems(digest.cellId, run.now);
      run.messages.push({
        kind: 'digest',
        key: digest.key,
        recipient: recipientView(recipients.get(digest.cellId)!),
        digest: digest.payload,
        items: [...stored, ...(run.unwrittenDigestItems.get(digest.cellId) ?? []).map(view)],
      });
    }
  }
  run.counts.digests += run.dryRun
    ? digests.length
    : await records.sweepOutbox.writeDigests(digests, run.now);
}

/**
 * Rule 8's "at once": open help and leave requests become alerts within seconds, without waiting for the next
 * full sweep. Cheap: only requests without an alert row are read.
 */
export async function alertNewRequests(deps: SweepDeps, now: Date): Promise<number> {
  const { records } = deps;
  const fresh = await records.notifications.requestsWithoutAlert();
  if (fresh.length === 0) return 0;
  const recipients = await records.sweepOutbox.recipients(fresh.map((request) => request.cellId));
  const alerts = fresh.flatMap((request) => {
    const recipient = recipients.get(request.cellId);
    if (!recipient) return [];
    return requestAlerts({
      memberId: request.memberId,
      openRequests: [request],
    }).map((item) => ({ key: item.key, recipientId: recipient.id, item }));
  });
  const written = await records.sweepOutbox.write(
    { newItems: [], revived: [], cancelled: [], nudges: [], alerts },
    now,
  );
  return written.alerts;
}

/** The committee's overseas contacts by country, read once per sweep for rule 5's guidance. */
class ContactBook {
  private readonly byCountry = new Map<string, ReturnType<Records['directory']['contactsFor']>>();

  constructor(private readonly records: Records) {}

  /**
   * Rule 5's items of a batch with what the directory holds for their country: the member's guidance gets the
   * contacts, the secretary's alert whether there are any (`directory`: listed, examples or none), so neither says
   * an address was sent when there is none. Other items are passed on as they are.
   */
  async enrich<M extends SweepSubject>(batch: ReadonlyArray<MemberDue<M>>): Promise<Array<MemberDue<M>>> {
    return Promise.all(
      batch.map(async (entry) => ({ subject: entry.subject, items: await this.items(entry.items) })),
    );
  }

  private async items(items: DueItem[]): Promise<DueItem[]> {
    return Promise.all(
      items.map(async (item) => {
        if (item.rule !== 'abroad-transfer-guidance' && item.rule !== 'abroad-transfer-overdue') return item;
        const country = String(item.vars.country);
        let contacts = this.byCountry.get(country);
        if (!contacts) {
          contacts = this.records.directory.contactsFor(country);
          this.byCountry.set(country, contacts);
        }
        const rows = await contacts;
        const lines = (example: boolean) =>
          rows.filter((row) => row.isExample === example).map((row) => `${row.organisation}: ${row.contact}`);
        const directory = rows.some((row) => !row.isExample)
          ? 'listed'
          : rows.length > 0
            ? 'examples'
            : 'none';
        if (item.rule === 'abroad-transfer-overdue') return { ...item, vars: { ...item.vars, directory } };
        // Placeholder rows are shown apart, flagged, so nobody writes to them in earnest.
        return {
          ...item,
          vars: { ...item.vars, directory, contacts: lines(false), exampleContacts: lines(true) },
        };
      }),
    );
  }
}
