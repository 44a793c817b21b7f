// Builds the Prisma client on the pg driver adapter (Prisma 7 has no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;

export interface DatabaseOptions {
  poolSize?: number;
  /**
   * Told of a connection the server closed (a restart, `pg_ctl stop`, a network cut). The pool drops that connection
   * and opens a new one for the next query, so this is news, not a failure to handle.
   */
  onConnectionError?: (error: Error) => void;
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  const report = options.onConnectionError ?? (() => undefined);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // pg-pool listens for errors only while a connection is idle; one that the server closes while it is checked out
  // (57P01 in the middle of a query or a transaction) would otherwise be an unhandled 'error' that ends the process.
  pool.on('connect', (client) => client.on('error', report));
  pool.on('error', report);
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    onPoolError: report,
    onConnectionError: report,
  });
  return new PrismaClient({ adapter });
}
