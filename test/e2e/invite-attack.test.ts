// Invites under attack, through the bot: wrong codes from many chats pause every code with a kind answer in the
// member's language and one warning for the admins; tried used or expired codes tell the cell's secretary once.
import { createI18n, translator } from '../../src/i18n';
import { loadPolicy } from '../../src/domain/policy';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, createMember, type TestCell } from '../support/fixtures';
import { bindMember, type MemberChat } from '../support/member-chat';

// The harness logs through pino at 'silent'; these tests read what the admins would see at warn.
const mockWarnings: Array<Record<string, unknown>> = [];
jest.mock('pino', () => {
  const real = jest.requireActual<typeof import('pino')>('pino');
  const capture = { write: (line: string) => mockWarnings.push(JSON.parse(line) as Record<string, unknown>) };
  const fake = () => real.pino({ level: 'warn' }, capture);
  return Object.assign(fake, { default: fake, pino: fake });
});

describe('invites under attack', () => {
  const limits = loadPolicy().invites;
  const translate = translator(createI18n('vi'), 'vi');
  let now = new Date('2026-11-22T03:00:00Z');
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: MemberChat;
  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db, 'Chi bộ khối Hải Bình');
    secretary = await bindMember(harness, cell, { fullName: 'Nguyễn Thị Thu', role: 'secretary' });
  });
  afterAll(async () => {
    await harness.stop();
  });

  const toldSecretary = () =>
    harness.database.db.notification.findMany({
      where: { memberId: secretary.memberId, key: { startsWith: 'invite-tried:' } },
      orderBy: { id: 'asc' },
    });
  const textOf = (payload: unknown, locale = 'vi') => {
    const { key, args } = payload as { key: string; args: Record<string, string | number> };
    return translate(locale, key, args);
  };

  it("tells the secretary once an hour when the cell's used or expired codes are tried", async () => {
    // A member binds with a code; other chats then try that used code.
    const other = await createMember(harness.database.db, cell, { fullName: 'Phan Thị Mai' });
    const { code } = await harness.records.invites.issue(other.id, { label: 'test' });
    await harness.say(8101, `/start ${code}`);
    mockWarnings.length = 0;

    const again = await harness.say(8102, `/start ${code}`);
    expect(again.text).toContain('đã được dùng');
    const [told] = await toldSecretary();
    expect(told).toMatchObject({ kind: 'message', status: 'pending', dueAt: now });
    expect(textOf(told.payload)).toContain('đã được dùng của đồng chí Phan Thị Mai');
    expect(textOf(told.payload, 'en')).toContain('an already used invite code of comrade Phan Thị Mai');
    expect(JSON.stringify(told.payload)).not.toContain(code);
    expect(mockWarnings.map((line) => line.msg)).toEqual([
      "invite codes: a cell's used or expired code was tried; its secretary is told",
    ]);

    // More tries within the hour, of this code or another member's expired one, are not told again.
    await harness.say(8103, `/start ${code}`);
    const late = await createMember(harness.database.db, cell, { fullName: 'Lê Văn Hùng' });
    const expiring = await harness.records.invites.issue(late.id, { label: 'test' });
    now = new Date(now.getTime() + (limits.lifetimeDays * 24 * 60 + 1) * 60_000);
    const expired = await harness.say(8104, `/start ${expiring.code}`);
    expect(expired.text).toContain('hết hạn');
    // The hour of the expired try is a new one: told, once.
    const rows = await toldSecretary();
    expect(rows).toHaveLength(2);
    expect(textOf(rows[1].payload)).toContain('đã hết hạn của đồng chí Lê Văn Hùng');
    expect(textOf(rows[1].payload)).toContain('/invite');
    await harness.say(8105, `/start ${expiring.code}`);
    expect(await toldSecretary()).toHaveLength(2);
    // A wrong code that matches nothing points at no cell.
    await harness.say(8106, '/start NOSUCHCODE');
    expect(await toldSecretary()).toHaveLength(2);
    expect(
      await harness.database.db.auditEvent.count({
        where: { action: { in: ['invite.tried-used', 'invite.tried-expired'] } },
      }),
    ).toBe(4);
  });

  it('pauses every code after the wrong tries of all chats reach the limit, kindly, in each language', async () => {
    now = new Date(now.getTime() + 24 * 3_600_000);
    mockWarnings.length = 0;
    const member = await createMember(harness.database.db, cell, { fullName: 'Đỗ Văn Nam' });
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
    const chats = Math.ceil(limits.globalWrongTries / limits.chatWrongTries) + 1;
    // One chat's tries in a row (Telegram delivers a chat's messages in order), the chats side by side.
    const perChat = await Promise.all(
      Array.from({ length: chats }, async (_, chat) => {
        const texts: string[] = [];
        for (let attempt = 0; attempt < limits.chatWrongTries; attempt += 1) {
          texts.push((await harness.say(8200 + chat, `/start GUESS${chat}X${attempt}`)).text ?? '');
        }
        return texts;
      }),
    );
    const replies = perChat.flat();
    expect(replies.filter((text) => text.includes('không đúng'))).toHaveLength(limits.globalWrongTries);
    const paused = replies.filter((text) => text.includes('đang tạm dừng'));
    expect(paused).toHaveLength(chats * limits.chatWrongTries - limits.globalWrongTries);
    expect(paused[0]).toContain(`Xin lỗi đồng chí`);
    expect(paused[0]).toContain(`thử lại sau ${limits.globalPauseMinutes} phút`);

    harness.emulator.user(8300, { first_name: 'Anh', language_code: 'en' });
    const english = await harness.say(8300, `/start ${code}`);
    expect(english.text).toContain('Sorry, comrade: connecting with an invite code is paused');
    expect(await harness.database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(0);

    const reached = mockWarnings.filter((line) => String(line.msg).includes('reached the limit'));
    expect(reached).toHaveLength(1);
    expect(reached[0]).toMatchObject({
      level: 40,
      wrongTries: limits.globalWrongTries,
      windowMinutes: limits.globalWindowMinutes,
      pauseMinutes: limits.globalPauseMinutes,
    });
    expect(JSON.stringify(mockWarnings)).not.toContain('GUESS');

    now = new Date(now.getTime() + (limits.globalPauseMinutes + 1) * 60_000);
    expect((await harness.say(8300, `/start ${code}`)).text).toContain('Chào đồng chí Đỗ Văn Nam');
  });
});
