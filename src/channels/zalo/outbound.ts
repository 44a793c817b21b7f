// The Zalo side of the delivery: a message view as numbered text (Zalo has no buttons), split into messages of at
// most 2,000 characters, sent through the fetch client, and Zalo's failures sorted into what to do next.
import type { Translate } from '../../i18n';
import type { MessageView, OutboundChannel, SendFailure } from '../outbound';
import { splitText, textWithNumberedActions } from '../text-view';
import { ZaloApiError, ZaloClient, ZaloNetworkError, ZALO_MAX_TEXT } from './client';

/**
 * What the renderer may put in one view: a digest lists as much as on Telegram and goes out as at most two Zalo
 * messages, cut at line or word boundaries.
 */
export const ZALO_VIEW_MAX_TEXT = 2 * ZALO_MAX_TEXT - 100;

/** Zalo publishes neither its limits nor a retry-after: a 429 without one pauses the delivery this long. */
export const ZALO_DEFAULT_RATE_LIMIT_PAUSE_MS = 5_000;

/** Tries for the rest of a split message after its first part went out (sending it all again would repeat it). */
const CONTINUATION_TRIES = 3;

/** The messages one view becomes on Zalo: its text with the actions numbered and how to answer them, split. */
export function zaloMessages(view: MessageView, locale: string, translate: Translate): string[] {
  return splitText(textWithNumberedActions(view, locale, translate), ZALO_MAX_TEXT).filter(
    (part) => part.trim().length > 0,
  );
}

/** Zalo's error codes are not published: read the usual HTTP meanings and the descriptions Zalo is known to give. */
export function classifyZaloError(
  error: unknown,
  defaultPauseMs = ZALO_DEFAULT_RATE_LIMIT_PAUSE_MS,
): SendFailure {
  if (error instanceof ZaloApiError) {
    const code = error.errorCode ?? error.httpStatus;
    const description = `${code}: ${error.description}`;
    if (code === 429 || error.httpStatus === 429) {
      const retryAfterMs =
        error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : defaultPauseMs;
      return { type: 'rate-limited', retryAfterMs, error: description };
    }
    if (
      code === 403 ||
      /chat not found|user not found|not found chat|blocked|not (a )?follower|unfollow|deactivated|unreachable/i.test(
        error.description,
      )
    ) {
      return { type: 'unreachable', error: description };
    }
    if (error.errorCode === undefined && error.httpStatus < 400) {
      // An answer that could not be read (a proxy's page, malformed JSON): the message may go through next time.
      return { type: 'transient', error: description };
    }
    if (code === 408 || code >= 500 || error.httpStatus >= 500)
      return { type: 'transient', error: description };
    return { type: 'permanent', error: description };
  }
  if (error instanceof ZaloNetworkError) return { type: 'transient', error: error.message };
  return { type: 'transient', error: error instanceof Error ? error.message : String(error) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function zaloOutbound(options: {
  token: string;
  apiRoot: string;
  translate: Translate;
  messagesPerSecond: number;
  /** How long the delivery pauses on a 429 that names no wait (policy data). */
  rateLimitPauseMs?: number;
  timeoutMs?: number;
}): OutboundChannel {
  const client = new ZaloClient({
    token: options.token,
    apiRoot: options.apiRoot,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  const pauseMs = options.rateLimitPauseMs ?? ZALO_DEFAULT_RATE_LIMIT_PAUSE_MS;
  const classify = (error: unknown) => classifyZaloError(error, pauseMs);
  const spacingMs = Math.ceil(1000 / options.messagesPerSecond);
  // Sends to one chat go one after another: the delivery works several rows at once, and a digest's second part
  // must follow its first, not an alert that happened to be sent in the pause between them.
  const chatTails = new Map<string, Promise<void>>();
  const inTurn = (chatId: string, send: () => Promise<void>): Promise<void> => {
    const previous = chatTails.get(chatId) ?? Promise.resolve();
    const mine = previous.then(send, send);
    const tail = mine.catch(() => undefined);
    chatTails.set(chatId, tail);
    void tail.then(() => {
      if (chatTails.get(chatId) === tail) chatTails.delete(chatId);
    });
    return mine;
  };
  const sendView = async (chatId: string, view: MessageView, locale: string): Promise<void> => {
    const [first, ...rest] = zaloMessages(view, locale, options.translate);
    if (first === undefined) return;
    // The first part fails the whole send (the delivery retries it); once it reached the member, the rest is
    // worth waiting for: a 429 in the middle waits and tries again rather than repeating the first part later.
    await client.sendMessage(chatId, first);
    for (const part of rest) {
      for (let attempt = 1; ; attempt++) {
        await sleep(spacingMs);
        try {
          await client.sendMessage(chatId, part);
          break;
        } catch (error) {
          const failure = classify(error);
          if (failure.type === 'rate-limited' && attempt < CONTINUATION_TRIES) {
            await sleep(failure.retryAfterMs);
            continue;
          }
          if (failure.type === 'transient' && attempt < CONTINUATION_TRIES) continue;
          throw error;
        }
      }
    }
  };
  return {
    name: 'zalo',
    maxTextLength: ZALO_VIEW_MAX_TEXT,
    messagesPerSecond: options.messagesPerSecond,
    send: (chatId, view, locale) => inTurn(chatId, () => sendView(chatId, view, locale)),
    classify,
  };
}
