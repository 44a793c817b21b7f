// The sweep: reads every member in batches, applies the rules at one instant, and writes what is due to the outbox
// (or, in a dry run, only reports what it would write and send).
import { dueItems, requestAlerts, type DueItem } from '../domain/due-items';
import { escalationsOf } from '../domain/escalation';
import { planDigest, planNudge, nudgeKeys } from '../domain/nudge-plan';
import { isoIn } from '../domain/periods';
import type { Policy } from '../domain/policy';
import { sendingHours } from '../domain/sending-hours';
import { CalendarBook } from '../domain/zone-calendar';
import type { Logger } from '../logger';
import type { Records } from '../records';
import {
  alertPayload,
  isWaitingState,
  itemPayload,
  type BatchChanges,
  type KeyState,
  type PlannedDigest,
  type Recipient,
} from '../records/sweep-outbox';
import type { CellEscalation } from '../records/officer-digest';
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

const isCancelled = (state: KeyState | undefined) => state?.status === 'cancelled' && !state.batched;

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
  const unwrittenDigestItems = new Map<number, ItemView[]>();
  const unreachable = collect ? new UnreachableTally(calendars, policy) : undefined;
  const withDigests = !options.skipDigests && !options.memberIds;
  const escalated: CellEscalation[] = [];
  const started = Date.now();
  let rowsWritten = 0;
  let analyzeAt = ANALYZE_AFTER_ROWS;

  for await (const subjects of records.sweepReader.batches(calendars, {
    batchSize: options.batchSize,
    memberIds: options.memberIds,
  })) {
    counts.members += subjects.length;
    if (unreachable) for (const subject of subjects) unreachable.add(subject);
    const perSubject = await Promise.all(
      subjects.map(async (subject) => ({
        subject,
        items: await contacts.enrich(dueItems(subject, calendars, policy)),
      })),
    );
    const all = perSubject.flatMap((entry) => entry.items);
    if (options.memberIds) due.push(...all);
    // Product rule 12: what the cells have let stand past the policy's days, for the officers' digests.
    if (withDigests) {
      for (const { subject, items } of perSubject) {
        for (const escalation of escalationsOf(items, calendars.of(subject.cellZone), policy))
          escalated.push({ ...escalation, cellId: subject.cellId });
      }
    }
    const dayKeys = perSubject.flatMap(({ subject, items }) =>
      items.some((item) => item.audience === 'member')
        ? nudgeKeys(subject.memberId, calendars.of(subject.facts.zone).today, policy)
        : [],
    );
    const ids = subjects.map((subject) => subject.memberId);
    const { states, waiting } = await records.sweepOutbox.statesAndWaiting(
      [...all.map((item) => item.key), ...dayKeys],
      // Without a member list a batch is every member from its first id to its last.
      options.memberIds ? { only: ids } : { first: ids[0], last: ids.at(-1)! },
    );
    // Secretaries are looked up only for alerts not told yet: on most sweeps there are none.
    const alertCells = perSubject
      .filter((entry) => entry.items.some((item) => item.audience === 'alert' && !states.has(item.key)))
      .map((entry) => entry.subject.cellId);
    const recipients = await records.sweepOutbox.recipients(alertCells);

    const dueKeys = new Set(all.map((item) => item.key));
    const changes: BatchChanges = {
      newItems: all.filter((item) => item.audience !== 'alert' && !states.has(item.key)),
      revived: all
        .filter((item) => item.audience !== 'alert' && isCancelled(states.get(item.key)))
        .map((item) => item.key),
      cancelled: waiting.filter((row) => !dueKeys.has(row.key)).map((row) => row.key),
      nudges: [],
      alerts: [],
    };

    for (const { subject, items } of perSubject) {
      const calendar = calendars.of(subject.facts.zone);
      const waitingItems = items.filter(
        (item) => item.audience === 'member' && isWaitingState(states.get(item.key)),
      );
      const used = new Set(
        nudgeKeys(subject.memberId, calendar.today, policy).filter((key) => states.has(key)),
      );
      const plan = planNudge(
        subject.memberId,
        waitingItems,
        used,
        calendar,
        sendingHours(subject, policy),
        policy,
      );
      if (plan.outcome === 'send') {
        changes.nudges.push({
          key: plan.key,
          memberId: subject.memberId,
          date: calendar.today,
          itemKeys: plan.items.map((item) => item.key),
        });
        if (collect) {
          messages.push({
            kind: 'nudge',
            key: plan.key,
            recipient: recipientOf(subject),
            items: plan.items.map(view),
          });
        }
      } else if (plan.outcome === 'held') {
        counts.held += 1;
        if (collect) {
          held.push({
            recipient: recipientOf(subject),
            until: isoIn(plan.until, subject.facts.zone),
            reason: plan.reason,
            items: plan.items.map(view),
          });
        }
      }

      for (const item of items) {
        const state = states.get(item.key);
        if (dryRun && item.audience === 'digest' && (state === undefined || isCancelled(state))) {
          unwrittenDigestItems.set(subject.cellId, [
            ...(unwrittenDigestItems.get(subject.cellId) ?? []),
            view(item),
          ]);
        }
        if (item.audience !== 'alert' || state !== undefined) continue;
        const recipient = recipients.get(subject.cellId);
        if (!recipient) {
          counts.withoutRecipient += 1;
          continue;
        }
        changes.alerts.push({ key: item.key, recipientId: recipient.id, item });
        if (collect) {
          messages.push({
            kind: 'alert',
            key: item.key,
            recipient: recipientView(recipient),
            alert: alertPayload(item),
          });
        }
      }
    }

    if (dryRun) {
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
    unwrittenDigestItems: Map<number, ItemView[]>;
  },
): Promise<void> {
  const { records, policy } = deps;
  const cells = (await records.sweepOutbox.cells()).filter(
    (cell) => run.calendars.of(cell.timezone).hour >= policy.digest.hour,
  );
  // A country has tens of thousands of cells: a chunk at a time keeps every query and write small.
  for (let start = 0; start < cells.length; start += DIGEST_CELLS_AT_ONCE) {
    await sweepDigestChunk(deps, run, cells.slice(start, start + DIGEST_CELLS_AT_ONCE));
  }
}

async function sweepDigestChunk(
  deps: SweepDeps,
  run: Parameters<typeof sweepDigests>[1],
  cells: Array<{ id: number; name: string; timezone: string }>,
): Promise<void> {
  const { records, policy } = deps;
  const keyOf = (cell: { id: number; timezone: string }) =>
    `digest:${cell.id}:${run.calendars.of(cell.timezone).today}`;
  const states = await records.sweepOutbox.states(cells.map(keyOf));
  const open = cells.filter((cell) => !states.has(keyOf(cell)));
  const [facts, recipients] = await Promise.all([
    records.sweepOutbox.digestFacts(open, run.now),
    records.sweepOutbox.recipients(open.map((cell) => cell.id)),
  ]);
  const planned: PlannedDigest[] = [];
  for (const cell of open) {
    const fact = facts.get(cell.id)!;
    const fromMemory = run.unwrittenDigestItems.get(cell.id) ?? [];
    const calendar = run.calendars.of(cell.timezone);
    const plan = planDigest(
      cell.id,
      calendar,
      false,
      {
        newItems: fact.newItems + fromMemory.length,
        waitingDecisions: Object.values(fact.waiting).reduce((sum, count) => sum + count, 0),
        unreachableMembers: fact.unreachableCount,
      },
      policy,
    );
    if (plan.outcome !== 'send') continue;
    const recipient = recipients.get(cell.id);
    if (!recipient) {
      run.counts.withoutRecipient += 1;
      continue;
    }
    const payload = {
      cellName: fact.cellName,
      date: calendar.today,
      waiting: fact.waiting,
      unreachable: fact.unreachable,
      unreachableCount: fact.unreachableCount,
    };
    planned.push({ key: plan.key, cellId: cell.id, recipientId: recipient.id, payload });
    if (run.collect) {
      const stored = await records.notifications.waitingDigestItems(cell.id, run.now);
      run.messages.push({
        kind: 'digest',
        key: plan.key,
        recipient: recipientView(recipient),
        digest: payload,
        items: [...stored, ...fromMemory],
      });
    }
  }
  run.counts.digests += run.dryRun
    ? planned.length
    : await records.sweepOutbox.writeDigests(planned, run.now);
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

  async enrich(items: DueItem[]): Promise<DueItem[]> {
    return Promise.all(
      items.map(async (item) => {
        if (item.rule !== 'abroad-transfer-guidance') return item;
        const country = String(item.vars.country);
        let contacts = this.byCountry.get(country);
        if (!contacts) {
          contacts = this.records.directory.contactsFor(country);
          this.byCountry.set(country, contacts);
        }
        const rows = await contacts;
        const lines = (example: boolean) =>
          rows.filter((row) => row.isExample === example).map((row) => `${row.organisation}: ${row.contact}`);
        // Placeholder rows are shown apart, flagged, so nobody writes to them in earnest.
        return { ...item, vars: { ...item.vars, contacts: lines(false), exampleContacts: lines(true) } };
      }),
    );
  }
}
