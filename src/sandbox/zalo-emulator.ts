// In-process Zalo Bot API emulator on node:http: the real fetch client talks to it at `<apiRoot>/bot<token>/<method>`,
// tests play the people (they write, send photos, block the bot) and read what the bot sent to each chat.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger';
import {
  createZaloMethods,
  ZaloEmulatorError,
  type ZaloEmulatedChat,
  type ZaloEmulatorState,
  type ZaloMethod,
  type ZaloSentItem,
} from './zalo-emulator-methods';

export { ZaloEmulatorError, type ZaloSentItem } from './zalo-emulator-methods';

export interface ZaloEmulatorOptions {
  /** `{bot_id}:{key}`, as Zalo Bot Manager gives it. */
  token: string;
  host?: string;
  port?: number;
  botName?: string;
  /** Caps getUpdates' `timeout`, so an idle poll ends (408) quickly in tests. Default 30 s. */
  maxPollSeconds?: number;
  /** Webhook posts a receiver refused are tried this many times in all. Default 3. */
  webhookMaxAttempts?: number;
  webhookRetryDelayMs?: number;
  logger?: Logger;
}

/** A fault for the next call of a method: an `ok:false` answer, or a raw body (malformed JSON, an HTML page). */
export type ZaloFault =
  { error_code: number; description: string; httpStatus?: number } | { raw: string; httpStatus: number };

export interface ZaloEmulatorEvents {
  'bot-message': [chatId: string, item: ZaloSentItem];
  'webhook-failed': [error: string];
}

interface Waiter {
  resolve(update: unknown): void;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

async function readBody(request: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return params;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ZaloEmulatorError(400, 'Bad Request: the body is not JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ZaloEmulatorError(400, 'Bad Request: the body must be a JSON object');
  }
  return { ...params, ...(body as Record<string, unknown>) };
}

export class ZaloBotApiEmulator {
  readonly events = new EventEmitter<ZaloEmulatorEvents>();
  /** Calls per method, and how many sends met the 429 switch. */
  readonly stats = { calls: {} as Record<string, number>, rejected429: 0 };
  private readonly state: ZaloEmulatorState;
  private readonly methods: Record<string, ZaloMethod>;
  private readonly pending: unknown[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly faults = new Map<string, ZaloFault[]>();
  private webhookQueue: Promise<void> = Promise.resolve();
  private server?: Server;
  private root?: string;
  private messageCounter = 0;
  private stopped = false;

  constructor(private readonly options: ZaloEmulatorOptions) {
    const botId = options.token.split(':')[0] || '1';
    this.state = {
      botId,
      botName: options.botName ?? 'homecell',
      chats: new Map(),
      rateLimitedSends: 0,
      nextMessageId: () => `emu-${++this.messageCounter}`,
      takeUpdate: (timeoutMs, signal) => this.takeUpdate(timeoutMs, signal),
      onSent: (chatId, item) => this.events.emit('bot-message', chatId, item),
    };
    this.methods = createZaloMethods(this.state, options.maxPollSeconds ?? 30);
  }

  // ---- lifecycle ----

  async start(): Promise<void> {
    if (this.server) throw new Error('ZaloBotApiEmulator is already started');
    const host = this.options.host ?? '127.0.0.1';
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.root = `http://${host}:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(undefined);
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Give the client `apiRoot` as ZALO_API_ROOT. */
  get apiRoot(): string {
    if (!this.root) throw new Error('ZaloBotApiEmulator is not started');
    return this.root;
  }

  // ---- the people ----

  /** A Zalo user who has written to the bot once, so the bot may message them (a chat id exists only then). */
  user(chatId: string, displayName = `Zalo user ${chatId}`): ZaloEmulatedChat {
    let chat = this.state.chats.get(chatId);
    if (!chat) {
      chat = { id: chatId, displayName, blocked: false, sent: [] };
      this.state.chats.set(chatId, chat);
    }
    return chat;
  }

  /** The user writes a text; it reaches the bot by getUpdates or the webhook. Returns its message id. */
  sendText(chatId: string, text: string): string {
    return this.inject(chatId, 'message.text.received', { text });
  }

  /** The user sends a photo, which Zalo hands over as a URL (under `photo_url` in current versions). */
  sendImage(chatId: string, imageUrl: string, caption?: string): string {
    return this.inject(chatId, 'message.image.received', {
      photo_url: imageUrl,
      ...(caption === undefined ? {} : { caption }),
    });
  }

  /** What Zalo sends for a protected user's message: the sender, not the content. */
  sendUnsupported(chatId: string): string {
    return this.inject(chatId, 'message.unsupported.received', {});
  }

  /** The user blocks the bot (or becomes unreachable): every send to the chat fails from now on. */
  block(chatId: string, blocked = true): void {
    this.user(chatId).blocked = blocked;
  }

  /** The next `count` sends (sendMessage, sendPhoto) to any chat are refused with 429. */
  rateLimitNextSends(count: number): void {
    this.state.rateLimitedSends += count;
  }

  /** The next call of `method` answers with this fault instead. */
  failNext(method: string, fault: ZaloFault, times = 1): void {
    if (!this.methods[method]) throw new Error(`failNext: the emulator has no method ${method}`);
    const queued = this.faults.get(method) ?? [];
    for (let count = 0; count < times; count += 1) queued.push(fault);
    this.faults.set(method, queued);
  }

  // ---- what the bot did ----

  /** Everything the bot sent to a chat (texts, photos, chat actions), oldest first. */
  sent(chatId: string): ZaloSentItem[] {
    return [...(this.state.chats.get(chatId)?.sent ?? [])];
  }

  /** The texts the bot sent to a chat, oldest first. */
  messages(chatId: string): string[] {
    return this.sent(chatId).flatMap((item) => (item.type === 'text' && item.text ? [item.text] : []));
  }

  get webhook(): { url: string; secret: string } | undefined {
    return this.state.webhook && { url: this.state.webhook.url, secret: this.state.webhook.secret };
  }

  // ---- inside ----

  private inject(chatId: string, eventName: string, content: Record<string, unknown>): string {
    const chat = this.user(chatId);
    const messageId = `user-${++this.messageCounter}`;
    const update = {
      event_name: eventName,
      message: {
        from: { id: chatId, display_name: chat.displayName, is_bot: false },
        chat: { id: chatId, chat_type: 'PRIVATE' },
        message_id: messageId,
        date: Date.now(),
        ...content,
      },
    };
    if (this.state.webhook) this.postToWebhook(update);
    else {
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(update);
      else this.pending.push(update);
    }
    return messageId;
  }

  private takeUpdate(timeoutMs: number, signal: AbortSignal): Promise<unknown> {
    if (this.pending.length > 0) return Promise.resolve(this.pending.shift());
    if (this.stopped) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve: (update) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', gone);
          resolve(update);
        },
      };
      const leave = () => {
        const index = this.waiters.indexOf(waiter);
        if (index !== -1) this.waiters.splice(index, 1);
        waiter.resolve(undefined);
      };
      // A client that hung up must not swallow the next update.
      const gone = () => leave();
      const timer = setTimeout(leave, timeoutMs);
      signal.addEventListener('abort', gone, { once: true });
      this.waiters.push(waiter);
    });
  }

  /** Posts one update at a time, in order, with the secret header; a refused post is tried again a few times. */
  private postToWebhook(update: unknown): void {
    const webhook = this.state.webhook!;
    const attempts = this.options.webhookMaxAttempts ?? 3;
    const delayMs = this.options.webhookRetryDelayMs ?? 200;
    this.webhookQueue = this.webhookQueue.then(async () => {
      for (let attempt = 1; attempt <= attempts && !this.stopped; attempt++) {
        try {
          const response = await fetch(webhook.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': webhook.secret },
            body: JSON.stringify(update),
            signal: AbortSignal.timeout(10_000),
          });
          await response.arrayBuffer();
          if (response.ok) return;
          this.events.emit('webhook-failed', `HTTP ${response.status}`);
        } catch (error) {
          this.events.emit('webhook-failed', error instanceof Error ? error.message : String(error));
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const route = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!route) return sendJson(response, 404, new ZaloEmulatorError(404, 'Not Found').toBody());
    if (decodeURIComponent(route[1]) !== this.options.token) {
      return sendJson(response, 401, new ZaloEmulatorError(401, 'Unauthorized').toBody());
    }
    const name = route[2];
    const method = Object.hasOwn(this.methods, name) ? this.methods[name] : undefined;
    if (!method)
      return sendJson(response, 404, new ZaloEmulatorError(404, 'Not Found: no such method').toBody());
    this.stats.calls[name] = (this.stats.calls[name] ?? 0) + 1;
    const clientGone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) clientGone.abort();
    });
    try {
      const fault = this.faults.get(name)?.shift();
      if (fault && 'raw' in fault) return sendJson(response, fault.httpStatus, fault.raw);
      if (fault) throw new ZaloEmulatorError(fault.error_code, fault.description, fault.httpStatus);
      const params = await readBody(request, url);
      const result = await method(params, clientGone.signal);
      sendJson(response, 200, { ok: true, result });
    } catch (error) {
      const answer =
        error instanceof ZaloEmulatorError
          ? error
          : new ZaloEmulatorError(500, `Internal Server Error: ${String(error)}`, 500);
      if (answer.errorCode === 429) this.stats.rejected429 += 1;
      this.options.logger?.debug({ method: name, error: answer.description }, 'zalo api call failed');
      sendJson(response, answer.httpStatus, answer.toBody());
    }
  }
}
