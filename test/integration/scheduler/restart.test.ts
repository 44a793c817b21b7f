// Killing a delivery worker mid-way and starting another: nothing is lost and nothing is sent twice, except what a
// kill catches inside the unknowable window (Telegram has the message, the outbox does not know yet): that is sent
// again, as the at-least-once choice says (README, "Delivery guarantees").
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { systemClock } from '../../../src/clock';
import { enqueueMessage } from '../../../src/records/notifications';
import { BotApiEmulator } from '../../../src/sandbox/emulator';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { createCell, createMember, RECORDED_LONG_AGO } from '../../support/fixtures';
import { describeWithRedis, startRedis, type TestRedis } from '../../support/redis';
import { eventually, TOKEN } from './world';

jest.setTimeout(90_000);

const WORKER = path.join(__dirname, 'delivery-worker.ts');
const REPO = path.resolve(__dirname, '..', '..', '..');
const MESSAGES = 20;
const RATE = 5;
// Short, so a killed worker's messages are taken over within the test; not so short that a live worker's send on a
// loaded machine (four suites and a CI run at once) outlasts its own lease and is taken over, and sent, a second time.
const LEASE_MS = 3000;
const FIRST_CHAT = 8_100_000_000;

interface Worker {
  process: ChildProcess;
  sent: string[];
  exited: Promise<void>;
}

function startWorker(
  database: TestDatabase,
  emulator: BotApiEmulator,
  redis?: { url: string; prefix: string },
) {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', WORKER], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      WORKER_DATABASE_URL: database.url,
      WORKER_API_ROOT: emulator.apiRoot,
      WORKER_TOKEN: TOKEN,
      WORKER_RATE: String(RATE),
      WORKER_LEASE_MS: String(LEASE_MS),
      WORKER_REDIS_URL: redis?.url ?? '',
      WORKER_REDIS_PREFIX: redis?.prefix ?? '',
    },
  });
  const worker: Worker = {
    process: child,
    sent: [],
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as { key?: string; outcome?: string };
    if (event.outcome === 'sent') worker.sent.push(event.key!);
  });
  return worker;
}

function defineRestartTests(mode: string, redisOf: () => TestRedis | undefined) {
  let database: TestDatabase;
  let emulator: BotApiEmulator;
  let workers: Worker[] = [];
  let redis: { url: string; prefix: string } | undefined;

  beforeEach(async () => {
    database = await createTestDatabase();
    emulator = new BotApiEmulator({ token: TOKEN });
    await emulator.start();
    const cell = await createCell(database.db);
    for (let index = 0; index < MESSAGES; index += 1) {
      const member = await createMember(database.db, cell);
      const chatId = FIRST_CHAT + index;
      await database.db.chatIdentity.create({
        data: {
          channel: 'telegram',
          externalId: String(chatId),
          memberId: member.id,
          boundAt: RECORDED_LONG_AGO,
        },
      });
      emulator.user(chatId);
      await enqueueMessage(database.db, {
        key: `restart-test:${index}`,
        memberId: member.id,
        messageKey: 'digest-more',
        args: { count: index },
        // The workers run on the real clock: due as they start.
        dueAt: systemClock(),
      });
    }
    const server = redisOf();
    redis = server
      ? { url: server.url, prefix: `restart-${crypto.randomBytes(4).toString('hex')}` }
      : undefined;
    workers = [];
  });

  afterEach(async () => {
    for (const worker of workers) {
      if (worker.process.exitCode === null && worker.process.signalCode === null)
        worker.process.kill('SIGKILL');
      await worker.exited;
    }
    await emulator.stop();
    await database.drop();
  });

  const perChat = () =>
    Array.from({ length: MESSAGES }, (_, index) => emulator.messages(FIRST_CHAT + index).length);

  /**
   * The messages Telegram took from the killed worker that its outbox never marked sent: the at-least-once window.
   * Requests still on their way when the worker died arrive all the same, so they are given a moment first.
   */
  const inFlightAtKill = async (): Promise<number[]> => {
    // A request the killed worker had written is still delivered by the kernel and read whenever this (busy) process
    // gets to it: wait until nothing more has arrived for a full second, rather than a fixed guess.
    const total = () => perChat().reduce((sum, count) => sum + count, 0);
    for (let last = total(), stableSince = Date.now(); Date.now() - stableSince < 1_000;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (total() !== last) [last, stableSince] = [total(), Date.now()];
    }
    const marked = new Set(
      (await database.db.notification.findMany({ where: { status: 'sent' }, select: { key: true } })).map(
        (row) => row.key,
      ),
    );
    return perChat().flatMap((count, index) =>
      count > 0 && !marked.has(`restart-test:${index}`) ? [index] : [],
    );
  };

  it(`${mode}: a worker killed between sends loses nothing and duplicates nothing`, async () => {
    const first = startWorker(database, emulator, redis);
    workers.push(first);
    await eventually(() => expect(first.sent.length).toBeGreaterThanOrEqual(8), 30_000);
    // Right after a message was marked sent: the worker is waiting for its next rate slot (200 ms away).
    first.process.kill('SIGKILL');
    await first.exited;
    const before = perChat();
    expect(before.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(8);
    expect(before.reduce((sum, count) => sum + count, 0)).toBeLessThan(MESSAGES);
    // On a loaded machine the kill can land later, inside the next send: Telegram has that message and the
    // outbox does not know. Only such a message may go twice; every other one exactly once.
    const inFlight = await inFlightAtKill();
    expect(inFlight.length).toBeLessThanOrEqual(1);

    const second = startWorker(database, emulator, redis);
    workers.push(second);
    await eventually(() => expect(perChat().every((count) => count >= 1)).toBe(true), 60_000);
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500));
    expect(perChat()).toEqual(
      Array.from({ length: MESSAGES }, (_, index) => (inFlight.includes(index) ? 2 : 1)),
    );
    const rows = await database.db.notification.groupBy({ by: ['status'], _count: { _all: true } });
    expect(rows.map((row) => [row.status, row._count._all])).toEqual([['sent', MESSAGES]]);
  });

  it(`${mode}: a worker killed after Telegram took a message but before the outbox knew resends only what was in flight`, async () => {
    const first = startWorker(database, emulator, redis);
    workers.push(first);
    let killedOn: number | undefined;
    let seen = 0;
    // The emulator has stored the 8th message and not answered yet: the worker dies in the send/mark window.
    emulator.events.on('bot-message', (chatId) => {
      seen += 1;
      if (seen === 8 && killedOn === undefined) {
        killedOn = chatId;
        first.process.kill('SIGKILL');
      }
    });
    await first.exited;
    expect(killedOn).toBeDefined();
    // The message the kill interrupted is in the window; on a loaded machine the next one can be too (its request
    // was already on the wire). Nothing else is.
    const inFlight = await inFlightAtKill();
    expect(inFlight).toContain(killedOn! - FIRST_CHAT);
    expect(inFlight.length).toBeLessThanOrEqual(2);

    const second = startWorker(database, emulator, redis);
    workers.push(second);
    await eventually(() => expect(perChat().every((count) => count >= 1)).toBe(true), 60_000);
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500));
    expect(perChat()).toEqual(
      Array.from({ length: MESSAGES }, (_, index) => (inFlight.includes(index) ? 2 : 1)),
    );
  });
}

describe('delivery across a kill and a restart, in-process', () => {
  defineRestartTests('in-process', () => undefined);
});

describeWithRedis('delivery across a kill and a restart, BullMQ', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  defineRestartTests('BullMQ', () => redis);
});
