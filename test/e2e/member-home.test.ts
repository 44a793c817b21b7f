// A bound member's home (/start, or text the bot does not expect) and their command menu, set from their first
// update whatever bound the chat, and again when their role changes in the records.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, createMember, type TestCell } from '../support/fixtures';
import { bindMember, buttons } from '../support/member-chat';

describe('the member’s home and menu', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // 20 November 2026, 10:00 in Hà Nội.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const menuOf = (chatId: number) =>
    harness.emulator.commands({ type: 'chat', chat_id: chatId }).map((entry) => entry.command);

  it('shows a member their standing in two lines with a button per thing due; a button opens its form', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Trần Thị Lụa' });
    const home = await member.say('/start');
    const [greeting, where, due] = home.text!.split('\n');
    expect(greeting).toBe('Chào đồng chí Trần Thị Lụa.');
    expect(where).toBe('Đồng chí đang sinh hoạt tại Chi bộ thôn Thử Nghiệm.');
    expect(due).toMatch(/^Việc cần làm: .*đảng phí năm 2026 chưa đóng/);
    expect(buttons(home)).toContain('💳 Xác nhận đảng phí');
    const fee = await member.tap(home, '💳 Xác nhận đảng phí');
    expect(fee.text).toContain('Xác nhận đóng đảng phí');
    await member.say('/cancel');
    // Any text the bot does not expect brings the same home.
    expect((await member.say('chào chi bộ')).text).toBe(home.text);
  });

  it('speaks English to an English member', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Phạm Hương', locale: 'en' });
    expect((await member.say('/start')).text).toMatch(/^Hello, comrade Phạm Hương\.\nYou take part in/);
  });

  it('gives a chat its role’s menu from its first update, and changes it when the role changes', async () => {
    // Bound by the records (as the demo and an import do), without any /start.
    const record = await createMember(harness.database.db, cell, { fullName: 'Hoàng Văn Tâm' });
    await harness.database.db.chatIdentity.create({
      data: { channel: 'telegram', externalId: '7301', memberId: record.id, boundAt: now },
    });
    expect(menuOf(7301)).toEqual([]);
    await harness.say(7301, '/status');
    expect(menuOf(7301)).toContain('checkin');
    expect(menuOf(7301)).not.toContain('pending');
    const described = harness.emulator.commands({ type: 'chat', chat_id: 7301 });
    expect(described.find((entry) => entry.command === 'start')?.description).toBe(
      'Tình hình của đồng chí và việc cần làm',
    );

    await harness.database.db.member.update({ where: { id: record.id }, data: { role: 'secretary' } });
    await harness.say(7301, '/help');
    expect(menuOf(7301)).toContain('pending');
  });

  it('says "đồng chí" in /help', async () => {
    const member = await bindMember(harness, cell);
    const help = await member.say('/help');
    expect(help.text).toContain('Các lệnh đồng chí dùng được');
    expect(help.text).not.toMatch(/(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu);
    // Connected already: /start is their home, not an invite code to type.
    expect(help.text).toContain('/start - Tình hình của đồng chí và việc cần làm');
    expect(help.text).not.toContain('mã mời');
    const menu = harness.emulator.commands({ type: 'chat', chat_id: member.userId });
    expect(menu.length).toBeGreaterThan(0);
    for (const { description } of menu) {
      expect(description).not.toContain('mã mời');
      expect(description).not.toMatch(/(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu);
    }
  });
});
