// Benchmark: delivering 10,000 nudges to the Bot API emulator, which allows 30 messages a second across chats as
// Telegram does. Measures the rate achieved, 429s, duplicates and losses. Usage: npm run bench:delivery [-- --redis]
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createDatabase } from '../src/db/client';
import { loadPolicy } from '../src/domain/policy';
import { createI18n, translator } from '../src/i18n';
import { createRecords } from '../src/records';
import type { EmulatorStats } from '../src/sandbox/emulator';
import { createScheduler } from '../src/scheduler/scheduler';
import { ChannelRegistry } from '../src/channels/outbound';
import { telegramOutbound } from '../src/channels/telegram/outbound';
import { benchDatabase, log, machine, seedBoundMembers, startRedis } from './scheduler-bench-support';

const TOKEN = '4242:benchmark-token';
const LIMIT_PER_SECOND = 30;
/** 09:00 in Vietnam on 20 October 2026: everyone's September fee is a day-one nudge. */
const AT = new Date('2026-10-20T09:00:00+07:00');
const FIRST_CHAT = 9_000_000_001;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Members of one cell with no secretary (so only nudges go), each with September's fee unpaid. */
async function generateMembers(url: string, count: number): Promise<void> {
  await seedBoundMembers(url, count, FIRST_CHAT);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "FeePayment"(id, "memberId", "amountMinor", method, status, "declaredAt")
      SELECT i, i, 160000, 'in_person', 'confirmed', timestamp '2026-08-10' FROM generate_series(1, $1::int) i`,
      [count],
    );
    await client.query(
      `INSERT INTO "FeePaymentMonth"("paymentId", "memberId", month)
      SELECT i, i, m::date FROM generate_series(1, $1::int) i,
             generate_series(date '2026-01-01', date '2026-08-01', interval '1 month') m`,
      [count],
    );
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

interface EmulatorProcess {
  apiRoot: string;
  report(): Promise<{ stats: EmulatorStats; arrivals: number[]; perChat: number[] }>;
  stop(): Promise<void>;
}

/** Telegram is another machine: the emulator runs in its own process, so the sender's work does not delay it. */
async function startEmulator(chats: number): Promise<EmulatorProcess> {
  const child: ChildProcess = fork(path.join(__dirname, 'delivery-emulator.ts'), [], {
    execArgv: ['-r', 'tsx/cjs'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (message: { type: string } & T) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
    });
  const started = next<{ apiRoot: string }>('started');
  child.send({ type: 'start', token: TOKEN, limitPerSecond: LIMIT_PER_SECOND, firstChat: FIRST_CHAT, chats });
  const { apiRoot } = await started;
  return {
    apiRoot,
    report: () => {
      const reply = next<{ stats: EmulatorStats; arrivals: number[]; perChat: number[] }>('report');
      child.send({ type: 'report' });
      return reply;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

async function main(): Promise<void> {
  const count = Number(argument('--nudges') ?? 10_000);
  const useRedis = process.argv.includes('--redis');
  log(`machine:\n${machine()}`);
  const database = await benchDatabase();
  const redis = useRedis ? await startRedis() : undefined;
  const emulator = await startEmulator(count);
  try {
    await generateMembers(database.url, count);

    const shipped = loadPolicy();
    // The policy's rate set to the limit: the pacer's own 2% margin is what keeps 429s away.
    const policy = { ...shipped, delivery: { ...shipped.delivery, messagesPerSecond: LIMIT_PER_SECOND } };
    const db = createDatabase(database.url, { poolSize: 10 });
    // The rules' clock starts at AT and runs on, so retries with backoff come due as they would in service.
    const realStart = Date.now();
    const clock = () => new Date(AT.getTime() + (Date.now() - realStart));
    const records = createRecords(db, clock, policy);
    const scheduler = createScheduler({
      records,
      policy,
      logger: pino({ level: 'warn' }, pino.destination(2)),
      translate: translator(createI18n('vi'), 'vi'),
      channels: new ChannelRegistry([
        telegramOutbound({
          token: TOKEN,
          apiRoot: emulator.apiRoot,
          translate: translator(createI18n('vi'), 'vi'),
          messagesPerSecond: policy.delivery.messagesPerSecond,
        }),
      ]),
      clock,
      redisUrl: redis?.url,
      periodicSweep: false,
      pollMs: 200,
    });
    const swept = await scheduler.sweep({ now: AT });
    log(`sweep queued ${swept.counts.nudges} nudges`);

    const started = Date.now();
    scheduler.start();
    const deadline = started + ((count / LIMIT_PER_SECOND) * 2 + 120) * 1000;
    let delivered = 0;
    while (delivered < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      delivered = (await emulator.report()).arrivals.length;
      log(`${delivered} delivered`);
    }
    // Anything late or doubled would show within a few more seconds.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await scheduler.stop();

    const { stats, arrivals: sentAt, perChat } = await emulator.report();
    const statuses = await db.notification.groupBy({
      by: ['status'],
      where: { kind: 'nudge' },
      _count: { _all: true },
    });
    await db.$disconnect();
    const seconds = (sentAt.at(-1)! - sentAt[0]) / 1000;
    const rate = (sentAt.length - 1) / seconds;
    const report = {
      mode: useRedis ? 'bullmq' : 'in-process',
      nudges: count,
      emulatorLimitPerSecond: LIMIT_PER_SECOND,
      delivered: sentAt.length,
      seconds: Number(seconds.toFixed(1)),
      ratePerSecond: Number(rate.toFixed(2)),
      rateOfLimit: Number((rate / LIMIT_PER_SECOND).toFixed(3)),
      rejected429: stats.rejected429,
      // Counted on Telegram's side: one nudge per member's chat.
      duplicates: perChat.reduce((sum, messages) => sum + Math.max(0, messages - 1), 0),
      lost: perChat.filter((messages) => messages === 0).length,
      outbox: Object.fromEntries(statuses.map((row) => [row.status, row._count._all])),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await emulator.stop();
    redis?.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:delivery failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
