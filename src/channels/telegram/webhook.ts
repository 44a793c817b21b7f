// The Telegram webhook: checks the secret, stores the update in the inbox and answers at once, then handles it.
// Telegram retries a call that is slow or fails, so the answer must never wait for the handling.
import type http from 'node:http';
import type { Update } from 'grammy/types';
import type { RouteHandler } from '../../http/server';
import type { Logger } from '../../logger';
import type { InboundUpdateRecords } from '../../records/inbound-updates';
import { telegramFingerprint } from './middlewares/inbox';
import type { UpdateProcessor } from './update-processor';

/** A Telegram update is a few kilobytes; a message is at most 4,096 characters. Larger bodies are not updates. */
export const WEBHOOK_MAX_BODY_BYTES = 256 * 1024;

class BodyTooLarge extends Error {}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped (never kept), so the sender still gets its 413.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}

/**
 * Stores the updates that arrive in the same turn of the event loop in one statement: a burst of Telegram's calls
 * (it sends up to 100 at once per bot, more after an outage) costs a few round trips, not one each.
 */
class IntakeBatch {
  private waiting: Array<{
    update: Update;
    claimed: (fresh: boolean) => void;
    failed: (error: unknown) => void;
  }> = [];
  private scheduled = false;

  constructor(
    private readonly inbox: InboundUpdateRecords,
    private readonly maxBatch = 250,
  ) {}

  claim(update: Update): Promise<boolean> {
    return new Promise((claimed, failed) => {
      this.waiting.push({ update, claimed, failed });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush(this.waiting.splice(0, this.maxBatch));
      this.schedule();
    });
  }

  private async flush(batch: IntakeBatch['waiting']): Promise<void> {
    try {
      const claimed = await this.inbox.claimMany(
        batch.map(({ update }) => ({
          channel: 'telegram' as const,
          updateId: String(update.update_id),
          fingerprint: telegramFingerprint(update),
          payload: update,
        })),
      );
      for (const entry of batch) entry.claimed(claimed.has(`telegram:${entry.update.update_id}`));
    } catch (error) {
      for (const entry of batch) entry.failed(error);
    }
  }
}

function answer(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(text);
}

export function telegramWebhook(options: {
  secret: string;
  /** The inbox the webhook stores into: on its own small pool, so a burst is never queued behind the handlers. */
  inbox: InboundUpdateRecords;
  processor: UpdateProcessor;
  logger: Logger;
  maxBodyBytes?: number;
}): RouteHandler {
  const { processor, logger } = options;
  const intake = new IntakeBatch(options.inbox);
  return async (request, response) => {
    // The secret comes first: nobody else makes the service read a body.
    if (request.headers['x-telegram-bot-api-secret-token'] !== options.secret) {
      answer(response, 401, 'unauthorized');
      return;
    }
    processor.noteArrival();
    let update: unknown;
    try {
      update = JSON.parse(
        (await readBody(request, options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES)).toString('utf8'),
      );
    } catch (error) {
      if (error instanceof BodyTooLarge) answer(response, 413, 'too large');
      else answer(response, 400, 'not JSON');
      return;
    }
    if (!isUpdate(update)) {
      answer(response, 400, 'not an update');
      return;
    }
    let fresh: boolean;
    try {
      fresh = await intake.claim(update);
    } catch (error) {
      // Not stored, so not answered: Telegram keeps the update and tries again, by then the database may be back.
      logger.warn(
        { err: error, updateId: update.update_id },
        'could not store a webhook update; Telegram will retry',
      );
      answer(response, 503, 'try again');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    if (fresh) processor.submit(update);
    else logger.info({ updateId: update.update_id }, 'update already received, not handled again');
  };
}
