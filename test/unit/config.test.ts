// The environment schema: defaults, modes, and one readable error naming the variable.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';

function problemOf(env: NodeJS.ProcessEnv): { variable: string; problem: string } | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return { variable: error.variable, problem: error.problem };
    throw error;
  }
}

describe('config', () => {
  it('runs the sandbox on the embedded default with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      sandbox: true,
      botMode: 'polling',
      port: 8080,
      defaultLocale: 'vi',
      homeTimezone: 'Asia/Ho_Chi_Minh',
      telegramApiRoot: 'https://api.telegram.org',
      databaseUrl: undefined,
      redisUrl: undefined,
    });
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('reads a production environment', () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      WEBHOOK_SECRET: 'a-very-secret-token-123',
      DATABASE_URL: 'postgresql://u:p@db:5432/homecell',
      REDIS_URL: 'redis://redis:6379',
      PORT: '3000',
      DEFAULT_LOCALE: 'en',
      HOME_TIMEZONE: 'Asia/Bangkok',
      TELEGRAM_API_ROOT: 'http://botapi:8081/',
      EXPORT_CHAT_MAX_MEMBERS: '250000',
    });
    expect(config).toMatchObject({
      exportChatMaxMembers: 250000,
      sandbox: false,
      botMode: 'webhook',
      port: 3000,
      defaultLocale: 'en',
      homeTimezone: 'Asia/Bangkok',
      telegramApiRoot: 'http://botapi:8081',
      redisUrl: 'redis://redis:6379',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ BOT_MODE: 'push' }, 'BOT_MODE'],
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ HOME_TIMEZONE: 'Asia/Hanoi' }, 'HOME_TIMEZONE'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ EXPORT_CHAT_MAX_MEMBERS: 'lots' }, 'EXPORT_CHAT_MAX_MEMBERS'],
    [{ EXPORT_CHAT_MAX_MEMBERS: '0' }, 'EXPORT_CHAT_MAX_MEMBERS'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'a-very-secret-token-123' }, 'WEBHOOK_URL'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org/telegram/h' }, 'WEBHOOK_SECRET'],
    [
      {
        BOT_TOKEN: TOKEN,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://x.org/hook',
        WEBHOOK_SECRET: 'a'.repeat(20),
      },
      'WEBHOOK_URL',
    ],
    [
      { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org/telegram/h', WEBHOOK_SECRET: 'a'.repeat(20) },
      'BOT_TOKEN',
    ],
    // A deployment that lost its token must not run the sandbox on its real records.
    [{ DATABASE_URL: 'postgresql://u:p@db:5432/homecell' }, 'BOT_TOKEN'],
    [{ SANDBOX: '0' }, 'BOT_TOKEN'],
    [{ SANDBOX: '1', BOT_TOKEN: TOKEN }, 'SANDBOX'],
    [{ SANDBOX: 'maybe' }, 'SANDBOX'],
  ])('%j is refused, naming %s', (env, variable) => {
    const problem = problemOf(env);
    expect(problem?.variable).toBe(variable);
    expect(problem?.problem.length).toBeGreaterThan(3);
  });

  it('runs the sandbox on a database server only when asked to with SANDBOX=1', () => {
    expect(problemOf({ DATABASE_URL: 'postgresql://u:p@db:5432/homecell' })?.problem).toMatch(/SANDBOX=1/);
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/homecell', SANDBOX: '1' });
    expect(config).toMatchObject({ sandbox: true, databaseUrl: 'postgresql://u:p@db:5432/homecell' });
  });

  it('reads .env.example as it is: an empty value means unset, for every variable', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');
    const env = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env.TELEGRAM_API_ROOT).toBe('');
    expect(loadConfig(env)).toMatchObject({
      sandbox: true,
      telegramApiRoot: 'https://api.telegram.org',
      databaseUrl: undefined,
      port: 8080,
    });
    const blanks = Object.fromEntries(Object.keys(env).map((name) => [name, '  ']));
    expect(loadConfig(blanks)).toMatchObject({ sandbox: true, botMode: 'polling', port: 8080 });
  });

  it("keeps members' files in DATA_DIR/files, or in the S3 bucket FILES_S3_BUCKET names", () => {
    expect(loadConfig({}).files).toEqual({});
    expect(
      loadConfig({
        FILES_S3_BUCKET: 'homecell-files',
        FILES_S3_ENDPOINT: 'http://127.0.0.1:9000',
        FILES_S3_PREFIX: 'prod',
      }).files,
    ).toEqual({
      s3: {
        bucket: 'homecell-files',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000',
        prefix: 'prod/',
      },
    });
    expect(loadConfig({ FILES_S3_BUCKET: 'b-1', AWS_REGION: 'ap-southeast-1' }).files.s3?.region).toBe(
      'ap-southeast-1',
    );
    expect(problemOf({ FILES_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual({
      variable: 'FILES_S3_ENDPOINT',
      problem: 'needs FILES_S3_BUCKET',
    });
    expect(problemOf({ FILES_S3_BUCKET: 'Not_A_Bucket' })?.variable).toBe('FILES_S3_BUCKET');
  });

  it('refuses DATABASE_URL without BOT_TOKEN at start-up with exit code 2 and one line saying how to choose', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/none' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'homecell: BOT_TOKEN: is required with DATABASE_URL (set SANDBOX=1 to run the sandbox on that database on purpose)',
    ]);
  });

  it('a bad value stops start-up with exit code 2 and one line naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^homecell: PORT: /);
  });
});
