// What `npm start` prints (issue 17): on a terminal a plain banner with the sandbox's address after readable logs;
// through a pipe, or with LOG_FORMAT=json, only JSON lines.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceOutput } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from '../support/database';

jest.setTimeout(90_000);

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe('serviceOutput', () => {
  it.each([
    [undefined, true, { pretty: true, banner: true }],
    [undefined, false, { pretty: false, banner: false }],
    ['json', true, { pretty: false, banner: false }],
    ['pretty', true, { pretty: true, banner: true }],
    ['pretty', false, { pretty: true, banner: false }],
  ] as const)('LOG_FORMAT=%s, terminal %s: %j', (format, isTTY, expected) => {
    expect(serviceOutput(format, isTTY)).toEqual(expected);
  });
});

/** Starts the service as `npm start` does and resolves with its stdout once `ready` matches it, then stops it. */
function startUntil(command: string[], env: Record<string, string>, ready: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command[0], command.slice(1), {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready in time; stdout: ${stdout}\nstderr: ${stderr}`));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (ready.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (ready.test(stdout)) resolve(stdout);
      else reject(new Error(`exited before ready; stdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

describe('npm start', () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-startup-'));
    env = { SANDBOX: '1', DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: '0', DEFAULT_LOCALE: 'en' };
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const node = [process.execPath, '--import', 'tsx', 'src/main.ts'];

  it('prints only JSON lines, the address among them, when not on a terminal', async () => {
    const stdout = await startUntil(node, env, /homecell sandbox is running/);
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(stdout).toMatch(/"msg":"homecell sandbox is running: open http:\/\/127\.0\.0\.1:\d+\/"/);
    expect(stdout).not.toContain('Open http');
  });

  (hasScript ? it : it.skip)('prints a plain banner with the address on a terminal', async () => {
    // util-linux's script gives the service a terminal, as a person's shell does.
    const shell = ['script', '-qfec', node.join(' '), '/dev/null'];
    const stdout = await startUntil(shell, env, /Stop: Ctrl\+C/);
    expect(stdout).toMatch(
      /homecell \(sandbox\) is ready\.\r?\nOpen http:\/\/127\.0\.0\.1:\d+\/ in a browser, pick a demo member/,
    );
  });

  (hasScript ? it : it.skip)('keeps JSON lines on a terminal with LOG_FORMAT=json', async () => {
    const shell = ['script', '-qfec', node.join(' '), '/dev/null'];
    const stdout = await startUntil(shell, { ...env, LOG_FORMAT: 'json' }, /homecell sandbox is running/);
    for (const line of stdout.trim().split(/\r?\n/)) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(stdout).not.toContain('Open http');
  });
});
