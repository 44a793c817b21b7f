// A member's nudge lines as the renderer writes them, in both languages.
import { createI18n, translator } from '../../../src/i18n';
import { renderMessage } from '../../../src/scheduler/render';
import type { ItemView } from '../../../src/scheduler/outgoing';

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
