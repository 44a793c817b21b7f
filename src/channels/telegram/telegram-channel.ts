// The Telegram channel as the service runs it: its sessions, the bot and its menus, the outbound side for the
// delivery, and how updates come in (long polling, or a webhook stored in the inbox first) and stop coming.
import { run, type RunnerHandle, type RunOptions } from '@grammyjs/runner';
import { RedisAdapter } from '@grammyjs/storage-redis';
import type { Bot, StorageAdapter } from 'grammy';
import type { Update } from 'grammy/types';
import type { Redis } from 'ioredis';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { createDatabase } from '../../db/client';
import type { OpenDatabase } from '../../db/connect';
import type { Policy } from '../../domain/policy';
import type { MemberFiles } from '../../files';
import type { Route } from '../../http/server';
import type { Translate } from '../../i18n';
import type { Logger } from '../../logger';
import type { Records } from '../../records';
import { InboundUpdateRecords } from '../../records/inbound-updates';
import { PostgresSessionStorage } from '../../records/session-storage';
import { sessionTtlSeconds } from '../../scheduler/housekeeping';
import type { OutboundChannel } from '../outbound';
import { createBot } from './bot';
import { setDefaultCommandMenus } from './command-menu';
import type { BotContext, SessionData } from './context';
import { SERVED_UPDATES } from './middlewares/usable-updates';
import { telegramOutbound } from './outbound';
import { stopRunner } from './stop-runner';
import { HANDLER_CONCURRENCY, startInboxRecovery, UpdateProcessor } from './update-processor';
import { telegramWebhook } from './webhook';

/** The bot as the rest of the service may hold it (its API, who it is), without importing grammY itself. */
export type TelegramBot = Bot<BotContext>;

export interface TelegramChannel {
  bot: TelegramBot;
  /** What the delivery sends Telegram messages through. */
  outbound: OutboundChannel;
  /** The webhook's route when the bot runs on a webhook; none for long polling. */
  routes: Route[];
  /** Once the HTTP server listens: sets the webhook or starts long polling, and the inbox recovery. */
  startReceiving(): Promise<void>;
  /** Stops taking updates; updates in progress finish first. */
  stopReceiving(): Promise<void>;
  /** After the HTTP server closed: the stored updates in hand finish, and the intake's connections close. */
  closeIntake(): Promise<void>;
}

/** Long polling as the service runs it: the updates it serves, at most as many handled at once as by webhook. */
export function pollingRunnerOptions(): RunOptions<Update> {
  return {
    runner: { fetch: { allowed_updates: SERVED_UPDATES } },
    sink: { concurrency: HANDLER_CONCURRENCY },
  };
}

export async function openTelegramChannel(options: {
  config: Config;
  token: string;
  apiRoot: string;
  database: OpenDatabase;
  /** Sessions live in Redis when it is configured, otherwise in PostgreSQL. */
  redis?: Redis;
  policy: Policy;
  records: Records;
  logger: Logger;
  clock: Clock;
  translate: Translate;
  files: MemberFiles;
  /** How often the inbox is searched for updates a stopped process left unfinished. */
  inboxRecoveryMs?: number;
}): Promise<TelegramChannel> {
  const { config, token, apiRoot, database, redis, policy, records, logger, clock, translate } = options;
  const sessionStorage: StorageAdapter<SessionData> = redis
    ? new RedisAdapter<SessionData>({ instance: redis, ttl: sessionTtlSeconds(policy) })
    : new PostgresSessionStorage<SessionData>(database.db);
  const claimedUpdates = new WeakSet<Update>();
  const bot = createBot({
    token,
    apiRoot,
    sessionStorage,
    config,
    logger,
    records,
    translate,
    clock,
    files: options.files,
    draftTtlDays: policy.forms.draftTtlDays,
    claimedUpdates,
  });
  await bot.init();
  await setDefaultCommandMenus(bot.api, translate, config.defaultLocale).catch((error: unknown) =>
    logger.warn({ err: error }, 'could not set the command menus'),
  );

  const processor = new UpdateProcessor(bot, claimedUpdates, logger);
  const routes: Route[] = [];
  let intakeDb: ReturnType<typeof createDatabase> | undefined;
  if (config.botMode === 'webhook') {
    // Telegram's calls are answered once stored: their writes get connections of their own.
    intakeDb = createDatabase(database.url, {
      poolSize: 2,
      onConnectionError: (error) => logger.warn({ err: error }, 'an intake database connection was closed'),
    });
    routes.push({
      method: 'POST',
      path: new URL(config.webhookUrl!).pathname,
      handler: telegramWebhook({
        secret: config.webhookSecret!,
        inbox: new InboundUpdateRecords(intakeDb, clock),
        processor,
        logger,
      }),
    });
  }

  let runner: RunnerHandle | undefined;
  let stopRecovery: (() => Promise<void>) | undefined;
  return {
    bot,
    outbound: telegramOutbound({
      token,
      apiRoot,
      translate,
      messagesPerSecond: policy.delivery.messagesPerSecond,
    }),
    routes,
    async startReceiving() {
      if (config.botMode === 'webhook') {
        await bot.api.setWebhook(config.webhookUrl!, {
          secret_token: config.webhookSecret,
          allowed_updates: SERVED_UPDATES,
        });
        logger.info({ url: config.webhookUrl }, 'webhook set');
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, pollingRunnerOptions());
      }
      stopRecovery = startInboxRecovery({ records, processor, logger, everyMs: options.inboxRecoveryMs });
    },
    async stopReceiving() {
      await stopRecovery?.();
      // Stop fetching first; in-flight updates finish before the database closes.
      if (runner) {
        const unfinished = await stopRunner(runner);
        if (unfinished > 0) logger.warn({ unfinished }, 'stopped with updates still in progress');
      }
    },
    async closeIntake() {
      await intakeDb?.$disconnect();
      // Stored updates in hand (webhook, take-overs) finish after the HTTP server stops taking new ones.
      const unfinished = await processor.drain();
      if (unfinished > 0) logger.warn({ unfinished }, 'stopped with stored updates still in progress');
    },
  };
}
