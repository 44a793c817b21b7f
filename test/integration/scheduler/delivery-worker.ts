// A delivery worker in its own process, for the kill-and-restart tests: the scheduler's dispatcher and workers on a
// test database, sending to the test's emulator, printing one JSON line per message it finished.
import pino from 'pino';
import { createDatabase } from '../../../src/db/client';
import { loadPolicy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { createRecords } from '../../../src/records';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const shipped = loadPolicy();
const policy = {
  ...shipped,
  delivery: { ...shipped.delivery, messagesPerSecond: Number(env('WORKER_RATE')) },
};
const db = createDatabase(env('WORKER_DATABASE_URL'), { poolSize: 4 });
const records = createRecords(db, () => new Date(), policy);
const scheduler = createScheduler({
  records,
  policy,
  logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2)),
  translate: translator(createI18n('vi'), 'vi'),
  channels: new ChannelRegistry([
    telegramOutbound({
      token: env('WORKER_TOKEN'),
      apiRoot: env('WORKER_API_ROOT'),
      translate: translator(createI18n('vi'), 'vi'),
      messagesPerSecond: policy.delivery.messagesPerSecond,
      timeoutSeconds: 10,
    }),
  ]),
  clock: () => new Date(),
  redisUrl: process.env.WORKER_REDIS_URL || undefined,
  redisPrefix: process.env.WORKER_REDIS_PREFIX,
  periodicSweep: false,
  pollMs: 50,
  leaseMs: Number(env('WORKER_LEASE_MS')),
  jobLockMs: Number(env('WORKER_LEASE_MS')),
  concurrency: 4,
  onOutcome: (key, outcome) => process.stdout.write(`${JSON.stringify({ key, outcome: outcome.outcome })}\n`),
});
scheduler.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.once('SIGTERM', () => {
  void scheduler
    .stop()
    .then(() => db.$disconnect())
    .then(() => process.exit(0));
});
