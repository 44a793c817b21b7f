// Every Fluent message exists in both languages, with the same variables, and every file parses cleanly.
import fs from 'node:fs';
import path from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { LOCALES_DIR, SUPPORTED_LOCALES } from '../../src/i18n';

type Messages = Map<string, { file: string; variables: string[] }>;

/** Every piece of text a message can show: its pattern's text, each variant of a select, string literals. */
function textsOf(pattern: unknown): string[] {
  if (typeof pattern === 'string') return [pattern];
  if (Array.isArray(pattern)) return pattern.flatMap((element) => textsOf(element));
  if (!pattern || typeof pattern !== 'object') return [];
  const element = pattern as { type?: string; value?: unknown; variants?: Array<{ value: unknown }> };
  if (element.type === 'select') return element.variants!.flatMap((variant) => textsOf(variant.value));
  if (element.type === 'str') return textsOf(element.value);
  return [];
}

function variablesOf(source: string): string[] {
  return [...new Set([...source.matchAll(/\{\s*\$([a-zA-Z][\w-]*)/g)].map((match) => match[1]))].sort();
}

function loadLocale(locale: string): Messages {
  const messages: Messages = new Map();
  const dir = path.join(LOCALES_DIR, locale);
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ftl'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const resource = new FluentResource(source);
    // FluentResource skips broken entries silently; count ids by hand to catch them.
    const declared = [...source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((match) => match[1]);
    expect({ file, ids: resource.body.map((entry) => entry.id) }).toEqual({ file, ids: declared });
    const blocks = source.split(/^(?=[a-z][a-z0-9-]*\s*=)/m);
    for (const block of blocks) {
      const id = /^([a-z][a-z0-9-]*)\s*=/.exec(block)?.[1];
      if (!id) continue;
      expect(messages.has(id) ? `${id} duplicated in ${file}` : id).toBe(id);
      messages.set(id, { file, variables: variablesOf(block) });
    }
  }
  return messages;
}

describe('locales', () => {
  const [first, ...others] = SUPPORTED_LOCALES;
  const reference = loadLocale(first);

  it('has messages', () => {
    expect(reference.size).toBeGreaterThan(20);
  });

  it.each(others)('%s has exactly the keys, files and variables of vi', (locale) => {
    const messages = loadLocale(locale);
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [id, entry] of reference) {
      expect({ id, ...messages.get(id) }).toEqual({ id, ...entry });
    }
  });

  it('addresses members as "đồng chí" in Vietnamese, never "bạn"', () => {
    // "bạn" as a whole word in any case ("Bạn", "BẠN"), however its marks are encoded; "bạn bè" too, not "bản".
    const ban = /(?<![\p{L}\p{M}\p{N}])bạn(?![\p{L}\p{M}\p{N}])/iu;
    const dir = path.join(LOCALES_DIR, 'vi');
    const texts = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.ftl'))
      .flatMap((file) =>
        new FluentResource(fs.readFileSync(path.join(dir, file), 'utf8')).body.flatMap((message) =>
          [message.value, ...Object.values(message.attributes)]
            .flatMap((pattern) => textsOf(pattern))
            .map((text) => `${file}: ${message.id}: ${text.normalize('NFC').trim()}`),
        ),
      );
    expect(texts).toContain('help.ftl: help-header: Các lệnh đồng chí dùng được:');
    expect(texts.filter((text) => ban.test(text))).toEqual([]);
    // The check itself: it catches the word in every form it may take, and leaves other words alone.
    for (const text of ['Các lệnh bạn dùng được', 'Bạn', 'BẠN ơi', 'bạn'.normalize('NFD'), '(bạn)'])
      expect({ text, caught: ban.test(text.normalize('NFC')) }).toEqual({ text, caught: true });
    for (const text of ['bản tự kiểm điểm', 'ban chấp hành', 'bạnh', 'bàn'])
      expect({ text, caught: ban.test(text.normalize('NFC')) }).toEqual({ text, caught: false });
  });
});
