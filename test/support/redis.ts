// A throwaway redis-server on a free loopback port for suites that need Redis; skipped when absent unless REQUIRE_REDIS=1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { realClockEnv } from './real-clock';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

export function redisAvailable(): boolean {
  const found =
    spawnSync('redis-server', ['--version'], { encoding: 'utf8', env: realClockEnv() }).status === 0;
  if (!found && process.env.REQUIRE_REDIS === '1') {
    throw new Error('REQUIRE_REDIS=1 but redis-server is not installed (apt-get install redis-server)');
  }
  return found;
}

/** `describe` when redis-server exists, `describe.skip` otherwise (a failure with REQUIRE_REDIS=1). */
export const describeWithRedis: jest.Describe = redisAvailable() ? describe : describe.skip;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('redis-server did not start');
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    // Redis keeps the real clock under `npm run test:any-date`: what the suites read of it are durations.
    { stdio: 'ignore', env: realClockEnv() },
  );
  await waitForPort(port, child);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
