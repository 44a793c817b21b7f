// Every Fluent message exists in both languages, with the same variables, and every file parses cleanly.
import fs from 'node:fs';
import path from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { LOCALES_DIR, SUPPORTED_LOCALES } from '../../src/i18n';

type Messages = Map<string, { file: string; variables: string[] }>;

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
    const dir = path.join(LOCALES_DIR, 'vi');
    const offending = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.ftl'))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(dir, file), 'utf8')
          .split('\n')
          .filter((line) => /(^|[^\p{L}])bạn([^\p{L}]|$)/iu.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(offending).toEqual([]);
  });
});
