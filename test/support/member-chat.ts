// A member bound by invite to a chat in the emulator, with the moves a phone user makes and waits for what they see.
import type { Database } from '../../src/db/client';
import { chatSessionKey } from '../../src/records/session-storage';
import type { EmulatedBotMessage } from '../../src/sandbox/emulator-types';
import type { BotHarness } from './bot-harness';
import { createMember, type TestCell } from './fixtures';

export type MemberFields = Parameters<typeof createMember>[2];

export interface MemberChat {
  userId: number;
  memberId: number;
  fullName: string;
  /** Sends a text; resolves with the bot's next new message. */
  say(text: string): Promise<EmulatedBotMessage>;
  /** Presses the button with this label; resolves with the next new message. */
  tap(message: EmulatedBotMessage, label: string | RegExp): Promise<EmulatedBotMessage>;
  /** Presses a button that changes its own message (a toggle, Edit); resolves with the edited message. */
  tapInPlace(message: EmulatedBotMessage, label: string | RegExp): Promise<EmulatedBotMessage>;
  /** Presses raw callback data (forged, or from an old message) and resolves with the alert the member sees. */
  pressRaw(
    messageId: number,
    data: string,
    chatId?: number,
  ): Promise<{ text?: string; show_alert?: boolean }>;
  /** Sends anything (photo, document, sticker) through the emulator; resolves with the next new message. */
  send(act: (userId: number) => unknown): Promise<EmulatedBotMessage>;
  sendPhoto(bytes?: string): Promise<{ reply: EmulatedBotMessage; fileId: string }>;
  sendDocument(fileName: string, bytes?: string): Promise<{ reply: EmulatedBotMessage; fileId: string }>;
  /** The message as it is now (after edits). */
  current(messageId: number): EmulatedBotMessage;
}

let nextUserId = 7100;

/** Creates a member in the cell and binds a fresh chat to them with an invite, as the secretary's link would. */
export async function bindMember(
  harness: BotHarness,
  cell: TestCell,
  fields: MemberFields = {},
): Promise<MemberChat> {
  nextUserId += 1;
  const userId = nextUserId;
  const record = await createMember(harness.database.db, cell, fields);
  const { code } = await harness.records.invites.issue(record.id, { label: 'test' });
  await harness.say(userId, `/start ${code}`);
  return chatOf(harness, userId, record.id, record.fullName);
}

export function chatOf(harness: BotHarness, userId: number, memberId: number, fullName = ''): MemberChat {
  const { emulator } = harness;
  const newMessage = (after: number) => emulator.waitForMessage(userId, { after, match: (m) => !m.edited });
  const send = async (act: (userId: number) => unknown) => {
    const after = emulator.mark();
    act(userId);
    return newMessage(after);
  };
  return {
    userId,
    memberId,
    fullName,
    say: (text) => send(() => emulator.sendText(userId, text)),
    tap: (message, label) => send(() => emulator.pressButtonWithText(userId, message.message_id, label)),
    tapInPlace: async (message, label) => {
      const after = emulator.mark();
      emulator.pressButtonWithText(userId, message.message_id, label);
      return emulator.waitForMessage(userId, {
        after,
        match: (m) => m.edited && m.message_id === message.message_id,
      });
    },
    pressRaw: async (messageId, data, chatId) => {
      const update = emulator.pressButton(userId, messageId, data, chatId ? { chatId } : {});
      return emulator.waitForCallbackAnswer(update.callback_query!.id);
    },
    send,
    sendPhoto: async (bytes = 'photo-bytes') => {
      let fileId = '';
      const reply = await send(() => {
        const update = emulator.sendPhoto(userId, { bytes: Buffer.from(bytes) });
        fileId = update.message!.photo!.at(-1)!.file_id;
      });
      return { reply, fileId };
    },
    sendDocument: async (fileName, bytes = 'document-bytes') => {
      let fileId = '';
      const reply = await send(() => {
        const update = emulator.sendDocument(userId, {
          bytes: Buffer.from(bytes),
          fileName,
          mimeType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
        });
        fileId = update.message!.document!.file_id;
      });
      return { reply, fileId };
    },
    current: (messageId) => emulator.messages(userId).find((m) => m.message_id === messageId)!,
  };
}

export const buttons = (message: EmulatedBotMessage): string[] =>
  message.reply_markup?.inline_keyboard.flat().map((button) => button.text) ?? [];

/** The draft kept in the chat's session, as stored in the database. */
export async function storedDraft(db: Database, userId: number) {
  const row = await db.session.findUnique({ where: { key: chatSessionKey('telegram', userId) } });
  return row
    ? (JSON.parse(row.value) as { form?: { formId: string; stepId: string; answers: object } }).form
    : undefined;
}

/** The session is written just after the reply goes out, so the stored draft is read until it settles. */
export async function expectDraft(db: Database, userId: number, expected: object | undefined): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const draft = await storedDraft(db, userId);
    try {
      if (expected === undefined) expect(draft).toBeUndefined();
      else expect(draft).toMatchObject(expected);
      return;
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
