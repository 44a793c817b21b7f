// The notifications outbox: messages other features queue for a member, and the delivery's claims and marks.
import { z } from 'zod';
import type { Database } from '../db/client';
import { Channel, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import {
  itemPayloadSchema,
  NOTIFICATION_KINDS,
  SENDABLE_KINDS,
  URGENT_KINDS,
  type ItemPayload,
} from './notification-payloads';

/** What `kind: 'message'` rows carry: a Fluent message id and its arguments, translated in the recipient's language. */
/** An amount in a message: formatted when the message is rendered, in the recipient's language ("40.000 ₫"). */
const amountSchema = z.strictObject({
  amountMinor: z.number().int(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type MessageAmount = z.infer<typeof amountSchema>;

/**
 * A message's arguments are typed values, never text formatted in advance: months ('2026-11') and dates
 * ('2026-12-03') as ISO strings, a list of months as an array, amounts as minor units and a currency. The renderer
 * formats them for the recipient (scheduler/render.ts).
 */
const messageArgSchema = z.union([z.string(), z.number(), z.array(z.string()), amountSchema]);
export type MessageArgs = Record<string, z.infer<typeof messageArgSchema>>;

export const messagePayloadSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a Fluent message id'),
  args: z.record(z.string(), messageArgSchema).optional(),
  /**
   * A chat the message goes to instead of the member's bound chats: a chat that was bound when the message was
   * queued and may be gone by the time it is sent (the old account told of an unlink).
   */
  to: z.strictObject({ channel: z.enum(Channel), externalId: z.string().min(1).max(64) }).optional(),
});
export type MessagePayload = z.infer<typeof messagePayloadSchema>;

export interface QueuedMessage {
  /** Stable idempotency key, e.g. `decision:42`: queueing the same key twice sends once. */
  key: string;
  memberId: number;
  /** Fluent message id, e.g. `decision-exemption-approved`. */
  messageKey: string;
  args?: MessageArgs;
  /**
   * When it may go out: the caller's clock now for "at once" (subject only to the rate limit). Required, because the
   * outbox never reads the database's clock.
   */
  dueAt: Date;
  /** When it was queued (the caller's clock); defaults to `dueAt`. */
  queuedAt?: Date;
  /**
   * This chat rather than the member's bound chats (see `messagePayloadSchema.to`). The address travels in the
   * payload, so it is cleared with it after `retention.notificationPayloadDays`.
   */
  to?: { channel: Channel; externalId: string };
}

type OutboxWriter = Pick<Prisma.TransactionClient, 'notification'>;

/**
 * Queues a message to a member inside the caller's transaction, so it is sent if and only if the caller's change
 * commits. Returns false when a row with this key exists already (nothing changes then).
 */
export async function enqueueMessage(tx: OutboxWriter, message: QueuedMessage): Promise<boolean> {
  const payload = messagePayloadSchema.parse({
    key: message.messageKey,
    ...(message.args ? { args: message.args } : {}),
    ...(message.to ? { to: message.to } : {}),
  });
  if (message.key.trim() === '') throw new RangeError('enqueueMessage: the key must not be empty');
  const { count } = await tx.notification.createMany({
    data: [
      {
        key: message.key,
        memberId: message.memberId,
        kind: 'message',
        payload,
        dueAt: message.dueAt,
        createdAt: message.queuedAt ?? message.dueAt,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}

/** A row a delivery worker took: enough to route it; the rest is read when it is sent. */
export interface ClaimedNotification {
  id: number;
  key: string;
  kind: string;
  memberId: number;
}

/** Everything needed to render and send one message, read after the row is fenced for sending. */
export interface SendingNotification {
  id: number;
  key: string;
  kind: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  recipient: {
    memberId: number;
    fullName: string;
    locale: string;
    timezone: string;
    preferredHourFrom: number | null;
    preferredHourTo: number | null;
    cellId: number;
    /** The member's bound chats, every channel; the delivery picks one among the channels it runs. */
    chats: Array<{ channel: Channel; externalId: string }>;
    /** The channel the member chose for reminders in /settings, taken when the service runs it. */
    reminderChannel: Channel | null;
  };
  items: Array<{ id: number; key: string; payload: unknown }>;
}

/**
 * Leases are timers between delivery processes, not instants any rule reads: they run on the database's clock, which
 * every instance shares and which moves in real time (as the pacer runs on Redis's). A pretended time (the sandbox's
 * clock control, `homecell sweep --at`, a test's pinned clock) must neither cut a live worker's lease short nor keep
 * a dead worker's rows for weeks.
 */
const LEASE_CLOCK = Prisma.sql`timezone('UTC', now())`;

export class NotificationRecords {
  constructor(private readonly db: Database) {}

  /**
   * Takes up to `limit` due messages for this worker (urgent kinds first), or ones whose worker's lease ran out.
   * SKIP LOCKED lets several workers claim at once without waiting on, or taking, each other's rows.
   */
  async claimDue(options: {
    now: Date;
    limit: number;
    claimer: string;
    leaseMs: number;
  }): Promise<ClaimedNotification[]> {
    const claimed: ClaimedNotification[] = [];
    for (const kinds of [URGENT_KINDS, SENDABLE_KINDS]) {
      const limit = options.limit - claimed.length;
      if (limit <= 0) break;
      const rows = await this.db.$queryRaw<ClaimedNotification[]>`
        WITH picked AS (
          SELECT id FROM "Notification"
          WHERE kind = ANY(${[...kinds]}::text[])
            AND ((status = 'pending' AND "dueAt" <= ${options.now})
              OR (status IN ('queued', 'sending') AND "leaseUntil" < ${LEASE_CLOCK}))
          ORDER BY "dueAt", id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE "Notification" AS n
        SET status = 'queued', "claimedBy" = ${options.claimer},
            "leaseUntil" = ${LEASE_CLOCK} + ${options.leaseMs} * interval '1 millisecond'
        FROM picked WHERE n.id = picked.id
        RETURNING n.id, n.key, n.kind, n."memberId"`;
      claimed.push(...rows);
    }
    return claimed;
  }

  /**
   * Runs `work` unless another process is running the same exclusive job (a sweep): the lock is PostgreSQL's, held by
   * a transaction for as long as `work` runs, and gone if the process dies. Returns undefined when skipped.
   */
  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
    return this.db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Array<{ locked: boolean }>>`
          SELECT pg_try_advisory_xact_lock(hashtext(${name})) AS locked`;
        return row?.locked ? work() : undefined;
      },
      { timeout: 6 * 60 * 60_000, maxWait: 10_000 },
    );
  }

  /** Rows held by workers now (claimed, or being sent), for the dispatcher's look-ahead. */
  async inFlight(): Promise<number> {
    const [row] = await this.db.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS count FROM "Notification"
      WHERE status IN ('queued', 'sending') AND kind = ANY(${[...SENDABLE_KINDS]}::text[])
        AND "leaseUntil" >= ${LEASE_CLOCK}`;
    return row?.count ?? 0;
  }

  /**
   * The fence before a send: only one worker moves a row from queued to sending. A row left in sending by a worker
   * that died (its lease ran out) is taken over: it may have been sent, so this is at-least-once (see README).
   */
  async beginSending(
    id: number,
    options: { claimer: string; leaseMs: number },
  ): Promise<SendingNotification | null> {
    const fenced = await this.db.$executeRaw`
      UPDATE "Notification"
      SET status = 'sending', attempts = attempts + 1, "claimedBy" = ${options.claimer},
          "leaseUntil" = ${LEASE_CLOCK} + ${options.leaseMs} * interval '1 millisecond'
      WHERE id = ${id}
        AND (status = 'queued' OR (status = 'sending' AND "leaseUntil" < ${LEASE_CLOCK}))`;
    if (fenced !== 1) return null;
    const row = await this.db.notification.findUniqueOrThrow({
      where: { id },
      include: {
        member: {
          include: { identities: { select: { channel: true, externalId: true }, orderBy: { id: 'asc' } } },
        },
        items: {
          where: { status: { in: ['queued', 'sending'] } },
          select: { id: true, key: true, payload: true },
          orderBy: [{ dueAt: 'asc' }, { key: 'asc' }],
        },
      },
    });
    const { member } = row;
    return {
      id: row.id,
      key: row.key,
      kind: row.kind,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.createdAt,
      recipient: {
        memberId: member.id,
        fullName: member.fullName,
        locale: member.locale,
        timezone: member.timezone,
        preferredHourFrom: member.preferredHourFrom,
        preferredHourTo: member.preferredHourTo,
        cellId: member.cellId,
        chats: member.identities,
        reminderChannel: member.reminderChannel,
      },
      items: row.items,
    };
  }

  /**
   * Right before the send, after waiting for a rate slot: the row must still be this worker's (a wait longer than the
   * lease lets another worker take it over), and the lease is renewed for the send itself.
   */
  async renewSending(id: number, options: { claimer: string; leaseMs: number }): Promise<boolean> {
    const renewed = await this.db.$executeRaw`
      UPDATE "Notification"
      SET "leaseUntil" = ${LEASE_CLOCK} + ${options.leaseMs} * interval '1 millisecond'
      WHERE id = ${id} AND status = 'sending' AND "claimedBy" = ${options.claimer}`;
    return renewed === 1;
  }

  /**
   * Whether anything the rules read about the member changed after `since`: a check-in, a payment declared or
   * confirmed, an approval, a review, an absence, the member's own record (zone, hours, status). Both sides are the
   * records' clock: `since` is when the sweep made the nudge, and every write of these rows sets `updatedAt` from it.
   * A change at that very instant counts (a clock pinned by the sandbox or a test stamps both alike): the sweep may
   * not have seen it, and a needless re-check costs less than a stale nudge.
   */
  async changedSince(memberId: number, since: Date): Promise<boolean> {
    const [row] = await this.db.$queryRaw<Array<{ changed: boolean }>>`
      SELECT EXISTS (SELECT 1 FROM "CheckIn" WHERE "memberId" = ${memberId} AND "updatedAt" >= ${since})
          OR EXISTS (SELECT 1 FROM "FeePayment" WHERE "memberId" = ${memberId}
                       AND ("declaredAt" >= ${since} OR "confirmedAt" >= ${since}))
          OR EXISTS (SELECT 1 FROM "FeeArrangement" WHERE "memberId" = ${memberId} AND "decidedAt" >= ${since})
          OR EXISTS (SELECT 1 FROM "Review" WHERE "memberId" = ${memberId} AND "updatedAt" >= ${since})
          OR EXISTS (SELECT 1 FROM "Absence" WHERE "memberId" = ${memberId} AND "updatedAt" >= ${since})
          OR EXISTS (SELECT 1 FROM "Member" WHERE id = ${memberId} AND "updatedAt" >= ${since}) AS changed`;
    return row?.changed ?? true;
  }

  /** After the channel accepted the message; the items it carried are told with it. */
  async markSent(id: number, at: Date, claimer: string): Promise<void> {
    await this.db.$transaction([
      this.db.notification.updateMany({
        where: { id, status: 'sending', claimedBy: claimer },
        data: { status: 'sent', sentAt: at, lastError: null, leaseUntil: null },
      }),
      this.db.notification.updateMany({
        where: { batchId: id, status: { in: ['queued', 'sending'] } },
        data: { status: 'sent', sentAt: at },
      }),
    ]);
  }

  /** A 429: the message goes back to its worker's queue; the try did not count. */
  async backToQueue(id: number, sender: string): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "Notification" SET status = 'queued', attempts = GREATEST(attempts - 1, 0)
      WHERE id = ${id} AND status = 'sending' AND "claimedBy" = ${sender}`;
  }

  /** A passing failure under BullMQ: the job's own retry (with backoff) sends it again; the try counted. */
  async releaseForRetry(id: number, sender: string, error: string): Promise<void> {
    await this.db.notification.updateMany({
      where: { id, status: 'sending', claimedBy: sender },
      data: { status: 'queued', lastError: error },
    });
  }

  /** A stopping worker hands back the rows it claimed but did not start, for others (or its restart) to take. */
  async release(ids: readonly number[], claimer: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.notification.updateMany({
      where: { id: { in: [...ids] }, status: 'queued', claimedBy: claimer },
      data: { status: 'pending', claimedBy: null, leaseUntil: null },
    });
  }

  /** A passing failure (network, 5xx): tried again from `dueAt`. */
  async retryLater(id: number, sender: string, dueAt: Date, error: string): Promise<void> {
    await this.db.notification.updateMany({
      where: { id, status: 'sending', claimedBy: sender },
      data: { status: 'pending', dueAt, lastError: error, claimedBy: null, leaseUntil: null },
    });
  }

  /** A nudge reaching its member outside their hours (the delivery ran late): it waits, the try not counted. */
  async postpone(id: number, sender: string, dueAt: Date): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "Notification"
      SET status = 'pending', "dueAt" = ${dueAt}, attempts = GREATEST(attempts - 1, 0),
          "claimedBy" = NULL, "leaseUntil" = NULL
      WHERE id = ${id} AND status = 'sending' AND "claimedBy" = ${sender}`;
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db.$transaction([
      this.db.notification.updateMany({
        where: { id, status: { in: ['sending', 'queued'] } },
        data: { status: 'failed', lastError: error, leaseUntil: null },
      }),
      this.db.notification.updateMany({
        where: { batchId: id, status: { in: ['queued', 'sending'] } },
        data: { status: 'failed', lastError: error },
      }),
    ]);
  }

  /**
   * Items of a nudge that are no longer due (the member did it meanwhile) leave it and are cancelled; a nudge left
   * with nothing is cancelled too. Cancelled items may come back if they fall due again.
   */
  async dropItems(id: number, itemIds: readonly number[], emptied: boolean): Promise<void> {
    await this.db.$transaction([
      this.db.notification.updateMany({
        where: { id: { in: [...itemIds] }, batchId: id },
        data: { status: 'cancelled', batchId: null },
      }),
      ...(emptied
        ? [
            this.db.notification.updateMany({
              where: { id, status: 'sending' },
              data: { status: 'cancelled', leaseUntil: null, lastError: 'nothing left to remind' },
            }),
          ]
        : []),
    ]);
  }

  /**
   * A 403 or "chat not found": the member is marked unreachable and, the first time only, the cell's secretary
   * (or deputy) is alerted. Returns the alert's key when one was queued.
   */
  async markUnreachable(id: number, memberId: number, error: string, now: Date): Promise<string | null> {
    return this.db.$transaction(async (tx) => {
      await tx.notification.updateMany({
        where: { id, status: { in: ['sending', 'queued'] } },
        data: { status: 'failed', lastError: error, leaseUntil: null },
      });
      await tx.notification.updateMany({
        where: { batchId: id, status: { in: ['queued', 'sending'] } },
        data: { status: 'failed', lastError: error },
      });
      const flipped = await tx.$queryRaw<Array<{ cellId: number; fullName: string }>>`
        UPDATE "Member" SET reachable = false, "updatedAt" = ${now}
        WHERE id = ${memberId} AND reachable RETURNING "cellId", "fullName"`;
      const member = flipped[0];
      if (!member) return null;
      await recordAudit(tx, {
        actorLabel: 'system',
        action: 'member.unreachable',
        entity: 'Member',
        entityId: memberId,
        before: { reachable: true },
        after: { reachable: false, error },
        at: now,
      });
      const [officer] = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT m.id FROM "Member" m
        WHERE m."cellId" = ${member.cellId} AND m.id <> ${memberId}
          AND m.role IN ('secretary', 'deputy_secretary') AND m.reachable
          AND m.status NOT IN ('transferred', 'removed', 'left')
          AND EXISTS (SELECT 1 FROM "ChatIdentity" c WHERE c."memberId" = m.id)
        ORDER BY (m.role = 'secretary') DESC, m.id LIMIT 1`;
      if (!officer) return null;
      const key = `unreachable:${memberId}:${id}`;
      await tx.notification.createMany({
        data: [
          {
            key,
            memberId: officer.id,
            kind: NOTIFICATION_KINDS.alert,
            payload: { rule: 'member-unreachable', about: memberId, vars: { member: member.fullName } },
            dueAt: now,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
      return key;
    });
  }

  /** A member writing to the bot again is reachable again (they unblocked it). */
  async markReachable(memberId: number): Promise<boolean> {
    const changed = await this.db.member.updateMany({
      where: { id: memberId, reachable: false },
      data: { reachable: true },
    });
    return changed.count === 1;
  }

  /** Digest items of a cell waiting for its next digest (what a dry run shows inside the digest). */
  async waitingDigestItems(cellId: number, now: Date): Promise<Array<{ key: string } & ItemPayload>> {
    const rows = await this.db.notification.findMany({
      where: {
        kind: NOTIFICATION_KINDS.digestItem,
        status: 'pending',
        batchId: null,
        dueAt: { lte: now },
        member: { cellId },
      },
      orderBy: [{ dueAt: 'asc' }, { key: 'asc' }],
      select: { key: true, payload: true },
    });
    return rows.flatMap((row) => {
      const parsed = itemPayloadSchema.safeParse(row.payload);
      return parsed.success ? [{ key: row.key, ...parsed.data }] : [];
    });
  }

  /** Open help and leave requests nobody was alerted of yet (their text is read when the alert is sent). */
  async requestsWithoutAlert(): Promise<
    Array<{
      id: number;
      memberId: number;
      cellId: number;
      kind: 'difficulty' | 'leave';
      createdAt: Date;
    }>
  > {
    return this.db.$queryRaw`
      SELECT r.id, r."memberId", m."cellId", r.kind::text AS kind, r."createdAt"
      FROM "Request" r JOIN "Member" m ON m.id = r."memberId"
      WHERE r.status = 'open'
        AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n.key = 'request:' || r.id)`;
  }

  /** Messages already waiting to go out at `now` (a dry run lists them with what it would add). */
  async pendingDue(now: Date) {
    return this.db.notification.findMany({
      where: {
        kind: { in: [...SENDABLE_KINDS] },
        status: { in: ['pending', 'queued'] },
        dueAt: { lte: now },
      },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      include: {
        member: { select: { id: true, fullName: true, locale: true } },
        items: { select: { key: true, payload: true }, orderBy: [{ dueAt: 'asc' }, { key: 'asc' }] },
      },
    });
  }
}
