// Handles updates that are already in the inbox (posted to the webhook, or taken over after a process died), a
// bounded number at a time; the bot's own middleware keeps the updates of one chat in order.
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../logger';
import type { Records } from '../../records';
import type { BotContext } from './context';
import type { ClaimedUpdates } from './middlewares/inbox';

/** How long after the last webhook call the intake counts as busy, and how many handlings run meanwhile. */
const INTAKE_QUIET_MS = 150;
const CONCURRENCY_DURING_INTAKE = 4;

/**
 * Updates handled at once by one process, by webhook or long polling. Every handling needs the database pool (10
 * connections) several times; more at once only queue there, and a form's submission that waits 2 s for its
 * transaction fails: with the runner's default of 500, 300 members checking in at once (bench:updates) met
 * "Unable to start a transaction in the given time" and got the apology.
 */
export const HANDLER_CONCURRENCY = 64;

export class UpdateProcessor {
  private readonly waiting: Update[] = [];
  private readonly running = new Set<Promise<void>>();
  private lastArrival = -Infinity;
  private resume: NodeJS.Timeout | undefined;

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly claimed: ClaimedUpdates,
    private readonly logger: Logger,
    private readonly concurrency = HANDLER_CONCURRENCY,
  ) {}

  /**
   * A webhook call is arriving. Answering Telegram's calls comes before handling what is already stored (it retries
   * a slow answer, and the handlers' work would delay reading the next calls on a busy CPU), so while calls keep
   * arriving only a few handlings run; the rest start once the burst is over.
   */
  noteArrival(): void {
    this.lastArrival = performance.now();
  }

  /** Takes an update this process has stored and leased; it is handled as soon as a slot is free. */
  submit(update: Update): void {
    this.claimed.add(update);
    this.waiting.push(update);
    this.pump();
  }

  get size(): number {
    return this.waiting.length + this.running.size;
  }

  private pump(): void {
    const quietFor = performance.now() - this.lastArrival;
    const limit = quietFor < INTAKE_QUIET_MS ? CONCURRENCY_DURING_INTAKE : this.concurrency;
    if (limit < this.concurrency && this.waiting.length > 0 && !this.resume) {
      this.resume = setTimeout(() => {
        this.resume = undefined;
        this.pump();
      }, INTAKE_QUIET_MS - quietFor);
    }
    while (this.running.size < limit && this.waiting.length > 0) {
      const update = this.waiting.shift()!;
      const handling: Promise<void> = this.bot
        .handleUpdate(update)
        .catch((error: unknown) => {
          // The bot's error boundary answers and logs failures of features; this is what escaped it.
          this.logger.error({ err: error, updateId: update.update_id }, 'update failed outside the bot');
        })
        .finally(() => {
          this.running.delete(handling);
          this.pump();
        });
      this.running.add(handling);
    }
  }

  /**
   * Waits for the updates in hand, at most `graceMs`; those still waiting stay leased in the inbox and are taken
   * over when their lease runs out. Returns how many were not finished.
   */
  async drain(graceMs = 30_000): Promise<number> {
    this.waiting.length = 0;
    clearTimeout(this.resume);
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    while (this.running.size > 0) {
      const done = await Promise.race([
        Promise.race(this.running).then(() => false),
        deadline.then(() => true),
      ]);
      if (done) break;
    }
    return this.running.size;
  }
}

/**
 * Every few seconds, looks for updates whose handler stopped without finishing and whose lease ran out (the process
 * was killed mid-way), and handles them here. One that was tried too often is given up with an error line.
 */
export function startInboxRecovery(options: {
  records: Records;
  processor: UpdateProcessor;
  logger: Logger;
  everyMs?: number;
}): () => Promise<void> {
  const { records, processor, logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const once = async () => {
    // Leave the queue room for fresh updates: stale ones are few (a killed process leaves its in-flight ones).
    if (processor.size > 100) return;
    const { taken, givenUp } = await records.inboundUpdates.takeOverStale('telegram', 50);
    for (const row of givenUp)
      logger.error(
        { channel: row.channel, updateId: row.updateId, attempts: row.attempts },
        'update given up: its handling never finished',
      );
    if (taken.length > 0)
      logger.warn({ count: taken.length }, 'handling updates left unfinished by a stopped process');
    for (const row of taken) processor.submit(row.payload as Update);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = once()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not look for unfinished updates'))
        .finally(schedule);
    }, options.everyMs ?? 5_000);
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await round;
  };
}
