// The monthly meeting from the members' side (issue 14): the invitation reaches each member expected in their own
// zone, one tap answers it (a member away is then listed absent with a reason), the day before only those who have
// not answered are reminded, and after the meeting an absence without a reason is told kindly to the member and, at
// the year's second, to the secretary at once.
import pino from 'pino';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { loadPolicy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { runSweep } from '../../../src/scheduler/sweep';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../../support/bot-harness';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, type MemberChat } from '../../support/member-chat';
import type { EmulatedBotMessage } from '../../../src/sandbox/emulator-types';

const policy = loadPolicy();
/** The meeting: 19:30 on Friday 5 March 2027 in Vietnam (21:30 in Seoul). */
const STARTS_AT = new Date('2027-03-05T12:30:00Z');
/** Six days before, 10:00 in Vietnam and 12:00 in Seoul: inside everyone's hours. */
const INVITED = new Date('2027-02-27T03:00:00Z');
/** The day before, 20:00 in Vietnam: the policy's 24 hours before have begun, quiet hours (21:00) not yet. */
const DAY_BEFORE = new Date('2027-03-04T13:00:00Z');
/** The morning after. */
const MORNING_AFTER = new Date('2027-03-06T02:00:00Z');
const SECRETARY = { id: null, label: 'test' };

describe('the monthly meeting, for the members', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let now = INVITED;
  const db = () => harness.database.db;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(db(), 'Chi bộ thôn Hải Thanh');
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function sweepAndDeliver(at: Date): Promise<void> {
    now = at;
    const translate = translator(createI18n('vi'), 'vi');
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
      clock: () => now,
    });
    try {
      await scheduler.runOnce(at);
    } finally {
      await scheduler.stop();
    }
  }

  const withMeetingButton = (message: EmulatedBotMessage) =>
    (message.reply_markup?.inline_keyboard.flat() ?? []).some(
      (button) => 'callback_data' in button && button.callback_data === 'open:meeting',
    );

  it('invites, takes the answers in one tap, reminds only who has not answered, and tells an absence kindly', async () => {
    const secretary = await bindMember(harness, cell, { fullName: 'Nguyễn Văn Bí', role: 'secretary' });
    const minh = await bindMember(harness, cell, { fullName: 'Lê Văn Minh', timezone: 'Asia/Seoul' });
    const lan = await bindMember(harness, cell, { fullName: 'Phạm Thị Lan' });
    const tuan = await bindMember(harness, cell, { fullName: 'Hoàng Văn Tuấn' });
    const hoa = await bindMember(harness, cell, { fullName: 'Vũ Thị Hoa', state: 'temporary-exemption' });
    // Last month's meeting, already held: Tuấn was absent without a reason.
    const february = await harness.records.meetings.schedule(
      cell.cellId,
      { startsAt: new Date('2027-02-05T12:30:00Z'), place: 'Nhà văn hóa thôn', agenda: '' },
      SECRETARY,
      new Date('2027-01-20T00:00:00Z'),
    );
    now = new Date('2027-02-06T00:00:00Z');
    const recorded = await harness.records.meetings.recordAttendance(
      february.id,
      [{ memberId: tuan.memberId, status: 'absent_without_reason' }],
      SECRETARY,
      now,
    );
    expect(recorded.outcome).toBe('recorded');
    const march = await harness.records.meetings.schedule(
      cell.cellId,
      { startsAt: STARTS_AT, place: 'Nhà văn hóa thôn Hải Thanh', agenda: 'Kiểm điểm quý I' },
      SECRETARY,
      new Date('2027-02-20T00:00:00Z'),
    );

    // The dry run names the invitations by rule, for the members expected only (not Hoa, on a temporary exemption).
    const planned = await runSweep(
      { records: harness.records, policy, logger: pino({ level: 'silent' }) },
      { now: INVITED, dryRun: true },
    );
    const invited = planned.messages
      .filter((message) => message.kind === 'nudge')
      .flatMap((message) => (message.kind === 'nudge' ? message.items : []))
      .filter((item) => item.rule === 'meeting-invite')
      .map((item) => item.key)
      .sort();
    expect(invited).toEqual(
      [secretary, minh, lan, tuan].map((member) => `meeting:${member.memberId}:${march.id}:invite`).sort(),
    );

    const mark = harness.emulator.mark();
    await sweepAndDeliver(INVITED);
    const invitation = await harness.emulator.waitForMessage(minh.userId, {
      after: mark,
      match: withMeetingButton,
    });
    expect(invitation.text).toContain(
      'Chi bộ họp thường kỳ lúc 19:30 ngày 05/03/2027 (tức 21:30 ngày 05/03/2027 theo giờ nơi đồng chí đang ở), tại Nhà văn hóa thôn Hải Thanh.',
    );
    expect(buttons(invitation)).toContain('✋ Trả lời giấy mời họp');
    const forLan = await harness.emulator.waitForMessage(lan.userId, {
      after: mark,
      match: withMeetingButton,
    });
    expect(forLan.text).toContain('Chi bộ họp thường kỳ lúc 19:30 ngày 05/03/2027, tại');
    expect(harness.emulator.messages(hoa.userId).some(withMeetingButton)).toBe(false);

    // Minh, away in Seoul: one tap, a reason from the list; nothing else is required.
    const asked = await pressOpen(minh, invitation);
    expect(asked.text).toContain('Nội dung: Kiểm điểm quý I.');
    expect(asked.text).toContain('(tức 05/03/2027 21:30 theo giờ nơi đồng chí đang ở)');
    const reason = await minh.tap(asked, '🙏 Không dự được');
    expect(reason.text).toContain('Chi bộ sẽ ghi đồng chí vắng có lý do');
    const opinion = await minh.tap(reason, 'Đi làm ăn xa');
    const opinionText = await minh.say('Em đề nghị chi bộ gửi nghị quyết quý I qua homecell.');
    const photo = await minh.tap(opinionText, 'Xong');
    const summary = await minh.tap(photo, 'Bỏ qua');
    expect(opinion.text).toContain('để bí thư đọc tại buổi họp');
    const ack = await minh.tap(summary, '✅ Xác nhận');
    expect(ack.text).toContain('Đã ghi lý do đồng chí không dự được buổi họp lúc 05/03/2027 19:30');
    expect(ack.text).toContain('Ý kiến của đồng chí đã được gửi tới bí thư.');
    expect(await harness.records.meetings.answerOf(march.id, minh.memberId)).toMatchObject({
      reply: 'not_attending',
      reason: 'working_away',
      opinionText: 'Em đề nghị chi bộ gửi nghị quyết quý I qua homecell.',
    });

    // Lan will attend: /attend works as well as the button. A double tap files once.
    const lanAsked = await lan.say('/attend');
    const skipOpinion = await lan.tap(lanAsked, '✅ Sẽ dự');
    const skipPhoto = await lan.tap(skipOpinion, 'Bỏ qua');
    const lanSummary = await lan.tap(skipPhoto, 'Bỏ qua');
    const lanAck = await lan.tap(lanSummary, '✅ Xác nhận');
    expect(lanAck.text).toContain('Đã ghi: đồng chí sẽ dự buổi họp lúc 05/03/2027 19:30.');
    expect(await db().meetingAnswer.count({ where: { meetingId: march.id } })).toBe(2);

    // /status says the next meeting and what each answered; Tuấn's February absence is this year's first.
    const lanStatus = (await lan.say('/status')).text ?? '';
    expect(lanStatus).toContain('📅 Họp chi bộ: 19:30 ngày 05/03/2027, tại');
    expect(lanStatus).toContain('Đồng chí đã báo sẽ dự.');
    expect(lanStatus).not.toContain('vắng họp chi bộ');
    const minhStatus = (await minh.say('/status')).text ?? '';
    expect(minhStatus).toContain('(tức 21:30 ngày 05/03/2027 theo giờ nơi đồng chí đang ở)');
    expect(minhStatus).toContain('Đồng chí đã báo không dự được; chi bộ đã nhận lý do.');
    const tuanStatus = (await tuan.say('/status')).text ?? '';
    expect(tuanStatus).toContain('Đồng chí chưa báo có dự được không: gõ /attend.');
    expect(tuanStatus).toContain('▫️ Năm 2027: đồng chí đã vắng họp chi bộ 1 lần không có lý do.');

    // The day before: only the members who have not answered (Tuấn and the secretary) are reminded.
    const beforeMark = harness.emulator.mark();
    await sweepAndDeliver(DAY_BEFORE);
    const reminder = await harness.emulator.waitForMessage(tuan.userId, {
      after: beforeMark,
      match: withMeetingButton,
    });
    expect(reminder.text).toContain('Sắp đến buổi họp chi bộ lúc 19:30 ngày 05/03/2027');
    const reminded = await db().notification.findMany({
      where: { key: { endsWith: `:${march.id}:reminder` } },
      select: { key: true },
    });
    expect(reminded.map((row) => row.key).sort()).toEqual(
      [secretary, tuan].map((member) => `meeting:${member.memberId}:${march.id}:reminder`).sort(),
    );

    // After the meeting the screen starts from the answers: Minh and Hoa absent with a reason, Lan present.
    now = MORNING_AFTER;
    const lines = await harness.records.meetings.attendanceLines(march.id);
    const prefilled = new Map(lines!.map((line) => [line.fullName, line.prefilled.status]));
    expect(prefilled.get('Lê Văn Minh')).toBe('absent_with_reason');
    expect(prefilled.get('Vũ Thị Hoa')).toBe('absent_with_reason');
    expect(prefilled.get('Phạm Thị Lan')).toBe('present');
    // Tuấn did not come and sent no reason: his second absence without one this year.
    await harness.records.meetings.recordAttendance(
      march.id,
      [{ memberId: tuan.memberId, status: 'absent_without_reason' }],
      SECRETARY,
      MORNING_AFTER,
    );
    // Lan's fee declaration waits for the secretary: the morning's digest has something new to send.
    await db().feePayment.create({
      data: {
        memberId: lan.memberId,
        amountMinor: 20000,
        method: 'in_person',
        status: 'declared',
        declaredAt: MORNING_AFTER,
        months: { create: [{ memberId: lan.memberId, month: new Date('2027-03-01T00:00:00Z') }] },
      },
    });
    const afterMark = harness.emulator.mark();
    await sweepAndDeliver(MORNING_AFTER);
    const kind = await harness.emulator.waitForMessage(tuan.userId, {
      after: afterMark,
      match: (message) => (message.text ?? '').includes('vắng buổi họp'),
    });
    expect(kind.text).toContain(
      'Chi bộ đã ghi đồng chí vắng buổi họp ngày 05/03/2027 mà không có lý do (lần thứ 2 trong năm 2027).',
    );
    expect(kind.text).toContain('chọn “Không dự được” và nêu lý do');
    // The alert, not the day's digest that names him too (either may be delivered first).
    const alert = await harness.emulator.waitForMessage(secretary.userId, {
      after: afterMark,
      match: (message) => (message.text ?? '').includes('Đồng chí Hoàng Văn Tuấn đã vắng'),
    });
    const tuanAfter = (await tuan.say('/status')).text ?? '';
    expect(tuanAfter).toContain(
      '⚠️ Năm 2027: đồng chí đã vắng họp chi bộ 2 lần không có lý do. Thêm một lần nữa là chi bộ phải xem xét xóa tên.',
    );
    expect(tuanAfter).not.toContain('05/03/2027, tại');
    expect(alert.text).toContain(
      'Đồng chí Hoàng Văn Tuấn đã vắng 2 buổi họp chi bộ trong năm 2027 mà không có lý do (ngày 05/02/2027, 05/03/2027). Nếu đến 3 buổi thì thuộc diện xem xét xóa tên',
    );

    // The day's digest lists him among the risks, next to the fees, with the count and the days.
    const digest = await harness.emulator.waitForMessage(secretary.userId, {
      after: afterMark,
      match: (message) => (message.text ?? '').startsWith('📋 Tóm tắt hằng ngày'),
    });
    expect(digest.text).toContain(
      'Vắng sinh hoạt chi bộ không có lý do, thêm một lần nữa là đủ căn cứ xem xét xóa tên (1):\n• Hoàng Văn Tuấn: vắng 2 buổi không có lý do năm 2027 (05/02/2027, 05/03/2027)',
    );
    expect(digest.text).not.toContain('Phạm Thị Lan: vắng');

    // Left standing for the policy's 14 days, the alert goes up to the commune's officer in their digest.
    const commune = (await db().unit.findUniqueOrThrow({ where: { id: cell.cellId } })).parentId!;
    const officer = await bindMember(harness, await createCell(db(), 'Chi bộ cơ quan'), {
      fullName: 'Trần Quốc Uỷ',
    });
    await db().member.update({
      where: { id: officer.memberId },
      data: { role: 'committee_officer', officerUnitId: commune },
    });
    const laterMark = harness.emulator.mark();
    await sweepAndDeliver(new Date('2027-03-20T02:00:00Z'));
    const officerDigest = await harness.emulator.waitForMessage(officer.userId, {
      after: laterMark,
      match: (message) => (message.text ?? '').includes('Hoàng Văn Tuấn'),
    });
    expect(officerDigest.text).toContain(
      'Hoàng Văn Tuấn (Chi bộ thôn Hải Thanh): vắng 2 buổi họp chi bộ năm 2027 không có lý do (05/02/2027, 05/03/2027), thêm một lần nữa là đủ căn cứ xem xét xóa tên, từ ngày 05/03/2027',
    );
    now = MORNING_AFTER;

    // A correction (he had a reason after all) takes the absence out of the count: nothing more is told.
    await harness.records.meetings.recordAttendance(
      march.id,
      [{ memberId: tuan.memberId, status: 'absent_with_reason', reason: 'Ốm, đã báo bí thư qua điện thoại' }],
      SECRETARY,
      MORNING_AFTER,
    );
    const unexcused = await harness.records.meetings.unexcusedInYear([tuan.memberId], 2027);
    expect(unexcused.get(tuan.memberId)).toBe(1);
  });

  it('refuses /attend when the cell has no meeting coming up, and an answer once the meeting has begun', async () => {
    const other = await createCell(db(), 'Chi bộ thôn Hải Đông');
    const member = await bindMember(harness, other, { fullName: 'Trịnh Văn Quang' });
    now = INVITED;
    const refused = await member.say('/attend');
    expect(refused.text).toContain('Chi bộ chưa có buổi họp nào sắp tới để trả lời.');

    const meeting = await harness.records.meetings.schedule(
      other.cellId,
      { startsAt: STARTS_AT, place: 'Hội trường xã', agenda: '' },
      SECRETARY,
      INVITED,
    );
    const asked = await member.say('/attend');
    const skipOpinion = await member.tap(asked, '✅ Sẽ dự');
    const skipPhoto = await member.tap(skipOpinion, 'Bỏ qua');
    const summary = await member.tap(skipPhoto, 'Bỏ qua');
    // The member confirms only after the meeting has begun: nothing is recorded, and the member is told why.
    now = new Date(STARTS_AT.getTime() + 60_000);
    const late = await member.tap(summary, '✅ Xác nhận');
    expect(late.text).toContain('Chi bộ chưa có buổi họp nào sắp tới để trả lời.');
    expect(await harness.records.meetings.answerOf(meeting.id, member.memberId)).toBeNull();
  });

  async function pressOpen(member: MemberChat, message: EmulatedBotMessage): Promise<EmulatedBotMessage> {
    const after = harness.emulator.mark();
    harness.emulator.pressButton(member.userId, message.message_id, 'open:meeting');
    return harness.emulator.waitForMessage(member.userId, { after });
  }
});
