// Both renderers from the same engine output: Telegram keyboards and callback data, and numbered plain text.
import {
  decodeFormCallback,
  encodeFormCallback,
  renderTelegram,
  type TelegramOperation,
} from '../../../src/channels/telegram/form-view';
import { renderText, splitMessage } from '../../../src/forms/render-text';
import type { FormAction, FormView } from '../../../src/forms/views';
import { sampleForm } from './sample-form';
import { Driver, engineWith, envOf, translate } from './engine-support';

const vi = (views: FormView[]) => renderTelegram(views, 'vi', translate);
const labels = (operation: TelegramOperation) =>
  operation.keyboard?.inline_keyboard.map((row) => row.map((button) => button.text)) ?? [];
const data = (operation: TelegramOperation) =>
  operation.keyboard?.inline_keyboard
    .flat()
    .map((button) => ('callback_data' in button ? button.callback_data : ''));

function submitting() {
  return sampleForm({ submit: async () => ({ reference: 'RQ-9', ackKey: 'forms-sample-ack' }) });
}

describe('Telegram callback data', () => {
  const actions: FormAction[] = [
    { type: 'pick', index: 3 },
    { type: 'toggle', index: 11 },
    { type: 'done' },
    { type: 'skip' },
    { type: 'prefill' },
    { type: 'confirm' },
    { type: 'edit' },
    { type: 'edit-step', index: 7 },
    { type: 'back' },
    { type: 'cancel' },
    { type: 'continue' },
    { type: 'discard' },
  ];
  it.each(actions)('round-trips %j within 64 bytes', (action) => {
    const encoded = encodeFormCallback('0a1b2c3d', action);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(20);
    expect(decodeFormCallback(encoded)).toEqual({ nonce: '0a1b2c3d', action });
  });
  it.each([
    'f:0a1b2c3d:p',
    'f:0a1b2c3d:ok:1',
    'f:0a1b2c3d:zz',
    'f:0a1b2c3d:p:1:2',
    'f:0A1B2C3D:p:1',
    'f:0a1b2c3:p:1',
    'f:0a1b2c3d:p:1234',
    'f:0a1b2c3d:p:-1',
    'language:set:en',
    'x'.repeat(64),
  ])('refuses %j', (raw) => {
    expect(decodeFormCallback(raw)).toBeUndefined();
  });
});

describe('Telegram renderer', () => {
  it('sends a question with its options as buttons carrying the nonce', async () => {
    const driver = new Driver(engineWith([submitting()]));
    const [operation] = vi((await driver.start('sample-help')).views);
    expect(operation.method).toBe('send');
    expect(operation.text).toBe(
      'Yêu cầu hỗ trợ (mẫu) (1/6)\nĐồng chí cần hỗ trợ về việc gì?\n\n' +
        'Gõ /cancel bất cứ lúc nào để dừng; chưa có gì được lưu cho đến khi đồng chí xác nhận.',
    );
    expect(labels(operation)).toEqual([
      ['Công việc', 'Gia đình'],
      ['Đảng phí', 'Việc khác'],
    ]);
    const nonce = driver.state!.nonce;
    expect(data(operation)).toEqual([0, 1, 2, 3].map((index) => `f:${nonce}:p:${index}`));
  });

  it('edits the pressed question to show the answer, then sends the next with prefill, toggles and Done', async () => {
    const driver = new Driver(engineWith([submitting()]));
    await driver.start('sample-help');
    const [answered, details] = vi((await driver.press({ type: 'pick', index: 2 })).views);
    expect(answered).toEqual({
      method: 'edit',
      text: 'Đồng chí cần hỗ trợ về việc gì?\n✓ Đảng phí',
      fallbackToSend: false,
    });
    expect(details.text).toContain('có thể gửi nhiều tin nhắn (tổng cộng tối đa 4.000 ký tự)');
    const [collecting] = vi((await driver.say('Chi tiết đủ dài')).views);
    expect(labels(collecting)).toEqual([['Xong']]);
    expect(collecting.text).toBe(
      'Đã nhận (15/4.000 ký tự). Đồng chí có thể gửi tiếp, hoặc bấm Xong khi đã viết hết.',
    );
    const amount = vi((await driver.press({ type: 'done' })).views).at(-1)!;
    expect(labels(amount)).toEqual([['Dùng: 20.000\u00a0₫']]);
    const months = vi((await driver.press({ type: 'prefill' })).views).at(-1)!;
    expect(months.text).toContain('Bấm để chọn hoặc bỏ chọn, rồi bấm Xong.');
    expect(labels(months)).toEqual([['08/2026', '09/2026'], ['10/2026'], ['Xong']]);
    const [toggled] = vi((await driver.press({ type: 'toggle', index: 1 })).views);
    expect(toggled.method).toBe('edit');
    expect(labels(toggled)).toEqual([['08/2026', '✓ 09/2026'], ['10/2026'], ['Xong']]);
  });

  it('shows an error above the same question, skip and country buttons', async () => {
    const driver = new Driver(engineWith([submitting()]));
    await driver.start('sample-help');
    await driver.say('1');
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    const [refused] = vi((await driver.say('31/04/2026')).views);
    expect(refused.text.split('\n\n')[0]).toBe(
      '⚠️ Không có ngày 31/04/2026 trên lịch. Hãy kiểm tra lại ngày và tháng.',
    );
    expect(refused.text).toContain('Từ ngày nào?');
    const [country] = vi((await driver.say('1/10/2026')).views);
    expect(labels(country)).toEqual([
      ['Hàn Quốc', 'Nhật Bản', 'Đài Loan'],
      ['Trung Quốc', 'Malaysia', 'Đức'],
    ]);
    const [photo] = vi((await driver.press({ type: 'pick', index: 0 })).views.slice(1));
    expect(labels(photo)).toEqual([['Bỏ qua']]);
    expect(photo.text).toContain('(không bắt buộc).\nNếu không gửi, bấm Bỏ qua.');
    expect(photo.text).not.toContain('Gửi một ảnh.');
  });

  it('sends the summary with Confirm, Edit and Cancel, and the edit menu in its place', async () => {
    const driver = new Driver(engineWith([submitting()]));
    await driver.start('sample-help');
    for (const answer of [
      '2',
      'Chi tiết đủ dài',
      'Mất việc từ tháng 10',
      'xong',
      '1/10/2026',
      'KR',
      'skip',
      'có',
    ])
      await driver.say(answer);
    const [summary] = vi(driver.turn.views);
    expect(summary.text).toBe(
      'Đề nghị đồng chí kiểm tra lại yêu cầu hỗ trợ (mẫu):\n\n' +
        'Nội dung: Gia đình\nChi tiết: Chi tiết đủ dài\nMất việc từ tháng 10\nTừ ngày: 01/10/2026\n' +
        'Nước: Hàn Quốc\nẢnh: (bỏ qua)\nGọi lại: Có',
    );
    expect(labels(summary)).toEqual([['✅ Xác nhận', '✏️ Sửa'], ['Hủy']]);
    const [menu] = vi((await driver.press({ type: 'edit' })).views);
    expect(menu.method).toBe('edit');
    expect(labels(menu)).toEqual([
      ['Nội dung'],
      ['Chi tiết'],
      ['Từ ngày'],
      ['Nước'],
      ['Ảnh'],
      ['Gọi lại'],
      ['Quay lại bản tóm tắt'],
    ]);
    await driver.press({ type: 'back' });
    const [sent, ack] = vi((await driver.press({ type: 'confirm' })).views);
    expect(sent.method).toBe('edit');
    expect(sent.text).toContain('✓ Đã xác nhận');
    expect(sent.keyboard).toBeUndefined();
    expect(ack).toEqual({
      method: 'send',
      text: 'Cảm ơn đồng chí. Yêu cầu đã được ghi nhận, mã số RQ-9.',
      fallbackToSend: true,
    });
  });

  it('offers Continue or Discard for a draft of another form', async () => {
    const other = { ...submitting(), id: 'other', titleKey: 'forms-unknown-title' };
    const driver = new Driver(engineWith([submitting(), other]), envOf('en'));
    await driver.start('sample-help');
    const [ask] = renderTelegram((await driver.start('other')).views, 'en', translate);
    expect(ask.text).toBe(
      'You have an unfinished help request (sample). Continue it, or discard it and start form?',
    );
    expect(labels(ask)).toEqual([['Continue help request (sample)'], ['Discard and start form']]);
  });
});

describe('text renderer', () => {
  it('numbers the options and says what to reply, in both languages', async () => {
    const vietnamese = new Driver(engineWith([submitting()]));
    const [question] = renderText((await vietnamese.start('sample-help')).views, 'vi', translate);
    expect(question).toBe(
      'Yêu cầu hỗ trợ (mẫu) (1/6)\nĐồng chí cần hỗ trợ về việc gì?\n\n' +
        '1. Công việc\n2. Gia đình\n3. Đảng phí\n4. Việc khác\n\n' +
        'Trả lời 1, 2, 3 hoặc 4.\n' +
        'Trả lời HỦY bất cứ lúc nào để dừng; chưa có gì được lưu cho đến khi đồng chí xác nhận.',
    );
    const english = new Driver(engineWith([submitting()]), envOf('en'));
    const [inEnglish] = renderText((await english.start('sample-help')).views, 'en', translate);
    expect(inEnglish).toContain(
      '1. Work\n2. Family\n3. Party fee\n4. Something else\n\nReply 1, 2, 3, or 4.',
    );
  });

  it('runs a whole form on typed replies only, as the Zalo channel will', async () => {
    const calls: string[] = [];
    const form = sampleForm({
      submit: async (_answers, _env, key) => {
        calls.push(key);
        return { reference: 'RQ-3', ackKey: 'forms-sample-ack' };
      },
    });
    const driver = new Driver(engineWith([form]), envOf('en'));
    const replies: string[] = [];
    await driver.start('sample-help');
    for (const answer of [
      '3',
      'Paid through my family at home',
      'DONE',
      'OK',
      '2, 3',
      '1/10/2026',
      '1',
      'SKIP',
      '2',
    ]) {
      replies.push(...renderText((await driver.say(answer)).views, 'en', translate));
    }
    expect(replies).toContainEqual(expect.stringContaining('Reply OK for “Use: ₫20,000”.'));
    expect(replies).toContainEqual(
      expect.stringContaining('1. August 2026\n2. September 2026\n3. October 2026'),
    );
    expect(replies).toContain(
      'Received (30/4,000 characters). Send more, or reply DONE when you have finished.',
    );
    expect(replies).toContainEqual(expect.stringContaining('Reply with one or more numbers, e.g. 1, 2.'));
    expect(replies).toContainEqual(expect.stringContaining('Reply SKIP to skip this question.'));
    // An optional photo: the prompt, then how to skip it, never "Send a photo." in between.
    const photo = replies.find((reply) => reply.includes('(optional)'))!;
    expect(photo).toMatch(/\(optional\)\.\n\nReply SKIP to skip this question\./);
    expect(photo).not.toContain('Send a photo.');
    const summary = replies.at(-1)!;
    expect(summary).toContain('Amount: ₫20,000\nMonths: September 2026, October 2026');
    expect(summary.endsWith('Reply OK to confirm, EDIT to change an answer, or CANCEL.')).toBe(true);
    const edit = renderText((await driver.say('EDIT')).views, 'en', translate);
    expect(edit[0]).toContain('1. Topic: Party fee');
    expect(edit[0]).toContain('Reply 1, 2, 3, 4, 5, 6, 7, or 8 to change that answer, or BACK');
    await driver.say('BACK');
    expect(renderText((await driver.say('ok')).views, 'en', translate)).toEqual([
      'Thank you. Your request was received; its reference is RQ-3.',
    ]);
    expect(calls).toHaveLength(1);
  });

  it('drops in-place edits and keeps every message within 2,000 characters', async () => {
    const driver = new Driver(engineWith([submitting()]));
    await driver.start('sample-help');
    const messages = renderText((await driver.press({ type: 'pick', index: 0 })).views, 'vi', translate);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Đồng chí mô tả tình hình cụ thể.');
    const long = Array.from({ length: 60 }, (_, index) => `${index}. ${'x'.repeat(60)}`).join('\n');
    const parts = splitMessage(long, 2000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= 2000)).toBe(true);
    expect(parts.join('\n')).toBe(long);
    expect(splitMessage('y'.repeat(4500), 2000).map((part) => part.length)).toEqual([2000, 2000, 500]);
  });
});
