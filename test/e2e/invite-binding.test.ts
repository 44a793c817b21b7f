// Binding a chat to a member with /start <code>: valid, reused, expired, wrong-code limit, second chat, duplicate update.
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, createMember, recordCounts, type TestCell } from '../support/fixtures';

describe('invite binding', () => {
  let now = new Date('2026-11-22T03:00:00Z');
  let harness: BotHarness;
  let cell: TestCell;
  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db, 'Chi bộ khối Hải Bình');
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('binds the chat on a valid code, greets by name in the member language, and refuses the code a second time', async () => {
    const member = await createMember(harness.database.db, cell, { fullName: 'Trần Văn Đức' });
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });

    const reply = await harness.say(1001, `/start ${code}`);
    expect(reply.text).toContain('Chào đồng chí Trần Văn Đức');
    expect(reply.text).toContain('Chi bộ khối Hải Bình');
    const identity = await harness.database.db.chatIdentity.findUnique({
      where: { channel_externalId: { channel: 'telegram', externalId: '1001' } },
    });
    expect(identity?.memberId).toBe(member.id);
    const invite = await harness.database.db.invite.findFirstOrThrow({ where: { memberId: member.id } });
    expect(invite.usedAt).not.toBeNull();
    expect(invite.codeHash).not.toContain(code);
    expect(
      await harness.database.db.auditEvent.count({ where: { action: 'chat.bound', actorId: member.id } }),
    ).toBe(1);
    // The chat's own command menu follows the member's role and language.
    expect(harness.emulator.commands({ type: 'chat', chat_id: 1001 }).map((c) => c.command)).toContain(
      'help',
    );

    const again = await harness.say(1002, `/start ${code}`);
    expect(again.text).toContain('đã được dùng');
    expect(await harness.database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(1);
  });

  it('refuses an expired code', async () => {
    const member = await createMember(harness.database.db, cell);
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
    const issuedAt = now;
    now = new Date(issuedAt.getTime() + 15 * 24 * 3_600_000);
    try {
      const reply = await harness.say(1003, `/start ${code}`);
      expect(reply.text).toContain('hết hạn');
      expect(await harness.database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(0);
    } finally {
      now = issuedAt;
    }
  });

  it('allows 5 wrong codes an hour, then asks the chat to wait, even for a right code', async () => {
    const member = await createMember(harness.database.db, cell);
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
    const remaining: string[] = [];
    let last = '';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const reply = await harness.say(1004, `/start WRONGCODE${attempt}`);
      expect(reply.text).toContain('không đúng');
      remaining.push(/Còn (\d+) lần/.exec(reply.text ?? '')?.[1] ?? '?');
      last = reply.text ?? '';
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '?']);
    // The fifth wrong code locks at once, and says for how long (the policy's hour), not "0 tries left".
    expect(last).toContain('tạm thời không thử được nữa trong 60 phút');
    expect(last).not.toContain('Còn 0');
    const blocked = await harness.say(1004, `/start ${code}`);
    expect(blocked.text).toMatch(/thử lại sau \d+ phút/);
    expect(await harness.database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(0);

    now = new Date(now.getTime() + 61 * 60_000);
    const bound = await harness.say(1004, `/start ${code}`);
    expect(bound.text).toContain('Chào đồng chí');
  });

  it('refuses a second chat for a member already bound, telling them to ask the secretary', async () => {
    const member = await createMember(harness.database.db, cell, { fullName: 'Phan Thị Mai' });
    const first = await harness.records.invites.issue(member.id, { label: 'test' });
    await harness.say(1005, `/start ${first.code}`);
    const second = await harness.records.invites.issue(member.id, { label: 'test' });
    const reply = await harness.say(1006, `/start ${second.code}`);
    expect(reply.text).toContain('Phan Thị Mai');
    expect(reply.text).toContain('bí thư');
    const identities = await harness.database.db.chatIdentity.findMany({ where: { memberId: member.id } });
    expect(identities.map((identity) => identity.externalId)).toEqual(['1005']);
  });

  it('handles the same update delivered twice once', async () => {
    const member = await createMember(harness.database.db, cell);
    const { code } = await harness.records.invites.issue(member.id, { label: 'test' });
    harness.emulator.user(1007, { first_name: 'Dup' });
    const update = {
      update_id: 990_001,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 1007, type: 'private', first_name: 'Dup' },
        from: { id: 1007, is_bot: false, first_name: 'Dup' },
        text: `/start ${code}`,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    const before = await recordCounts(harness.database.db);
    harness.emulator.injectUpdate(update);
    await harness.emulator.waitForMessage(1007, { after: 0 });
    harness.emulator.injectUpdate(update);
    // A marker update after the duplicate proves the duplicate was consumed before we count.
    await harness.say(1007, '/help');
    expect(harness.emulator.messages(1007)).toHaveLength(2);
    const after = await recordCounts(harness.database.db);
    expect(after.identities - before.identities).toBe(1);
    expect(after.audit - before.audit).toBe(1);
  });
});
