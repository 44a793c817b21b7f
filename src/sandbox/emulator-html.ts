// Turns parse_mode HTML into plain text plus entities the way Telegram does, rejecting what Telegram rejects.
import type { MessageEntity } from 'grammy/types';

export class EntityParseError extends Error {}

const SIMPLE_TAGS: Record<string, 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler'> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};
const OTHER_TAGS = new Set(['a', 'code', 'pre', 'blockquote', 'tg-emoji']);

interface OpenTag {
  name: string;
  start: number;
  attributes: Map<string, string>;
  language?: string;
}

/** Telegram reports positions in UTF-8 bytes of the source text. */
function byteOffset(html: string, index: number): number {
  return Buffer.byteLength(html.slice(0, index), 'utf8');
}

function decodeEntity(reference: string): string {
  switch (reference) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
  }
  const codePoint = reference.startsWith('#x')
    ? parseInt(reference.slice(2), 16)
    : parseInt(reference.slice(1), 10);
  return String.fromCodePoint(codePoint);
}

const ENTITY_REFERENCE = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

function decodeText(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, reference: string) =>
    decodeEntity(reference),
  );
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const attribute = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (const match of source.matchAll(attribute)) {
    attributes.set(match[1].toLowerCase(), decodeText(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function entityFor(tag: OpenTag, offset: number, length: number): MessageEntity | undefined {
  const simple = SIMPLE_TAGS[tag.name];
  if (simple) return { type: simple, offset, length };
  switch (tag.name) {
    case 'a': {
      const url = tag.attributes.get('href');
      return url ? { type: 'text_link', offset, length, url } : undefined;
    }
    case 'code':
      return { type: 'code', offset, length };
    case 'pre':
      return tag.language
        ? { type: 'pre', offset, length, language: tag.language }
        : { type: 'pre', offset, length };
    case 'blockquote':
      return tag.attributes.has('expandable')
        ? { type: 'expandable_blockquote', offset, length }
        : { type: 'blockquote', offset, length };
    case 'tg-emoji':
      return { type: 'custom_emoji', offset, length, custom_emoji_id: tag.attributes.get('emoji-id') ?? '' };
  }
  return undefined;
}

export function parseHtmlMessage(html: string): { text: string; entities: MessageEntity[] } {
  let text = '';
  const entities: MessageEntity[] = [];
  const openTags: OpenTag[] = [];
  let index = 0;
  while (index < html.length) {
    const character = html[index];
    if (character === '&') {
      const reference = ENTITY_REFERENCE.exec(html.slice(index, index + 12));
      text += reference ? decodeEntity(reference[1]) : '&';
      index += reference ? reference[0].length : 1;
      continue;
    }
    if (character !== '<') {
      text += character;
      index += 1;
      continue;
    }
    const tagEnd = html.indexOf('>', index);
    if (tagEnd === -1) {
      throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(html, index)}`);
    }
    const inside = html.slice(index + 1, tagEnd);
    if (inside.startsWith('/')) {
      const name = inside.slice(1).trim().toLowerCase();
      const open = openTags.pop();
      if (!open) throw new EntityParseError(`Unexpected end tag at byte offset ${byteOffset(html, index)}`);
      if (name !== open.name) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${byteOffset(html, index)}, expected "</${open.name}>", found "</${name}>"`,
        );
      }
      const parent = openTags.at(-1);
      if (open.name === 'code' && parent?.name === 'pre') {
        // <pre><code class="language-x"> is one pre entity carrying the language.
        const language = open.attributes.get('class')?.replace(/^language-/, '');
        if (language) parent.language = language;
      } else {
        const length = text.length - open.start;
        const entity = length > 0 ? entityFor(open, open.start, length) : undefined;
        if (entity) entities.push(entity);
      }
    } else {
      const startTag = /^([a-zA-Z][\w-]*)([\s\S]*)$/.exec(inside);
      const name = startTag?.[1].toLowerCase() ?? inside;
      if (!startTag || !(name in SIMPLE_TAGS || OTHER_TAGS.has(name))) {
        throw new EntityParseError(
          `Unsupported start tag "${name}" at byte offset ${byteOffset(html, index)}`,
        );
      }
      const attributes = parseAttributes(startTag[2]);
      if (name === 'span' && attributes.get('class') !== 'tg-spoiler') {
        throw new EntityParseError(
          `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(html, index)}`,
        );
      }
      openTags.push({ name, start: text.length, attributes });
    }
    index = tagEnd + 1;
  }
  const unclosed = openTags.at(-1);
  if (unclosed)
    throw new EntityParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  // Telegram lists outer entities before inner ones that start at the same place.
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}
