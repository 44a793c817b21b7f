// The CLI's surface without a database: --help lists every command, a bad setting exits 2 naming the variable.
import { runCli } from './run-cli';

describe('homecell CLI surface', () => {
  it('lists every command with a one-line description', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['migrate', 'seed-demo', 'import', 'invite', 'units']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b.*\\S`, 'm'));
    }
  });

  it('exits 2 with one line naming DATABASE_URL when it is not a URL', async () => {
    const result = await runCli(['units'], { DATABASE_URL: 'notaurl' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['homecell: DATABASE_URL: must be a URL']);
  });

  it('exits 2 naming HOME_TIMEZONE when the zone is unknown, before touching any file', async () => {
    const result = await runCli(['import', 'nowhere.csv'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      HOME_TIMEZONE: 'Mars/Olympus',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'homecell: HOME_TIMEZONE: must be an IANA time zone such as Asia/Ho_Chi_Minh',
    ]);
  });

  it('exits 1 with one line, no stack trace, when the database cannot be reached', async () => {
    const result = await runCli(['units'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^homecell: cannot open the database: .*ECONNREFUSED/);
  });
});
