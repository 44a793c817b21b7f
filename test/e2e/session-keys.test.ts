// Sessions are keyed by channel and chat; a draft stored before that, under the bare Telegram chat id, is found,
// moved to its new key, and goes on where the member stopped.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell } from '../support/fixtures';
import { bindMember, expectDraft, storedDraft } from '../support/member-chat';

describe('session keys', () => {
  let harness: BotHarness;
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('moves a session from the bare chat id to telegram:<id> and keeps its draft', async () => {
    const member = await bindMember(harness, await createCell(harness.database.db));
    await member.say('/help_me');
    await expectDraft(harness.database.db, member.userId, { formId: 'help-me' });
    // As an older version stored it.
    const { db } = harness.database;
    const row = await db.session.findUniqueOrThrow({ where: { key: `telegram:${member.userId}` } });
    await db.session.delete({ where: { key: row.key } });
    await db.session.create({ data: { key: String(member.userId), value: row.value, updatedAt: now } });

    expect((await member.say('/help_me')).text).toContain('Tiếp tục đề nghị gửi chi bộ đang làm dở');
    expect(await db.session.findUnique({ where: { key: String(member.userId) } })).toBeNull();
    expect(await storedDraft(db, member.userId)).toMatchObject({ formId: 'help-me' });
  });
});
