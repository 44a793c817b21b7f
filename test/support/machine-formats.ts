// What no person should read: an ISO date or month, a UTC instant, a raw IANA zone name. Texts the bot sends are
// scanned for them (a member's own words quoted back are not the bot's format and are left alone).
import type { BotApiEmulator } from '../../src/sandbox/emulator';

const PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'ISO date', pattern: /\b(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g },
  { name: 'ISO month', pattern: /\b(19|20)\d{2}-(0[1-9]|1[0-2])\b(?!-\d)/g },
  { name: 'UTC instant', pattern: /\b\d{2}:\d{2}(:\d{2})?(\.\d+)?Z\b|\dT\d{2}:\d{2}/g },
  {
    name: 'IANA zone',
    pattern: /\b(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+/g,
  },
];

export interface MachineFormat {
  kind: string;
  found: string;
  text: string;
}

export function machineFormats(text: string, typedByPeople: readonly string[] = []): MachineFormat[] {
  return PATTERNS.flatMap(({ name, pattern }) =>
    [...text.matchAll(pattern)]
      .map((match) => match[0])
      .filter((found) => !typedByPeople.some((typed) => typed.includes(found)))
      .map((found) => ({ kind: name, found, text })),
  );
}

/** Every text and button label the bot showed in the emulator's chats, with what people typed there. */
export function botTexts(emulator: BotApiEmulator): MachineFormat[] {
  return emulator.allBotMessages().flatMap(({ chatId, message }) => {
    const typed = emulator
      .conversation(chatId)
      .filter((entry) => !entry.fromBot)
      .map((entry) => entry.message.text ?? entry.message.caption ?? '');
    const labels = (message.reply_markup?.inline_keyboard ?? []).flat().map((button) => button.text);
    return [message.text ?? message.caption ?? '', ...labels].flatMap((text) => machineFormats(text, typed));
  });
}

/**
 * Fails the suite when the bot showed a person a machine format (issue 12): every suite that drives the bot through
 * the harness is scanned when it stops, with the texts listed so the message at fault is easy to find.
 */
export function assertNoMachineFormats(emulator: BotApiEmulator): void {
  const found = botTexts(emulator);
  if (found.length === 0) return;
  const shown = found
    .slice(0, 10)
    .map((entry) => `- ${entry.kind} "${entry.found}" in: ${entry.text.slice(0, 300)}`)
    .join('\n');
  throw new Error(`the bot showed ${found.length} machine format(s) to people:\n${shown}`);
}
