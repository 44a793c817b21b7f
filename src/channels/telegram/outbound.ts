// The Telegram side of the delivery: a message view as text with an inline keyboard (one button per action, handled
// by features/open-form.ts), sent through grammY's Api, and Telegram's failures sorted into what to do next.
import { Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Translate } from '../../i18n';
import type { MessageView, OutboundChannel, SendFailure } from '../outbound';
import { openFormCallback } from './callback-data';

/** Telegram takes 4096 characters; a digest is cut a little below so its "… and N more" line fits. */
export const TELEGRAM_MAX_TEXT = 3900;

export function telegramMessage(
  view: MessageView,
  locale: string,
  translate: Translate,
): { text: string; keyboard?: InlineKeyboardMarkup } {
  const lines = [...view.paragraphs];
  if (view.actions.length === 0) return { text: lines.join('\n').slice(0, 4096) };
  lines.push('', translate(locale, 'nudge-footer'));
  return {
    text: lines.join('\n').slice(0, 4096),
    keyboard: {
      inline_keyboard: view.actions.map((action) => [
        { text: action.label, callback_data: openFormCallback(action.form) },
      ]),
    },
  };
}

export function classifyTelegramError(error: unknown): SendFailure {
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
 * The channel on its own Api instance: the bot's instance waits out 429s call by call (auto-retry), while the
 * delivery must pause all its workers at once.
 */
export function telegramOutbound(options: {
  token: string;
  apiRoot: string;
  translate: Translate;
  messagesPerSecond: number;
  timeoutSeconds?: number;
}): OutboundChannel {
  const api = new Api(options.token, {
    apiRoot: options.apiRoot,
    timeoutSeconds: options.timeoutSeconds ?? 30,
  });
  return {
    name: 'telegram',
    maxTextLength: TELEGRAM_MAX_TEXT,
    messagesPerSecond: options.messagesPerSecond,
    async send(chatId, view, locale) {
      const message = telegramMessage(view, locale, options.translate);
      await api.sendMessage(chatId, message.text, message.keyboard ? { reply_markup: message.keyboard } : {});
    },
    classify: classifyTelegramError,
  };
}
