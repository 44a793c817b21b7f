// Retention: personal data the rules no longer need is cleared or deleted once its policy period is over.
import type { Database } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { NOTIFICATION_KINDS } from './notification-payloads';

/** Rows changed per statement: a first run after months of history stays a series of short transactions. */
const BATCH = 5000;

export class RetentionRecords {
  constructor(private readonly db: Database) {}

  /**
   * Clears the payload (names, months, amounts, a request's id) of outbox rows that are done with: sent before
   * `olderThan`, failed, or cancelled messages, due before it. The row, its key and its status stay: the key is what
   * keeps the sweep from telling the same situation twice. Cancelled items keep theirs, since the sweep revives an
   * item that falls due again. `dueFrom` bounds the scan (rows due earlier were cleared by an earlier run).
   */
  async clearNotificationPayloads(olderThan: Date, dueFrom?: Date): Promise<number> {
    const items = [NOTIFICATION_KINDS.item, NOTIFICATION_KINDS.digestItem];
    // A row is due before it is sent, so "due before the cutoff" lets the (status, dueAt) index find the rows.
    const since = dueFrom ? Prisma.sql`AND "dueAt" >= ${dueFrom}` : Prisma.empty;
    let cleared = 0;
    for (;;) {
      const count = await this.db.$executeRaw`
        UPDATE "Notification" SET payload = '{}'::jsonb
        WHERE id IN (
          SELECT id FROM "Notification"
          WHERE status IN ('sent', 'failed', 'cancelled') AND "dueAt" < ${olderThan} ${since}
            AND payload <> '{}'::jsonb
            AND ((status = 'sent' AND "sentAt" < ${olderThan}) OR status = 'failed'
                 OR (status = 'cancelled' AND kind <> ALL(${items}::text[])))
          LIMIT ${BATCH})`;
      cleared += count;
      if (count < BATCH) return cleared;
    }
  }

  /** Wrong invite tries before `olderThan`: each names the chat it came from, and the limits no longer count it. */
  async pruneInviteFailures(olderThan: Date): Promise<number> {
    const { count } = await this.db.inviteFailure.deleteMany({ where: { at: { lt: olderThan } } });
    return count;
  }
}
