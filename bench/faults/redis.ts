// redis-server as a child process that keeps its data across a stop (append-only file, fsync always), as a deployment's
// Redis does: what the service loses while Redis is away is the service's loss, not Redis's.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, onCleanup, waitUntil } from './support';

export class RedisServer {
  private child?: ChildProcess;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<RedisServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-faults-redis-'));
    const server = new RedisServer(dir, await freePort());
    onCleanup(async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    await waitUntil('redis-server to accept connections', () => canConnect(this.port), 10_000, 50);
  }

  /** SIGTERM: redis-server flushes its append-only file and exits; clients see their connections close. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
