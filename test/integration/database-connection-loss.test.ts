// The records' database client survives the server killing its connections (57P01, as `pg_ctl stop -m fast` or a
// failover does) in the middle of queries and transactions: no unhandled 'error' event, and the next query works.
import pg from 'pg';
import { createDatabase } from '../../src/db/client';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('database connections killed by the server', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('reports each lost connection and keeps working', async () => {
    const lost: Error[] = [];
    const db = createDatabase(database.url, { poolSize: 10, onConnectionError: (error) => lost.push(error) });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let stop = false;
    const busy = async () => {
      while (!stop) {
        await db
          .$transaction(async (tx) => {
            await tx.$queryRaw`SELECT pg_sleep(0.01)`;
            await tx.$queryRaw`SELECT 1`;
          })
          .catch(() => undefined);
        await db.$queryRaw`SELECT pg_sleep(0.005)`.catch(() => undefined);
      }
    };
    const workers = Array.from({ length: 20 }, busy);
    try {
      // Before pg-pool's clients had an error listener while checked out, this ended the process.
      for (let round = 0; round < 40; round += 1) {
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    } finally {
      stop = true;
      await Promise.all(workers);
      await admin.end();
    }
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.some((error) => (error as { code?: string }).code === '57P01')).toBe(true);
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await db.$disconnect();
  }, 60_000);
});
