// Delivery on BullMQ: one job per outbox row (job id from the row's key), urgent kinds first, retries with
// exponential backoff, and on a 429 the whole queue waits Telegram's retry_after.
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { ClaimedNotification } from '../records/notifications';
import { URGENT_KINDS } from '../records/notification-payloads';
import { connectRedis } from '../redis';
import { deliverNotification, type DeliveryDeps, type DeliveryOutcome } from './deliver';
import type { DeliveryTransport } from './in-process-delivery';

export const DELIVERY_QUEUE = 'homecell-delivery';

const jobDataSchema = z.object({
  id: z.number().int().positive(),
  key: z.string().min(1),
  /** The instant the rules see, when a run pretends it is another time; the worker's clock otherwise. */
  at: z.iso.datetime({ offset: true }).optional(),
});
type JobData = z.infer<typeof jobDataSchema>;

/** BullMQ refuses ':' in custom job ids; this escape keeps one id per key. */
export function jobIdOf(key: string): string {
  return key.replace(/[%:]/g, (character) => (character === '%' ? '%25' : '%3A'));
}

export class BullDelivery implements DeliveryTransport {
  private readonly queue: Queue<JobData>;
  private readonly worker: Worker<JobData>;
  private readonly connections: Redis[];

  constructor(
    private readonly deps: DeliveryDeps,
    options: {
      redisUrl: string;
      concurrency: number;
      clock: () => Date;
      prefix?: string;
      /** BullMQ's job lock and stalled-job check (tests shorten them to see a killed worker's jobs come back). */
      lockDurationMs?: number;
      stalledIntervalMs?: number;
      onOutcome?: (key: string, outcome: DeliveryOutcome) => void;
    },
  ) {
    // BullMQ's blocking commands need ioredis to retry forever rather than fail a request.
    const connection = () =>
      connectRedis(options.redisUrl, deps.logger, 'delivery queue', { maxRetriesPerRequest: null });
    this.connections = [connection(), connection()];
    const prefix = options.prefix ?? 'homecell';
    this.queue = new Queue<JobData>(DELIVERY_QUEUE, { connection: this.connections[0], prefix });
    this.worker = new Worker<JobData>(DELIVERY_QUEUE, (job) => this.process(job, options.clock), {
      connection: this.connections[1],
      prefix,
      concurrency: options.concurrency,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    });
    this.worker.on('completed', (job, outcome: DeliveryOutcome) => {
      options.onOutcome?.(job.data.key, outcome);
    });
    this.worker.on('failed', (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      // The last try failed: the row is marked so it is not tried forever; the error stays on it.
      void this.deps.records.notifications
        .markFailed(job.data.id, error.message)
        .catch((markError: unknown) => this.deps.logger.error({ err: markError }, 'could not mark failed'));
    });
    // While Redis is away the queue and the worker report every failed command; the connections say it once.
    this.worker.on('error', (error) => this.deps.logger.warn({ err: error }, 'delivery worker error'));
    this.queue.on('error', (error) => this.deps.logger.warn({ err: error }, 'delivery queue error'));
  }

  async submit(rows: readonly ClaimedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    const { policy } = this.deps;
    await this.queue.addBulk(
      rows.map((row) => ({
        name: row.kind,
        data: { id: row.id, key: row.key },
        opts: {
          jobId: jobIdOf(row.key),
          priority: (URGENT_KINDS as readonly string[]).includes(row.kind) ? 1 : 10,
          attempts: policy.delivery.maxAttempts,
          backoff: { type: 'exponential', delay: policy.delivery.retryBaseSeconds * 1000 },
          // The outbox keeps the history; finished jobs leave so the same key can be queued again after a retry.
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }

  /** Waits until the queue has nothing waiting, delayed or active (for runs that deliver and then report). */
  async idle(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
    await Promise.all(this.connections.map((connection) => connection.quit().catch(() => undefined)));
  }

  private async process(job: Job<JobData>, clock: () => Date): Promise<DeliveryOutcome> {
    const data = jobDataSchema.safeParse(job.data);
    if (!data.success) {
      this.deps.logger.error(
        { job: job.id, problem: data.error.issues[0]?.message },
        'bad delivery job; dropped',
      );
      return { outcome: 'skipped' };
    }
    const at = data.data.at ? new Date(data.data.at) : clock();
    const outcome = await deliverNotification(this.deps, data.data.id, at);
    if (outcome.outcome === 'rate-limited') {
      // Every worker of the queue stops fetching; the job goes back to wait without using up a try.
      await this.worker.rateLimit(outcome.retryAfterMs);
      throw Worker.RateLimitError();
    }
    if (outcome.outcome === 'retry') {
      await this.deps.records.notifications.releaseForRetry(data.data.id, outcome.sender, outcome.error);
      throw new Error(outcome.error);
    }
    return outcome;
  }
}
