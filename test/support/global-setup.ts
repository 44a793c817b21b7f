// Starts one throwaway embedded PostgreSQL for the whole test run (or uses TEST_DATABASE_URL's server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../../src/db/embedded';

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.HOMECELL_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-test-pg-'));
  // As root the server runs as the 'postgres' user, which must be able to enter the directory.
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres(dir, pino({ level: 'warn' }));
  process.env.HOMECELL_TEST_ADMIN_URL = server.url;
  (globalThis as { homecellTestServer?: unknown }).homecellTestServer = { server, dir };
}
