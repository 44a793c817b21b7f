// A message view as plain text for channels without buttons (and for the CLI's listing): the actions as numbered
// lines, long texts split into messages at line or word boundaries, never inside a word or a character.
import type { Translate } from '../i18n';
import type { MessageView } from './outbound';

/** The view's text with its actions as "1. …" lines and how to answer them, in the reader's language. */
export function textWithNumberedActions(view: MessageView, locale: string, translate: Translate): string {
  const lines = [...view.paragraphs];
  if (view.actions.length > 0) {
    lines.push('', ...view.actions.map((action, index) => `${index + 1}. ${action.label}`));
    lines.push('', translate(locale, 'nudge-footer-numbered', { count: view.actions.length }));
  }
  return lines.join('\n');
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Splits a text into messages of at most `limit` UTF-16 units (the strictest way a channel may count "characters"):
 * at a line break where one is near, else at a space, else between whole graphemes, so a Vietnamese letter and its
 * marks are never cut apart.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let end = 0;
    for (const { segment } of graphemes.segment(rest)) {
      if (end + segment.length > limit) break;
      end += segment.length;
    }
    const head = rest.slice(0, end);
    const newline = head.lastIndexOf('\n');
    const space = head.lastIndexOf(' ');
    const cut = newline > limit / 2 ? newline : space > limit / 2 ? space : end;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
