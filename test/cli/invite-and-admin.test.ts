// `homecell invite`, `migrate`, `seed-demo` and `units` against a real database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashInviteCode } from '../../src/records/invites';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember, type TestCell } from '../support/fixtures';
import { runCli } from './run-cli';

const CODE_LINE = /^code:\s+([A-Z2-9]{10})$/m;

describe('homecell invite and admin commands', () => {
  let database: TestDatabase;
  let cell: TestCell;
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { DATABASE_URL: database.url, ...env });

  beforeAll(async () => {
    database = await createTestDatabase();
    cell = await createCell(database.db, 'Chi bộ khối Hải Bình');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('issues an invite for a card number: code, expiry, stored hashed, audited as cli', async () => {
    const member = await createMember(database.db, cell, { fullName: 'Trần Văn Đức' });
    const result = await cli(['invite', member.cardNumber]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`member:  Trần Văn Đức (${member.cardNumber}), Chi bộ khối Hải Bình`);
    expect(result.stdout).toMatch(/^expires: \d{4}-\d{2}-\d{2} \d{2}:\d{2} Asia\/Ho_Chi_Minh$/m);
    expect(result.stdout).not.toContain('https://t.me/');
    const code = CODE_LINE.exec(result.stdout)![1];
    const invite = await database.db.invite.findUniqueOrThrow({ where: { codeHash: hashInviteCode(code) } });
    expect(invite.memberId).toBe(member.id);
    expect(invite.expiresAt.getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3_600_000);
    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { action: 'invite.issued', entityId: String(invite.id) },
    });
    expect(audit.actorLabel).toBe('cli');
  });

  it('adds the deep link with BOT_USERNAME', async () => {
    const member = await createMember(database.db, cell);
    const result = await cli(['invite', member.cardNumber], { BOT_USERNAME: 'x' });
    expect(result.code).toBe(0);
    const code = CODE_LINE.exec(result.stdout)![1];
    expect(result.stdout).toMatch(new RegExp(`^link:    https://t\\.me/x\\?start=${code}$`, 'm'));
  });

  it('asks getMe for the username when only BOT_TOKEN is set', async () => {
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const asked: string[] = [];
    const server = http.createServer((request, response) => {
      asked.push(request.url ?? '');
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ ok: true, result: { id: 123456, is_bot: true, username: 'homecell_test_bot' } }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const member = await createMember(database.db, cell);
      const port = (server.address() as AddressInfo).port;
      const result = await cli(['invite', member.cardNumber], {
        BOT_TOKEN: token,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
      });
      expect(result.code).toBe(0);
      const code = CODE_LINE.exec(result.stdout)![1];
      expect(result.stdout).toContain(`link:    https://t.me/homecell_test_bot?start=${code}`);
      expect(asked).toEqual([`/bot${token}/getMe`]);
    } finally {
      server.close();
    }
  });

  it('refuses an unknown card number and a removed member, issuing nothing', async () => {
    const invitesBefore = await database.db.invite.count();
    const unknown = await cli(['invite', '99.999999']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe('homecell: no member with party card number 99.999999');

    const removed = await createMember(database.db, cell, { fullName: 'Lê Văn Xóa', status: 'removed' });
    const refused = await cli(['invite', removed.cardNumber]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `homecell: Lê Văn Xóa (${removed.cardNumber}) is removed; no invite issued`,
    );
    expect(await database.db.invite.count()).toBe(invitesBefore);
  });

  it('migrate reports an up-to-date database', async () => {
    const result = await cli(['migrate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^up to date \(\d+ migrations? applied earlier\)$/m);
  });

  it('seed-demo creates the demo cell once, and units shows it', async () => {
    const first = await cli(['seed-demo']);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe('demo cell DEMO-NX-XH-HT created');
    const members = await database.db.member.count({ where: { cell: { code: 'DEMO-NX-XH-HT' } } });
    expect(members).toBeGreaterThan(0);

    const second = await cli(['seed-demo']);
    expect(second.stdout.trim()).toBe('demo cell DEMO-NX-XH-HT already exists; nothing changed');
    expect(await database.db.member.count({ where: { cell: { code: 'DEMO-NX-XH-HT' } } })).toBe(members);

    const tree = await cli(['units', '--under', 'DEMO-NX', '--lang', 'en']);
    expect(tree.code).toBe(0);
    expect(tree.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^DEMO-NX  .+  \\(District\\)  ${members} members, \\d+ away$`)),
      expect.stringMatching(/^ {2}DEMO-NX-XH {2}.+ {2}\(Grassroots\)/),
      expect.stringMatching(new RegExp(`^ {4}DEMO-NX-XH-HT  .+  \\(Cell\\)  ${members} members`)),
    ]);
  });
});
