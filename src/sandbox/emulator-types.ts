// Shared types of the Bot API emulator: options, the user-side views, events and Telegram-shaped errors.
import type { ChatHistory } from './chat-history';
import type { Document, InlineKeyboardMarkup, MessageEntity, PhotoSize, Update } from 'grammy/types';

/** Just enough of a pino-like logger; the emulator only traces what it does. */
export interface EmulatorLogger {
  debug(details: object, message?: string): void;
}

export interface BotApiEmulatorOptions {
  token: string;
  /** Username returned by getMe (without @). */
  botUsername?: string;
  /** first_name returned by getMe. */
  botFirstName?: string;
  host?: string;
  /** 0 picks any free port. */
  port?: number;
  /** When set, sends and edits beyond this many per rolling second are rejected with 429, as Telegram does. */
  globalRateLimitPerSecond?: number;
  /** Delay between webhook delivery attempts (Telegram waits longer; tests want it short). */
  webhookRetryDelayMs?: number;
  /** Attempts per update before the emulator gives up on it, recording the error in getWebhookInfo. */
  webhookMaxAttempts?: number;
  logger?: EmulatorLogger;
  /**
   * The first update's id (default 1). Telegram never repeats an id within a week; an emulator that starts again
   * from 1 on the same records would send ids the bot's inbox already holds.
   */
  firstUpdateId?: number;
  /** The sandbox keeps its chats in DATA_DIR: restored at construction, saved after changes and at stop. */
  history?: ChatHistory;
}

export interface UserProfile {
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** What a person sees of one bot message: its current state after any edits. */
export interface EmulatedBotMessage {
  message_id: number;
  /** Unix seconds, as in Telegram. */
  date: number;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  /** parse_mode the bot asked for; HTML is already applied to text/entities, other modes are kept verbatim. */
  parse_mode?: string;
  reply_markup?: InlineKeyboardMarkup;
  document?: Document;
  photo?: PhotoSize[];
  reply_to_message_id?: number;
  edited: boolean;
  edit_date?: number;
}

export interface CallbackAnswer {
  callback_query_id: string;
  /** Chat of the message the button was on, when known. */
  chat_id?: number;
  message_id?: number;
  from_id: number;
  data?: string;
  text?: string;
  show_alert: boolean;
  url?: string;
  cache_time?: number;
}

export interface FaultSpec {
  error_code: number;
  description: string;
  retry_after?: number;
}

export interface EmulatorStats {
  calls: Record<string, number>;
  rejected429: number;
  sentMessages: number;
}

/** Options of waitForMessage; `after` is a value returned by mark(). */
export interface WaitForMessageOptions {
  /** Consider bot messages created or edited after this mark, including ones that already happened. Default: only from now on. */
  after?: number;
  match?: (message: EmulatedBotMessage) => boolean;
  timeoutMs?: number;
}

/** Events a live view (the sandbox web chat) can follow. */
export interface EmulatorEvents {
  'bot-message': [chatId: number, message: EmulatedBotMessage, info: { edited: boolean }];
  'bot-message-deleted': [chatId: number, messageId: number];
  'callback-answer': [answer: CallbackAnswer];
  'chat-action': [chatId: number, action: string];
  /** Every update queued for the bot, from the simulated people or injected. */
  update: [update: Update];
}

export interface TelegramErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** Thrown by method handlers; the HTTP layer turns it into Telegram's error JSON with the same status code. */
export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number },
  ) {
    super(description);
    this.name = 'BotApiError';
  }

  toBody(): TelegramErrorBody {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (detail: string): BotApiError => new BotApiError(400, `Bad Request: ${detail}`);

export const tooManyRequests = (retryAfterSeconds: number): BotApiError =>
  new BotApiError(429, `Too Many Requests: retry after ${retryAfterSeconds}`, {
    retry_after: retryAfterSeconds,
  });
