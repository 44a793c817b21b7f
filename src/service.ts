// The production composition root: database, records, Redis, the chat channels (Telegram's own wiring is in
// channels/telegram/telegram-channel.ts), the scheduler, the HTTP server, and an orderly stop. The sandbox adds its
// emulator and web chat from its own root (src/sandbox/sandbox-service.ts); nothing of it is loaded here.
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { openDatabase, type OpenDatabase } from './db/connect';
import { loadPolicy } from './domain/policy';
import { createI18n, translator, type Translate } from './i18n';
import type { Logger } from './logger';
import { createRecords, type Records } from './records';
import { createFileStorage, MemberFiles } from './files';
import { connectRedis } from './redis';
import { ChannelRegistry } from './channels/outbound';
import { openTelegramChannel, type TelegramBot } from './channels/telegram/telegram-channel';
import { zaloOutbound } from './channels/zalo/outbound';
import { startHttpServer, type HttpServer, type Route } from './http/server';
import { dashboardRoutes } from './http/dashboard/routes';
import { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler/scheduler';

/** A health check that cannot answer within this is a failed one: /healthz must answer a load balancer quickly. */
const HEALTH_TIMEOUT_MS = 3_000;

/**
 * A session read or write Redis has not answered within this fails, and the member gets the apology. ioredis alone
 * would wait for ever for a command written just before the connection broke (it keeps it to resend when Redis is
 * back) or sent to a Redis that accepts connections but answers nothing.
 */
const SESSION_COMMAND_TIMEOUT_MS = 5_000;

export interface RunningService {
  records: Records;
  bot: TelegramBot;
  http: HttpServer;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

/** What a mode other than production (the sandbox) puts in place of Telegram, and the routes it adds. */
export interface ServiceMode {
  name: string;
  token: string;
  apiRoot: string;
  /** The sandbox's clock control runs the sweeps instead of the timer. */
  periodicSweep: boolean;
  routes(scheduler: Scheduler): Route[];
  /** Once the bot knows itself: the sandbox gives its demo chats their menus before anyone writes. */
  botReady?(bot: TelegramBot, translate: Translate): Promise<void>;
  /** Before the HTTP server closes (long-lived event streams would hold the close open). */
  beforeHttpClose?(): void;
  stop(): Promise<void>;
  startedMessage(url: string): string;
}

export interface ServiceOptions {
  clock?: Clock;
  /** Tests tune the scheduler (poll interval, leases, the periodic sweep). */
  scheduler?: Partial<Pick<SchedulerOptions, 'pollMs' | 'leaseMs' | 'periodicSweep' | 'redisPrefix'>>;
  /** How often the inbox is searched for updates a stopped process left unfinished. */
  inboxRecoveryMs?: number;
  mode?: (parts: {
    database: OpenDatabase;
    records: Records;
    logger: Logger;
    clock: Clock;
  }) => Promise<ServiceMode>;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
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

    // Sessions fail fast while Redis is away (the member gets an apology) instead of waiting for it to come back.
    const redis = config.redisUrl
      ? connectRedis(config.redisUrl, logger, 'sessions', {
          lazyConnect: true,
          maxRetriesPerRequest: 2,
          commandTimeout: SESSION_COMMAND_TIMEOUT_MS,
        })
      : undefined;
    if (redis) {
      await redis.connect();
      stack.push(async () => void (await redis.quit().catch(() => undefined)));
    }
    const mode = options.mode ? await options.mode({ database, records, logger, clock }) : undefined;
    if (mode) stack.push(() => mode.stop());
    const token = mode?.token ?? config.botToken!;
    const apiRoot = mode?.apiRoot ?? config.telegramApiRoot;

    const i18n = createI18n(config.defaultLocale);
    const translate = translator(i18n, config.defaultLocale);
    const fileStorage = createFileStorage(config);
    logger.info({ storage: fileStorage.description }, "members' files are kept here");
    const files = new MemberFiles(fileStorage, records.storedFiles, policy.files, clock);
    const telegram = await openTelegramChannel({
      config,
      token,
      apiRoot,
      database,
      redis,
      policy,
      records,
      logger,
      clock,
      translate,
      files,
      inboxRecoveryMs: options.inboxRecoveryMs,
    });
    const { bot } = telegram;
    await mode?.botReady?.(bot, translate);

    // Nudges, alerts, digests and the messages other features queue.
    const scheduler = createScheduler({
      records,
      policy,
      logger,
      translate,
      channels: new ChannelRegistry([
        telegram.outbound,
        // Members bound on Zalo get their reminders there (Zalo's inbound side is not built yet).
        ...(config.zaloBotToken && !mode
          ? [
              zaloOutbound({
                token: config.zaloBotToken,
                apiRoot: config.zaloApiRoot,
                translate,
                messagesPerSecond: policy.delivery.zaloMessagesPerSecond,
                rateLimitPauseMs: policy.delivery.zaloRateLimitPauseSeconds * 1000,
              }),
            ]
          : []),
      ]),
      clock,
      redisUrl: config.redisUrl,
      periodicSweep: mode?.periodicSweep ?? true,
      ...options.scheduler,
    });
    scheduler.start();
    stack.push(() => scheduler.stop());

    stack.push(() => telegram.closeIntake());
    // The dashboard first: the sandbox's page is a catch-all prefix ('/') that must come last.
    const routes: Route[] = [
      ...dashboardRoutes({
        records,
        translations: i18n,
        clock,
        logger,
        homeZone: config.homeTimezone,
        secureCookies: config.publicUrl.startsWith('https:'),
      }),
      ...(mode ? mode.routes(scheduler) : []),
      ...telegram.routes,
    ];
    const http = await startHttpServer({
      host: config.host,
      port: config.port,
      routes,
      logger,
      health: async () => {
        const checks: Record<string, string> = {};
        checks.database = await withTimeout(database.db.$queryRaw`SELECT 1`, HEALTH_TIMEOUT_MS).then(
          () => 'ok',
          (error: unknown) => String(error),
        );
        if (redis)
          checks.redis = await withTimeout(redis.ping(), HEALTH_TIMEOUT_MS).then(
            (pong) => (pong === 'PONG' ? 'ok' : pong),
            (error: unknown) => String(error),
          );
        return checks;
      },
    });
    stack.push(http.close);
    if (mode?.beforeHttpClose) stack.push(async () => mode.beforeHttpClose!());

    await telegram.startReceiving();
    stack.push(() => telegram.stopReceiving());

    logger.info(
      { bot: bot.botInfo.username, mode: mode?.name ?? config.botMode, http: http.url },
      mode ? mode.startedMessage(http.url) : 'homecell is running',
    );
    return { records, bot, http, scheduler, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
