// The whole service as deployed: webhook mode with its secret, /healthz, and sessions in Redis when REDIS_URL is set.
import net from 'node:net';
import { Redis } from 'ioredis';
import pino from 'pino';
import type { Update } from 'grammy/types';
import { telegramFingerprint } from '../../src/channels/telegram/middlewares/inbox';
import { loadConfig } from '../../src/config';
import { BotApiEmulator } from '../../src/sandbox/emulator';
import { startService, type RunningService } from '../../src/service';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember } from '../support/fixtures';
import { describeWithRedis, startRedis, type TestRedis } from '../support/redis';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';
const SECRET = 'test-webhook-secret-0123456789';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

async function startWebhookService(
  database: TestDatabase,
  emulator: BotApiEmulator,
  extra: Record<string, string> = {},
) {
  const port = await freePort();
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    BOT_MODE: 'webhook',
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`,
    WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATABASE_URL: database.url,
    PORT: String(port),
    ...extra,
  });
  return startService(config, pino({ level: 'silent' }), { inboxRecoveryMs: 200 });
}

describe('service in webhook mode', () => {
  let database: TestDatabase;
  let emulator: BotApiEmulator;
  let service: RunningService;
  beforeAll(async () => {
    database = await createTestDatabase();
    emulator = new BotApiEmulator({ token: TOKEN });
    await emulator.start();
    service = await startWebhookService(database, emulator);
  });
  afterAll(async () => {
    await service.stop();
    await emulator.stop();
    await database.drop();
  });

  it('reports health', async () => {
    const response = await fetch(`${service.http.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('rejects webhook requests without the right secret and processes nothing', async () => {
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 5, type: 'private', first_name: 'X' },
        from: { id: 5, is_bot: false, first_name: 'X' },
        text: '/help',
      },
    };
    const attempts: Record<string, string>[] = [
      {},
      { 'X-Telegram-Bot-Api-Secret-Token': 'wrong-secret-0123456789' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${service.http.url}/telegram/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(update),
      });
      expect(response.status).toBe(401);
    }
    expect(await database.db.inboundUpdate.count()).toBe(0);
    expect(emulator.messages(5)).toHaveLength(0);
  });

  const post = (
    body: string,
    headers: Record<string, string> = { 'X-Telegram-Bot-Api-Secret-Token': SECRET },
  ) =>
    fetch(`${service.http.url}/telegram/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const textUpdate = (updateId: number, chatId: number, text: string) => {
    emulator.user(chatId);
    return update(updateId, chatId, text);
  };
  const update = (updateId: number, chatId: number, text: string) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_790_000_000,
      chat: { id: chatId, type: 'private', first_name: 'X' },
      from: { id: chatId, is_bot: false, first_name: 'X' },
      text,
      entities: text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.length }] : [],
    },
  });

  it('refuses a body that is too large, not JSON or not an update, and stores nothing', async () => {
    const before = await database.db.inboundUpdate.count();
    const huge = JSON.stringify({ ...textUpdate(70_001, 5, 'x'), padding: 'x'.repeat(10 * 1024 * 1024) });
    expect((await post(huge)).status).toBe(413);
    expect((await post('{"update_id": 1, ')).status).toBe(400);
    expect((await post('[1, 2, 3]')).status).toBe(400);
    expect((await post('{"message": {}}')).status).toBe(400);
    expect(await database.db.inboundUpdate.count()).toBe(before);
  });

  it('answers Telegram as soon as the update is stored, before handling it', async () => {
    const { members } = service.records;
    const findByChat = members.findByChat.bind(members);
    // A slow handler (an export, a busy database) must not hold Telegram's call.
    members.findByChat = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return findByChat(...args);
    };
    try {
      const after = emulator.mark();
      const started = performance.now();
      const response = await post(JSON.stringify(textUpdate(70_002, 6101, '/help')));
      const answeredInMs = performance.now() - started;
      expect(response.status).toBe(200);
      expect(answeredInMs).toBeLessThan(1_000);
      const stored = await database.db.inboundUpdate.findUnique({
        where: { channel_updateId: { channel: 'telegram', updateId: '70002' } },
      });
      expect(stored).not.toBeNull();
      await emulator.waitForMessage(6101, { after });
      expect(performance.now() - started).toBeGreaterThan(1_500);
    } finally {
      members.findByChat = findByChat;
    }
    // Telegram's retry of the same call is not handled a second time.
    expect((await post(JSON.stringify(textUpdate(70_002, 6101, '/help')))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emulator.messages(6101)).toHaveLength(1);
  });

  it('handles an update a killed process left unfinished, once, even when Telegram delivers it again', async () => {
    const update = textUpdate(70_003, 6102, '/help');
    // As a process killed in the middle of handling it leaves the inbox: stored, leased, never finished.
    await database.db.inboundUpdate.create({
      data: {
        channel: 'telegram',
        updateId: '70003',
        fingerprint: telegramFingerprint(update as Update),
        payload: update,
        receivedAt: new Date(Date.now() - 300_000),
        leaseUntil: new Date(Date.now() - 60_000),
        attempts: 1,
      },
    });
    expect((await post(JSON.stringify(update))).status).toBe(200);
    const reply = await emulator.waitForMessage(6102, { timeoutMs: 10_000 });
    expect(reply.text).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(emulator.messages(6102)).toHaveLength(1);
    const row = await database.db.inboundUpdate.findUniqueOrThrow({
      where: { channel_updateId: { channel: 'telegram', updateId: '70003' } },
    });
    expect(row).toMatchObject({ payload: null });
    expect(row.handledAt).not.toBeNull();
  });

  it('takes updates through the webhook Telegram calls with the secret', async () => {
    const cell = await createCell(database.db);
    const member = await createMember(database.db, cell, { fullName: 'Lê Thị Hoài Nam' });
    const { code } = await service.records.invites.issue(member.id, { label: 'test' });
    const after = emulator.mark();
    emulator.sendText(6001, `/start ${code}`);
    const reply = await emulator.waitForMessage(6001, { after });
    expect(reply.text).toContain('Lê Thị Hoài Nam');
    expect(await database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(1);
  });
});

describeWithRedis('service with REDIS_URL', () => {
  let database: TestDatabase;
  let emulator: BotApiEmulator;
  let redis: TestRedis;
  let service: RunningService;
  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startRedis();
    emulator = new BotApiEmulator({ token: TOKEN });
    await emulator.start();
    service = await startWebhookService(database, emulator, { REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await service.stop();
    await emulator.stop();
    await redis.stop();
    await database.drop();
  });

  it('checks Redis in /healthz', async () => {
    const body = await (await fetch(`${service.http.url}/healthz`)).json();
    expect(body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('keeps sessions in Redis, not PostgreSQL', async () => {
    let after = emulator.mark();
    emulator.sendText(6002, '/language');
    const menu = await emulator.waitForMessage(6002, { after });
    after = emulator.mark();
    emulator.pressButton(6002, menu.message_id, 'language:set:en');
    await emulator.waitForMessage(6002, { after });
    const client = new Redis(redis.url);
    try {
      expect(JSON.parse((await client.get('telegram:6002')) ?? '{}')).toMatchObject({ locale: 'en' });
    } finally {
      client.disconnect();
    }
    expect(await database.db.session.count()).toBe(0);
  });
});
