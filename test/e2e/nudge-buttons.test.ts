// A nudge delivered to a member's chat carries buttons that open the matching form; an unknown or old button says so.
import pino from 'pino';
import { loadPolicy } from '../../src/domain/policy';
import { createI18n, translator } from '../../src/i18n';
import { createScheduler } from '../../src/scheduler/scheduler';
import { ChannelRegistry } from '../../src/channels/outbound';
import { telegramOutbound } from '../../src/channels/telegram/outbound';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../support/fixtures';
import { bindMember, buttons } from '../support/member-chat';

describe('nudge buttons', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // 20 November 2026, 10:00 in Vietnam: the day-20 check-in nudge and the review's third week.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('opens the check-in form from the nudge, and refuses an unknown form without changing anything', async () => {
    // On the records since this month: no fee is unpaid yet.
    const member = await bindMember(harness, cell, {
      fullName: 'Trịnh Văn Nam',
      state: 'away',
      stateSince: new Date('2026-10-01T00:00:00Z'),
      recordedSince: new Date('2026-11-02T03:00:00Z'),
    });
    const scheduler = createScheduler({
      records: harness.records,
      policy: loadPolicy(),
      logger: pino({ level: 'silent' }),
      translate: translator(createI18n('vi'), 'vi'),
      channels: new ChannelRegistry([
        telegramOutbound({
          token: TEST_TOKEN,
          apiRoot: harness.emulator.apiRoot,
          translate: translator(createI18n('vi'), 'vi'),
          messagesPerSecond: loadPolicy().delivery.messagesPerSecond,
        }),
      ]),
      clock: () => now,
    });
    const after = harness.emulator.mark();
    const { delivered } = await scheduler.runOnce(now);
    expect(delivered.sent).toBe(1);
    const nudge = await harness.emulator.waitForMessage(member.userId, { after });
    expect(nudge.text).toBe(
      'Chào đồng chí Trịnh Văn Nam! Chi bộ nhắc đồng chí:\n' +
        // Oldest first: the review's third week began on 15 November, the day-20 check-in nudge today.
        '• Bản tự kiểm điểm năm 2026 đang mở; đề nghị đồng chí nộp trước ngày 15/12/2026 (ngày chi bộ họp cuối năm).\n' +
        '• Đồng chí chưa báo cáo tháng 11/2026; hạn là hết ngày 30/11/2026.\n\n' +
        'Bấm nút bên dưới để làm ngay.',
    );
    expect(buttons(nudge)).toEqual(['📄 Viết bản tự kiểm điểm', '📝 Báo cáo tháng này']);

    const form = await member.tap(nudge, '📝 Báo cáo tháng này');
    expect(form.text).toContain('Báo cáo hằng tháng (1/');
    expect(harness.emulator.callbackAnswers(member.userId).at(-1)).toMatchObject({ data: 'open:checkin' });

    const before = await recordCounts(harness.database.db);
    const answer = await member.pressRaw(nudge.message_id, 'open:departure-2019');
    expect(answer).toMatchObject({
      text: 'Nút này thuộc một lời nhắc cũ, không còn dùng được. Gõ /help để xem các việc có thể làm.',
      show_alert: true,
    });
    expect(await recordCounts(harness.database.db)).toEqual(before);
    await scheduler.stop();
  });

  it('makes a member the delivery found unreachable reachable again when they write', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Lý Thị Hoa' });
    harness.emulator.blockBot(member.userId);
    await harness.database.db.member.update({ where: { id: member.memberId }, data: { reachable: false } });
    harness.emulator.unblockBot(member.userId);
    await member.say('/help');
    const stored = await harness.database.db.member.findUniqueOrThrow({ where: { id: member.memberId } });
    expect(stored.reachable).toBe(true);
  });
});
