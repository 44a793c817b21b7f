// Input the bot cannot use gets a clear answer in the member's language, and nothing is written.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, createMember, recordCounts } from '../support/fixtures';

describe('bad input', () => {
  let harness: BotHarness;
  const viUser = 3001;
  const enUser = 3002;
  beforeAll(async () => {
    harness = await startBotHarness();
    const cell = await createCell(harness.database.db);
    for (const [userId, locale] of [
      [viUser, 'vi'],
      [enUser, 'en'],
    ] as const) {
      const member = await createMember(harness.database.db, cell, { locale });
      const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
      await harness.say(userId, `/start ${code}`);
    }
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function expectNothingWritten(action: () => Promise<void>) {
    const before = await recordCounts(harness.database.db);
    await action();
    expect(await recordCounts(harness.database.db)).toEqual(before);
  }

  it.each([
    [viUser, 'Không có lệnh /frobnicate'],
    [enUser, 'There is no command /frobnicate'],
  ])('answers an unknown command (user %s)', async (userId, expected) => {
    await expectNothingWritten(async () => {
      expect((await harness.say(userId, '/frobnicate now')).text).toContain(expected);
    });
  });

  it('answers a sticker and a voice message', async () => {
    await expectNothingWritten(async () => {
      let after = harness.emulator.mark();
      harness.emulator.sendSticker(viUser);
      expect((await harness.emulator.waitForMessage(viUser, { after })).text).toContain(
        'chỉ đọc được tin nhắn chữ',
      );
      after = harness.emulator.mark();
      harness.emulator.sendVoice(enUser);
      expect((await harness.emulator.waitForMessage(enUser, { after })).text).toContain('only read text');
    });
  });

  it('refuses a text over 4,096 characters', async () => {
    await expectNothingWritten(async () => {
      const reply = await harness.say(enUser, 'x'.repeat(10_000));
      expect(reply.text).toContain('too long (10,000 characters)');
    });
  });

  it('answers plain text outside any conversation: a member with their home, anyone else with how to begin', async () => {
    await expectNothingWritten(async () => {
      const home = await harness.say(viUser, 'alo alo');
      expect(home.text).toMatch(
        /^Chào đồng chí .+\.\nĐồng chí đang sinh hoạt tại Chi bộ thôn Thử Nghiệm\.\n/,
      );
      expect(home.text).toContain('Việc cần làm:');
      expect(home.reply_markup?.inline_keyboard.flat().length).toBeGreaterThan(0);
      expect((await harness.say(3999, 'alo alo')).text).toContain('chưa hiểu');
    });
  });

  it('answers forged and stale buttons with an alert and changes nothing', async () => {
    const menu = await harness.say(viUser, '/language');
    await expectNothingWritten(async () => {
      for (const data of ['language:set:fr', 'member:delete:1', 'x'.repeat(64)]) {
        const update = harness.emulator.pressButton(viUser, menu.message_id, data);
        const answer = await harness.emulator.waitForCallbackAnswer(update.callback_query!.id);
        expect(answer.text).toContain('Nút này đã cũ');
      }
    });
    const stored = await harness.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalId: String(viUser) } } },
    });
    expect(stored.locale).toBe('vi');
  });

  it('answers /cancel with nothing to cancel', async () => {
    expect((await harness.say(enUser, '/cancel')).text).toContain('nothing in progress');
  });

  it('tells a group once that it works in private chats only', async () => {
    const group = -100_555;
    harness.emulator.sendGroupText(group, viUser, '/help');
    const notice = await harness.emulator.waitForMessage(group, { after: 0 });
    expect(notice.text).toContain('trò chuyện riêng');
    harness.emulator.sendGroupText(group, viUser, '/start');
    harness.emulator.sendGroupText(group, enUser, 'hello');
    await harness.say(viUser, '/help');
    expect(harness.emulator.messages(group)).toHaveLength(1);
  });
});
