// The bot's update queue: getUpdates long polling with offset confirmation, or webhook delivery with retries.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Update, WebhookInfo } from 'grammy/types';
import { BotApiError, type EmulatorLogger } from './emulator-types';

interface QueuedUpdate {
  update: Update;
  delivered: boolean;
  /** Injected updates are delivered once even when their id is below the offset, to simulate duplicates. */
  injected: boolean;
}

interface Webhook {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: WebhookInfo['allowed_updates'];
}

interface PendingPoll {
  wake: () => void;
  fail: (error: BotApiError) => void;
}

export interface UpdateQueueOptions {
  retryDelayMs: number;
  maxAttempts: number;
  logger?: EmulatorLogger;
  /** A webhook response may carry one Bot API call (a "webhook reply"); the emulator executes it. */
  onWebhookReply: (call: Record<string, unknown>) => Promise<void>;
  /** The first update's id (default 1). */
  firstUpdateId?: number;
}

const WEBHOOK_REQUEST_TIMEOUT_MS = 10_000;
/** Telegram's default for setWebhook's max_connections. */
const DEFAULT_WEBHOOK_CONNECTIONS = 40;

/** The chat an update belongs to (its message's chat, else the person who acted), for per-chat ordering. */
function chatKeyOf(update: Update): string {
  for (const [field, value] of Object.entries(update)) {
    if (field === 'update_id' || !value || typeof value !== 'object') continue;
    const part = value as {
      chat?: { id: number };
      message?: { chat?: { id: number } };
      from?: { id: number };
    };
    const id = part.chat?.id ?? part.message?.chat?.id ?? part.from?.id;
    if (id !== undefined) return String(id);
  }
  return '';
}

export class UpdateQueue {
  private queue: QueuedUpdate[] = [];
  private nextUpdateId: number;
  private pendingPoll?: PendingPoll;
  private webhook?: Webhook;
  private webhookError?: { date: number; message: string };
  private readonly inFlight = new Set<QueuedUpdate>();
  /** Chats with an update on its way to the webhook. */
  private readonly busyChats = new Set<string>();
  private readonly shutdown = new AbortController();

  constructor(private readonly options: UpdateQueueOptions) {
    this.nextUpdateId = options.firstUpdateId ?? 1;
  }

  /** Queues an update; without an update_id it gets the next one. */
  enqueue(update: Omit<Update, 'update_id'> & { update_id?: number }, injected = false): Update {
    const updateId = update.update_id ?? this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, updateId + 1);
    const queued = { ...update, update_id: updateId };
    this.queue.push({ update: queued, delivered: false, injected });
    this.pendingPoll?.wake();
    if (this.webhook) this.deliverToWebhook();
    return queued;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  dropPending(): void {
    this.queue = [];
  }

  async getUpdates(
    request: { offset?: number; limit?: number; timeoutSeconds?: number },
    clientGone: AbortSignal,
  ): Promise<Update[]> {
    if (this.webhook) {
      throw new BotApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    this.confirm(request.offset);
    const limit = Math.min(Math.max(request.limit ?? 100, 1), 100);
    const offset = request.offset ?? 0;
    const timeoutMs = Math.max(request.timeoutSeconds ?? 0, 0) * 1000;

    // Telegram allows one poller per bot; a newer request ends the older one.
    this.pendingPoll?.fail(
      new BotApiError(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      ),
    );
    const ready = this.takeBatch(offset, limit);
    if (ready.length > 0 || timeoutMs === 0 || this.shutdown.signal.aborted) return ready;

    await new Promise<void>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        clientGone.removeEventListener('abort', finish);
        this.shutdown.signal.removeEventListener('abort', finish);
        if (this.pendingPoll === poll) this.pendingPoll = undefined;
        resolve();
      };
      const poll: PendingPoll = {
        wake: finish,
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(finish, timeoutMs);
      clientGone.addEventListener('abort', finish);
      this.shutdown.signal.addEventListener('abort', finish);
      this.pendingPoll = poll;
    });
    if (clientGone.aborted) return [];
    if (this.webhook) return [];
    return this.takeBatch(offset, limit);
  }

  /** Updates below the offset that were delivered are confirmed and forgotten; a negative offset keeps the last -offset ones. */
  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) {
      this.queue = this.queue.slice(offset);
      return;
    }
    this.queue = this.queue.filter(
      (entry) => entry.update.update_id >= offset || (entry.injected && !entry.delivered),
    );
  }

  private takeBatch(offset: number, limit: number): Update[] {
    const batch = this.queue
      .filter((entry) => entry.update.update_id >= offset || (entry.injected && !entry.delivered))
      .slice(0, limit);
    for (const entry of batch) entry.delivered = true;
    return batch.map((entry) => entry.update);
  }

  setWebhook(webhook: Webhook): void {
    this.webhook = webhook;
    this.webhookError = undefined;
    this.pendingPoll?.fail(
      new BotApiError(
        409,
        'Conflict: terminated by setWebhook request; make sure that only one bot instance is running',
      ),
    );
    this.deliverToWebhook();
  }

  deleteWebhook(): void {
    this.webhook = undefined;
    this.webhookError = undefined;
  }

  webhookInfo(): WebhookInfo {
    return {
      url: this.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
      ...(this.webhookError
        ? { last_error_date: this.webhookError.date, last_error_message: this.webhookError.message }
        : {}),
      ...(this.webhook?.maxConnections !== undefined ? { max_connections: this.webhook.maxConnections } : {}),
      ...(this.webhook?.allowedUpdates !== undefined ? { allowed_updates: this.webhook.allowedUpdates } : {}),
    };
  }

  /** Ends pending long polls at once and stops webhook delivery. */
  close(): void {
    this.shutdown.abort();
  }

  /**
   * Delivers queued updates while a webhook is set, as Telegram does: up to the webhook's max_connections (40 by
   * default) at once across chats, but one at a time and in order within a chat, so a bot sees each chat's updates
   * in the order its person sent them.
   */
  private deliverToWebhook(): void {
    const webhook = this.webhook;
    if (!webhook || this.shutdown.signal.aborted) return;
    const limit = webhook.maxConnections ?? DEFAULT_WEBHOOK_CONNECTIONS;
    const waiting = new Set<string>();
    for (const entry of this.queue) {
      if (this.inFlight.size >= limit) return;
      if (this.inFlight.has(entry)) continue;
      const chat = chatKeyOf(entry.update);
      // An earlier update of this chat is still on its way (or waits itself): this one waits behind it.
      if (this.busyChats.has(chat) || waiting.has(chat)) {
        waiting.add(chat);
        continue;
      }
      this.inFlight.add(entry);
      this.busyChats.add(chat);
      void this.deliverOne(webhook, entry, chat);
    }
  }

  private async deliverOne(webhook: Webhook, entry: QueuedUpdate, chat: string): Promise<void> {
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      const delivered = await this.postUpdate(webhook, entry.update);
      if (delivered || this.webhook !== webhook || this.shutdown.signal.aborted) break;
      if (attempt < this.options.maxAttempts) await this.pause(this.options.retryDelayMs);
    }
    this.inFlight.delete(entry);
    this.busyChats.delete(chat);
    if (this.shutdown.signal.aborted) return;
    // Delivered, or given up on after the last attempt (the error stays in getWebhookInfo); an update whose webhook
    // was changed meanwhile stays queued for the new one (or for getUpdates).
    if (this.webhook === webhook) this.queue = this.queue.filter((queued) => queued !== entry);
    this.deliverToWebhook();
  }

  private async postUpdate(webhook: Webhook, update: Update): Promise<boolean> {
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(webhook.secretToken ? { 'X-Telegram-Bot-Api-Secret-Token': webhook.secretToken } : {}),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(WEBHOOK_REQUEST_TIMEOUT_MS)]),
      });
      const responseText = await response.text();
      if (!response.ok) {
        this.recordWebhookError(`Wrong response from the webhook: ${response.status} ${response.statusText}`);
        return false;
      }
      await this.runWebhookReply(responseText, response.headers.get('content-type'));
      return true;
    } catch (error) {
      if (!this.shutdown.signal.aborted) {
        this.recordWebhookError(
          `Connection failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return false;
    }
  }

  private async runWebhookReply(responseText: string, contentType: string | null): Promise<void> {
    if (!contentType?.includes('application/json') || responseText.trim() === '') return;
    try {
      const call = JSON.parse(responseText) as unknown;
      if (
        call !== null &&
        typeof call === 'object' &&
        typeof (call as { method?: unknown }).method === 'string'
      ) {
        await this.options.onWebhookReply(call as Record<string, unknown>);
      }
    } catch (error) {
      // Telegram ignores failures of webhook replies, and so do we; the trace helps debugging.
      this.options.logger?.debug({ error: String(error) }, 'webhook reply failed');
    }
  }

  private recordWebhookError(message: string): void {
    this.webhookError = { date: Math.floor(Date.now() / 1000), message };
    this.options.logger?.debug({ message }, 'webhook delivery failed');
  }

  private async pause(milliseconds: number): Promise<void> {
    try {
      await sleep(milliseconds, undefined, { signal: this.shutdown.signal });
    } catch {
      // Aborted by close(): the delivery loop sees the signal and stops.
    }
  }
}
