// grammY stays inside the Telegram channel: the forms, the records, the scheduler and the translations are shared by
// every channel (Zalo next), so none of them may import grammY or its plugins.
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../../src');
/** The Telegram channel itself, and the sandbox's Telegram Bot API emulator, which speaks Telegram's types. */
const ALLOWED = ['channels/telegram/', 'sandbox/'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the grammY boundary', () => {
  it('has no import of grammY outside channels/telegram and the sandbox emulator', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((file) => !ALLOWED.some((prefix) => file.startsWith(prefix)))
      .filter((file) =>
        /from '(grammy|@grammyjs\/[^']+)(\/[^']*)?'/.test(fs.readFileSync(path.join(SRC, file), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
