// A fresh, migrated database per test file on the run's PostgreSQL server.
import crypto from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrator';

export interface TestDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.HOMECELL_TEST_ADMIN_URL;
  if (!url)
    throw new Error(
      'HOMECELL_TEST_ADMIN_URL is not set: run the tests through jest (global-setup starts PostgreSQL)',
    );
  return url;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates an empty database; `migrated: false` leaves it without tables (for migration tests). */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `homecell_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl(), name);
  if (options.migrated !== false) await migrate(url);
  const db = createDatabase(url, { poolSize: 4 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
