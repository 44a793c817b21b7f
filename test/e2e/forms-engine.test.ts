// The form engine through the Bot API emulator: a sample form filled, edited, cancelled, resumed and confirmed by members.
import type { EmulatedBotMessage } from '../../src/sandbox/emulator-types';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../support/fixtures';
import { bindMember, buttons, expectDraft, jpegBytes, type MemberChat } from '../support/member-chat';
import { sampleForm, sampleMonths } from '../unit/forms/sample-form';

const DAY_MS = 86_400_000;

describe('form engine on Telegram', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let now = new Date();

  beforeAll(async () => {
    const other = sampleForm({ id: 'sample-other', titleKey: 'forms-unknown-title', command: 'sampleother' });
    harness = await startBotHarness({ clock: () => now, forms: [sampleForm(), other], draftTtlDays: 7 });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const newMember = (locale: 'vi' | 'en' = 'vi') => bindMember(harness, cell, { locale });
  type Member = MemberChat;

  async function requestsOf(member: Member) {
    const rows = await harness.database.db.request.findMany({ where: { memberId: member.memberId } });
    return rows.map((row) => ({ ...row, answers: JSON.parse(row.text) as Record<string, unknown> }));
  }

  const expectDraftOf = (member: Member, expected: object | undefined) =>
    expectDraft(harness.database.db, member.userId, expected);

  /** Typed answers up to the photo question on the "work" branch. */
  async function fillToPhoto(member: Member): Promise<EmulatedBotMessage> {
    await member.say('/samplehelp');
    await member.say('1');
    await member.say('Mất việc ở xưởng may');
    await member.say('xong');
    await member.say('01/10/2026');
    return member.say('KR');
  }

  it('fills the form with buttons, shows the summary and stores exactly what was confirmed', async () => {
    const member = await newMember();
    const before = await recordCounts(harness.database.db);
    const topic = await member.say('/samplehelp');
    expect(topic.text).toContain('Yêu cầu hỗ trợ (mẫu) (1/6)\nĐồng chí cần hỗ trợ về việc gì?');
    expect(buttons(topic)).toEqual(['Công việc', 'Gia đình', 'Đảng phí', 'Việc khác']);

    const details = await member.tap(topic, 'Đảng phí');
    expect(member.current(topic.message_id).text).toBe('Đồng chí cần hỗ trợ về việc gì?\n✓ Đảng phí');
    expect(member.current(topic.message_id).reply_markup).toBeUndefined();
    expect(details.text).toContain('(2/8)');
    const collecting = await member.say('Đóng phí qua người nhà');
    const amount = await member.tap(collecting, 'Xong');
    expect(buttons(amount)).toEqual(['Dùng: 20.000\u00a0₫']);
    const months = await member.tap(amount, 'Dùng: 20.000\u00a0₫');
    const [, september, october] = sampleMonths(now).map((month) => `${month.slice(5)}/${month.slice(0, 4)}`);
    const toggled = await member.tapInPlace(months, september);
    expect(buttons(toggled)).toContain(`✓ ${september}`);
    await member.tapInPlace(toggled, october);
    const started = await member.tap(toggled, 'Xong');
    expect(started.text).toContain('Từ ngày nào?');
    const country = await member.say('01/10/2026');
    const photo = await member.tap(country, 'Hàn Quốc');
    expect(buttons(photo)).toEqual(['Bỏ qua']);
    const call = await member.send((userId) => {
      harness.emulator.sendPhoto(userId, { bytes: jpegBytes('receipt') });
    });
    expect(call.text).toContain('Đồng chí có muốn bí thư gọi điện lại không?');
    const summary = await member.tap(call, 'Có');
    expect(summary.text).toBe(
      'Đề nghị đồng chí kiểm tra lại yêu cầu hỗ trợ (mẫu):\n\n' +
        'Nội dung: Đảng phí\nChi tiết: Đóng phí qua người nhà\nSố tiền: 20.000\u00a0₫\n' +
        `Các tháng: ${september}, ${october}\nTừ ngày: 01/10/2026\nNước: Hàn Quốc\nẢnh: Đã nhận ảnh\nGọi lại: Có`,
    );
    expect(buttons(summary)).toEqual(['✅ Xác nhận', '✏️ Sửa', 'Hủy']);
    expect(await recordCounts(harness.database.db)).toEqual(before);

    const ack = await member.tap(summary, '✅ Xác nhận');
    const [request] = await requestsOf(member);
    expect(ack.text).toBe(`Cảm ơn đồng chí. Yêu cầu đã được ghi nhận, mã số RQ-${request.id}.`);
    expect(member.current(summary.message_id).text).toContain('✓ Đã xác nhận');
    expect(request.answers).toEqual({
      topic: 'fee',
      details: 'Đóng phí qua người nhà',
      amount: { amountMinor: 20000, currency: 'VND' },
      months: sampleMonths(now).slice(1),
      startedOn: '2026-10-01',
      country: 'KR',
      photo: { storedFileId: expect.any(Number), fileType: 'photo', mimeType: 'image/jpeg' },
      wantsCall: true,
    });
    expect(request.sourceKey).toMatch(new RegExp(`^sample-help:${member.memberId}:[0-9a-f]{12}$`));
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      requests: before.requests + 1,
      audit: before.audit + 1,
    });
    await expectDraftOf(member, undefined);
  });

  it('edits an answer from the summary and goes back to it', async () => {
    const member = await newMember();
    await fillToPhoto(member);
    await member.say('bỏ qua');
    const summary = await member.say('không');
    const menu = await member.tapInPlace(summary, '✏️ Sửa');
    expect(menu.text).toContain('Đồng chí muốn sửa câu trả lời nào?');
    const country = await member.tap(menu, 'Nước');
    expect(member.current(menu.message_id).text).toBe('Đang sửa: Nước');
    expect(buttons(country)[0]).toBe('Giữ nguyên: Hàn Quốc');
    const back = await member.say('Nhật Bản');
    expect(back.text).toContain('Nước: Nhật Bản');
    await member.tap(back, '✅ Xác nhận');
    const requests = await requestsOf(member);
    expect(requests).toHaveLength(1);
    expect(requests[0].answers).toMatchObject({ country: 'JP', wantsCall: false, topic: 'work' });
    expect(requests[0].answers).not.toHaveProperty('photo');
  });

  it('cancels with /cancel at any step and saves nothing', async () => {
    const member = await newMember();
    const before = await recordCounts(harness.database.db);
    await fillToPhoto(member);
    expect((await member.say('/cancel')).text).toBe('Đã hủy yêu cầu hỗ trợ (mẫu). Không có gì được lưu.');
    expect((await member.say('/cancel')).text).toContain('Không có thao tác nào đang làm dở');
    expect(await recordCounts(harness.database.db)).toEqual(before);
    await expectDraftOf(member, undefined);
  });

  it('keeps a half-filled form across a restart and continues where it stopped', async () => {
    const member = await newMember();
    await member.say('/samplehelp');
    await member.say('2');
    await member.say('Gia đình có việc gấp');
    await member.say('xong');
    await expectDraftOf(member, { stepId: 'startedOn' });
    await harness.restart();
    const country = await member.say('02/10/2026');
    expect(country.text).toContain('Đồng chí đang ở nước nào?');
    await member.say('Đài Loan');
    await member.say('bỏ qua');
    const summary = await member.say('có');
    expect(summary.text).toContain('Chi tiết: Gia đình có việc gấp');
    await member.tap(summary, '✅ Xác nhận');
    expect((await requestsOf(member)).map((request) => request.answers.country)).toEqual(['TW']);
  });

  it('refuses a sticker or a voice message where a photo is expected, saying what is wanted', async () => {
    const member = await newMember();
    const before = await recordCounts(harness.database.db);
    const photo = await fillToPhoto(member);
    const sticker = await member.send((userId) => harness.emulator.sendSticker(userId));
    expect(sticker.text).toContain('⚠️ Câu hỏi này cần một ảnh');
    expect(sticker.text).toContain('Một ảnh giúp giải thích (không bắt buộc).');
    const voice = await member.send((userId) => harness.emulator.sendVoice(userId));
    expect(voice.text).toContain('cần một ảnh');
    expect((await member.say('ảnh đây')).text).toContain('cần một ảnh');
    await expectDraftOf(member, { stepId: 'photo' });
    expect(await recordCounts(harness.database.db)).toEqual(before);
    // Optional: after the prompt, how to go on without a photo (its Skip button), not "Send a photo."
    expect(photo.text).toContain('Một ảnh giúp giải thích (không bắt buộc).\nNếu không gửi, bấm Bỏ qua.');
    expect(photo.text).not.toContain('Gửi một ảnh.');
    expect(buttons(photo)).toContain('Bỏ qua');
  });

  it('refuses "abc", a negative amount and impossible or badly written dates, asking the same step again', async () => {
    const member = await newMember();
    await member.say('/samplehelp');
    await member.say('3');
    await member.say('Phí tháng trước');
    const amount = await member.say('xong');
    expect(amount.text).toContain('Đồng chí đã đóng bao nhiêu?');
    const abc = await member.say('abc');
    expect(abc.text).toContain('⚠️ Đây không phải là số tiền');
    expect(abc.text).toContain('Đồng chí đã đóng bao nhiêu?');
    expect((await member.say('-20000')).text).toContain('Số tiền không được là số âm.');
    expect((await member.say('500000000')).text).toContain('có vẻ không đúng');
    await expectDraftOf(member, { stepId: 'amount' });
    await member.say('50 USD');
    await member.say('12/2099');
    const date = await member.say(sampleMonths(now).at(-1)!);
    expect(date.text).toContain('Từ ngày nào?');
    expect((await member.say('2026/13/45')).text).toContain('Tôi không đọc được ngày này');
    expect((await member.say('30/02/2026')).text).toContain('Không có ngày 30/02/2026 trên lịch');
    await expectDraftOf(member, {
      stepId: 'startedOn',
      answers: { amount: { amountMinor: 5000, currency: 'USD' } },
    });
    await member.say('/cancel');
    expect(await requestsOf(member)).toEqual([]);
  });

  it('refuses 5,000 characters in one message and applies the 4,000 limit to several', async () => {
    const member = await newMember('en');
    await member.say('/samplehelp');
    await member.say('1');
    expect((await member.say('x'.repeat(5000))).text).toContain('too long (5,000 characters)');
    await expectDraftOf(member, { stepId: 'details' });
    expect((await member.say('a'.repeat(2500))).text).toContain('Received (2,500/4,000 characters).');
    const refused = await member.say('b'.repeat(2500));
    expect(refused.text).toContain('the answer would be 5,001 characters, more than the 4,000 allowed');
    const collecting = await member.say('b'.repeat(1000));
    const date = await member.tap(collecting, 'Done');
    expect(date.text).toContain('Since when?');
    await member.say('/cancel');
    expect(await requestsOf(member)).toEqual([]);
  });

  it('answers a button of an earlier question with the current step, and a forged one as stale; changes nothing', async () => {
    const member = await newMember();
    const topic = await member.say('/samplehelp');
    await member.tap(topic, 'Gia đình');
    const [oldPick] = topic.reply_markup!.inline_keyboard[0];
    const data = 'callback_data' in oldPick ? oldPick.callback_data : '';
    // The form is at its next question: the old button brings the member back to it, it answers nothing.
    const after = harness.emulator.mark();
    const pressed = harness.emulator.pressButton(member.userId, topic.message_id, data);
    const back = await harness.emulator.waitForMessage(member.userId, { after, match: (m) => !m.edited });
    expect(back.text).toContain('Nút đó thuộc một câu hỏi trước trong');
    expect(await harness.emulator.waitForCallbackAnswer(pressed.callback_query!.id)).not.toMatchObject({
      show_alert: true,
    });
    await expectDraftOf(member, { stepId: 'details', answers: { topic: 'family' } });
    for (const forged of ['f:zz:p:1', `${data}:9`, 'f:'])
      expect((await member.pressRaw(topic.message_id, forged)).text).toContain('tin nhắn cũ');
    await expectDraftOf(member, { stepId: 'details', answers: { topic: 'family' } });
    await member.say('/cancel');
    expect((await member.pressRaw(topic.message_id, data)).text).toContain('tin nhắn cũ');
  });

  it('ignores a press forged on another member’s message', async () => {
    const victim = await newMember();
    const intruder = await newMember();
    const topic = await victim.say('/samplehelp');
    const pick = topic.reply_markup!.inline_keyboard[0][0];
    const alert = await intruder.pressRaw(
      topic.message_id,
      'callback_data' in pick ? pick.callback_data : '',
      victim.userId,
    );
    expect(alert.text).toContain('tin nhắn cũ');
    expect(victim.current(topic.message_id).reply_markup).toBeDefined();
    await expectDraftOf(victim, { stepId: 'topic', answers: {} });
    await expectDraftOf(intruder, undefined);
    await victim.tap(topic, 'Việc khác');
    await expectDraftOf(victim, { answers: { topic: 'other' } });
    await victim.say('/cancel');
  });

  it('creates one record for a double tap on Confirm and for a re-delivered update', async () => {
    const member = await newMember();
    await fillToPhoto(member);
    await member.say('bỏ qua');
    const summary = await member.say('có');
    const { emulator } = harness;
    const first = emulator.pressButtonWithText(member.userId, summary.message_id, '✅ Xác nhận');
    const second = emulator.pressButtonWithText(member.userId, summary.message_id, '✅ Xác nhận');
    expect((await emulator.waitForCallbackAnswer(first.callback_query!.id)).text).toBeUndefined();
    expect((await emulator.waitForCallbackAnswer(second.callback_query!.id)).text).toContain('tin nhắn cũ');
    emulator.injectUpdate(first);
    expect((await member.say('/help')).text).toContain('/help');
    expect(await requestsOf(member)).toHaveLength(1);
    expect(emulator.messages(member.userId).filter((m) => m.text?.startsWith('Cảm ơn'))).toHaveLength(1);
  });

  it('speaks English to an English-speaking member', async () => {
    const member = await newMember('en');
    const topic = await member.say('/samplehelp');
    expect(topic.text).toContain('Help request (sample) (1/6)\nWhat do you need help with?');
    expect(topic.text).toContain('Send /cancel at any time to stop');
    await member.tap(topic, 'Work');
    await member.say('Lost my job at the factory');
    await member.say('done');
    expect((await member.say('31/04/2026')).text).toContain('31/04/2026 does not exist in the calendar');
    await member.say('2026-10-01');
    await member.say('South Korea');
    await member.say('skip');
    const summary = await member.say('no');
    expect(summary.text).toContain('Please check your help request (sample):');
    expect(summary.text).toContain('Country: South Korea\nPhoto: (skipped)\nCall back: No');
    const ack = await member.tap(summary, '✅ Confirm');
    expect(ack.text).toMatch(/^Thank you\. Your request was received; its reference is RQ-\d+\.$/);
    expect(await requestsOf(member)).toHaveLength(1);
  });

  it('keeps the draft through /help and asks before starting another form', async () => {
    const member = await newMember();
    const before = await recordCounts(harness.database.db);
    await member.say('/samplehelp');
    await member.say('1');
    const after = harness.emulator.mark();
    const help = await member.say('/help');
    expect(help.text).toContain('/help');
    const reminder = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (m) => !m.edited && (m.text ?? '').startsWith('Đồng chí vẫn đang điền'),
    });
    expect(reminder.text).toContain('Đồng chí mô tả tình hình cụ thể.');
    expect((await member.say('alo')).text).toContain('Đã nhận');

    const ask = await member.say('/sampleother');
    expect(ask.text).toBe(
      'Đồng chí đang làm dở yêu cầu hỗ trợ (mẫu). Đồng chí muốn làm tiếp, hay bỏ để bắt đầu biểu mẫu?',
    );
    expect(buttons(ask)).toEqual(['Tiếp tục yêu cầu hỗ trợ (mẫu)', 'Bỏ và bắt đầu biểu mẫu']);
    const mark = harness.emulator.mark();
    const resumed = await member.tap(ask, 'Tiếp tục yêu cầu hỗ trợ (mẫu)');
    expect(resumed.text).toContain('Đồng chí mô tả tình hình cụ thể.');
    const collected = await harness.emulator.waitForMessage(member.userId, {
      after: mark,
      match: (m) => !m.edited && (m.text ?? '').startsWith('Đã nhận'),
    });
    expect(buttons(collected)).toEqual(['Xong']);
    await expectDraftOf(member, { stepId: 'details', answers: { topic: 'work' } });

    const again = await member.say('/sampleother');
    const fresh = await member.tap(again, 'Bỏ và bắt đầu biểu mẫu');
    expect(fresh.text).toContain('Đã bỏ yêu cầu hỗ trợ (mẫu) đang làm dở.');
    expect(fresh.text).toContain('Biểu mẫu (1/6)');
    await member.say('/cancel');
    expect(await recordCounts(harness.database.db)).toEqual(before);
  });

  it('discards a draft left for longer than the policy days, naming it when the member next writes', async () => {
    const member = await newMember();
    const before = await recordCounts(harness.database.db);
    await member.say('/samplehelp');
    await member.say('1');
    const started = now;
    try {
      now = new Date(started.getTime() + 8 * DAY_MS);
      const notice = await member.say('Xin chào');
      expect(notice.text).toBe(
        'Đồng chí có yêu cầu hỗ trợ (mẫu) làm dở đã quá 7 ngày không tiếp tục, nên đã bị hủy. Không có gì được lưu; đồng chí có thể làm lại bất cứ lúc nào.',
      );
      expect((await member.say('/cancel')).text).toContain('Không có thao tác nào đang làm dở');
    } finally {
      now = started;
    }
    await expectDraftOf(member, undefined);
    expect(await recordCounts(harness.database.db)).toEqual(before);
  });
});
