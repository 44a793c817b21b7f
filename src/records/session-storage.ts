// Chat sessions (drafts, language before binding) in PostgreSQL for the embedded default; values are plain JSON.
import type { Database } from '../db/client';
import type { Channel } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';

/** Where a channel keeps its chats' sessions: the shape grammY's session storages (and Redis's) already have. */
export interface SessionStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * The key of a chat's session (drafts, language before binding): the channel and the chat, so that a Telegram chat
 * and a Zalo chat with the same id never share a draft.
 */
export function chatSessionKey(channel: Channel, chatId: string | number): string {
  return `${channel}:${chatId}`;
}

export class PostgresSessionStorage<T> implements SessionStore<T> {
  constructor(private readonly db: Database) {}

  async read(key: string): Promise<T | undefined> {
    const row = await this.db.session.findUnique({ where: { key } });
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    const json = JSON.stringify(value);
    await this.db.session.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
  }

  async delete(key: string): Promise<void> {
    await this.db.session.deleteMany({ where: { key } });
  }

  /**
   * Retention of form drafts (forms.draftTtlDays): removes the draft (`form`) of every session whose draft was last
   * touched before `olderThan`, keeping the rest of the session, and deletes a session left with nothing else. A
   * draft whose time cannot be read counts as expired, as the form engine reads it. A member answering at the same
   * moment writes the whole session again, draft and all, so nothing they are doing is lost.
   */
  async pruneDrafts(olderThan: Date): Promise<{ draftsRemoved: number; sessionsDeleted: number }> {
    const cutoff = olderThan.toISOString();
    // Drafts carry their time as toISOString() text; anything else is not a time the engine could read either.
    const stale = Prisma.sql`
      value LIKE '%"form"%' AND value::jsonb ? 'form'
      AND CASE WHEN value::jsonb #>> '{form,updatedAt}' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?Z$'
               THEN (value::jsonb #>> '{form,updatedAt}')::timestamptz < ${cutoff}::timestamptz
               ELSE true END`;
    const sessionsDeleted = await this.db.$executeRaw`
      DELETE FROM "Session" WHERE ${stale} AND (value::jsonb - 'form') = '{}'::jsonb`;
    const draftsRemoved = await this.db.$executeRaw`
      UPDATE "Session" SET value = (value::jsonb - 'form')::text WHERE ${stale}`;
    return { draftsRemoved: draftsRemoved + sessionsDeleted, sessionsDeleted };
  }
}
