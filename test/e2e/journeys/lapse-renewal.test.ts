// A temporary exemption reaches its end with no return and no renewal: the member is told too (in their hours), with a
// button that opens a renewal pre-filled from the absence; only the new end date is asked, and the renewal is filed
// as an application continuing the absence (issue 11 §5).
import pino from 'pino';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { loadPolicy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../../support/bot-harness';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember, buttons } from '../../support/member-chat';

// 22 November 2026, 10:00 in Vietnam: inside the member's hours.
const NOW = new Date('2026-11-22T03:00:00Z');

describe('a lapsed exemption, renewed in one tap', () => {
  let harness: BotHarness;
  let cell: TestCell;
  const db = () => harness.database.db;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    cell = await createCell(db(), 'Chi bộ thôn Hải Nam');
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function sweepAndDeliver(): Promise<void> {
    const translate = translator(createI18n('vi'), 'vi');
    const policy = loadPolicy();
    const scheduler = createScheduler({
      records: harness.records,
      policy,
      logger: pino({ level: 'silent' }),
      translate,
      channels: new ChannelRegistry([
        telegramOutbound({
          token: TEST_TOKEN,
          apiRoot: harness.emulator.apiRoot,
          translate,
          messagesPerSecond: policy.delivery.messagesPerSecond,
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

  it('tells the member of the lapse with a renewal button; the renewal asks only the new end date', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Phạm Thị Ngọc' });
    const exemption = await db().absence.create({
      data: {
        memberId: member.memberId,
        kind: 'domestic',
        place: 'Thủ Dầu Một, Bình Dương',
        countryCode: 'VN',
        reason: 'Làm ca đêm ở khu công nghiệp',
        startsOn: new Date('2026-06-01T00:00:00Z'),
        expectedEndOn: new Date('2026-11-20T00:00:00Z'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        createdAt: new Date('2026-05-20T00:00:00Z'),
        updatedAt: new Date('2026-05-20T00:00:00Z'),
      },
    });
    const mark = harness.emulator.mark();
    await sweepAndDeliver();
    const lapse = await harness.emulator.waitForMessage(member.userId, {
      after: mark,
      match: (message) =>
        (message.reply_markup?.inline_keyboard.flat() ?? []).some(
          (button) => 'callback_data' in button && button.callback_data === 'open:renewal',
        ),
    });
    expect(lapse.text).toContain('20/11/2026');
    expect(buttons(lapse).length).toBeGreaterThan(0);

    // One tap opens the renewal: the place and reason are quoted from the records, only the end date is asked.
    const after = harness.emulator.mark();
    harness.emulator.pressButton(member.userId, lapse.message_id, 'open:renewal');
    const asked = await harness.emulator.waitForMessage(member.userId, { after });
    expect(asked.text).toContain('ở Thủ Dầu Một, Bình Dương, lý do: Làm ca đêm ở khu công nghiệp');
    expect(asked.text).toContain('Lần này hết hạn ngày 20/11/2026; gia hạn từ ngày 21/11/2026');
    expect((await member.say('15/11/2026')).text).toContain('Ngày gia hạn phải sau ngày hết hạn hiện tại');
    const summary = await member.say('31/05/2027');
    const ack = await member.tap(summary, '✅ Xác nhận');
    const renewal = await db().absence.findFirstOrThrow({ where: { renewsAbsenceId: exemption.id } });
    expect(ack.text).toContain(`mã số AWAY-${renewal.id}`);
    expect(renewal).toMatchObject({
      memberId: member.memberId,
      arrangement: 'temporary_exemption',
      applicationStatus: 'submitted',
      place: 'Thủ Dầu Một, Bình Dương',
      reason: 'Làm ca đêm ở khu công nghiệp',
    });
    expect(renewal.startsOn).toEqual(new Date('2026-11-21T00:00:00Z'));
    expect(renewal.expectedEndOn).toEqual(new Date('2027-05-31T00:00:00Z'));
    // Filed once: the same button again is refused by the form, nothing added.
    const again = harness.emulator.mark();
    harness.emulator.pressButton(member.userId, lapse.message_id, 'open:renewal');
    const refused = await harness.emulator.waitForMessage(member.userId, { after: again });
    expect(refused.text).toContain('Đồng chí đã gửi đơn xin gia hạn');
    expect(await db().absence.count({ where: { renewsAbsenceId: exemption.id } })).toBe(1);
  });

  it('asks a member whose exemption ends soon to report the return or renew, with an action for each', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Đỗ Văn Hải' });
    await db().absence.create({
      data: {
        memberId: member.memberId,
        kind: 'domestic',
        place: 'Biên Hòa, Đồng Nai',
        countryCode: 'VN',
        reason: 'Làm công nhân theo mùa vụ',
        startsOn: new Date('2026-06-01T00:00:00Z'),
        // Seven days after NOW: the policy's last reminder before the end.
        expectedEndOn: new Date('2026-11-29T00:00:00Z'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        createdAt: new Date('2026-05-20T00:00:00Z'),
        updatedAt: new Date('2026-05-20T00:00:00Z'),
      },
    });
    const mark = harness.emulator.mark();
    await sweepAndDeliver();
    const nudge = await harness.emulator.waitForMessage(member.userId, {
      after: mark,
      match: (message) => (message.text ?? '').includes('29/11/2026'),
    });
    expect(nudge.text).toContain(
      '• Thời gian tạm miễn sinh hoạt của đồng chí hết ngày 29/11/2026. Đề nghị đồng chí báo cho chi bộ: đã trở về thì báo trở về, còn ở lại thì xin gia hạn.',
    );
    // The return (/back) first, then the renewal form, one after the other among the nudge's buttons.
    const labels = buttons(nudge);
    expect(labels).toContain('🏠 Báo cáo đã trở về');
    expect(labels.indexOf('🔁 Xin gia hạn')).toBe(labels.indexOf('🏠 Báo cáo đã trở về') + 1);

    const after = harness.emulator.mark();
    harness.emulator.pressButton(member.userId, nudge.message_id, 'open:back');
    const back = await harness.emulator.waitForMessage(member.userId, { after });
    expect(back.text).toContain('Báo cáo khi trở về (1/3)');
    await member.say('/cancel');
  });
});
