// A member's nudge lines and a secretary's digest lines as the renderer writes them, in both languages.
import { createI18n, translator } from '../../../src/i18n';
import { renderMessage } from '../../../src/scheduler/render';
import type { ItemView } from '../../../src/scheduler/outgoing';
import { digestPayloadSchema } from '../../../src/records/notification-payloads';

const translate = translator(createI18n('vi'), 'vi');

function nudgeText(item: ItemView, locale: 'vi' | 'en'): string {
  const rendered = renderMessage(
    { kind: 'nudge', key: 'nudge:7', recipient: { memberId: 7, name: 'Mai', locale }, items: [item] },
    translate,
    { maxTextLength: 4096 },
  );
  if (!rendered.ok) throw new Error(rendered.problem);
  return rendered.view.paragraphs.join('\n');
}

describe('nudge lines', () => {
  const lateReview: ItemView = {
    key: 'review:7:2026:late',
    rule: 'review-nudge',
    vars: { year: 2026, dueOn: '2026-12-15', late: true },
    forms: ['review'],
  };

  it('tells a member after the review meeting that the review can still be sent', () => {
    expect(nudgeText(lateReview, 'vi')).toContain(
      '• Chi bộ đã họp đánh giá năm 2026. Đồng chí vẫn có thể nộp bản tự kiểm điểm trước ngày 31/12 để chi bộ xếp loại bổ sung.',
    );
    expect(nudgeText(lateReview, 'en')).toContain(
      '• The cell has held its 2026 review meeting. You can still submit your self-review before 31 December',
    );
  });
});

describe('digest lines', () => {
  function digestText(locale: 'vi' | 'en'): string {
    const rendered = renderMessage(
      {
        kind: 'digest',
        key: 'digest:3:2026-06-22',
        recipient: { memberId: 9, name: 'Hùng', locale },
        digest: {
          cellName: 'Chi bộ thôn Hải Thanh',
          date: '2026-06-22',
          waiting: { applications: 0, payments: 1, reviews: 0, requests: 0 },
          unreachable: [],
          unreachableCount: 0,
          meetingAbsences: [
            {
              member: 'Đỗ Văn Dũng',
              count: 2,
              year: 2026,
              days: ['2026-03-05', '2026-06-05'],
              stage: 'alert-secretary',
            },
            {
              member: 'Vũ Thị Giang',
              count: 3,
              year: 2026,
              days: ['2026-01-01', '2026-03-05', '2026-05-05'],
              stage: 'removal-review',
            },
          ],
        },
        items: [
          {
            key: 'fee:5:2026-05:overdue',
            rule: 'fee-overdue',
            vars: { member: 'Lê Thị Bình', count: 1, year: 2026, months: ['2026-05'] },
          },
        ],
      },
      translate,
      { maxTextLength: 4096 },
    );
    if (!rendered.ok) throw new Error(rendered.problem);
    return rendered.view.paragraphs.join('\n');
  }

  it('lists the meeting half of the removal ground after the fees, eligible first, with counts and days', () => {
    const vi = digestText('vi');
    const fees = vi.indexOf('Chưa đóng đảng phí (1):');
    const eligible = vi.indexOf(
      'Bỏ sinh hoạt chi bộ trong năm không có lý do chính đáng, đủ căn cứ xem xét xóa tên (1):\n• Vũ Thị Giang: vắng 3 buổi không có lý do năm 2026 (01/01/2026, 05/03/2026, 05/05/2026)',
    );
    const atRisk = vi.indexOf(
      'Vắng sinh hoạt chi bộ không có lý do, thêm một lần nữa là đủ căn cứ xem xét xóa tên (1):\n• Đỗ Văn Dũng: vắng 2 buổi không có lý do năm 2026 (05/03/2026, 05/06/2026)',
    );
    expect([fees, eligible, atRisk].every((index) => index >= 0)).toBe(true);
    expect(fees < eligible && eligible < atRisk).toBe(true);
    expect(digestText('en')).toContain('• Vũ Thị Giang: 3 missed without a reason in 2026 (');
  });

  it('reads a digest queued before it carried meeting absences', () => {
    expect(
      digestPayloadSchema.parse({
        cellName: 'Chi bộ',
        date: '2026-06-22',
        waiting: { applications: 0, payments: 0, reviews: 0, requests: 0 },
        unreachable: [],
        unreachableCount: 0,
      }).meetingAbsences,
    ).toEqual([]);
  });
});
