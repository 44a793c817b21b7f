// The Zalo variables: read next to Telegram's, refused with one line naming the variable, never echoing the token.
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../../src/config';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';
const ZALO_TOKEN = '3051889162553740911:YkLwQzCpRfTnVbXs';

function problemOf(env: NodeJS.ProcessEnv): ConfigError | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

describe('config: Zalo', () => {
  it("is off by default and points at Zalo's API server", () => {
    expect(loadConfig({})).toMatchObject({
      zaloBotToken: undefined,
      zaloApiRoot: 'https://bot-api.zaloplatforms.com',
    });
  });

  it('reads a Zalo token and API root next to the Telegram bot', () => {
    expect(
      loadConfig({ BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_ROOT: 'http://127.0.0.1:9000/' }),
    ).toMatchObject({ botToken: TOKEN, zaloBotToken: ZALO_TOKEN, zaloApiRoot: 'http://127.0.0.1:9000' });
  });

  it.each([
    [{ BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: 'not-a-token' }, 'ZALO_BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: '12345:short' }, 'ZALO_BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: `${ZALO_TOKEN}/getMe` }, 'ZALO_BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, ZALO_API_ROOT: 'bot-api.zaloplatforms.com' }, 'ZALO_API_ROOT'],
    [{ BOT_TOKEN: TOKEN, ZALO_API_ROOT: 'ftp://bot-api.zaloplatforms.com' }, 'ZALO_API_ROOT'],
    // The sandbox never talks to Zalo, and Zalo alone cannot run the service yet.
    [{ ZALO_BOT_TOKEN: ZALO_TOKEN }, 'ZALO_BOT_TOKEN'],
  ])('%j is refused, naming %s', (env, variable) => {
    const problem = problemOf(env);
    expect(problem?.variable).toBe(variable);
    expect(problem?.message).not.toContain('YkLwQzCpRfTnVbXs');
  });

  it('a malformed Zalo token stops start-up with exit code 2 and one line that does not repeat it', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: 'oops:with a space' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      'homecell: ZALO_BOT_TOKEN: must look like 123456789:AbC... as given by Zalo Bot Manager',
    ]);
  });
});
