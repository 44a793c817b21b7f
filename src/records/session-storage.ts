// grammY session storage in PostgreSQL for the embedded default; values are plain JSON.
import type { StorageAdapter } from 'grammy';
import type { Database } from '../db/client';

export class PostgresSessionStorage<T> implements StorageAdapter<T> {
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
}
