// Delivery without Redis: a local queue (urgent first) worked by a few concurrent senders, retries kept in the outbox.
import type { ClaimedNotification } from '../records/notifications';
import { URGENT_KINDS } from '../records/notification-payloads';
import { deliverNotification, retryDelayMs, type DeliveryDeps, type DeliveryOutcome } from './deliver';

export interface DeliveryTransport {
  /** Hands claimed rows to the workers. */
  submit(rows: readonly ClaimedNotification[]): Promise<void>;
  /** Resolves once everything handed over is finished. */
  idle(): Promise<void>;
  /** Stops taking work: rows not started go back to the outbox, sends in progress finish. */
  close(): Promise<void>;
}

const isUrgent = (row: ClaimedNotification) => (URGENT_KINDS as readonly string[]).includes(row.kind);

export class InProcessDelivery implements DeliveryTransport {
  private readonly queue: ClaimedNotification[] = [];
  private running = 0;
  private readonly stopping = new AbortController();
  private idleWaiters: Array<() => void> = [];
  private readonly onOutcome?: (row: ClaimedNotification, outcome: DeliveryOutcome) => void;

  constructor(
    private readonly deps: DeliveryDeps,
    private readonly options: {
      concurrency: number;
      /** The instant the rules see when a row is sent (a pretend time in a dry run or the sandbox). */
      clock: () => Date;
      onOutcome?: (row: ClaimedNotification, outcome: DeliveryOutcome) => void;
    },
  ) {
    this.onOutcome = options.onOutcome;
  }

  async submit(rows: readonly ClaimedNotification[]): Promise<void> {
    if (this.stopping.signal.aborted) {
      await this.deps.records.notifications.release(
        rows.map((row) => row.id),
        this.deps.claimer,
      );
      return;
    }
    for (const row of rows) {
      if (isUrgent(row)) {
        const firstOrdinary = this.queue.findIndex((queued) => !isUrgent(queued));
        this.queue.splice(firstOrdinary === -1 ? this.queue.length : firstOrdinary, 0, row);
      } else {
        this.queue.push(row);
      }
    }
    this.pump();
  }

  backlog(): number {
    return this.queue.length + this.running;
  }

  idle(): Promise<void> {
    if (this.backlog() === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.stopping.abort(new Error('delivery stopping'));
    const unstarted = this.queue.splice(0);
    await this.deps.records.notifications.release(
      unstarted.map((row) => row.id),
      this.deps.claimer,
    );
    await this.idle();
  }

  private pump(): void {
    while (
      this.running < this.options.concurrency &&
      this.queue.length > 0 &&
      !this.stopping.signal.aborted
    ) {
      const row = this.queue.shift()!;
      this.running += 1;
      void this.work(row).finally(() => {
        this.running -= 1;
        this.pump();
        if (this.backlog() === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      });
    }
  }

  private async work(row: ClaimedNotification): Promise<void> {
    const { records, policy, logger } = this.deps;
    let outcome: DeliveryOutcome;
    try {
      outcome = await deliverNotification(this.deps, row.id, this.options.clock(), this.stopping.signal);
      if (outcome.outcome === 'rate-limited' && !this.stopping.signal.aborted) {
        // Back to the front: the pacer holds every sender until Telegram's retry_after has passed.
        this.queue.unshift(row);
      } else if (outcome.outcome === 'rate-limited') {
        await records.notifications.release([row.id], this.deps.claimer);
      } else if (outcome.outcome === 'retry') {
        if (outcome.attempts >= policy.delivery.maxAttempts) {
          await records.notifications.markFailed(row.id, outcome.error);
        } else {
          // Due by the rules' clock (the dispatcher compares with it), which is real time outside tests and demos.
          const dueAt = new Date(this.options.clock().getTime() + retryDelayMs(outcome.attempts, policy));
          await records.notifications.retryLater(row.id, outcome.sender, dueAt, outcome.error);
        }
      }
    } catch (error) {
      // The database itself failed: the row keeps its lease, and is taken over when the lease runs out.
      logger.error({ err: error, notification: row.key }, 'delivery failed');
      return;
    }
    this.onOutcome?.(row, outcome);
  }
}
