// The channel-neutral side of sending: which bound chat a message goes to, and a view as plain numbered text split
// to a channel's limit without breaking a word or a Vietnamese letter.
import { ChannelRegistry, type OutboundChannel } from '../../../src/channels/outbound';
import { splitText, textWithNumberedActions } from '../../../src/channels/text-view';
import { createI18n, translator } from '../../../src/i18n';

const channel = (name: OutboundChannel['name']): OutboundChannel => ({
  name,
  maxTextLength: 2000,
  messagesPerSecond: 10,
  send: () => Promise.resolve(),
  classify: (error) => ({ type: 'transient', error: String(error) }),
});

describe('ChannelRegistry.route', () => {
  const telegram = channel('telegram');
  const zalo = channel('zalo');
  const both = [
    { channel: 'zalo' as const, externalId: 'z1' },
    { channel: 'telegram' as const, externalId: '42' },
  ];

  it.each([
    ['the chosen channel when it is bound and running', [telegram, zalo], both, 'zalo', 'zalo:z1'],
    ['the registry order without a choice', [telegram, zalo], both, undefined, 'telegram:42'],
    [
      'another running channel when the chosen one does not run here',
      [telegram],
      both,
      'zalo',
      'telegram:42',
    ],
    ['nothing when no bound chat is on a running channel', [zalo], [both[1]], undefined, undefined],
    ['nothing for a member with no chat', [telegram, zalo], [], 'telegram', undefined],
  ] as const)('picks %s', (_what, channels, chats, preferred, expected) => {
    const route = new ChannelRegistry(channels).route(chats, preferred);
    expect(route && `${route.channel.name}:${route.externalId}`).toBe(expected);
  });
});

describe('text for channels without buttons', () => {
  const translate = translator(createI18n('vi'), 'vi');

  it('numbers the actions and says how to answer, in the reader’s language', () => {
    const view = {
      paragraphs: ['Chào đồng chí Lan! Chi bộ nhắc đồng chí:', '• Báo cáo tháng 12/2026'],
      actions: [
        { type: 'open-form' as const, form: 'checkin', label: 'Báo cáo tháng' },
        { type: 'open-form' as const, form: 'fee', label: 'Xác nhận đảng phí' },
      ],
    };
    expect(textWithNumberedActions(view, 'vi', translate)).toBe(
      'Chào đồng chí Lan! Chi bộ nhắc đồng chí:\n• Báo cáo tháng 12/2026\n\n' +
        '1. Báo cáo tháng\n2. Xác nhận đảng phí\n\nTrả lời 1 hoặc 2 để làm ngay.',
    );
    expect(textWithNumberedActions({ ...view, actions: [view.actions[0]] }, 'en', translate)).toContain(
      'Reply 1 to do it now.',
    );
    expect(textWithNumberedActions({ paragraphs: ['Chỉ có chữ.'], actions: [] }, 'vi', translate)).toBe(
      'Chỉ có chữ.',
    );
  });

  it('splits a long Vietnamese text at line breaks or spaces, never inside a word or a letter', () => {
    const sentence = 'Đồng chí Nguyễn Thị Hường đã gửi bản tự kiểm điểm năm 2026 của mình. ';
    const text = sentence.repeat(60).trim();
    const parts = splitText(text, 2000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000);
      expect(part).toBe(part.trim());
    }
    // Nothing lost, nothing cut mid-word: joined with the spaces taken at the cuts, it is the text again.
    expect(parts.join(' ')).toBe(text);

    const lines = Array.from(
      { length: 90 },
      (_, index) => `${index + 1}. Nguyễn Văn Đức — chưa đóng đảng phí`,
    );
    const byLine = splitText(lines.join('\n'), 1000);
    for (const part of byLine) expect(part.split('\n').every((line) => lines.includes(line))).toBe(true);

    // One "word" longer than the limit is cut between whole letters, even in decomposed form (a letter + its marks).
    const decomposed = 'ệ'.normalize('NFD').repeat(30);
    const cut = splitText(decomposed, 7);
    expect(cut.join('')).toBe(decomposed);
    for (const part of cut) expect(part.normalize('NFC')).toMatch(/^ệ+$/);
  });
});
