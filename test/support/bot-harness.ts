// Runs the real bot against the Bot API emulator on a fresh database, and talks to it as users would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot, StorageAdapter } from 'grammy';
import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from '../../src/clock';
import { DEFAULT_EXPORT_CHAT_MAX_MEMBERS } from '../../src/config';
import { createBot } from '../../src/channels/telegram/bot';
import { setDefaultCommandMenus } from '../../src/channels/telegram/command-menu';
import { stopRunner } from '../../src/channels/telegram/stop-runner';
import { assertNoMachineFormats } from './machine-formats';
import type { BotContext, SessionData } from '../../src/channels/telegram/context';
import type { FormDefinition } from '../../src/forms/types';
import { LocalFileStorage, MemberFiles } from '../../src/files';
import { createI18n, translator, type Locale } from '../../src/i18n';
import { createRecords, type Records } from '../../src/records';
import { PostgresSessionStorage } from '../../src/records/session-storage';
import { BotApiEmulator } from '../../src/sandbox/emulator';
import type { EmulatedBotMessage } from '../../src/sandbox/emulator-types';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_TOKEN = '4242:test-token-for-the-emulator';

export interface BotHarness {
  emulator: BotApiEmulator;
  database: TestDatabase;
  records: Records;
  /** Members' files, kept in a temporary folder (`filesDir`) for the harness's life. */
  files: MemberFiles;
  filesDir: string;
  bot(): Bot<BotContext>;
  /**
   * Stops the bot and starts a new one on the same database and emulator, as a process restart would; with a token,
   * the emulator changes to it first (a new bot: the file ids sent so far are no longer the bot's).
   */
  restart(options?: { token?: string }): Promise<void>;
  /** Sends a text and resolves with the bot's next message (new or edited) in that chat. */
  say(userId: number, text: string): Promise<EmulatedBotMessage>;
  /** Presses an inline button and resolves with the message the bot sent or edited in response. */
  press(userId: number, messageId: number, data: string): Promise<EmulatedBotMessage>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  clock?: Clock;
  defaultLocale?: Locale;
  /** Forms for the bot instead of the journeys' (createBot's `forms`). */
  forms?: readonly FormDefinition[];
  draftTtlDays?: number;
  /** The service's EXPORT_CHAT_MAX_MEMBERS. */
  exportChatMaxMembers?: number;
  /** The bot's logger (default silent, or TEST_LOG_LEVEL). */
  logger?: Logger;
  /** The session store around the PostgreSQL one, e.g. to make writes fail as a stopped process would. */
  sessionStorage?: (inner: StorageAdapter<SessionData>) => StorageAdapter<SessionData>;
}

export async function startBotHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const clock = options.clock ?? systemClock;
  const defaultLocale = options.defaultLocale ?? 'vi';
  const database = await createTestDatabase();
  const emulator = new BotApiEmulator({ token: TEST_TOKEN });
  await emulator.start();
  const records = createRecords(database.db, clock);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-files-'));
  const files = new MemberFiles(
    new LocalFileStorage(filesDir),
    records.storedFiles,
    records.policy.files,
    clock,
  );
  let token = TEST_TOKEN;
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const i18n = createI18n(defaultLocale);
  const translate = translator(i18n, defaultLocale);

  const inner = new PostgresSessionStorage<SessionData>(database.db);
  const sessionStorage = options.sessionStorage ? options.sessionStorage(inner) : inner;
  let bot: Bot<BotContext>;
  let runner: RunnerHandle | undefined;
  const startBot = async () => {
    bot = createBot({
      token,
      apiRoot: emulator.apiRoot,
      sessionStorage,
      config: {
        defaultLocale,
        homeTimezone: 'Asia/Ho_Chi_Minh',
        exportChatMaxMembers: options.exportChatMaxMembers ?? DEFAULT_EXPORT_CHAT_MAX_MEMBERS,
        publicUrl: 'https://homecell.test',
      },
      logger,
      records,
      translate,
      clock,
      files,
      ...(options.forms ? { forms: options.forms } : {}),
      ...(options.draftTtlDays !== undefined ? { draftTtlDays: options.draftTtlDays } : {}),
    });
    await bot.init();
    await setDefaultCommandMenus(bot.api, translate, defaultLocale);
    runner = run(bot);
  };
  const stopBot = async () => {
    if (runner) await stopRunner(runner);
  };
  await startBot();

  return {
    emulator,
    database,
    records,
    files,
    filesDir,
    bot: () => bot,
    restart: async (restartOptions = {}) => {
      await stopBot();
      if (restartOptions.token) {
        token = restartOptions.token;
        emulator.changeToken(token);
      }
      await startBot();
    },
    say: async (userId, text) => {
      const after = emulator.mark();
      emulator.sendText(userId, text);
      return emulator.waitForMessage(userId, { after });
    },
    press: async (userId, messageId, data) => {
      const after = emulator.mark();
      emulator.pressButton(userId, messageId, data);
      return emulator.waitForMessage(userId, { after });
    },
    stop: async () => {
      await stopBot();
      try {
        assertNoMachineFormats(emulator);
      } finally {
        await emulator.stop();
        await database.drop();
        fs.rmSync(filesDir, { recursive: true, force: true });
      }
    },
  };
}
