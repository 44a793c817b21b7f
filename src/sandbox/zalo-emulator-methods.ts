// The Zalo Bot API methods the emulator answers, over its world of chats: what Zalo checks, and its answer shapes.
import { ZALO_MAX_TEXT } from '../channels/zalo/client';

/** An `ok:false` answer; Zalo answers its errors with HTTP 200 unless the fault says otherwise. */
export class ZaloEmulatorError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly httpStatus = 200,
  ) {
    super(description);
  }

  toBody(): { ok: false; error_code: number; description: string } {
    return { ok: false, error_code: this.errorCode, description: this.description };
  }
}

export interface ZaloSentItem {
  type: 'text' | 'photo' | 'chat-action';
  messageId: string;
  /** Milliseconds, as Zalo dates its messages. */
  date: number;
  text?: string;
  photo?: string;
  caption?: string;
  action?: string;
}

export interface ZaloEmulatedChat {
  id: string;
  displayName: string;
  blocked: boolean;
  sent: ZaloSentItem[];
}

export interface ZaloEmulatorState {
  botId: string;
  botName: string;
  chats: Map<string, ZaloEmulatedChat>;
  webhook?: { url: string; secret: string; updatedAt: number };
  /** Sends still to refuse with 429 (the switch a test turns on). */
  rateLimitedSends: number;
  nextMessageId(): string;
  /** Waits for the next update, or resolves undefined after `timeoutMs`. */
  takeUpdate(timeoutMs: number, signal: AbortSignal): Promise<unknown>;
  onSent(chatId: string, item: ZaloSentItem): void;
}

export type ZaloMethod = (params: Record<string, unknown>, signal: AbortSignal) => Promise<unknown> | unknown;

const badRequest = (description: string) => new ZaloEmulatorError(400, `Bad Request: ${description}`);

function chatOf(state: ZaloEmulatorState, params: Record<string, unknown>): ZaloEmulatedChat {
  const chatId = params.chat_id;
  if (typeof chatId !== 'string' && typeof chatId !== 'number') throw badRequest('chat_id is required');
  const chat = state.chats.get(String(chatId));
  if (!chat) throw new ZaloEmulatorError(404, 'Not Found: chat not found');
  if (chat.blocked) throw new ZaloEmulatorError(403, 'Forbidden: the user has blocked the bot');
  return chat;
}

/** Counted as UTF-16 units, the strictest reading of "characters". */
function checkText(value: unknown, field: string, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw badRequest(`${field} is empty`);
  if (value.length > ZALO_MAX_TEXT)
    throw badRequest(`${field} is too long (at most ${ZALO_MAX_TEXT} characters)`);
  return value;
}

function isHttpUrl(value: unknown, httpsOnly: boolean): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    // Zalo wants public HTTPS; the emulator lets a test's local server stand in.
    return (
      !httpsOnly || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    );
  } catch {
    return false;
  }
}

/** A send that may meet the 429 switch: it refuses before anything is recorded. */
function throttled(state: ZaloEmulatorState): void {
  if (state.rateLimitedSends > 0) {
    state.rateLimitedSends -= 1;
    throw new ZaloEmulatorError(429, 'Too Many Requests');
  }
}

function record(
  state: ZaloEmulatorState,
  chat: ZaloEmulatedChat,
  item: Omit<ZaloSentItem, 'messageId' | 'date'>,
) {
  const sent: ZaloSentItem = { ...item, messageId: state.nextMessageId(), date: Date.now() };
  chat.sent.push(sent);
  state.onSent(chat.id, sent);
  return { message_id: sent.messageId, date: sent.date };
}

export function createZaloMethods(
  state: ZaloEmulatorState,
  maxPollSeconds: number,
): Record<string, ZaloMethod> {
  return {
    getMe: () => ({
      id: state.botId,
      account_name: state.botName,
      account_type: 'BASIC',
      can_join_groups: false,
      display_name: state.botName,
    }),
    async getUpdates(params, signal) {
      if (state.webhook) {
        throw new ZaloEmulatorError(409, 'Conflict: cannot use getUpdates while a webhook is set');
      }
      const requested = Number(params.timeout ?? 30);
      const seconds = Number.isFinite(requested) && requested >= 0 ? Math.min(requested, maxPollSeconds) : 30;
      const update = await state.takeUpdate(seconds * 1000, signal);
      if (update === undefined) throw new ZaloEmulatorError(408, 'Request timeout');
      return update;
    },
    setWebhook(params) {
      if (!isHttpUrl(params.url, true)) throw badRequest('url must be an HTTPS URL');
      const secret = params.secret_token;
      if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256) {
        throw badRequest('secret_token must be 8-256 characters');
      }
      state.webhook = { url: params.url, secret, updatedAt: Date.now() };
      return { url: params.url, updated_at: state.webhook.updatedAt };
    },
    deleteWebhook() {
      const updatedAt = Date.now();
      state.webhook = undefined;
      return { url: '', updated_at: updatedAt };
    },
    getWebhookInfo: () => ({ url: state.webhook?.url ?? '', updated_at: state.webhook?.updatedAt ?? 0 }),
    sendMessage(params) {
      const chat = chatOf(state, params);
      const text = checkText(params.text, 'text', true)!;
      throttled(state);
      return record(state, chat, { type: 'text', text });
    },
    sendPhoto(params) {
      const chat = chatOf(state, params);
      if (!isHttpUrl(params.photo, false)) throw badRequest('photo must be a URL');
      const caption = checkText(params.caption, 'caption', false);
      throttled(state);
      return record(state, chat, { type: 'photo', photo: params.photo, ...(caption ? { caption } : {}) });
    },
    sendChatAction(params) {
      const chat = chatOf(state, params);
      if (params.action !== 'typing' && params.action !== 'upload_photo') throw badRequest('unknown action');
      chat.sent.push({ type: 'chat-action', action: params.action, messageId: '', date: Date.now() });
      return true;
    },
  };
}
