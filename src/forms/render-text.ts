// Plain-text rendering of the engine's views for channels without buttons (Zalo): numbered options, typed replies.
import type { Translate } from '../i18n';
import type { FormView, QuestionView, SummaryLine } from './views';

/** Zalo's limit per message. */
export const TEXT_CHANNEL_MAX_LENGTH = 2000;

type T = (key: string, args?: Record<string, string>) => string;

/** "1, 2 or 3" in the member's language. */
function numberChoices(count: number, locale: string): string {
  const numbers = Array.from({ length: count }, (_, index) => String(index + 1));
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(numbers);
  } catch {
    return numbers.join(', ');
  }
}

function numbered(labels: readonly string[]): string {
  return labels.map((label, index) => `${index + 1}. ${label}`).join('\n');
}

function questionText(view: QuestionView, t: T, locale: string): string {
  const replies: string[] = [];
  const count = view.options.length;
  if (view.multiple) replies.push(t('forms-text-reply-multi', { example: count > 1 ? '1, 2' : '1' }));
  else if (count > 0) replies.push(t('forms-text-reply-choice', { choices: numberChoices(count, locale) }));
  if (view.prefill) replies.push(t('forms-text-reply-prefill', { value: view.prefill }));
  if (view.canSkip) replies.push(t('forms-text-reply-skip'));
  if (view.first) replies.push(t('forms-text-cancel-hint'));
  const question = [view.header, view.prompt].join('\n');
  return [
    view.note,
    view.error ? `⚠️ ${view.error}` : undefined,
    question,
    count > 0 ? numbered(view.options.map((option) => option.label)) : undefined,
    // "Send a photo." would contradict an optional photo's prompt: the skip reply below says how to go on without it.
    view.canSkip && (view.kind === 'photo' || view.kind === 'document') ? undefined : view.hint,
    replies.join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function linesText(lines: readonly SummaryLine[], t: T): string {
  return lines.map((line) => t('forms-summary-line', { label: line.label, value: line.value })).join('\n');
}

function renderView(view: FormView, t: T, locale: string): string | undefined {
  switch (view.type) {
    case 'question':
      return questionText(view, t, locale);
    case 'answered':
      // Only a pressed button produces this; a text channel has none, and its reply is already in the chat.
      return undefined;
    case 'notice':
    case 'submitted':
      return view.text;
    case 'collecting':
      return [view.text, t('forms-text-reply-done')].join(' ');
    case 'summary':
      return [
        view.error ? `⚠️ ${view.error}` : undefined,
        view.title,
        linesText(view.lines, t),
        t('forms-text-reply-summary'),
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'edit-menu':
      return [
        view.error ? `⚠️ ${view.error}` : undefined,
        view.title,
        numbered(view.lines.map((line) => t('forms-summary-line', { label: line.label, value: line.value }))),
        t('forms-text-reply-edit', { choices: numberChoices(view.lines.length, locale) }),
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'switch':
      return [
        view.text,
        numbered([
          t('forms-button-continue', { title: view.currentTitle }),
          t('forms-button-discard', { title: view.nextTitle }),
        ]),
        t('forms-text-reply-choice', { choices: numberChoices(2, locale) }),
      ].join('\n\n');
  }
}

/** Cuts a text into messages of at most `max` characters, at line breaks where possible. */
export function splitMessage(text: string, max = TEXT_CHANNEL_MAX_LENGTH): string[] {
  const messages: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) messages.push(current);
    current = line;
    while (current.length > max) {
      messages.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** The messages to send, in order, each within the channel's limit. */
export function renderText(
  views: readonly FormView[],
  locale: string,
  translate: Translate,
  maxLength = TEXT_CHANNEL_MAX_LENGTH,
): string[] {
  const t: T = (key, args) => translate(locale, key, args);
  return views
    .map((view) => renderView(view, t, locale))
    .filter((text): text is string => text !== undefined)
    .flatMap((text) => splitMessage(text, maxLength));
}
