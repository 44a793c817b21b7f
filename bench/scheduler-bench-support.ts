// What the benchmarks share: a throwaway PostgreSQL (embedded, or BENCH_DATABASE_URL's server), one cell of bound
// members, a throwaway redis-server, the machine they ran on, and peak-memory sampling.
import { execSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
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

/**
 * One cell (id 1, no secretary) of `count` members (ids 1..count) on the records since `recordedSince`, member i bound
 * to the Telegram chat `firstChat + i - 1`.
 */
export async function seedBoundMembers(
  url: string,
  count: number,
  firstChat: number,
  recordedSince = new Date('2026-01-01T00:00:00Z'),
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Unit"(id, code, name, kind, path, "createdAt", "updatedAt")
      VALUES (1, 'BENCH', 'Chi bộ (bench)', 'cell', 'BENCH', $1, $1)`,
      [recordedSince],
    );
    await client.query(
      `INSERT INTO "Member"(id, "fullName", "cardNumber", "cellId", "recordedSince", "createdAt", "updatedAt")
      SELECT i, 'Đảng viên ' || i, 'BENCH.' || i, 1, $2, $2, $2 FROM generate_series(1, $1::int) i`,
      [count, recordedSince],
    );
    await client.query(
      `INSERT INTO "ChatIdentity"(channel, "externalId", "memberId", "boundAt")
      SELECT 'telegram', ($2::bigint + i - 1)::text, i, $3 FROM generate_series(1, $1::int) i`,
      [count, firstChat, recordedSince],
    );
  } finally {
    await client.end();
  }
}

export function redisServerInstalled(): boolean {
  try {
    execSync('redis-server --version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** redis-server on a free loopback port, nothing persisted (as the tests' Redis); ready when it accepts connections. */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; ; attempt += 1) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) break;
    if (attempt === 100 || child.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
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
