// What a member reads for a queued message: its payload (typed values) rendered by the scheduler's renderer.
import { createI18n, translator } from '../../src/i18n';
import type { MessagePayload } from '../../src/records/notifications';
import { renderMessage } from '../../src/scheduler/render';

const translate = translator(createI18n('vi'), 'vi');

export function outboxText(
  notification: { key: string; memberId: number; payload: unknown },
  locale: string,
): string {
  const rendered = renderMessage(
    {
      kind: 'message',
      key: notification.key,
      recipient: { memberId: notification.memberId, name: '', locale },
      message: notification.payload as MessagePayload,
    },
    translate,
    { maxTextLength: 4096 },
  );
  if (!rendered.ok) throw new Error(rendered.problem);
  return rendered.view.paragraphs.join('\n\n');
}
