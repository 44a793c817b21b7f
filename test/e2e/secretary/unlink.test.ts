// /unlink through the emulator: a member changed phone; the secretary removes the old connection (with a confirmation),
// the old chat is told in the member's language, a new invite binds the new account; refusals change nothing.
import pino from 'pino';
import { loadPolicy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../../support/bot-harness';
import { bindExisting, hasButtons, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, chatOf } from '../../support/member-chat';

const NOW = new Date('2026-11-22T03:00:00Z');

describe('secretary /unlink', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  let secretaryId: number;
  const db = () => harness.database.db;
  const denials = (actorId: number, action: string) =>
    db().auditEvent.count({ where: { action: 'access.denied', actorId, entityId: action } });

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    cell = await createCell(db(), 'Chi bộ thôn Hải Đông');
    const record = await createMember(db(), cell, { fullName: 'Nguyễn Văn Hùng', role: 'secretary' });
    secretaryId = record.id;
    secretary = await bindExisting(harness, record.id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  /** Delivers what the outbox holds, as the running service's delivery would. */
  async function deliverOutbox(): Promise<void> {
    const translate = translator(createI18n('vi'), 'vi');
    const scheduler = createScheduler({
      records: harness.records,
      policy: loadPolicy(),
      logger: pino({ level: 'silent' }),
      translate,
      channels: new ChannelRegistry([
        telegramOutbound({
          token: TEST_TOKEN,
          apiRoot: harness.emulator.apiRoot,
          translate,
          messagesPerSecond: loadPolicy().delivery.messagesPerSecond,
        }),
      ]),
      clock: () => NOW,
    });
    try {
      await scheduler.runOnce(NOW);
    } finally {
      await scheduler.stop();
    }
  }

  it('removes the old connection after a confirmation, tells the old chat, and a new invite binds the new phone', async () => {
    // An English-speaking member on her old phone; the cell has another "Trần Thị Lan" so a name gives a choice.
    const old = await bindMember(harness, cell, { fullName: 'Trần Thị Lan', locale: 'en' });
    await createMember(db(), cell, { fullName: 'Trần Thị Lan Anh' });
    const oldIdentity = await db().chatIdentity.findFirstOrThrow({ where: { memberId: old.memberId } });
    const card = (await db().member.findUniqueOrThrow({ where: { id: old.memberId } })).cardNumber;

    // Her new phone cannot connect with a new code while the old account is bound, and /invite says what to do.
    const [invited] = await secretary.ask(`/invite ${card}`);
    expect(invited.text).toContain(`gỡ kết nối cũ bằng lệnh /unlink ${card}`);
    const code = /: ([A-Z0-9]{10})\n/.exec(invited.text!)![1];
    const newPhone = chatOf(harness, 7901, old.memberId);
    const refused = await newPhone.say(`/start ${code}`);
    expect(refused.text).toContain('/unlink');

    // A name without accents matches both; the choice, then the question with its two buttons.
    const [choice] = await secretary.ask('/unlink tran thi');
    expect(choice.text).toContain('Tìm thấy 2 đảng viên phù hợp');
    const [question] = await secretary.press(choice, /^Trần Thị Lan ·/, hasButtons);
    expect(question.text).toContain(`Gỡ kết nối homecell của đồng chí Trần Thị Lan (thẻ số ${card})`);
    expect(question.text).toContain('kết nối từ ngày 22/11/2026');
    expect(buttons(question)).toEqual(['✅ Gỡ kết nối cũ', 'Thôi, không gỡ']);
    // Nothing has changed yet.
    expect(await db().chatIdentity.count({ where: { memberId: old.memberId } })).toBe(1);

    const [done] = await secretary.press(question, '✅ Gỡ kết nối cũ', hasButtons);
    expect(done.text).toBe(
      '✅ Đã gỡ kết nối cũ của đồng chí Trần Thị Lan; tài khoản cũ sẽ nhận được thông báo. Bấm nút dưới đây để cấp mã mời mới cho đồng chí ấy.',
    );
    expect(buttons(done)).toEqual(['🔑 Cấp mã mời mới']);
    // The question lost its buttons: it cannot be confirmed twice by mistake.
    expect(buttons(secretary.current(question.message_id))).toEqual([]);

    // One transaction: the identity gone, the audit with before and after, who and when, and the old chat's message.
    expect(await db().chatIdentity.count({ where: { memberId: old.memberId } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'chat.unlinked', entityId: String(old.memberId) },
    });
    expect(audit).toMatchObject({ actorId: secretaryId, actorLabel: 'Nguyễn Văn Hùng', at: NOW });
    expect(audit.before).toMatchObject({
      chats: [{ id: oldIdentity.id, channel: 'telegram', externalId: String(old.userId) }],
    });
    expect(audit.after).toEqual({ chats: [], reachable: true });
    const told = await db().notification.findUniqueOrThrow({ where: { key: `unlinked:${oldIdentity.id}` } });
    expect(told).toMatchObject({ memberId: old.memberId, kind: 'message', dueAt: NOW });

    // The secretary's next step is one tap: a fresh invite, now without the warning.
    const [reinvite] = await secretary.press(done, '🔑 Cấp mã mời mới');
    expect(reinvite.text).toContain('Mã mời cho đồng chí Trần Thị Lan');
    expect(reinvite.text).not.toContain('/unlink');
    const newCode = /: ([A-Z0-9]{10})\n/.exec(reinvite.text!)![1];

    // The new phone connects before the outbox went out; the message still reaches the old chat, and only it.
    const welcome = await newPhone.say(`/start ${newCode}`);
    expect(welcome.text).toContain('Trần Thị Lan');
    const newPhoneMessages = harness.emulator.messages(7901).length;
    const oldMessages = harness.emulator.messages(old.userId).length;
    await deliverOutbox();
    const oldChat = harness.emulator.messages(old.userId).slice(oldMessages);
    expect(textOf(oldChat)).toContain(
      'This Telegram account is no longer connected to the party member record of comrade Trần Thị Lan (Chi bộ thôn Hải Đông): the cell committee removed the connection',
    );
    expect(
      harness.emulator
        .messages(7901)
        .slice(newPhoneMessages)
        .map((m) => m.text),
    ).not.toContainEqual(expect.stringContaining('no longer connected'));
    expect(await db().notification.findUniqueOrThrow({ where: { key: told.key } })).toMatchObject({
      status: 'sent',
    });

    // The old phone is no one now; the new one is the member.
    const oldNow = await old.say('/status');
    expect(oldNow.text).toContain('chưa được kết nối với hồ sơ đảng viên');
    const identities = await db().chatIdentity.findMany({ where: { memberId: old.memberId } });
    expect(identities.map((identity) => identity.externalId)).toEqual(['7901']);

    // The same confirmation pressed again is stale: an alert, on the record, nothing changed.
    const before = await recordCounts(db());
    const stale = await secretary.pressRaw(question.message_id, `ul:yes:${old.memberId}:${oldIdentity.id}`);
    expect(stale).toMatchObject({
      show_alert: true,
      text: expect.stringContaining('Kết nối này đã thay đổi'),
    });
    expect(await db().chatIdentity.count({ where: { memberId: old.memberId } })).toBe(1);
    const after = await recordCounts(db());
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(await denials(secretaryId, 'unlink.confirm')).toBe(1);
  });

  it('asks before nothing: cancelling changes nothing, and a member not connected is offered an invite', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Phạm Văn Quang' });
    const card = (await db().member.findUniqueOrThrow({ where: { id: member.memberId } })).cardNumber;
    const [question] = await secretary.ask(`/unlink ${card}`);
    const [cancelled] = await secretary.press(question, 'Thôi, không gỡ');
    expect(cancelled.text).toBe('Đã thôi. Không có gì thay đổi.');
    expect(await db().chatIdentity.count({ where: { memberId: member.memberId } })).toBe(1);

    const unbound = await createMember(db(), cell, { fullName: 'Đinh Thị Xuân' });
    const [none] = await secretary.ask(`/unlink ${unbound.cardNumber}`);
    expect(none.text).toContain('không kết nối homecell từ tài khoản nào');
    expect(buttons(none)).toEqual(['🔑 Cấp mã mời mới']);

    const [usage] = await secretary.ask('/unlink');
    expect(usage.text).toContain('Gõ /unlink rồi số thẻ đảng viên hoặc họ tên');

    const self = (await db().member.findUniqueOrThrow({ where: { id: secretaryId } })).cardNumber;
    const [own] = await secretary.ask(`/unlink ${self}`);
    expect(own.text).toContain('không thể tự gỡ kết nối của chính mình');
    expect(await db().chatIdentity.count({ where: { memberId: secretaryId } })).toBe(1);
  });

  it('an old account that blocked the bot fails its message alone: the member is not marked unreachable', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Mạc Thị Hồng' });
    const identity = await db().chatIdentity.findFirstOrThrow({ where: { memberId: member.memberId } });
    harness.emulator.blockBot(member.userId);
    const [question] = await secretary.ask(
      `/unlink ${(await db().member.findUniqueOrThrow({ where: { id: member.memberId } })).cardNumber}`,
    );
    await secretary.press(question, '✅ Gỡ kết nối cũ', hasButtons);
    await deliverOutbox();
    expect(
      await db().notification.findUniqueOrThrow({ where: { key: `unlinked:${identity.id}` } }),
    ).toMatchObject({
      status: 'failed',
    });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.memberId } })).toMatchObject({
      reachable: true,
    });
    expect(
      await db().auditEvent.count({
        where: { action: 'member.unreachable', entityId: String(member.memberId) },
      }),
    ).toBe(0);
  });

  it('refuses a plain member, another cell and forged buttons, audited, saying nothing about the record', async () => {
    const target = await bindMember(harness, cell, { fullName: 'Lý Văn Tâm' });
    const targetIdentity = await db().chatIdentity.findFirstOrThrow({ where: { memberId: target.memberId } });
    const card = (await db().member.findUniqueOrThrow({ where: { id: target.memberId } })).cardNumber;
    const otherCell = await createCell(db(), 'Chi bộ thôn Khác');
    const otherRecord = await createMember(db(), otherCell, { fullName: 'Võ Văn Khác', role: 'secretary' });
    const otherSecretary = await bindExisting(harness, otherRecord.id);
    const plain = await bindMember(harness, cell, { fullName: 'Hồ Thị Thường' });
    const before = await recordCounts(db());

    const notLeader = await plain.say(`/unlink ${card}`);
    expect(notLeader.text).toContain('chỉ dành cho bí thư, phó bí thư');
    expect(notLeader.text).not.toContain('Lý Văn Tâm');
    expect(await denials(plain.memberId, 'unlink.request')).toBe(1);

    // Another cell's secretary: the card is simply "not found" (and the try is on the record).
    const [outside] = await otherSecretary.ask(`/unlink ${card}`);
    expect(outside.text).toContain('Không tìm thấy đảng viên');
    expect(outside.text).not.toContain('Lý Văn Tâm');
    expect(await denials(otherRecord.id, 'lookup.unlink')).toBe(1);

    // Forged confirmations: from another cell's secretary, and from a plain member.
    const forged = await otherSecretary.pressRaw(1, `ul:yes:${target.memberId}:${targetIdentity.id}`);
    expect(forged).toMatchObject({ show_alert: true, text: expect.stringContaining('Không thực hiện được') });
    expect(await denials(otherRecord.id, 'unlink.confirm')).toBe(1);
    const byMember = await plain.pressRaw(1, `ul:yes:${target.memberId}:${targetIdentity.id}`);
    expect(byMember).toMatchObject({ show_alert: true });
    expect(await denials(plain.memberId, 'unlink.confirm')).toBe(1);
    const picked = await otherSecretary.pressRaw(1, `mp:unlink:${target.memberId}`);
    expect(picked).toMatchObject({ show_alert: true });
    expect(await denials(otherRecord.id, 'unlink.request')).toBe(1);

    expect(await db().chatIdentity.count({ where: { memberId: target.memberId } })).toBe(1);
    const after = await recordCounts(db());
    expect({ ...after, audit: before.audit }).toEqual(before);
  });
});
