// The cell's side in the emulator: a secretary (or officer) chat, replies that span several messages, documents received.
import type { EmulatedBotMessage } from '../../src/sandbox/emulator-types';
import type { BotHarness } from './bot-harness';
import { RECORDED_LONG_AGO } from './fixtures';
import { chatOf, type MemberChat } from './member-chat';

let nextUserId = 8800;

/** Binds a fresh chat to an existing member record directly, as a redeemed invite would. */
export async function bindExisting(harness: BotHarness, memberId: number): Promise<CellChat> {
  nextUserId += 1;
  await harness.database.db.chatIdentity.create({
    data: { channel: 'telegram', externalId: String(nextUserId), memberId, boundAt: RECORDED_LONG_AGO },
  });
  return cellChat(harness, chatOf(harness, nextUserId, memberId));
}

export interface CellChat extends MemberChat {
  /** Sends a text and collects every new bot message until one matches `until` (default: the first one). */
  ask(text: string, until?: (message: EmulatedBotMessage) => boolean): Promise<EmulatedBotMessage[]>;
  /** Presses a button by label and collects new messages until one matches `until`. */
  press(
    message: EmulatedBotMessage,
    label: string | RegExp,
    until?: (message: EmulatedBotMessage) => boolean,
  ): Promise<EmulatedBotMessage[]>;
  /** Presses the number button of the list line matching `line` (the /pending screens: a numbered list, number buttons). */
  openListed(
    list: EmulatedBotMessage,
    line: RegExp,
    until?: (message: EmulatedBotMessage) => boolean,
  ): Promise<EmulatedBotMessage[]>;
  /** Presses raw callback data and collects new messages until one matches. */
  pressData(
    messageId: number,
    data: string,
    until?: (message: EmulatedBotMessage) => boolean,
  ): Promise<EmulatedBotMessage[]>;
  /** The bytes of a document the bot sent. */
  bytesOf(message: EmulatedBotMessage): Buffer;
}

export function cellChat(harness: BotHarness, chat: MemberChat): CellChat {
  const { emulator } = harness;
  const collect = async (act: () => void, until: (message: EmulatedBotMessage) => boolean) => {
    const after = emulator.mark();
    const before = new Set(emulator.messages(chat.userId).map((message) => message.message_id));
    act();
    const last = await emulator.waitForMessage(chat.userId, { after, match: (m) => !m.edited && until(m) });
    return emulator
      .messages(chat.userId)
      .filter((message) => !before.has(message.message_id) && message.message_id <= last.message_id);
  };
  const first = () => true;
  return {
    ...chat,
    ask: (text, until = first) => collect(() => emulator.sendText(chat.userId, text), until),
    press: (message, label, until = first) =>
      collect(() => emulator.pressButtonWithText(chat.userId, message.message_id, label), until),
    openListed: (list, line, until = first) => {
      const matching = (list.text ?? '').split('\n').filter((text) => line.test(text));
      if (matching.length !== 1) throw new Error(`${matching.length} lines match ${line} in: ${list.text}`);
      const number = /^(\d+)\. /.exec(matching[0])?.[1];
      if (!number) throw new Error(`no item number in: ${matching[0]}`);
      return collect(() => emulator.pressButtonWithText(chat.userId, list.message_id, number), until);
    },
    pressData: (messageId, data, until = first) =>
      collect(() => emulator.pressButton(chat.userId, messageId, data), until),
    bytesOf: (message) => emulator.fileBytes(message.document!.file_id),
  };
}

export const textOf = (messages: EmulatedBotMessage[]): string =>
  messages.map((message) => message.text ?? message.caption ?? '').join('\n');

export const hasButtons = (message: EmulatedBotMessage): boolean =>
  (message.reply_markup?.inline_keyboard.flat().length ?? 0) > 0;
