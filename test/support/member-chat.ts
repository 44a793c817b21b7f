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
  /** A photo: the text is wrapped in a JPEG's first bytes (homecell checks them), or raw bytes as given. */
  sendPhoto(bytes?: string | Buffer): Promise<{ reply: EmulatedBotMessage; fileId: string; bytes: Buffer }>;
  /** A document: a .pdf name gets a PDF header before the text, another name a JPEG's; raw bytes as given. */
  sendDocument(
    fileName: string,
    bytes?: string | Buffer,
    mimeType?: string,
  ): Promise<{ reply: EmulatedBotMessage; fileId: string; bytes: Buffer }>;
  /** The message as it is now (after edits). */
  current(messageId: number): EmulatedBotMessage;
}

let nextUserId = 7100;

/** The first bytes of a JPEG (SOI + JFIF APP0) and then the text: enough for homecell's check of the type. */
export function jpegBytes(text = 'photo'): Buffer {
  const jfif = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
  return Buffer.concat([jfif, Buffer.from(text), Buffer.from([0xff, 0xd9])]);
}

export function pdfBytes(text = 'document'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
}

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
    sendPhoto: async (content = 'photo-bytes') => {
      let fileId = '';
      const bytes = typeof content === 'string' ? jpegBytes(content) : content;
      const reply = await send(() => {
        const update = emulator.sendPhoto(userId, { bytes });
        fileId = update.message!.photo!.at(-1)!.file_id;
      });
      return { reply, fileId, bytes };
    },
    sendDocument: async (fileName, content = 'document-bytes', mimeType) => {
      let fileId = '';
      const isPdf = fileName.endsWith('.pdf');
      const bytes = typeof content !== 'string' ? content : isPdf ? pdfBytes(content) : jpegBytes(content);
      const reply = await send(() => {
        const update = emulator.sendDocument(userId, {
          bytes,
          fileName,
          mimeType: mimeType ?? (isPdf ? 'application/pdf' : 'image/jpeg'),
        });
        fileId = update.message!.document!.file_id;
      });
      return { reply, fileId, bytes };
    },
    current: (messageId) => emulator.messages(userId).find((m) => m.message_id === messageId)!,
  };
}

/** The bytes homecell kept for a StoredFile row (from its file storage), to compare with what the member sent. */
export async function keptBytes(harness: BotHarness, storedFileId: unknown): Promise<Buffer> {
  if (typeof storedFileId !== 'number') throw new Error(`not a stored file id: ${String(storedFileId)}`);
  const kept = await harness.files.read(storedFileId);
  if (!kept) throw new Error(`no stored file ${storedFileId}`);
  return kept.bytes;
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
