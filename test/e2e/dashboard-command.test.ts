// /dashboard in the bot: an officer or a secretary gets a single-use sign-in link that opens a session; a plain
// member gets none.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { bindExisting, textOf } from '../support/cell-chat';
import { createCell, createMember } from '../support/fixtures';
import { hashDashboardToken } from '../../src/records/dashboard';

const NOW = new Date('2026-11-22T03:00:00Z');

describe('/dashboard', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('sends an officer a link on the public address that signs in once', async () => {
    const db = harness.database.db;
    const cell = await createCell(db);
    const officerRecord = await createMember(db, cell, { fullName: 'Đỗ Thị Huyện' });
    const district = await db.unit.findFirstOrThrow({
      where: { kind: 'district', parent: { id: cell.provinceId } },
    });
    await db.member.update({
      where: { id: officerRecord.id },
      data: { role: 'committee_officer', officerUnitId: district.id },
    });
    const officer = await bindExisting(harness, officerRecord.id);
    const reply = await officer.ask('/dashboard');
    const text = textOf(reply);
    expect(text).toContain('dùng một lần, trong 10 phút');
    const token = /https:\/\/homecell\.test\/dashboard\/sign-in\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token).toBeDefined();
    const stored = await db.dashboardLink.findUniqueOrThrow({
      where: { tokenHash: hashDashboardToken(token!) },
    });
    expect(stored).toMatchObject({ memberId: officerRecord.id, usedAt: null });
    expect(stored.expiresAt.toISOString()).toBe('2026-11-22T03:10:00.000Z');

    const signedIn = await harness.records.dashboard.signIn(token!, 'test');
    expect(signedIn).toMatchObject({ outcome: 'signed-in', memberId: officerRecord.id });
    expect(await harness.records.dashboard.signIn(token!, 'test')).toEqual({ outcome: 'used' });
  });

  it('gives a plain member no link, and says who the dashboard is for', async () => {
    const db = harness.database.db;
    const cell = await createCell(db);
    const memberRecord = await createMember(db, cell, { fullName: 'Nguyễn Văn Thường' });
    const member = await bindExisting(harness, memberRecord.id);
    const reply = await member.ask('/dashboard');
    expect(textOf(reply)).toBe('Bảng theo dõi dành cho bí thư, phó bí thư chi bộ và cán bộ cấp ủy.');
    expect(await db.dashboardLink.count({ where: { memberId: memberRecord.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { actorId: memberRecord.id, action: 'access.denied', entityId: 'dashboard.link' },
      }),
    ).toBe(1);
  });
});
