// Migrations apply to an empty database, are recorded like Prisma's, and a second run changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrator';
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

  it("dates the members already on the records from their rows' creation when recordedSince arrives", async () => {
    const fresh = await createTestDatabase({ migrated: false });
    // The migrations before the one that adds Member.recordedSince, as a database made before it has them.
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-migrations-'));
    const client = new pg.Client({ connectionString: fresh.url });
    try {
      for (const file of readMigrations().filter((migration) => migration.name < '20261203100907')) {
        fs.mkdirSync(path.join(before, file.name));
        fs.copyFileSync(
          path.join(MIGRATIONS_DIR, file.name, 'migration.sql'),
          path.join(before, file.name, 'migration.sql'),
        );
      }
      await migrate(fresh.url, before);
      await client.connect();
      await client.query(
        `INSERT INTO "Unit" (code, name, kind, path, "updatedAt") VALUES ('M', 'M', 'cell', 'M', '2025-03-04 05:06:07')`,
      );
      await client.query(
        `INSERT INTO "Member" ("fullName", "cardNumber", "cellId", "createdAt", "updatedAt")
         SELECT 'Đã có', 'M.1', id, '2025-03-04 05:06:07', '2025-03-04 05:06:07' FROM "Unit"`,
      );
      await migrate(fresh.url);
      const { rows } = await client.query<{ recorded: string }>(
        `SELECT to_char("recordedSince", 'YYYY-MM-DD HH24:MI:SS') AS recorded FROM "Member"`,
      );
      expect(rows).toEqual([{ recorded: '2025-03-04 05:06:07' }]);
    } finally {
      await client.end();
      fs.rmSync(before, { recursive: true, force: true });
      await fresh.drop();
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
