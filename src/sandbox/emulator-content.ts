// Message content rules shared by the send and edit methods: HTML formatting, inline keyboards, MIME types.
import type { InlineKeyboardMarkup, MessageEntity, ReplyKeyboardMarkup } from 'grammy/types';
import { EntityParseError, parseHtmlMessage } from './emulator-html';
import { optionalJson } from './emulator-params';
import { badRequest } from './emulator-types';
import type { MessageContent } from './emulator-world';

const MAX_CALLBACK_DATA_BYTES = 64;
const BOT_COMMAND = /(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g;
const INLINE_BUTTON_ACTIONS = [
  'callback_data',
  'url',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

export interface ParsedReplyMarkup {
  inlineKeyboard?: InlineKeyboardMarkup;
  /** Undefined leaves the chat's reply keyboard alone; null removes it. */
  chatKeyboard?: ReplyKeyboardMarkup | null;
}

/** Applies parse_mode HTML like Telegram; other modes are kept verbatim. */
export function formattedText(
  raw: string,
  parseMode: string | undefined,
  explicitEntities: MessageEntity[] | undefined,
): { text: string; entities?: MessageEntity[] } {
  if (parseMode?.toLowerCase() === 'html') {
    try {
      const parsed = parseHtmlMessage(raw);
      return parsed.entities.length > 0 ? parsed : { text: parsed.text };
    } catch (error) {
      if (error instanceof EntityParseError) throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  }
  // Markdown modes are kept verbatim: the emulator does not reimplement their escaping rules.
  return explicitEntities && explicitEntities.length > 0
    ? { text: raw, entities: explicitEntities }
    : { text: raw };
}

function validateInlineKeyboard(markup: InlineKeyboardMarkup): InlineKeyboardMarkup | undefined {
  if (!Array.isArray(markup.inline_keyboard) || !markup.inline_keyboard.every((row) => Array.isArray(row))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  for (const button of markup.inline_keyboard.flat() as unknown as Record<string, unknown>[]) {
    if (typeof button?.text !== 'string' || button.text === '') {
      throw badRequest("can't parse inline keyboard button: Text must be non-empty");
    }
    if (!INLINE_BUTTON_ACTIONS.some((action) => button[action] !== undefined)) {
      throw badRequest(
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      );
    }
    const data = button.callback_data;
    if (data !== undefined) {
      const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
      if (bytes === 0 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest('BUTTON_DATA_INVALID');
    }
  }
  // A keyboard without buttons is no keyboard: Telegram removes it.
  return markup.inline_keyboard.some((row) => row.length > 0) ? markup : undefined;
}

export function parseReplyMarkup(params: Record<string, unknown>): ParsedReplyMarkup {
  const markup = optionalJson<Record<string, unknown>>(params, 'reply_markup');
  if (markup === undefined) return {};
  if ('inline_keyboard' in markup) {
    const inlineKeyboard = validateInlineKeyboard(markup as unknown as InlineKeyboardMarkup);
    return inlineKeyboard ? { inlineKeyboard } : {};
  }
  if ('keyboard' in markup) return { chatKeyboard: markup as unknown as ReplyKeyboardMarkup };
  if (markup.remove_keyboard === true) return { chatKeyboard: null };
  if (markup.force_reply === true) return {};
  throw badRequest("can't parse reply keyboard markup JSON object");
}

export function editedInlineKeyboard(params: Record<string, unknown>): InlineKeyboardMarkup | undefined {
  const markup = optionalJson<Record<string, unknown>>(params, 'reply_markup');
  if (markup === undefined) return undefined;
  if (!('inline_keyboard' in markup)) throw badRequest("can't parse inline keyboard markup JSON object");
  return validateInlineKeyboard(markup as unknown as InlineKeyboardMarkup);
}

export function mimeTypeFor(fileName: string, fallback: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? fallback;
}

/** A person's text message; commands get bot_command entities as Telegram adds them. */
export function textContent(text: string): MessageContent {
  const entities = [...text.matchAll(BOT_COMMAND)].map((match) => ({
    type: 'bot_command' as const,
    offset: match.index ?? 0,
    length: match[0].length,
  }));
  return entities.length > 0 ? { text, entities } : { text };
}
