// /start, /help and /language in both languages, for an unbound chat, a member and a secretary.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, createMember, type TestCell } from '../support/fixtures';

describe('start, help and language', () => {
  let harness: BotHarness;
  let cell: TestCell;
  beforeAll(async () => {
    harness = await startBotHarness();
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function bind(userId: number, fields: Parameters<typeof createMember>[2]) {
    const member = await createMember(harness.database.db, cell, fields);
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
    await harness.say(userId, `/start ${code}`);
    return member;
  }

  it('tells an unbound chat how to get an invite, in Vietnamese by default', async () => {
    expect((await harness.say(2001, '/start')).text).toContain('mã mời do bí thư chi bộ cấp');
    expect((await harness.say(2001, '/help')).text).toContain('chưa được kết nối');
  });

  it('speaks English to an unbound chat whose phone is in English', async () => {
    harness.emulator.user(2002, { first_name: 'Lan', language_code: 'en' });
    expect((await harness.say(2002, '/start')).text).toContain('invite code from your cell secretary');
  });

  it('greets a bound member in their stored language and lists the member commands', async () => {
    await bind(2003, { fullName: 'Võ Thị Lan', locale: 'en' });
    expect((await harness.say(2003, '/start')).text).toContain('Hello, comrade Võ Thị Lan');
    const help = (await harness.say(2003, '/help')).text ?? '';
    expect(help).toContain('The commands you can use');
    expect(help).toContain('/language - Change language');
    expect(help).toContain('/cancel');
  });

  it('switches language with /language, stores it on the member and audits it', async () => {
    const member = await bind(2004, { fullName: 'Hồ Văn Nam' });
    const menu = await harness.say(2004, '/language');
    expect(menu.text).toBe('Chọn ngôn ngữ:');
    const changed = await harness.press(2004, menu.message_id, 'language:set:en');
    expect(changed.text).toBe('Language set to English.');
    expect(changed.message_id).toBe(menu.message_id);
    const stored = await harness.database.db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(stored.locale).toBe('en');
    expect(
      await harness.database.db.auditEvent.count({
        where: { action: 'member.locale.changed', actorId: member.id },
      }),
    ).toBe(1);
    expect((await harness.say(2004, '/help')).text).toContain('The commands you can use');
    const chatMenu = harness.emulator.commands({ type: 'chat', chat_id: 2004 });
    expect(chatMenu.find((c) => c.command === 'help')?.description).toBe('The commands you can use');
  });

  it('keeps an unbound chat language choice in the session', async () => {
    const menu = await harness.say(2005, '/language');
    await harness.press(2005, menu.message_id, 'language:set:en');
    expect((await harness.say(2005, '/help')).text).toContain('not connected');
  });

  it('sets the default command menus in both languages at start', () => {
    expect(harness.emulator.commands().map((c) => c.command)).toEqual(['start', 'help', 'language']);
    expect(harness.emulator.commands(undefined, 'en')[0]?.description).toBe(
      'Start, connect with an invite code',
    );
    expect(harness.emulator.commands()[0]?.description).toBe('Bắt đầu, kết nối bằng mã mời');
  });
});
