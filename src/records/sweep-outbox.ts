// The sweep's writes to the outbox: new items, alerts and nudges of a batch of members in one transaction, keyed so
// concurrent or repeated sweeps never write a situation twice; and the cells' daily digests.
import type { Database } from '../db/client';
import type { DueItem } from '../domain/due-items';
import { absenceStage } from '../domain/meetings';
import type { Policy } from '../domain/policy';
import type {
  BatchChanges,
  CellDigestFacts,
  DigestCell,
  KeyState,
  PlannedDigest,
  Recipient,
} from '../domain/sweep-plan';
import { Prisma } from '../generated/prisma/client';
import {
  DIGEST_NAMES_SHOWN,
  NOTIFICATION_KINDS,
  type AlertPayload,
  type DigestPayload,
  type ItemPayload,
  type NudgePayload,
} from './notification-payloads';

export interface BatchWriteCounts {
  items: number;
  nudges: number;
  alerts: number;
  cancelled: number;
}

interface NewRow {
  key: string;
  memberId: number;
  kind: string;
  payload: object;
  dueAt: Date;
  /** An item born inside the nudge that carries it. */
  batchId?: number;
}

type Writer = Pick<Prisma.TransactionClient, '$queryRaw'>;

const INSERT_ROWS_AT_ONCE = 1000;

/**
 * Inserts many outbox rows in one statement (arrays unnested), skipping keys that exist; returns the rows it made.
 * Prisma's createMany costs about half a millisecond a row here, too slow for a sweep of a million members.
 * `createdAt` is the sweep's instant: the delivery compares it with the member's changes since (changedSince).
 */
async function insertRows(
  tx: Writer,
  rows: readonly NewRow[],
  createdAt: Date,
): Promise<Array<{ id: number; key: string }>> {
  // Statements of a thousand rows: Prisma's engine keeps the memory a statement's parameters once took.
  if (rows.length > INSERT_ROWS_AT_ONCE) {
    const inserted: Array<{ id: number; key: string }> = [];
    for (let start = 0; start < rows.length; start += INSERT_ROWS_AT_ONCE) {
      inserted.push(...(await insertRows(tx, rows.slice(start, start + INSERT_ROWS_AT_ONCE), createdAt)));
    }
    return inserted;
  }
  if (rows.length === 0) return [];
  // Timestamps as UTC text: the columns are timestamp(3) without zone holding UTC, as Prisma writes them.
  return tx.$queryRaw<Array<{ id: number; key: string }>>`
    INSERT INTO "Notification" (key, "memberId", kind, payload, "dueAt", status, attempts, "createdAt", "batchId")
    SELECT r.key, r.member_id, r.kind, r.payload::jsonb, r.due_at::timestamp,
           (CASE WHEN r.batch_id IS NULL THEN 'pending' ELSE 'queued' END)::"NotificationStatus", 0,
           ${createdAt.toISOString()}::timestamp, r.batch_id
    FROM unnest(
      ${rows.map((row) => row.key)}::text[],
      ${rows.map((row) => row.memberId)}::int[],
      ${rows.map((row) => row.kind)}::text[],
      ${rows.map((row) => JSON.stringify(row.payload))}::text[],
      ${rows.map((row) => row.dueAt.toISOString())}::text[],
      ${rows.map((row) => row.batchId ?? null)}::int[]
    ) AS r(key, member_id, kind, payload, due_at, batch_id)
    ON CONFLICT (key) DO NOTHING
    RETURNING id, key`;
}

/**
 * The sweep's commits do not wait for the disk: everything it writes is derived from the records and keyed, so a
 * crash that loses the last moments of a sweep is made good by the next one. (Submissions keep full durability.)
 */
async function relaxedCommit(tx: Pick<Prisma.TransactionClient, '$executeRaw'>): Promise<void> {
  await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
}

export function itemPayload(item: DueItem): ItemPayload {
  return { rule: item.rule, vars: item.vars, ...(item.forms?.length ? { forms: item.forms } : {}) };
}

export function alertPayload(item: DueItem): AlertPayload {
  return { rule: item.rule, about: item.memberId, vars: item.vars };
}

export class SweepOutbox {
  constructor(private readonly db: Database) {}

  /** The outbox state of these keys; a key not in the map has no row. */
  async states(keys: readonly string[]): Promise<Map<string, KeyState>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db.$queryRaw<Array<{ key: string; status: string; batched: boolean }>>`
      SELECT key, status::text AS status, "batchId" IS NOT NULL AS batched
      FROM "Notification" WHERE key = ANY(${[...keys]}::text[])`;
    return new Map(rows.map((row) => [row.key, { status: row.status, batched: row.batched }]));
  }

  /**
   * In one round trip: the state of these keys, and the items of these members still waiting for a nudge or a digest
   * (those no longer due are cancelled by the sweep).
   */
  async statesAndWaiting(
    keys: readonly string[],
    members: { first: number; last: number } | { only: readonly number[] },
  ): Promise<{ states: Map<string, KeyState>; waiting: Array<{ key: string; memberId: number }> }> {
    // A whole batch is a run of member ids: a range reads the (memberId, kind, status) index in one pass.
    const whose =
      'only' in members
        ? Prisma.sql`"memberId" = ANY(${[...members.only]}::int[])`
        : Prisma.sql`"memberId" BETWEEN ${members.first} AND ${members.last}`;
    const rows = await this.db.$queryRaw<
      Array<{ key: string; memberId: number; status: string; batched: boolean; kind: string }>
    >`
      SELECT key, "memberId", status::text AS status, "batchId" IS NOT NULL AS batched, kind
      FROM "Notification" WHERE key = ANY(${[...keys]}::text[])
      UNION
      SELECT key, "memberId", status::text, "batchId" IS NOT NULL, kind
      FROM "Notification"
      WHERE ${whose}
        AND kind IN (${NOTIFICATION_KINDS.item}, ${NOTIFICATION_KINDS.digestItem})
        AND status = 'pending' AND "batchId" IS NULL`;
    const wanted = new Set(keys);
    const states = new Map<string, KeyState>();
    const waiting: Array<{ key: string; memberId: number }> = [];
    for (const row of rows) {
      if (wanted.has(row.key)) states.set(row.key, { status: row.status, batched: row.batched });
      const isItem = row.kind === NOTIFICATION_KINDS.item || row.kind === NOTIFICATION_KINDS.digestItem;
      if (isItem && row.status === 'pending' && !row.batched)
        waiting.push({ key: row.key, memberId: row.memberId });
    }
    return { states, waiting };
  }

  /**
   * Who hears a cell's alerts and digest: the secretary, or the deputy when no secretary can be reached; only
   * officers bound to a chat who have not blocked the bot.
   */
  async recipients(cellIds: readonly number[]): Promise<Map<number, Recipient>> {
    if (cellIds.length === 0) return new Map();
    const rows = await this.db.$queryRaw<Array<Recipient & { cellId: number }>>`
      SELECT DISTINCT ON (m."cellId") m."cellId", m.id, m."fullName", m.locale
      FROM "Member" m
      WHERE m."cellId" = ANY(${[...new Set(cellIds)]}::int[])
        AND m.role IN ('secretary', 'deputy_secretary') AND m.reachable
        AND m.status NOT IN ('transferred', 'removed', 'left')
        AND EXISTS (SELECT 1 FROM "ChatIdentity" c WHERE c."memberId" = m.id)
      ORDER BY m."cellId", (m.role = 'secretary') DESC, m.id`;
    return new Map(rows.map(({ cellId, ...recipient }) => [cellId, recipient]));
  }

  /** Everything one batch of the sweep decided, in one transaction; rows that exist already are left alone. */
  async write(changes: BatchChanges, now: Date): Promise<BatchWriteCounts> {
    return this.db.$transaction(
      async (tx) => {
        await relaxedCommit(tx);
        if (changes.revived.length > 0) {
          await tx.notification.updateMany({
            where: { key: { in: changes.revived }, status: 'cancelled', batchId: null },
            data: { status: 'pending' },
          });
        }
        const cancelled =
          changes.cancelled.length === 0
            ? { count: 0 }
            : await tx.notification.updateMany({
                where: { key: { in: changes.cancelled }, status: 'pending', batchId: null },
                data: { status: 'cancelled' },
              });

        const nudges = await insertRows(
          tx,
          changes.nudges.map((nudge) => ({
            key: nudge.key,
            memberId: nudge.memberId,
            kind: NOTIFICATION_KINDS.nudge,
            payload: { date: nudge.date } satisfies NudgePayload,
            dueAt: now,
          })),
          now,
        );
        // Only nudges this sweep created take items: a nudge another sweep made may be on its way already.
        const created = new Map(nudges.map((row) => [row.key, row.id]));
        const carriedBy = new Map<string, number>();
        for (const nudge of changes.nudges) {
          const id = created.get(nudge.key);
          if (id !== undefined) for (const itemKey of nudge.itemKeys) carriedBy.set(itemKey, id);
        }
        // New items are written inside their nudge at once; only items carried from earlier sweeps are moved in.
        const items = await insertRows(
          tx,
          changes.newItems.map((item) => ({
            key: item.key,
            memberId: item.memberId,
            kind: item.audience === 'digest' ? NOTIFICATION_KINDS.digestItem : NOTIFICATION_KINDS.item,
            payload: itemPayload(item),
            dueAt: item.dueAt,
            batchId: carriedBy.get(item.key),
          })),
          now,
        );
        const born = new Set(items.map((row) => row.key));
        const links = [...carriedBy].filter(([key]) => !born.has(key));
        if (links.length > 0) {
          await tx.$executeRaw`
            UPDATE "Notification" AS n SET "batchId" = l.batch_id, status = 'queued'
            FROM unnest(${links.map(([key]) => key)}::text[], ${links.map(([, id]) => id)}::int[])
              AS l(item_key, batch_id)
            WHERE n.key = l.item_key AND n."batchId" IS NULL AND n.status = 'pending'`;
        }

        const alerts = await insertRows(
          tx,
          changes.alerts.map((alert) => ({
            key: alert.key,
            memberId: alert.recipientId,
            kind: NOTIFICATION_KINDS.alert,
            payload: alertPayload(alert.item),
            dueAt: now,
          })),
          now,
        );
        return {
          items: items.length,
          nudges: nudges.length,
          alerts: alerts.length,
          cancelled: cancelled.count,
        };
      },
      { timeout: 60_000 },
    );
  }

  /**
   * Refreshes the planner's statistics of the outbox after a sweep wrote many rows: with the counts of an emptier
   * table it would read the waiting items through the wrong index for the rest of the sweep.
   */
  async refreshStatistics(): Promise<void> {
    await this.db.$executeRaw`ANALYZE "Notification"`;
  }

  /** Every cell with its zone: the digest is due at the policy's hour there. */
  async cells(): Promise<DigestCell[]> {
    return this.db.unit.findMany({
      where: { kind: 'cell' },
      select: { id: true, name: true, timezone: true },
      orderBy: { id: 'asc' },
    });
  }

  /** What each cell's digest would say now: new overdue items, decisions waiting, unreachable members. */
  async digestFacts(
    cells: readonly DigestCell[],
    now: Date,
    policy: Pick<Policy, 'meetings'>,
  ): Promise<Map<number, CellDigestFacts>> {
    const facts = new Map<number, CellDigestFacts>(
      cells.map((cell) => [
        cell.id,
        {
          cellId: cell.id,
          cellName: cell.name,
          zone: cell.timezone,
          newItems: 0,
          waiting: { applications: 0, payments: 0, reviews: 0, requests: 0 },
          unreachable: [],
          unreachableCount: 0,
          meetingAbsences: [],
        },
      ]),
    );
    if (cells.length === 0) return facts;
    const cellIds = cells.map((cell) => cell.id);
    const utcYear = now.getUTCFullYear();
    const [items, waiting, unreachable, absences] = await Promise.all([
      this.db.$queryRaw<Array<{ cellId: number; count: number }>>`
        SELECT m."cellId", count(*)::int AS count
        FROM "Notification" n JOIN "Member" m ON m.id = n."memberId"
        WHERE n.kind = ${NOTIFICATION_KINDS.digestItem} AND n.status = 'pending' AND n."batchId" IS NULL
          AND n."dueAt" <= ${now} AND m."cellId" = ANY(${cellIds}::int[])
        GROUP BY m."cellId"`,
      this.db.$queryRaw<Array<{ cellId: number; what: keyof DigestPayload['waiting']; count: number }>>`
        SELECT m."cellId", w.what, count(*)::int AS count
        FROM (
          SELECT "memberId", 'applications' AS what FROM "Absence" WHERE "applicationStatus" = 'submitted'
          UNION ALL SELECT "memberId", 'payments' FROM "FeePayment" WHERE status = 'declared'
          UNION ALL SELECT "memberId", 'reviews' FROM "Review" WHERE status = 'submitted'
          UNION ALL SELECT "memberId", 'requests' FROM "Request" WHERE status = 'open'
        ) w JOIN "Member" m ON m.id = w."memberId"
        WHERE m."cellId" = ANY(${cellIds}::int[])
        GROUP BY m."cellId", w.what`,
      this.db.$queryRaw<Array<{ cellId: number; fullName: string }>>`
        SELECT "cellId", "fullName" FROM "Member"
        WHERE NOT reachable AND status NOT IN ('transferred', 'removed', 'left')
          AND "cellId" = ANY(${cellIds}::int[])
        ORDER BY "cellId", "fullName"`,
      // Absences without a reason at this year's meetings, the year the meeting cell's (a day's margin either side
      // keeps the start's index usable); a cancelled meeting counts nothing.
      this.db.$queryRaw<Array<{ cellId: number; fullName: string; year: number; days: string[] }>>`
        SELECT m."cellId", m."fullName", extract(year FROM ${now}::timestamptz AT TIME ZONE mc.timezone)::int AS year,
               array_agg(to_char((mt."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE mc.timezone, 'YYYY-MM-DD')
                         ORDER BY mt."startsAt") AS days
        FROM "MeetingAttendance" a
        JOIN "Member" m ON m.id = a."memberId"
        JOIN "Meeting" mt ON mt.id = a."meetingId" JOIN "Unit" mc ON mc.id = mt."cellId"
        WHERE m."cellId" = ANY(${cellIds}::int[]) AND m.status NOT IN ('transferred', 'removed', 'left')
          AND a.status = 'absent_without_reason' AND mt.status <> 'cancelled'
          AND mt."startsAt" >= ${new Date(Date.UTC(utcYear - 1, 11, 30))}
          AND mt."startsAt" < ${new Date(Date.UTC(utcYear + 1, 0, 2))}
          AND extract(year FROM (mt."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE mc.timezone)
            = extract(year FROM ${now}::timestamptz AT TIME ZONE mc.timezone)
        GROUP BY m."cellId", m.id, m."fullName", mc.timezone
        HAVING count(*) >= ${policy.meetings.unexcusedAbsencesAlertSecretary}
        ORDER BY m."cellId", m."fullName"`,
    ]);
    for (const row of items) facts.get(row.cellId)!.newItems = row.count;
    for (const row of waiting) facts.get(row.cellId)!.waiting[row.what] = row.count;
    for (const row of absences) {
      const stage = absenceStage(row.days.length, policy);
      if (stage === 'none') continue;
      facts.get(row.cellId)!.meetingAbsences.push({
        member: row.fullName,
        count: row.days.length,
        year: row.year,
        days: row.days,
        stage,
      });
    }
    for (const row of unreachable) {
      const cell = facts.get(row.cellId)!;
      cell.unreachableCount += 1;
      if (cell.unreachable.length < DIGEST_NAMES_SHOWN) cell.unreachable.push(row.fullName);
    }
    return facts;
  }

  /** Creates the digests and hands each the cell's waiting digest items; an existing digest key is left alone. */
  async writeDigests(digests: readonly PlannedDigest[], now: Date): Promise<number> {
    if (digests.length === 0) return 0;
    return this.db.$transaction(
      async (tx) => {
        await relaxedCommit(tx);
        const created = await insertRows(
          tx,
          digests.map((digest) => ({
            key: digest.key,
            memberId: digest.recipientId,
            kind: NOTIFICATION_KINDS.digest,
            payload: digest.payload satisfies DigestPayload,
            dueAt: now,
          })),
          now,
        );
        const idByKey = new Map(created.map((row) => [row.key, row.id]));
        const linked = digests.filter((digest) => idByKey.has(digest.key));
        if (linked.length > 0) {
          await tx.$executeRaw`
            UPDATE "Notification" AS n SET "batchId" = d.digest_id, status = 'queued'
            FROM "Member" m,
                 unnest(${linked.map((digest) => digest.cellId)}::int[],
                        ${linked.map((digest) => idByKey.get(digest.key)!)}::int[]) AS d(cell_id, digest_id)
            WHERE m.id = n."memberId" AND m."cellId" = d.cell_id
              AND n.kind = ${NOTIFICATION_KINDS.digestItem} AND n.status = 'pending' AND n."batchId" IS NULL
              AND n."dueAt" <= ${now}`;
        }
        return created.length;
      },
      { timeout: 60_000 },
    );
  }
}
