// The CLI's surface without a database: --help lists every command, a bad setting exits 2 naming the variable, a
// DATA_DIR without a cluster is refused by every command but those that make one.
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, runCli } from './run-cli';

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

  describe('a DATA_DIR without a cluster (a typo), DATABASE_URL unset', () => {
    let root: string;
    beforeEach(() => {
      root = makeTempDir();
    });
    afterEach(() => {
      fs.rmSync(root, { recursive: true, force: true });
    });

    it.each([['units'], ['stats', 'X'], ['meetings', 'X'], ['invite', '1'], ['sweep', '--dry-run']])(
      '%s refuses it in one line naming the directory, and creates nothing',
      async (...args) => {
        const dir = path.join(root, 'dta');
        const result = await runCli(args, { DATABASE_URL: '', DATA_DIR: dir, DEFAULT_LOCALE: 'en' });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(
          `homecell: DATA_DIR ${dir}: no homecell database in this directory (check DATA_DIR, or set DATABASE_URL; ` +
            '`homecell migrate` creates a new one here)\n',
        );
        expect(fs.existsSync(dir)).toBe(false);
      },
    );

    it("speaks the output language: DEFAULT_LOCALE, or the command's --lang", async () => {
      const dir = path.join(root, 'dta');
      const vi = await runCli(['units'], { DATABASE_URL: '', DATA_DIR: dir });
      expect(vi.stderr).toMatch(/^homecell: DATA_DIR .*: thư mục này chưa có cơ sở dữ liệu của homecell/);
      const en = await runCli(['stats', 'X', '--lang', 'en'], { DATABASE_URL: '', DATA_DIR: dir });
      expect(en.stderr).toMatch(/^homecell: DATA_DIR .*: no homecell database in this directory/);
    });

    it('homecell migrate makes the cluster, and then the other commands work on it', async () => {
      // The temporary directory itself: as root, the server's user may enter it (not one inside it).
      const env = { DATABASE_URL: '', DATA_DIR: root, DEFAULT_LOCALE: 'en' };
      const migrated = await runCli(['migrate'], env);
      expect(migrated.stderr).toBe('');
      expect(migrated.code).toBe(0);
      const units = await runCli(['units'], env);
      expect(units.stderr).toBe('');
      expect(units.code).toBe(0);
    }, 120_000);
  });
});
