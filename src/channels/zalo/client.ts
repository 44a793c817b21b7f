// A small client for the Zalo Bot Platform on Node's fetch: every answer checked with zod (`ok`, not HTTP 200, is
// success), a timeout on every call, and the token, which sits in the URL path, kept out of every message.
import { z } from 'zod';
import { parseZaloUpdates, type ZaloUpdate } from './updates';

export { parseZaloUpdate, parseZaloUpdates, type ZaloMessageMeta, type ZaloUpdate } from './updates';

export const ZALO_DEFAULT_API_ROOT = 'https://bot-api.zaloplatforms.com';
/** sendMessage takes 1-2,000 characters. */
export const ZALO_MAX_TEXT = 2000;
/** Zalo's idle long poll: `ok:false`, `error_code` 408. */
export const ZALO_IDLE_POLL = 408;

/** Replaces the token wherever it might appear: as given, and any `/bot<something>/` path segment. */
export function redactToken(text: string, token: string): string {
  let redacted = token.length > 0 ? text.split(token).join('<token>') : text;
  redacted = redacted.split(encodeURIComponent(token)).join('<token>');
  return redacted.replace(/\/bot[^/\s"'?#]+/g, '/bot<token>');
}

/** Zalo answered, and the answer is not a success: `ok:false`, an HTTP error, or something unreadable. */
export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  constructor(
    readonly method: string,
    /** Zalo's `error_code`; undefined when the answer had none (an HTTP error page, malformed JSON). */
    readonly errorCode: number | undefined,
    readonly description: string,
    readonly httpStatus: number,
    /** Seconds to wait, when a 429 says so (Zalo publishes no such field; read it if it comes). */
    readonly retryAfterSeconds?: number,
  ) {
    super(`Zalo ${method} failed: ${errorCode ?? `HTTP ${httpStatus}`} ${description}`);
  }
}

/** No answer: the network failed or the call timed out. */
export class ZaloNetworkError extends Error {
  override readonly name = 'ZaloNetworkError';
  constructor(
    readonly method: string,
    readonly reason: 'timeout' | 'network',
    detail: string,
  ) {
    super(`Zalo ${method}: ${reason === 'timeout' ? 'no answer in time' : 'network error'} (${detail})`);
  }
}

// Numbers Zalo may send as strings; ids are kept as strings.
const looseNumber = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.number().finite(),
);
const looseId = z.union([z.string().min(1), z.number()]).transform(String);

const answerSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: looseNumber.optional().catch(undefined),
  description: z.string().optional().catch(undefined),
  parameters: z
    .looseObject({ retry_after: looseNumber.optional().catch(undefined) })
    .optional()
    .catch(undefined),
});

const botInfoSchema = z
  .looseObject({
    id: looseId,
    account_name: z.string().optional(),
    display_name: z.string().optional(),
    name: z.string().optional(),
    account_type: z.string().optional(),
    can_join_groups: z.boolean().optional(),
  })
  .transform((bot) => ({
    id: bot.id,
    name: bot.display_name ?? bot.account_name ?? bot.name,
    accountName: bot.account_name,
    accountType: bot.account_type,
  }));
export type ZaloBotInfo = z.infer<typeof botInfoSchema>;

const sentMessageSchema = z
  .looseObject({ message_id: looseId.optional(), date: looseNumber.optional() })
  .transform((sent) => ({ messageId: sent.message_id, date: sent.date }));
export type ZaloSentMessage = z.infer<typeof sentMessageSchema>;

const webhookInfoSchema = z
  .looseObject({ url: z.string().optional(), updated_at: looseNumber.optional() })
  .transform((info) => ({ url: info.url ?? '', updatedAt: info.updated_at }));
export type ZaloWebhookInfo = z.infer<typeof webhookInfoSchema>;

export interface ZaloClientOptions {
  token: string;
  /** Default Zalo's; requests go to `<apiRoot>/bot<token>/<method>`, so an emulator can stand in. */
  apiRoot?: string;
  /** Each call's limit, beyond a long poll's own timeout. Default 30 s. */
  timeoutMs?: number;
  /** For tests; default the global fetch. */
  fetch?: typeof fetch;
}

export class ZaloClient {
  readonly #token: string;
  readonly #apiRoot: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(options: ZaloClientOptions) {
    this.#token = options.token;
    this.#apiRoot = (options.apiRoot ?? ZALO_DEFAULT_API_ROOT).replace(/\/+$/, '');
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#fetch = options.fetch ?? fetch;
  }

  async getMe(signal?: AbortSignal): Promise<ZaloBotInfo> {
    const result = await this.call('getMe', {}, { signal });
    const bot = botInfoSchema.safeParse(result);
    if (!bot.success) throw new ZaloApiError('getMe', undefined, 'the answer carries no bot id', 200);
    return bot.data;
  }

  /**
   * One long poll: the update Zalo holds (one at a time, there is no offset), or none when the poll ended idle
   * (408). An array, so a server that ever answers several is read as well.
   */
  async getUpdates(options: { timeoutSeconds?: number; signal?: AbortSignal } = {}): Promise<ZaloUpdate[]> {
    const timeoutSeconds = options.timeoutSeconds ?? 30;
    try {
      const result = await this.call(
        'getUpdates',
        { timeout: timeoutSeconds },
        { signal: options.signal, timeoutMs: timeoutSeconds * 1000 + this.#timeoutMs },
      );
      return parseZaloUpdates(result);
    } catch (error) {
      if (error instanceof ZaloApiError && (error.errorCode ?? error.httpStatus) === ZALO_IDLE_POLL)
        return [];
      throw error;
    }
  }

  /** Zalo requires a public HTTPS URL; the secret (8-256 characters) comes back as `X-Bot-Api-Secret-Token`. */
  async setWebhook(url: string, secretToken: string, signal?: AbortSignal): Promise<ZaloWebhookInfo> {
    const result = await this.call('setWebhook', { url, secret_token: secretToken }, { signal });
    return webhookInfoSchema.catch({ url, updatedAt: undefined }).parse(result ?? {});
  }

  async deleteWebhook(signal?: AbortSignal): Promise<void> {
    await this.call('deleteWebhook', {}, { signal });
  }

  async getWebhookInfo(signal?: AbortSignal): Promise<ZaloWebhookInfo> {
    return webhookInfoSchema.parse((await this.call('getWebhookInfo', {}, { signal })) ?? {});
  }

  async sendMessage(chatId: string, text: string, signal?: AbortSignal): Promise<ZaloSentMessage> {
    const result = await this.call('sendMessage', { chat_id: chatId, text }, { signal });
    return sentMessageSchema.catch({ messageId: undefined, date: undefined }).parse(result ?? {});
  }

  /** Zalo takes a photo URL, not an upload. */
  async sendPhoto(
    chatId: string,
    photoUrl: string,
    caption?: string,
    signal?: AbortSignal,
  ): Promise<ZaloSentMessage> {
    const body =
      caption === undefined
        ? { chat_id: chatId, photo: photoUrl }
        : { chat_id: chatId, photo: photoUrl, caption };
    const result = await this.call('sendPhoto', body, { signal });
    return sentMessageSchema.catch({ messageId: undefined, date: undefined }).parse(result ?? {});
  }

  async sendChatAction(chatId: string, action: 'typing' = 'typing', signal?: AbortSignal): Promise<void> {
    await this.call('sendChatAction', { chat_id: chatId, action }, { signal });
  }

  /** POSTs a JSON body and returns `result` of an `ok:true` answer; throws ZaloApiError or ZaloNetworkError. */
  async call(
    method: string,
    body: Record<string, unknown>,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.#timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(`${this.#apiRoot}/bot${this.#token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      // fetch's own errors may quote the URL: only a redacted detail leaves, never the error itself as a cause.
      const reason = timeout.aborted ? 'timeout' : 'network';
      throw new ZaloNetworkError(method, reason, this.redact(networkDetail(error)));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ZaloApiError(
        method,
        undefined,
        `malformed answer: ${this.redact(snippet(text))}`,
        response.status,
      );
    }
    const answer = answerSchema.safeParse(json);
    if (!answer.success) {
      throw new ZaloApiError(
        method,
        undefined,
        `unexpected answer: ${this.redact(snippet(text))}`,
        response.status,
      );
    }
    const { ok, result, error_code: errorCode, description, parameters } = answer.data;
    if (!ok || !response.ok) {
      throw new ZaloApiError(
        method,
        errorCode ?? (response.ok ? undefined : response.status),
        this.redact(description ?? (response.statusText || 'no description')),
        response.status,
        parameters?.retry_after,
      );
    }
    return result;
  }

  private redact(text: string): string {
    return redactToken(text, this.#token);
  }
}

function networkDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
  const causeMessage = cause instanceof Error ? cause.message : undefined;
  return [error.message, code ?? causeMessage].filter(Boolean).join(': ');
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat || '(empty)';
}
