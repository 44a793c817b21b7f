// Wires the running service: database, records, bot (Telegram or the sandbox emulator), HTTP server, and an orderly stop.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { StorageAdapter } from 'grammy';
import { webhookCallback } from 'grammy';
import { Redis } from 'ioredis';
import { RedisAdapter } from '@grammyjs/storage-redis';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { openDatabase } from './db/connect';
import { loadPolicy } from './domain/policy';
import { createI18n, translator } from './i18n';
import type { Logger } from './logger';
import { createRecords, type Records } from './records';
import { seedDemo } from './records/demo';
import { PostgresSessionStorage } from './records/session-storage';
import { createBot } from './channels/telegram/bot';
import { stopRunner } from './channels/telegram/stop-runner';
import { setDefaultCommandMenus } from './channels/telegram/command-menu';
import type { BotContext, SessionData } from './channels/telegram/context';
import { startHttpServer, type HttpServer, type Route } from './http/server';
import { BotApiEmulator } from './sandbox/emulator';
import { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler/scheduler';
import { telegramChannel } from './scheduler/telegram-channel';
import { registerSandboxPeople } from './sandbox/web/people';
import { sandboxRoutes } from './sandbox/web/web-chat-routes';
import type { Bot } from 'grammy';

/** The emulator accepts only this token; it never leaves the process. */
export const SANDBOX_TOKEN = '1000000001:sandbox-token-for-the-local-emulator';
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export interface RunningService {
  records: Records;
  bot: Bot<BotContext>;
  http: HttpServer;
  emulator?: BotApiEmulator;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

export async function startService(
  config: Config,
  logger: Logger,
  options: {
    clock?: Clock;
    /** Tests tune the scheduler (poll interval, leases, the periodic sweep). */
    scheduler?: Partial<Pick<SchedulerOptions, 'pollMs' | 'leaseMs' | 'periodicSweep' | 'redisPrefix'>>;
  } = {},
): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const stack: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stack.reverse())
      await stop().catch((error: unknown) => logger.error({ err: error }, 'stop failed'));
    stack.length = 0;
  };

  try {
    const database = await openDatabase(config, logger);
    stack.push(database.close);
    const policy = loadPolicy(config.policyFile);
    const records = createRecords(database.db, clock, policy);

    const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true }) : undefined;
    if (redis) {
      await redis.connect();
      stack.push(async () => void (await redis.quit()));
    }
    const sessionStorage: StorageAdapter<SessionData> = redis
      ? new RedisAdapter<SessionData>({ instance: redis })
      : new PostgresSessionStorage<SessionData>(database.db);

    let emulator: BotApiEmulator | undefined;
    let apiRoot = config.telegramApiRoot;
    if (config.sandbox) {
      const seeded = await seedDemo(database.db, { now: clock(), homeTimezone: config.homeTimezone });
      if (seeded.created) logger.info({ cell: seeded.cellCode }, 'demo cell created');
      emulator = new BotApiEmulator({ token: SANDBOX_TOKEN, botUsername: 'homecell_sandbox_bot' });
      await emulator.start();
      stack.push(() => emulator!.stop());
      apiRoot = emulator.apiRoot;
      await registerSandboxPeople(emulator, database.db);
      // A new emulator numbers updates from 1 again: the last run's markers would drop them as duplicates.
      // (processedAt is the database's clock, hence real time rather than the injected clock.)
      await records.processedUpdates.prune(new Date());
    }

    const i18n = createI18n(config.defaultLocale);
    const translate = translator(i18n, config.defaultLocale);
    const bot = createBot({
      token: config.botToken ?? SANDBOX_TOKEN,
      apiRoot,
      sessionStorage,
      config,
      logger,
      records,
      translate,
      clock,
      draftTtlDays: policy.forms.draftTtlDays,
    });
    await bot.init();
    await setDefaultCommandMenus(bot.api, translate, config.defaultLocale).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not set the command menus'),
    );

    // Nudges, alerts, digests and the messages other features queue. In the sandbox the visitor's clock control
    // runs the sweeps (the demo's deadlines are weeks away); the delivery of queued messages runs everywhere.
    const scheduler = createScheduler({
      records,
      policy,
      logger,
      translate,
      channel: telegramChannel({ token: config.botToken ?? SANDBOX_TOKEN, apiRoot }),
      clock,
      redisUrl: config.redisUrl,
      periodicSweep: !config.sandbox,
      ...options.scheduler,
    });
    scheduler.start();
    stack.push(() => scheduler.stop());

    const routes: Route[] = [];
    const sandboxClosing = new AbortController();
    if (emulator) {
      routes.push(
        ...sandboxRoutes({
          emulator,
          db: database.db,
          logger,
          defaultLocale: config.defaultLocale,
          closing: sandboxClosing.signal,
          runScheduleAt: (at) => scheduler.runOnce(at),
          homeTimezone: config.homeTimezone,
        }),
      );
    }
    if (config.botMode === 'webhook') {
      const path = new URL(config.webhookUrl!).pathname;
      routes.push({
        method: 'POST',
        path,
        handler: webhookCallback(bot, 'http', { secretToken: config.webhookSecret }),
      });
    }
    const http = await startHttpServer({
      host: config.host,
      port: config.port,
      routes,
      logger,
      health: async () => {
        const checks: Record<string, string> = {};
        checks.database = await database.db.$queryRaw`SELECT 1`.then(
          () => 'ok',
          (error: unknown) => String(error),
        );
        if (redis)
          checks.redis = await redis.ping().then(
            (pong) => (pong === 'PONG' ? 'ok' : pong),
            (error: unknown) => String(error),
          );
        return checks;
      },
    });
    stack.push(http.close);
    // Runs before http.close: the web chat's event streams never go idle and would hold the close open.
    stack.push(async () => sandboxClosing.abort());

    let runner: RunnerHandle | undefined;
    if (config.botMode === 'webhook') {
      await bot.api.setWebhook(config.webhookUrl!, {
        secret_token: config.webhookSecret,
        allowed_updates: ALLOWED_UPDATES,
      });
      logger.info({ url: config.webhookUrl }, 'webhook set');
    } else {
      await bot.api.deleteWebhook();
      runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
      // Stop fetching first; in-flight updates finish before the database closes.
      stack.push(async () => {
        const unfinished = await stopRunner(runner!);
        if (unfinished > 0) logger.warn({ unfinished }, 'stopped with updates still in progress');
      });
    }
    logger.info(
      { bot: bot.botInfo.username, mode: config.sandbox ? 'sandbox' : config.botMode, http: http.url },
      config.sandbox ? `homecell sandbox is running: open ${http.url}/` : 'homecell is running',
    );

    return { records, bot, http, emulator, scheduler, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
