// The sweep's writes to the outbox: new items, alerts and nudges of a batch of members in one transaction, keyed so
// concurrent or repeated sweeps never write a situation twice; and the cells' daily digests.
import type { Database } from '../db/client';
import type { DueItem } from '../domain/due-items';
import type { Prisma } from '../generated/prisma/client';
import {
  DIGEST_NAMES_SHOWN,
  NOTIFICATION_KINDS,
  type AlertPayload,
  type DigestPayload,
  type ItemPayload,
  type NudgePayload,
} from './notification-payloads';

export interface KeyState {
  status: string;
  batched: boolean;
}

export interface Recipient {
  id: number;
  fullName: string;
  locale: string;
}

export interface PlannedNudge {
  key: string;
  memberId: number;
  date: string;
  itemKeys: string[];
}

export interface PlannedAlert {
  key: string;
  recipientId: number;
  item: DueItem;
}

export interface BatchChanges {
  newItems: DueItem[];
  /** Items cancelled earlier (no longer due then) that are due again. */
  revived: string[];
  /** Waiting items that are no longer due (done, paid, superseded by a later stage). */
  cancelled: string[];
  nudges: PlannedNudge[];
  alerts: PlannedAlert[];
}

export interface BatchWriteCounts {
  items: number;
  nudges: number;
  alerts: number;
  cancelled: number;
}

export interface CellDigestFacts {
  cellId: number;
  cellName: string;
  zone: string;
  newItems: number;
  waiting: DigestPayload['waiting'];
  unreachable: string[];
  unreachableCount: number;
}

export interface PlannedDigest {
  key: string;
  cellId: number;
  recipientId: number;
  payload: DigestPayload;
}

const WAITING_STATES = ['pending', 'cancelled'];

interface NewRow {
  key: string;
  memberId: number;
  kind: string;
  payload: object;
  dueAt: Date;
}

type Writer = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Inserts many outbox rows in one statement (arrays unnested), skipping keys that exist; returns the rows it made.
 * Prisma's createMany costs about half a millisecond a row here, too slow for a sweep of a million members.
 */
async function insertRows(tx: Writer, rows: readonly NewRow[]): Promise<Array<{ id: number; key: string }>> {
  if (rows.length === 0) return [];
  // Timestamps as UTC text: the columns are timestamp(3) without zone holding UTC, as Prisma writes them.
  return tx.$queryRaw<Array<{ id: number; key: string }>>`
    INSERT INTO "Notification" (key, "memberId", kind, payload, "dueAt", status, attempts, "createdAt")
    SELECT r.key, r.member_id, r.kind, r.payload::jsonb, r.due_at::timestamp, 'pending', 0, timezone('UTC', now())
    FROM unnest(
      ${rows.map((row) => row.key)}::text[],
      ${rows.map((row) => row.memberId)}::int[],
      ${rows.map((row) => row.kind)}::text[],
      ${rows.map((row) => JSON.stringify(row.payload))}::text[],
      ${rows.map((row) => row.dueAt.toISOString())}::text[]
    ) AS r(key, member_id, kind, payload, due_at)
    ON CONFLICT (key) DO NOTHING
    RETURNING id, key`;
}

export function itemPayload(item: DueItem): ItemPayload {
  return { rule: item.rule, vars: item.vars, ...(item.form ? { form: item.form } : {}) };
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

  /** Items of these members still waiting for a nudge or a digest. */
  async waitingItems(memberIds: readonly number[]): Promise<Array<{ key: string; memberId: number }>> {
    if (memberIds.length === 0) return [];
    return this.db.$queryRaw<Array<{ key: string; memberId: number }>>`
      SELECT key, "memberId" FROM "Notification"
      WHERE "memberId" = ANY(${[...memberIds]}::int[])
        AND kind IN (${NOTIFICATION_KINDS.item}, ${NOTIFICATION_KINDS.digestItem})
        AND status = 'pending' AND "batchId" IS NULL`;
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
        const items = await insertRows(
          tx,
          changes.newItems.map((item) => ({
            key: item.key,
            memberId: item.memberId,
            kind: item.audience === 'digest' ? NOTIFICATION_KINDS.digestItem : NOTIFICATION_KINDS.item,
            payload: itemPayload(item),
            dueAt: item.dueAt,
          })),
        );
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
        );
        // Only nudges this sweep created take items: a nudge another sweep made may be on its way already.
        const created = new Map(nudges.map((row) => [row.key, row.id]));
        const links = changes.nudges.flatMap((nudge) =>
          created.has(nudge.key)
            ? nudge.itemKeys.map((itemKey) => [itemKey, created.get(nudge.key)!] as const)
            : [],
        );
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

  /** Every cell with its zone: the digest is due at the policy's hour there. */
  async cells(): Promise<Array<{ id: number; name: string; timezone: string }>> {
    return this.db.unit.findMany({
      where: { kind: 'cell' },
      select: { id: true, name: true, timezone: true },
      orderBy: { id: 'asc' },
    });
  }

  /** What each cell's digest would say now: new overdue items, decisions waiting, unreachable members. */
  async digestFacts(cells: ReadonlyArray<{ id: number; name: string; timezone: string }>, now: Date) {
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
        },
      ]),
    );
    if (cells.length === 0) return facts;
    const cellIds = cells.map((cell) => cell.id);
    const [items, waiting, unreachable] = await Promise.all([
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
    ]);
    for (const row of items) facts.get(row.cellId)!.newItems = row.count;
    for (const row of waiting) facts.get(row.cellId)!.waiting[row.what] = row.count;
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
        const created = await insertRows(
          tx,
          digests.map((digest) => ({
            key: digest.key,
            memberId: digest.recipientId,
            kind: NOTIFICATION_KINDS.digest,
            payload: digest.payload,
            dueAt: now,
          })),
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

/** Whether an item with this state may still go out (it has no row, waits unbatched, or was cancelled). */
export function isWaitingState(state: KeyState | undefined): boolean {
  return state === undefined || (!state.batched && WAITING_STATES.includes(state.status));
}
