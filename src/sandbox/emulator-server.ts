// The HTTP side of the emulator: routes Bot API calls and file downloads, injects faults, enforces the rate limit.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBotMethods, type BotMethod } from './emulator-bot-methods';
import { readApiCall, type ApiCall } from './emulator-params';
import {
  BotApiError,
  tooManyRequests,
  type BotApiEmulatorOptions,
  type EmulatorStats,
  type FaultSpec,
} from './emulator-types';
import type { UpdateQueue } from './emulator-updates';
import type { EmulatorWorld } from './emulator-world';

/** Calls that put a message in front of someone; these count against the global rate limit. */
const RATE_LIMITED_METHODS = new Set([
  'sendMessage',
  'sendDocument',
  'sendPhoto',
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
]);
const NEW_MESSAGE_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto']);

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

export class BotApiServer {
  private readonly botMethods: Record<string, BotMethod>;
  private readonly methodNames = new Map<string, string>();
  private readonly faults = new Map<string, FaultSpec[]>();
  private readonly recentSends: number[] = [];
  private readonly counters: EmulatorStats = { calls: {}, rejected429: 0, sentMessages: 0 };
  private server?: Server;
  private root?: string;
  private token: string;

  constructor(
    private readonly options: BotApiEmulatorOptions,
    private readonly world: EmulatorWorld,
    private readonly updates: UpdateQueue,
  ) {
    this.token = options.token;
    this.botMethods = createBotMethods(world, updates);
    // Telegram matches method names case-insensitively.
    for (const name of Object.keys(this.botMethods)) this.methodNames.set(name.toLowerCase(), name);
  }

  async start(): Promise<void> {
    if (this.server) throw new Error('BotApiEmulator is already started');
    const host = this.options.host ?? '127.0.0.1';
    const server = createServer((request, response) => void this.handleRequest(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.root = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    // Let long polls that were just ended write their empty answers before the sockets go.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Calls and downloads with the old token get 401 / 404 from now on. */
  changeToken(token: string): void {
    this.token = token;
  }

  get apiRoot(): string {
    if (!this.root) throw new Error('BotApiEmulator is not started');
    return this.root;
  }

  get stats(): EmulatorStats {
    return structuredClone(this.counters);
  }

  failNext(method: string, error: FaultSpec, times: number): void {
    const name = this.methodNames.get(method.toLowerCase());
    if (!name) throw new Error(`failNext: the emulator has no method ${method}`);
    const queued = this.faults.get(name) ?? [];
    for (let count = 0; count < times; count += 1) queued.push(error);
    this.faults.set(name, queued);
  }

  /** Executes a method call carried in a webhook response, as Telegram does. */
  async runWebhookReply(call: Record<string, unknown>): Promise<void> {
    const { method: requestedMethod, ...params } = call;
    const method = this.methodNames.get(String(requestedMethod).toLowerCase());
    if (!method) return;
    await this.invoke(method, { params, uploads: new Map() }, new AbortController().signal);
  }

  private async handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download && request.method === 'GET') {
      this.serveFile(decodeURIComponent(download[1]), decodeURIComponent(download[2]), response);
      return;
    }
    const route = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
    if (!route) {
      sendJson(response, 404, new BotApiError(404, 'Not Found').toBody());
      return;
    }
    if (decodeURIComponent(route[1]) !== this.token) {
      sendJson(response, 401, new BotApiError(401, 'Unauthorized').toBody());
      return;
    }
    const method = this.methodNames.get(route[2].toLowerCase());
    if (!method) {
      sendJson(response, 404, new BotApiError(404, 'Not Found: method not found').toBody());
      return;
    }
    const clientGone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) clientGone.abort();
    });
    try {
      const call = await readApiCall(request, url);
      const result = await this.invoke(method, call, clientGone.signal);
      sendJson(response, 200, { ok: true, result });
    } catch (error) {
      const apiError =
        error instanceof BotApiError
          ? error
          : new BotApiError(
              500,
              `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`,
            );
      sendJson(response, apiError.errorCode, apiError.toBody());
    }
  }

  private async invoke(method: string, call: ApiCall, clientGone: AbortSignal): Promise<unknown> {
    this.counters.calls[method] = (this.counters.calls[method] ?? 0) + 1;
    this.options.logger?.debug({ method, chatId: call.params.chat_id }, 'bot api call');
    let reservedSendSlot: number | undefined;
    try {
      const fault = this.faults.get(method)?.shift();
      if (fault) {
        const retryAfter = fault.error_code === 429 ? (fault.retry_after ?? 1) : fault.retry_after;
        throw new BotApiError(
          fault.error_code,
          fault.description,
          retryAfter !== undefined ? { retry_after: retryAfter } : undefined,
        );
      }
      if (RATE_LIMITED_METHODS.has(method)) reservedSendSlot = this.reserveSendSlot();
      const result = await this.botMethods[method](call, clientGone);
      if (NEW_MESSAGE_METHODS.has(method)) this.counters.sentMessages += 1;
      return result;
    } catch (error) {
      // A failed call did not send anything, so it gives its rate-limit slot back.
      const slotIndex = reservedSendSlot === undefined ? -1 : this.recentSends.indexOf(reservedSendSlot);
      if (slotIndex !== -1) this.recentSends.splice(slotIndex, 1);
      if (error instanceof BotApiError) {
        if (error.errorCode === 429) this.counters.rejected429 += 1;
        this.options.logger?.debug({ method, error: error.description }, 'bot api call failed');
      }
      throw error;
    }
  }

  /** Rolling one-second window across all chats, like Telegram's ~30 messages/s per bot. */
  private reserveSendSlot(): number | undefined {
    const limit = this.options.globalRateLimitPerSecond;
    if (limit === undefined) return undefined;
    const now = Date.now();
    while (this.recentSends.length > 0 && this.recentSends[0] <= now - 1000) this.recentSends.shift();
    if (this.recentSends.length >= limit) {
      throw tooManyRequests(Math.max(1, Math.ceil((this.recentSends[0] + 1000 - now) / 1000)));
    }
    this.recentSends.push(now);
    return now;
  }

  private serveFile(token: string, filePath: string, response: ServerResponse): void {
    const file = token === this.token ? this.world.files.getByPathForBot(filePath) : undefined;
    if (!file) {
      sendJson(response, 404, new BotApiError(404, 'Not Found').toBody());
      return;
    }
    response.writeHead(200, {
      'content-type': file.mime_type ?? 'application/octet-stream',
      'content-length': file.bytes.length,
    });
    response.end(file.bytes);
  }
}
