// A scheduler's world for tests: a fresh database, the Bot API emulator as Telegram, members bound to chats, and
// schedulers that deliver to the emulator through the real grammY client.
import { assertNoMachineFormats } from '../../support/machine-formats';
import pino from 'pino';
import type { Clock } from '../../../src/clock';
import { loadPolicy, type Policy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { createRecords, type Records } from '../../../src/records';
import { DEMO_CHAT_ID_BASE, seedDemo } from '../../../src/records/demo';
import { BotApiEmulator, type BotApiEmulatorOptions } from '../../../src/sandbox/emulator';
import type { EmulatedBotMessage } from '../../../src/sandbox/emulator-types';
import { createScheduler, type Scheduler, type SchedulerOptions } from '../../../src/scheduler/scheduler';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { createTestDatabase, type TestDatabase } from '../../support/database';

export const TOKEN = '4242:scheduler-test-token';
/** The demo as seeded on 24 November 2026 (the day these tests were written): the deadlines below follow from it. */
export const DEMO_SEEDED_AT = new Date('2026-11-24T09:00:00+07:00');
export const DEMO_SECRETARY_CHAT = DEMO_CHAT_ID_BASE + 1;

export interface SchedulerWorld {
  database: TestDatabase;
  emulator: BotApiEmulator;
  records: Records;
  policy: Policy;
  /** The instant the schedulers' clock reads (and the records' default now). */
  setNow(instant: string | Date): void;
  scheduler(options?: Partial<SchedulerOptions>): Scheduler;
  /** Bot messages in a chat, oldest first. */
  messages(chatId: number): EmulatedBotMessage[];
  /** Chat id -> number of bot messages, for every chat with any. */
  messageCounts(): Map<number, number>;
  stop(): Promise<void>;
}

export async function startWorld(
  options: { policy?: Policy; emulator?: Partial<BotApiEmulatorOptions>; demo?: boolean } = {},
): Promise<SchedulerWorld> {
  const database = await createTestDatabase();
  const emulator = new BotApiEmulator({ token: TOKEN, ...options.emulator });
  await emulator.start();
  const policy = options.policy ?? loadPolicy();
  let now = DEMO_SEEDED_AT;
  const clock: Clock = () => now;
  const records = createRecords(database.db, clock, policy);
  if (options.demo !== false) {
    await seedDemo(database.db, { now: DEMO_SEEDED_AT, homeTimezone: 'Asia/Ho_Chi_Minh' });
    // The people open their chats with the bot, as the sandbox does: every demo member, however many there are.
    const bound = await database.db.chatIdentity.findMany({
      where: { channel: 'telegram' },
      select: { externalId: true },
    });
    for (const { externalId } of bound) emulator.user(Number(externalId));
  }
  const translate = translator(createI18n('vi'), 'vi');
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const started: Scheduler[] = [];
  const chatIds = () => [...emulatorChats];
  const emulatorChats = new Set<number>();
  emulator.events.on('bot-message', (chatId) => emulatorChats.add(chatId));

  return {
    database,
    emulator,
    records,
    policy,
    setNow: (instant) => {
      now = new Date(instant);
    },
    scheduler: (change = {}) => {
      const scheduler = createScheduler({
        records,
        policy,
        logger,
        translate,
        channels: new ChannelRegistry([
          telegramOutbound({
            token: TOKEN,
            apiRoot: emulator.apiRoot,
            translate,
            messagesPerSecond: (change.policy ?? policy).delivery.messagesPerSecond,
            timeoutSeconds: 10,
          }),
        ]),
        clock,
        pollMs: 50,
        leaseMs: 2000,
        periodicSweep: false,
        ...change,
      });
      started.push(scheduler);
      return scheduler;
    },
    messages: (chatId) => emulator.messages(chatId),
    messageCounts: () => new Map(chatIds().map((chatId) => [chatId, emulator.messages(chatId).length])),
    stop: async () => {
      for (const scheduler of started) await scheduler.stop();
      try {
        assertNoMachineFormats(emulator);
      } finally {
        await emulator.stop();
        await database.drop();
      }
    },
  };
}

/** Waits until `check` passes (it throws until then), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** How many outbox rows of each status there are, for the messages the delivery sends. */
export async function outboxStatuses(records: Records): Promise<Record<string, number>> {
  const rows = await records.db.notification.groupBy({
    by: ['status'],
    where: { kind: { in: ['nudge', 'alert', 'digest', 'message'] } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}
