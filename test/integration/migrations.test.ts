// Migrations apply to an empty database, are recorded like Prisma's, and a second run changes nothing.
import pg from 'pg';
import { migrate, readMigrations } from '../../src/db/migrator';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('applies every migration to an empty database, then nothing on a re-run', async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const first = await migrate(database.url);
    expect(first.applied).toEqual(files.map((file) => file.name));

    const second = await migrate(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(files.length);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = await client.query(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
      expect(rows.rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
      expect(rows.rows.every((row) => row.finished_at instanceof Date && row.applied_steps_count === 1)).toBe(
        true,
      );
      const tables = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      const names = tables.rows.map((row) => row.table_name);
      for (const table of [
        'Member',
        'Unit',
        'ChatIdentity',
        'Invite',
        'Notification',
        'AuditEvent',
        'Session',
      ]) {
        expect(names).toContain(table);
      }
    } finally {
      await client.end();
    }
  });

  it('two processes migrating at once apply each migration once', async () => {
    const fresh = await createTestDatabase({ migrated: false });
    try {
      const [a, b] = await Promise.all([migrate(fresh.url), migrate(fresh.url)]);
      expect([...a.applied, ...b.applied].sort()).toEqual(readMigrations().map((file) => file.name));
    } finally {
      await fresh.drop();
    }
  });
});
