// `homecell dashboard-link`: a single-use sign-in link for an officer or a cell leader, none for a plain member.
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember } from '../support/fixtures';
import { hashDashboardToken } from '../../src/records/dashboard';
import { runCli } from './run-cli';

describe('homecell dashboard-link', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('prints a link on PUBLIC_URL whose hash alone is stored, and refuses a plain member or an unknown card', async () => {
    const cell = await createCell(database.db);
    const secretary = await createMember(database.db, cell, {
      fullName: 'Trần Thị Bí Thư',
      role: 'secretary',
    });
    const plain = await createMember(database.db, cell, { fullName: 'Nguyễn Văn Thường' });
    const env = { DATABASE_URL: database.url, PUBLIC_URL: 'https://homecell.example.org/' };

    const issued = await runCli(['dashboard-link', secretary.cardNumber], env);
    expect(issued.code).toBe(0);
    const token =
      /^link: {4}https:\/\/homecell\.example\.org\/dashboard\/sign-in\?token=([A-Za-z0-9_-]{43})$/m.exec(
        issued.stdout,
      )?.[1];
    expect(token).toBeDefined();
    expect(issued.stdout).toMatch(
      /^expires: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} Asia\/Ho_Chi_Minh \(works once, 10 minutes\)$/m,
    );
    const stored = await database.db.dashboardLink.findMany({ where: { memberId: secretary.id } });
    expect(stored.map((link) => link.tokenHash)).toEqual([hashDashboardToken(token!)]);
    expect(stored[0].expiresAt.getTime() - stored[0].createdAt.getTime()).toBe(10 * 60_000);
    const audit = await database.db.auditEvent.findFirst({ where: { action: 'dashboard.link-issued' } });
    expect(audit).toMatchObject({ actorLabel: 'cli', entityId: String(stored[0].id) });

    const refused = await runCli(['dashboard-link', plain.cardNumber], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('is neither a committee officer nor a cell secretary or deputy');
    const unknown = await runCli(['dashboard-link', '00.000'], env);
    expect(unknown.stderr).toContain('no member with party card number 00.000');
    expect(await database.db.dashboardLink.count()).toBe(1);
  });
});
