// What the web chat draws: Telegram messages (either side) reduced to a bubble, and the menu Telegram would show.
import type { BotCommand, BotCommandScope, Message, MessageEntity, ReplyKeyboardMarkup } from 'grammy/types';
import type { BotApiEmulator, EmulatedBotMessage } from '../emulator';

export interface ButtonView {
  text: string;
  callbackData?: string;
  url?: string;
}

export interface MessageView {
  id: number;
  fromBot: boolean;
  /** Unix seconds. */
  date: number;
  text?: string;
  entities?: MessageEntity[];
  photo?: { fileId: string; width: number; height: number };
  document?: { fileId: string; fileName: string; mimeType: string; size: number };
  /** Kinds the page has no drawing for (sticker, voice, location...), so it can say what arrived. */
  other?: string;
  keyboard?: ButtonView[][];
  edited: boolean;
}

type AnyMessage = Message | EmulatedBotMessage;

const UNDRAWN_KINDS = ['sticker', 'voice', 'location', 'video', 'audio', 'contact', 'animation'] as const;

export function messageView(message: AnyMessage, fromBot: boolean): MessageView {
  const photo = message.photo?.at(-1);
  const document = message.document;
  const text = message.text ?? message.caption;
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  const other = UNDRAWN_KINDS.find((kind) => kind in message);
  const keyboard = message.reply_markup?.inline_keyboard.map((row) =>
    row.map((button): ButtonView => ({
      text: button.text,
      ...('callback_data' in button ? { callbackData: button.callback_data } : {}),
      ...('url' in button ? { url: button.url } : {}),
    })),
  );
  return {
    id: message.message_id,
    fromBot,
    date: message.date,
    ...(text !== undefined ? { text } : {}),
    ...(entities && entities.length > 0 ? { entities } : {}),
    ...(photo ? { photo: { fileId: photo.file_id, width: photo.width, height: photo.height } } : {}),
    ...(document
      ? {
          document: {
            fileId: document.file_id,
            fileName: document.file_name ?? 'file',
            mimeType: document.mime_type ?? 'application/octet-stream',
            size: document.file_size ?? 0,
          },
        }
      : {}),
    ...(other ? { other } : {}),
    ...(keyboard && keyboard.some((row) => row.length > 0) ? { keyboard } : {}),
    edited: 'edit_date' in message && message.edit_date !== undefined,
  };
}

export function conversationView(emulator: BotApiEmulator, chatId: number): MessageView[] {
  return emulator.conversation(chatId).map((entry) => messageView(entry.message, entry.fromBot));
}

/** The reply keyboard under the input field: rows of labels that send themselves as text. */
export function replyKeyboardView(markup: ReplyKeyboardMarkup | undefined): string[][] | null {
  if (!markup) return null;
  return markup.keyboard.map((row) =>
    row.map((button) => (typeof button === 'string' ? button : button.text)),
  );
}

/**
 * The command list a private chat sees, resolved as Telegram clients do: the narrowest scope that has one,
 * each tried with the user's language before without it.
 */
export function commandMenuFor(
  emulator: BotApiEmulator,
  chatId: number,
  languageCode: string | undefined,
): BotCommand[] {
  const scopes: BotCommandScope[] = [
    { type: 'chat', chat_id: chatId },
    { type: 'all_private_chats' },
    { type: 'default' },
  ];
  for (const scope of scopes) {
    const languages = languageCode ? [languageCode, undefined] : [undefined];
    for (const language of languages) {
      const commands = emulator.commands(scope, language);
      if (commands.length > 0) return commands;
    }
  }
  return [];
}
