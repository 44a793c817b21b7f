// Sends a rendered message to a Telegram chat through grammY's Api, and sorts its failures into what to do next.
import { Api, GrammyError, HttpError } from 'grammy';
import type { RenderedMessage } from './render';

export interface ChatChannel {
  send(chatId: string, message: RenderedMessage): Promise<void>;
}

export type SendFailure =
  /** Telegram's 429: everyone waits `retryAfterMs`, then the same message is sent again. */
  | { type: 'rate-limited'; retryAfterMs: number; error: string }
  /** 403 (blocked, deactivated) or "chat not found": the member can't be reached by the bot. */
  | { type: 'unreachable'; error: string }
  /** Network or Telegram trouble that passes: try again later. */
  | { type: 'transient'; error: string }
  /** The request itself is wrong (too long, bad markup): trying again would fail again. */
  | { type: 'permanent'; error: string };

export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const description = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 1;
      return { type: 'rate-limited', retryAfterMs: seconds * 1000, error: description };
    }
    if (error.error_code === 403 || /chat not found|user is deactivated/i.test(error.description)) {
      return { type: 'unreachable', error: description };
    }
    if (error.error_code >= 500) return { type: 'transient', error: description };
    return { type: 'permanent', error: description };
  }
  if (error instanceof HttpError) return { type: 'transient', error: `network: ${error.message}` };
  return { type: 'transient', error: error instanceof Error ? error.message : String(error) };
}

/**
 * A Telegram channel on its own Api instance: the bot's instance waits out 429s call by call (auto-retry), while
 * the delivery must pause all its workers at once.
 */
export function telegramChannel(options: {
  token: string;
  apiRoot: string;
  timeoutSeconds?: number;
}): ChatChannel {
  const api = new Api(options.token, {
    apiRoot: options.apiRoot,
    timeoutSeconds: options.timeoutSeconds ?? 30,
  });
  return {
    async send(chatId, message) {
      await api.sendMessage(chatId, message.text, message.keyboard ? { reply_markup: message.keyboard } : {});
    },
  };
}
