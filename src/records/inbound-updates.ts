// The inbox of channel updates: stored before they are handled, so a re-delivery is handled once and an update whose
// handling was cut short (a kill, a crash) is handled again instead of being lost.
import crypto from 'node:crypto';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Channel } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';

/** How long a process may hold an update it is handling before another may take it over; renewed while it works. */
export const UPDATE_LEASE_MS = 120_000;
/** An update that was taken over this many times without being handled is given up (it kills its handler). */
export const MAX_HANDLING_ATTEMPTS = 3;

export interface InboundUpdate {
  channel: Channel;
  /** Telegram's update_id, or the message id of a channel without update ids, as text. */
  updateId: string;
  /** The update as the channel sent it: kept only until it is handled. */
  payload: object;
}

export interface StaleUpdate {
  channel: Channel;
  updateId: string;
  payload: unknown;
  attempts: number;
}

/**
 * The content of an update without its id: a re-delivery has the same, while an id Telegram reuses after a week of
 * silence comes with other content. Keys are sorted so a re-serialised copy hashes the same.
 */
export function fingerprintOf(payload: object, idField?: string): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => key !== idField)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, inner]) => [key, canonical(inner)]),
      );
    }
    return value;
  };
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(canonical(payload)))
    .digest('base64url');
}

/**
 * Takes NUL characters out of every string of a parsed update, in place: PostgreSQL refuses them in text and jsonb,
 * and no person types one. Returns the same object.
 */
export function withoutNul<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      value[index] = typeof item === 'string' ? item.replaceAll('\u0000', '') : withoutNul(item);
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record))
      record[key] = typeof item === 'string' ? item.replaceAll('\u0000', '') : withoutNul(item);
  }
  return value;
}

export class InboundUpdateRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the update and takes it for handling by this process. False when it was seen before: handled already,
   * or being handled by a process whose lease still runs (if that process died, `takeOverStale` finds it).
   * A reused id with other content replaces the old row: it is a new update.
   */
  async claim(update: InboundUpdate & { fingerprint: string }, leaseMs = UPDATE_LEASE_MS): Promise<boolean> {
    return (await this.claimMany([update], leaseMs)).size === 1;
  }

  /**
   * `claim` for many updates in one statement (a webhook burst): returns "<channel>:<updateId>" of those this call
   * claimed. An id twice in one call is claimed once, for its first content.
   */
  async claimMany(
    updates: ReadonlyArray<InboundUpdate & { fingerprint: string }>,
    leaseMs = UPDATE_LEASE_MS,
  ): Promise<Set<string>> {
    const seen = new Set<string>();
    const distinct = updates.filter((update) => {
      const key = `${update.channel}:${update.updateId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (distinct.length === 0) return new Set();
    const now = this.clock();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const channels = distinct.map((update) => update.channel);
    const ids = distinct.map((update) => update.updateId);
    const fingerprints = distinct.map((update) => update.fingerprint);
    const payloads = distinct.map((update) => JSON.stringify(withoutNul(update.payload)));
    const rows = await this.db.$queryRaw<Array<{ channel: string; updateId: string }>>`
      INSERT INTO "InboundUpdate" (channel, "updateId", fingerprint, payload, "receivedAt", "leaseUntil", attempts)
      SELECT c::"Channel", u, f, p::jsonb, ${now}, ${leaseUntil}, 1
      FROM unnest(${channels}::text[], ${ids}::text[], ${fingerprints}::text[], ${payloads}::text[]) AS t(c, u, f, p)
      ON CONFLICT (channel, "updateId") DO UPDATE
        SET fingerprint = EXCLUDED.fingerprint, payload = EXCLUDED.payload, "receivedAt" = EXCLUDED."receivedAt",
            "handledAt" = NULL, "leaseUntil" = EXCLUDED."leaseUntil", attempts = 1
        WHERE "InboundUpdate".fingerprint <> EXCLUDED.fingerprint
      RETURNING channel::text AS channel, "updateId"`;
    return new Set(rows.map((row) => `${row.channel}:${row.updateId}`));
  }

  /** Keeps the update this process is still working on (a long export) from being taken over. */
  async renew(channel: Channel, updateId: string, leaseMs = UPDATE_LEASE_MS): Promise<void> {
    const leaseUntil = new Date(this.clock().getTime() + leaseMs);
    await this.db.inboundUpdate.updateMany({
      where: { channel, updateId, handledAt: null },
      data: { leaseUntil },
    });
  }

  /** The handling ended (answered, refused, or failed with an apology): the payload is not needed any more. */
  async finish(channel: Channel, updateId: string): Promise<void> {
    await this.db.inboundUpdate.updateMany({
      where: { channel, updateId },
      data: { handledAt: this.clock(), leaseUntil: null, payload: Prisma.DbNull },
    });
  }

  /**
   * Updates whose handler stopped without finishing (the process was killed or crashed) and whose lease ran out:
   * taken by this process with a new lease, oldest first. Those tried too often are given up and returned apart.
   */
  async takeOverStale(
    channel: Channel,
    limit: number,
    leaseMs = UPDATE_LEASE_MS,
  ): Promise<{ taken: StaleUpdate[]; givenUp: StaleUpdate[] }> {
    const now = this.clock();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await this.db.$queryRaw<StaleUpdate[]>`
      WITH stale AS (
        SELECT channel, "updateId" FROM "InboundUpdate"
        WHERE channel = ${channel}::"Channel" AND "handledAt" IS NULL AND "leaseUntil" < ${now}
          AND payload IS NOT NULL
        ORDER BY "receivedAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "InboundUpdate" u
      SET "leaseUntil" = ${leaseUntil}, attempts = u.attempts + 1
      FROM stale
      WHERE u.channel = stale.channel AND u."updateId" = stale."updateId"
      RETURNING u.channel::text AS channel, u."updateId", u.payload, u.attempts`;
    const givenUp = rows.filter((row) => row.attempts > MAX_HANDLING_ATTEMPTS);
    for (const row of givenUp) await this.finish(row.channel, row.updateId);
    return { taken: rows.filter((row) => row.attempts <= MAX_HANDLING_ATTEMPTS), givenUp };
  }

  /** Handled updates older than the retention window: Telegram re-delivers for 24 hours at most. */
  async prune(olderThan: Date): Promise<number> {
    const { count } = await this.db.inboundUpdate.deleteMany({ where: { handledAt: { lt: olderThan } } });
    return count;
  }
}
