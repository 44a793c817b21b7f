// A real PostgreSQL server from Debian's binaries in a throwaway directory, run as the postgres user when root.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, log, onCleanup } from './support';

const run = promisify(execFile);
const BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export class PostgresServer {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly asPostgres: boolean,
  ) {}

  static async create(): Promise<PostgresServer> {
    if (!fs.existsSync(path.join(BIN, 'pg_ctl'))) {
      throw new Error(
        `no PostgreSQL binaries in ${BIN} (apt-get install postgresql-15, or set BENCH_PG_BIN)`,
      );
    }
    const asPostgres = process.getuid?.() === 0;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-faults-pg-'));
    fs.chmodSync(dir, 0o755);
    const removeDir = onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
    if (asPostgres) execFileSync('chown', ['postgres:postgres', dir]);
    const port = await freePort();
    const server = new PostgresServer(dir, port, asPostgres);
    await server.command('initdb', ['-D', server.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    fs.appendFileSync(
      path.join(server.dataDir, 'postgresql.conf'),
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${dir}'`,
        'max_connections = 200',
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    await server.start();
    // Stopped before its directory goes.
    onCleanup(async () => {
      await server.stop().catch(() => undefined);
      await removeDir();
    });
    return server;
  }

  get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  url(database = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await this.command('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      path.join(this.dir, 'server.log'),
      '-w',
      'start',
    ]);
  }

  /** `pg_ctl stop -m fast`: every connection is terminated (57P01), as in a failover or a restart. */
  async stop(): Promise<void> {
    await this.command('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  async createDatabase(name: string, template?: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  private async command(binary: string, args: string[]): Promise<void> {
    const file = path.join(BIN, binary);
    const [command, commandArgs] = this.asPostgres
      ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
      : [file, args];
    try {
      await run(command, commandArgs, { cwd: this.dir });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      log(`${binary} failed: ${stderr ?? ''}${stdout ?? ''}`);
      throw error;
    }
  }
}

/** A short-lived connection for the benchmark's own reads of the records (never through the service). */
export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
