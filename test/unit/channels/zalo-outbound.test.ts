// The Zalo outbound channel: a view as numbered text in the reader's language, split at 2,000 characters without
// cutting a word or a Vietnamese letter, a split message finished after a 429, and Zalo's failures classified.
import { ZALO_MAX_TEXT, ZaloApiError, ZaloNetworkError } from '../../../src/channels/zalo/client';
import { classifyZaloError, zaloMessages, zaloOutbound } from '../../../src/channels/zalo/outbound';
import type { MessageView } from '../../../src/channels/outbound';
import { createI18n, translator } from '../../../src/i18n';
import { ZaloBotApiEmulator } from '../../../src/sandbox/zalo-emulator';
import { renderMessage } from '../../../src/scheduler/render';

const translate = translator(createI18n('vi'), 'vi');
const TOKEN = '777:zalo-outbound-test-key';

const nudge: MessageView = {
  paragraphs: ['Chào đồng chí Mai! Chi bộ nhắc đồng chí:', '• Tháng 11/2026 chưa đóng đảng phí'],
  actions: [
    { type: 'open-form', form: 'fee', label: '💳 Xác nhận đảng phí' },
    { type: 'open-form', form: 'review', label: '📄 Viết bản tự kiểm điểm' },
  ],
};

/** A long Vietnamese text of words with stacked marks (ệ, ữ, ở written as base letter + combining marks). */
function longVietnamese(words: number): string {
  const decomposed = ['nghiệp', 'vụ', 'chữ', 'ở', 'Đảng', 'viên', 'thường', 'xuyên'].map((word) =>
    word.normalize('NFD'),
  );
  return Array.from({ length: words }, (_, index) => decomposed[index % decomposed.length]).join(' ');
}

describe('zaloMessages', () => {
  it('numbers an ending exemption’s two actions: report the return (/back), or ask for a renewal', () => {
    const rendered = renderMessage(
      {
        kind: 'nudge',
        key: 'nudge:7:2026-11-22',
        recipient: { memberId: 7, name: 'Đỗ Văn Hải', locale: 'vi' },
        items: [
          {
            key: 'exemption:7:2026-11-29:before-7',
            rule: 'exemption-ending',
            vars: { endsOn: '2026-11-29', daysLeft: 7 },
            forms: ['back', 'renewal'],
          },
        ],
      },
      translate,
      { maxTextLength: ZALO_MAX_TEXT },
    );
    if (!rendered.ok) throw new Error(rendered.problem);
    expect(rendered.view.actions.map((action) => action.form)).toEqual(['back', 'renewal']);
    expect(zaloMessages(rendered.view, 'vi', translate)).toEqual([
      'Chào đồng chí Đỗ Văn Hải! Chi bộ nhắc đồng chí:\n' +
        '• Thời gian tạm miễn sinh hoạt của đồng chí hết ngày 29/11/2026. Đề nghị đồng chí báo cho chi bộ: đã trở về thì báo trở về, còn ở lại thì xin gia hạn.\n\n' +
        '1. 🏠 Báo cáo đã trở về\n2. 🔁 Xin gia hạn\n\nTrả lời 1 hoặc 2 để làm ngay.',
    ]);
  });

  it('numbers the actions and says how to answer, in each language, never "press a button"', () => {
    expect(zaloMessages(nudge, 'vi', translate)).toEqual([
      'Chào đồng chí Mai! Chi bộ nhắc đồng chí:\n• Tháng 11/2026 chưa đóng đảng phí\n\n1. 💳 Xác nhận đảng phí\n2. 📄 Viết bản tự kiểm điểm\n\nTrả lời 1 hoặc 2 để làm ngay.',
    ]);
    const [english] = zaloMessages(nudge, 'en', translate);
    expect(english).toMatch(/\n\nReply 1 or 2 to do it now\.$/);
    expect(english).not.toMatch(/tap|press|button/i);
  });

  it('splits a long Vietnamese text at spaces into parts of at most 2,000 characters, losing no letter or mark', () => {
    const text = longVietnamese(900);
    const parts = zaloMessages({ paragraphs: [text], actions: [] }, 'vi', translate);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
      // No part starts with a combining mark torn from its letter, and none ends inside a word.
      expect(part).not.toMatch(/^\p{M}/u);
      expect(part.split(' ').every((word) => text.split(' ').includes(word))).toBe(true);
    }
    expect(parts.join(' ')).toBe(text);
  });
});

describe('zaloOutbound', () => {
  let emulator: ZaloBotApiEmulator;
  beforeEach(async () => {
    emulator = new ZaloBotApiEmulator({ token: TOKEN });
    await emulator.start();
  });
  afterEach(() => emulator.stop());

  it('sends a long view as several messages, and finishes it after a 429 without repeating its first part', async () => {
    const channel = zaloOutbound({
      token: TOKEN,
      apiRoot: emulator.apiRoot,
      translate,
      messagesPerSecond: 50,
      rateLimitPauseMs: 50,
    });
    expect(channel).toMatchObject({ name: 'zalo', messagesPerSecond: 50 });
    emulator.user('zu-1');
    emulator.events.once('bot-message', () => emulator.rateLimitNextSends(1));
    const text = longVietnamese(600);
    await channel.send('zu-1', { paragraphs: [text], actions: [] }, 'vi');
    const received = emulator.messages('zu-1');
    expect(received.length).toBe(2);
    expect(received.join(' ')).toBe(text);
    expect(emulator.stats.rejected429).toBe(1);
  });

  it('keeps a split message together when another message to the same chat is sent meanwhile', async () => {
    const channel = zaloOutbound({
      token: TOKEN,
      apiRoot: emulator.apiRoot,
      translate,
      messagesPerSecond: 5,
    });
    emulator.user('zu-1');
    emulator.user('zu-2');
    const text = longVietnamese(600);
    const long = channel.send('zu-1', { paragraphs: [text], actions: [] }, 'vi');
    // Sent while the long one waits between its parts (200 ms at 5 a second).
    await new Promise((resolve) => emulator.events.once('bot-message', resolve));
    const alert = channel.send('zu-1', nudge, 'vi');
    const elsewhere = channel.send('zu-2', nudge, 'vi');
    await elsewhere;
    // Another chat does not wait for this one.
    expect(emulator.messages('zu-1')).toHaveLength(1);
    await Promise.all([long, alert]);
    const received = emulator.messages('zu-1');
    expect(received).toHaveLength(3);
    expect(`${received[0]} ${received[1]}`).toBe(text);
    expect(received[2]).toMatch(/^Chào đồng chí Mai!/u);
  });

  it('fails the whole send when its first part is refused, so the delivery can classify and retry it', async () => {
    const channel = zaloOutbound({
      token: TOKEN,
      apiRoot: emulator.apiRoot,
      translate,
      messagesPerSecond: 50,
    });
    emulator.user('zu-1');
    emulator.block('zu-1');
    const error = await channel.send('zu-1', nudge, 'vi').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(channel.classify(error)).toMatchObject({ type: 'unreachable' });
    await expect(channel.send('zu-unknown', nudge, 'vi')).rejects.toBeInstanceOf(ZaloApiError);
  });
});

describe('classifyZaloError', () => {
  const api = (errorCode: number | undefined, description: string, httpStatus = 200, retryAfter?: number) =>
    new ZaloApiError('sendMessage', errorCode, description, httpStatus, retryAfter);

  it.each([
    ['429', api(429, 'Too Many Requests'), { type: 'rate-limited', retryAfterMs: 5000 }],
    [
      '429 with retry_after',
      api(429, 'Too Many Requests', 200, 2),
      { type: 'rate-limited', retryAfterMs: 2000 },
    ],
    ['HTTP 429 without a code', api(undefined, 'Too Many Requests', 429), { type: 'rate-limited' }],
    ['403', api(403, 'Forbidden'), { type: 'unreachable' }],
    ['chat not found', api(404, 'Not Found: chat not found'), { type: 'unreachable' }],
    ['a blocked user', api(400, 'User has blocked the bot'), { type: 'unreachable' }],
    ['a server error', api(500, 'Internal error'), { type: 'transient' }],
    ['HTTP 503 page', api(undefined, 'malformed answer: <html>', 503), { type: 'transient' }],
    ['a request timeout', api(408, 'Request timeout'), { type: 'transient' }],
    ['text too long', api(400, 'Bad Request: text is too long'), { type: 'permanent' }],
    ['a bad token', api(401, 'Unauthorized', 401), { type: 'permanent' }],
    ['no answer', new ZaloNetworkError('sendMessage', 'timeout', 'aborted'), { type: 'transient' }],
    ['anything else', new Error('boom'), { type: 'transient' }],
  ])('%s', (_name, error, expected) => {
    expect(classifyZaloError(error)).toMatchObject(expected);
  });
});
