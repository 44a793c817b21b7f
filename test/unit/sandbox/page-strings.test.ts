// The sandbox page's words from Fluent: templates for the page, and the clock control's result without its zeros.
import { loadSandboxPageWords, type ClockOutcome } from '../../../src/sandbox/web/page-strings';

const words = loadSandboxPageWords();
const AT = new Date('2026-12-20T02:00:00Z'); // 09:00 in Hà Nội
const outcome = (sent: number, counts: Partial<ClockOutcome['counts']> = {}): ClockOutcome => ({
  at: AT,
  zone: 'Asia/Ho_Chi_Minh',
  sent,
  counts: { nudges: 0, alerts: 0, digests: 0, held: 0, ...counts },
});

describe('the clock control’s result', () => {
  it.each([
    ['vi', outcome(0), 'Lúc 20/12/2026 09:00: không có việc gì đến hạn, không gửi tin nào.'],
    ['en', outcome(0), 'At 20 Dec 2026, 09:00: nothing was due; no messages were sent.'],
    [
      'vi',
      outcome(3, { nudges: 2, digests: 1 }),
      'Lúc 20/12/2026 09:00: đã gửi 3 tin (2 lời nhắc, 1 bản tóm tắt). Mở cuộc trò chuyện của từng người để xem.',
    ],
    [
      'en',
      outcome(3, { nudges: 2, digests: 1 }),
      'At 20 Dec 2026, 09:00: 3 messages sent (2 nudges, 1 digest). Open each person’s chat to see.',
    ],
    [
      'en',
      outcome(1, { alerts: 1, held: 1 }),
      'At 20 Dec 2026, 09:00: 1 message sent (1 alert). 1 member is outside their hours, so their nudge waits for ' +
        'them. Open each person’s chat to see.',
    ],
    [
      'vi',
      outcome(0, { nudges: 2, held: 2 }),
      'Lúc 20/12/2026 09:00: chưa gửi tin nào. 2 người đang ngoài giờ nhận tin nên lời nhắc chờ đến giờ của họ.',
    ],
    // Sent from an earlier run's outbox, nothing new from this sweep.
    ['en', outcome(2), 'At 20 Dec 2026, 09:00: 2 messages sent. Open each person’s chat to see.'],
  ] as const)('%s %j', (locale, result, expected) => {
    expect(words.clockSummary(locale, result)).toBe(expected);
  });
});

describe('the page’s templates', () => {
  const strings = words.pageStrings();

  it('holds every page message in both languages, under the same keys', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.vi).sort());
    expect(strings.vi['pick-title']).toBe('Đồng chí muốn là ai?');
    expect(strings.en.placeholder).toBe('Message…');
    expect(strings.en['role-deputy-secretary']).toBe('Deputy secretary');
  });

  it('leaves each variable as a {name} slot for the page to fill', () => {
    expect(strings.vi['local-time']).toBe('Giờ ở đó: {time} ({zone})');
    expect(strings.en['error-file-too-large']).toBe('The file is too large: at most {mb} MB.');
    // The demo cell's name ends in "(mẫu)" already: Vietnamese does not say it twice.
    expect(strings.vi['demo-cell']).toBe('{name}');
    expect(strings.en['demo-cell']).toBe('Demo cell: {name}');
  });
});
