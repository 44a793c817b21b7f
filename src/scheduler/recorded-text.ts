// What the outbox refers to instead of copying, filled in when a message is rendered: the text of a help or leave
// request and the name of the member who wrote it (kept once, in the Request row; Decree 13/2023); an officer's
// digest gets only the name.
import type { Records } from '../records';
import type { OutgoingMessage } from './outgoing';

const REQUEST_RULES: ReadonlySet<string> = new Set(['request-difficulty', 'request-leave']);

export type Unrenderable = { problem: string; message: OutgoingMessage };

function requestIdOf(message: OutgoingMessage): number | undefined {
  if (message.kind !== 'alert' || !REQUEST_RULES.has(message.alert.rule)) return undefined;
  const id = message.alert.vars.request;
  return typeof id === 'number' ? id : undefined;
}

/** The leave requests an officer's digest names by id only. */
function digestRequestIds(message: OutgoingMessage): number[] {
  if (message.kind !== 'officer-digest') return [];
  return message.digest.escalations.flatMap((line) =>
    REQUEST_RULES.has(line.rule) && typeof line.vars.request === 'number' ? [line.vars.request] : [],
  );
}

/**
 * The messages with the records' text in their arguments, in one read for all of them; a message whose request is
 * gone cannot be rendered. Alerts queued before requests were referred to by id carry their text and pass as they are.
 */
export async function withRecordedText(
  records: Pick<Records, 'requests'>,
  messages: readonly OutgoingMessage[],
): Promise<Array<OutgoingMessage | Unrenderable>> {
  const ids = messages.flatMap((message) => {
    const id = requestIdOf(message);
    return [...(id === undefined ? [] : [id]), ...digestRequestIds(message)];
  });
  const texts = await records.requests.alertTexts(ids);
  return messages.map((message) => {
    if (message.kind === 'officer-digest') {
      // Only the member's name: an officer's digest does not quote what the member wrote.
      const escalations = message.digest.escalations.map((line) => {
        const recorded = typeof line.vars.request === 'number' ? texts.get(line.vars.request) : undefined;
        return recorded ? { ...line, vars: { ...line.vars, member: recorded.member } } : line;
      });
      return { ...message, digest: { ...message.digest, escalations } };
    }
    const id = requestIdOf(message);
    if (id === undefined || message.kind !== 'alert') return message;
    const recorded = texts.get(id);
    if (!recorded) return { problem: `request ${id} is not in the records`, message };
    return { ...message, alert: { ...message.alert, vars: { ...message.alert.vars, ...recorded } } };
  });
}
