// Remembers which channel updates were handled, so an update delivered twice is processed once.
import type { Database } from '../db/client';
import type { Channel } from '../generated/prisma/client';

export class ProcessedUpdateRecords {
  constructor(private readonly db: Database) {}

  /** True if this call claimed the update; false if it was already claimed (a re-delivery). */
  async claim(channel: Channel, updateId: number): Promise<boolean> {
    const inserted = await this.db.$executeRaw`
      INSERT INTO "ProcessedUpdate" (channel, "updateId", "processedAt")
      VALUES (${channel}::"Channel", ${BigInt(updateId)}, now())
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  /** Gives an update back after its handling failed, so a webhook retry can handle it again. */
  async release(channel: Channel, updateId: number): Promise<void> {
    await this.db.processedUpdate.deleteMany({ where: { channel, updateId: BigInt(updateId) } });
  }

  /** Old markers are useless once Telegram stops re-delivering (it keeps updates for 24 hours). */
  async prune(olderThan: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: olderThan } } });
    return count;
  }
}
