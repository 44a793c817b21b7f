// What the benchmarks share: a throwaway PostgreSQL (embedded, or BENCH_DATABASE_URL's server), the machine they ran on,
// and peak-memory sampling.
import { execSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrate } from '../src/db/migrator';

export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

/** A fresh, migrated database; on an embedded server in a temporary directory unless BENCH_DATABASE_URL is set. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `homecell_bench_${crypto.randomBytes(4).toString('hex')}`;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => {};
  let dir: string | undefined;
  if (!adminUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-bench-pg-'));
    // As root the server runs as the 'postgres' user, which must be able to enter the directory.
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres(dir, pino({ level: 'warn' }));
    adminUrl = server.url;
    stopServer = () => server.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    close: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await stopServer();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function machine(): string {
  const free = (() => {
    try {
      return execSync('free -g', { encoding: 'utf8' }).trim();
    } catch {
      return `${Math.round(os.totalmem() / 2 ** 30)} GB total`;
    }
  })();
  return [
    `nproc: ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown cpu'})`,
    free,
    `node: ${process.version}`,
  ].join('\n');
}

/** Samples this process's resident memory while `work` runs; the peak is what the goal is about. */
export async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; seconds: number; peakRssMb: number; peakHeapMb: number }> {
  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampler = setInterval(sample, 20);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    sample();
    return {
      result,
      seconds,
      peakRssMb: Math.round(peak / 2 ** 20),
      peakHeapMb: Math.round(peakHeap / 2 ** 20),
    };
  } finally {
    clearInterval(sampler);
  }
}

export const log = (line: string) => process.stderr.write(`${line}\n`);
