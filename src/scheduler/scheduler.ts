// The scheduler: a sweep every policy interval, and a dispatcher that keeps the delivery supplied with due messages
// (BullMQ with Redis, in-process without). Nothing runs until start(); stop() hands unsent rows back.
import crypto from 'node:crypto';
import os from 'node:os';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Policy } from '../domain/policy';
import type { Translate } from '../i18n';
import type { Logger } from '../logger';
import type { Records } from '../records';
import { connectRedis } from '../redis';
import type { ClaimedNotification } from '../records/notifications';
import { BullDelivery } from './bullmq-delivery';
import type { DeliveryDeps, DeliveryOutcome } from './deliver';
import { InProcessDelivery, type DeliveryTransport } from './in-process-delivery';
import { MemoryPacer, RedisPacer, type Pacer } from './pacer';
import { alertNewRequests, runSweep, type SweepOptions, type SweepResult } from './sweep';
import { createHousekeeping, type Housekeeping } from './housekeeping';
import type { ChannelName, ChannelRegistry } from '../channels/outbound';

export interface SchedulerOptions {
  records: Records;
  policy: Policy;
  logger: Logger;
  translate: Translate;
  /** The chat channels this service runs; a message goes out on the recipient's. */
  channels: ChannelRegistry;
  clock: Clock;
  /** BullMQ and a shared rate limit when set; an in-process queue otherwise. */
  redisUrl?: string;
  /** Sweep every policy interval (the sandbox turns it off: its clock control runs sweeps). Default true. */
  periodicSweep?: boolean;
  /** How often the dispatcher looks for due messages. */
  pollMs?: number;
  /** How often the housekeeping runs; default the policy's scheduler.housekeepingEveryMinutes. */
  housekeepingEveryMs?: number;
  /** How long a worker holds a claimed row before another may take it over. */
  leaseMs?: number;
  concurrency?: number;
  /** Seconds of sending (at the policy rate) claimed ahead of the workers. */
  lookaheadSeconds?: number;
  /** Key prefix of the BullMQ queue and the pacer in Redis (tests keep theirs apart). */
  redisPrefix?: string;
  /** BullMQ's job lock; a killed worker's active jobs come back after it (default BullMQ's 30 s). */
  jobLockMs?: number;
  onOutcome?: (notificationKey: string, outcome: DeliveryOutcome) => void;
}

export interface RunOnceResult {
  sweep: SweepResult;
  delivered: Record<DeliveryOutcome['outcome'], number>;
}

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** A sweep as of `options.now` (a dry run writes nothing). */
  sweep(options: SweepOptions): Promise<SweepResult>;
  /** One sweep at `at` and the delivery of everything due then: `homecell sweep` and the sandbox clock control. */
  runOnce(at: Date): Promise<RunOnceResult>;
  /** The retention prunes, on their own timer from start() (policy.scheduler.housekeepingEveryMinutes). */
  housekeeping: Housekeeping;
}

const emptyTally = (): RunOnceResult['delivered'] => ({
  sent: 0,
  skipped: 0,
  postponed: 0,
  cancelled: 0,
  'rate-limited': 0,
  retry: 0,
  failed: 0,
  unreachable: 0,
  released: 0,
});

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { records, policy, logger, clock } = options;
  const log = logger.child({ component: 'scheduler' });
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 120_000;
  const concurrency = options.concurrency ?? 8;
  const lookahead = policy.delivery.messagesPerSecond * (options.lookaheadSeconds ?? 10);
  const instance = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const sweepDeps = { records, policy, logger: log };
  const housekeeping = createHousekeeping({
    records,
    policy,
    logger: log,
    clock,
    everyMs: options.housekeepingEveryMs,
  });

  let pacerRedis: Redis | undefined;
  let transport: DeliveryTransport | undefined;
  const pacers = new Map<ChannelName, Pacer>();
  let running = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  let sweeping: Promise<unknown> = Promise.resolve();

  const deliveryDeps = (claimer: string): DeliveryDeps => ({
    records,
    policy,
    logger: log,
    translate: options.translate,
    channels: options.channels,
    pacerFor,
    claimer,
    leaseMs,
  });

  /** Each channel's rate gate, at its own rate; with Redis shared by every instance. */
  function pacerFor(channel: ChannelName): Pacer {
    let pacer = pacers.get(channel);
    if (!pacer) {
      const rate = options.channels.get(channel)?.messagesPerSecond ?? policy.delivery.messagesPerSecond;
      if (options.redisUrl) {
        pacerRedis ??= connectRedis(options.redisUrl, log, 'delivery pacer', { maxRetriesPerRequest: null });
        const prefix = options.redisPrefix ?? 'homecell';
        pacer = new RedisPacer(pacerRedis, rate, `${prefix}:delivery:${channel}:next-slot`);
      } else {
        pacer = new MemoryPacer(rate);
      }
      pacers.set(channel, pacer);
    }
    return pacer;
  }

  /** Claims what is due and hands it to the workers, keeping about `lookahead` rows in flight across instances. */
  async function dispatch(target: DeliveryTransport, claimer: string, now: Date, limit: number) {
    const rows: ClaimedNotification[] = await records.notifications.claimDue({
      now,
      limit,
      claimer,
      leaseMs,
    });
    await target.submit(rows);
    return rows.length;
  }

  // The dispatcher runs every second: while the database is away it would fail every second. It says so once, then
  // every minute, and when it works again.
  let failingSince: number | undefined;
  let lastFailureLog = 0;
  async function tick(): Promise<void> {
    if (!running || !transport) return;
    try {
      await alertNewRequests(sweepDeps, clock());
      const room = Math.min(500, lookahead - (await records.notifications.inFlight()));
      if (room > 0) await dispatch(transport, instance, clock(), room);
      if (failingSince !== undefined) {
        log.info({ failedForMs: performance.now() - failingSince }, 'dispatch works again');
        failingSince = undefined;
      }
    } catch (error) {
      const now = performance.now();
      failingSince ??= now;
      if (now - lastFailureLog >= 60_000 || lastFailureLog < failingSince) {
        lastFailureLog = now;
        log.warn({ err: error }, 'dispatch failed; trying again every poll');
      }
    }
  }

  function schedulePoll(): void {
    if (!running) return;
    pollTimer = setTimeout(() => {
      ticking = tick().finally(schedulePoll);
    }, pollMs);
  }

  async function periodicSweep(): Promise<void> {
    const now = clock();
    // One sweep at a time across instances; the others skip this round.
    const result = await records.notifications.exclusively('homecell-sweep', () =>
      runSweep(sweepDeps, { now }),
    );
    if (result) log.info({ at: result.at, ...result.counts }, 'sweep');
  }

  function scheduleSweep(): void {
    if (!running || options.periodicSweep === false) return;
    // The first sweep one interval after start, then every interval: a restart does not sweep at once.
    sweepTimer = setTimeout(() => {
      sweeping = periodicSweep()
        .catch((error: unknown) => log.error({ err: error }, 'sweep failed'))
        .finally(scheduleSweep);
    }, policy.scheduler.sweepEveryMinutes * 60_000);
  }

  return {
    start() {
      if (running) return;
      running = true;
      const deps = deliveryDeps(instance);
      transport = options.redisUrl
        ? new BullDelivery(deps, {
            redisUrl: options.redisUrl,
            concurrency,
            clock,
            prefix: options.redisPrefix,
            lockDurationMs: options.jobLockMs,
            stalledIntervalMs: options.jobLockMs,
            onOutcome: options.onOutcome,
          })
        : new InProcessDelivery(deps, {
            concurrency,
            clock,
            onOutcome: (row, outcome) => options.onOutcome?.(row.key, outcome),
          });
      schedulePoll();
      scheduleSweep();
      housekeeping.start();
      log.info({ mode: options.redisUrl ? 'bullmq' : 'in-process', instance }, 'scheduler started');
    },

    async stop() {
      running = false;
      clearTimeout(pollTimer);
      clearTimeout(sweepTimer);
      await ticking;
      await sweeping;
      await housekeeping.stop();
      await transport?.close();
      transport = undefined;
      await pacerRedis?.quit().catch(() => undefined);
      pacerRedis = undefined;
      pacers.clear();
    },

    housekeeping,

    sweep(sweepOptions) {
      return runSweep(sweepDeps, sweepOptions);
    },

    async runOnce(at) {
      const sweep = await runSweep(sweepDeps, { now: at, collect: true });
      await alertNewRequests(sweepDeps, at);
      const delivered = emptyTally();
      const claimer = `${instance}:once`;
      const once = new InProcessDelivery(deliveryDeps(claimer), {
        concurrency,
        clock: () => at,
        onOutcome: (_row, outcome) => {
          delivered[outcome.outcome] += 1;
        },
      });
      const tried = new Set<number>();
      try {
        // Until nothing due at `at` is left. A row that failed and came back (a retry) is left to the service's
        // delivery, which waits out the backoff in real time; a run at a pretend time would burn its tries at once.
        for (;;) {
          const rows = await records.notifications.claimDue({ now: at, limit: 500, claimer, leaseMs });
          const fresh = rows.filter((row) => !tried.has(row.id));
          await records.notifications.release(
            rows.filter((row) => tried.has(row.id)).map((row) => row.id),
            claimer,
          );
          if (fresh.length === 0) break;
          for (const row of fresh) tried.add(row.id);
          await once.submit(fresh);
          await once.idle();
        }
      } finally {
        await once.close();
      }
      return { sweep, delivered };
    },
  };
}
