// Shared setup for the records tests: a migrated database, the services on a settable clock, audit helpers.
import type { Database } from '../../../src/db/client';
import { loadPolicy } from '../../../src/domain/policy';
import { createRecords, type Records } from '../../../src/records';
import { createTestDatabase, type TestDatabase } from '../../support/database';

export interface RecordsHarness {
  database: TestDatabase;
  db: Database;
  records: Records;
  /** What the services' clock returns when a call passes no `now`. */
  setNow(instant: string): void;
}

export async function createRecordsHarness(): Promise<RecordsHarness> {
  const database = await createTestDatabase();
  let now = new Date('2026-03-10T03:00:00Z');
  const records = createRecords(database.db, () => now, loadPolicy());
  return {
    database,
    db: database.db,
    records,
    setNow: (instant) => {
      now = new Date(instant);
    },
  };
}

/** Fixture members are on the records long before any test's clock; tests that need it set when that began. */
export async function recordedSince(db: Database, memberId: number, instant: string): Promise<void> {
  await db.member.update({ where: { id: memberId }, data: { recordedSince: new Date(instant) } });
}

export async function auditOf(db: Database, entity: string, entityId: number | string) {
  return db.auditEvent.findMany({ where: { entity, entityId: String(entityId) }, orderBy: { id: 'asc' } });
}
