// Housekeeping: on a timer, one instance at a time, the prune tasks that keep personal data only as long as the
// policy's retention says (policy.retention, forms.draftTtlDays). Times come from the injected clock.
import type { Clock } from '../clock';
import type { Policy } from '../domain/policy';
import type { Logger } from '../logger';
import type { Records } from '../records';
import { PostgresSessionStorage } from '../records/session-storage';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface PruneContext {
  records: Records;
  policy: Policy;
  now: Date;
  /** Where the last complete run of this process cleared payloads to; undefined on its first run. */
  payloadsClearedTo?: Date;
}

export interface PruneTask {
  /** Names the task in the log line of each run. */
  name: string;
  /** Rows pruned or cleared. */
  run(context: PruneContext): Promise<number>;
}

const before = (now: Date, ms: number) => new Date(now.getTime() - ms);

/** Every retention the service enforces, in order. A new kind of stored data with a retention adds its task here. */
export const PRUNE_TASKS: PruneTask[] = [
  {
    // PostgreSQL sessions; Redis sessions expire by their own TTL (see sessionTtlSeconds).
    name: 'form-drafts',
    run: async ({ records, policy, now }) => {
      const sessions = new PostgresSessionStorage(records.db);
      const pruned = await sessions.pruneDrafts(before(now, policy.forms.draftTtlDays * DAY_MS));
      return pruned.draftsRemoved;
    },
  },
  {
    name: 'notification-payloads',
    run: ({ records, policy, now, payloadsClearedTo }) =>
      records.retention.clearNotificationPayloads(
        before(now, policy.retention.notificationPayloadDays * DAY_MS),
        // A day of overlap: a row postponed or retried may have been due earlier than the last cutoff.
        payloadsClearedTo && before(payloadsClearedTo, DAY_MS),
      ),
  },
  {
    // Handled updates only: one still unfinished is kept for the inbox's take-over.
    name: 'update-markers',
    run: ({ records, policy, now }) =>
      records.inboundUpdates.prune(before(now, policy.retention.updateMarkerDays * DAY_MS)),
  },
  {
    name: 'invite-failures',
    run: ({ records, policy, now }) =>
      records.retention.pruneInviteFailures(before(now, policy.retention.inviteFailureHours * HOUR_MS)),
  },
  {
    name: 'dashboard-sign-in',
    run: ({ records, policy, now }) =>
      records.dashboard.prune(before(now, policy.dashboard.retentionHours * HOUR_MS)),
  },
];

/**
 * The time to live of a Redis session (@grammyjs/storage-redis's `ttl`, renewed at every write): a session untouched
 * for the draft's days goes, draft and all, as PostgreSQL's prune removes a stale draft.
 */
export function sessionTtlSeconds(policy: Policy): number {
  return policy.forms.draftTtlDays * 24 * 3600;
}

export interface HousekeepingOptions {
  records: Records;
  policy: Policy;
  logger: Logger;
  clock: Clock;
  tasks?: readonly PruneTask[];
  /** Default the policy's scheduler.housekeepingEveryMinutes (tests run it sooner). */
  everyMs?: number;
}

export interface Housekeeping {
  /** Every task once, as of the clock's now, unless another instance is running them. */
  runOnce(): Promise<Record<string, number> | undefined>;
  start(): void;
  stop(): Promise<void>;
}

export function createHousekeeping(options: HousekeepingOptions): Housekeeping {
  const { records, policy, clock } = options;
  const log = options.logger.child({ component: 'housekeeping' });
  const tasks = options.tasks ?? PRUNE_TASKS;
  let payloadsClearedTo: Date | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<unknown> = Promise.resolve();

  async function runTasks(): Promise<Record<string, number>> {
    const now = clock();
    const counts: Record<string, number> = {};
    let complete = true;
    for (const task of tasks) {
      // One task failing (a lock, a passing outage) leaves the others to run; the next round tries it again.
      try {
        counts[task.name] = await task.run({ records, policy, now, payloadsClearedTo });
      } catch (error) {
        complete = false;
        log.warn({ err: error, task: task.name }, 'housekeeping task failed; tried again next round');
      }
    }
    if (complete) payloadsClearedTo = before(now, policy.retention.notificationPayloadDays * DAY_MS);
    log.info({ at: now.toISOString(), ...counts }, 'housekeeping');
    return counts;
  }

  const runOnce = () => records.notifications.exclusively('homecell-housekeeping', runTasks);

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(
      () => {
        current = runOnce()
          .catch((error: unknown) => log.warn({ err: error }, 'housekeeping failed; tried again next round'))
          .finally(schedule);
      },
      options.everyMs ?? policy.scheduler.housekeepingEveryMinutes * 60_000,
    );
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
