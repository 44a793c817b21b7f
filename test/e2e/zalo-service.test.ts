// The service with ZALO_BOT_TOKEN: its scheduler sends a member bound only on Zalo her reminder through Zalo's API
// (the emulator standing in at ZALO_API_ROOT), next to the Telegram bot.
import net from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { DEMO_CHAT_ID_BASE, seedDemo } from '../../src/records/demo';
import { BotApiEmulator } from '../../src/sandbox/emulator';
import { ZaloBotApiEmulator } from '../../src/sandbox/zalo-emulator';
import { startService, type RunningService } from '../../src/service';
import { createTestDatabase, type TestDatabase } from '../support/database';

jest.setTimeout(60_000);

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';
const ZALO_TOKEN = '3051889162553740911:service-test-key';
const SEEDED_AT = new Date('2026-11-24T09:00:00+07:00');
const VN_MORNING = new Date('2026-12-20T09:00:00+07:00');
const MAI = DEMO_CHAT_ID_BASE + 10;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

describe('service with ZALO_BOT_TOKEN', () => {
  let database: TestDatabase;
  let telegram: BotApiEmulator;
  let zalo: ZaloBotApiEmulator;
  let service: RunningService | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    telegram = new BotApiEmulator({ token: TOKEN });
    zalo = new ZaloBotApiEmulator({ token: ZALO_TOKEN });
    await Promise.all([telegram.start(), zalo.start()]);
  });
  afterAll(async () => {
    await service?.stop();
    await Promise.all([telegram.stop(), zalo.stop()]);
    await database.drop();
  });

  it('registers the Zalo channel: a member bound only on Zalo gets her nudge there, nothing on Telegram', async () => {
    await seedDemo(database.db, { now: SEEDED_AT, homeTimezone: 'Asia/Ho_Chi_Minh' });
    const identity = await database.db.chatIdentity.findFirstOrThrow({ where: { externalId: String(MAI) } });
    await database.db.chatIdentity.update({
      where: { id: identity.id },
      data: { channel: 'zalo', externalId: 'zalo-mai' },
    });
    zalo.user('zalo-mai');
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
    });
    service = await startService(config, pino({ level: 'silent' }), {
      clock: () => VN_MORNING,
      scheduler: { periodicSweep: false },
    });
    const { delivered } = await service.scheduler.runOnce(VN_MORNING);
    expect(delivered.failed).toBe(0);
    // The service's own delivery loop may have claimed the nudge before runOnce did: wait for it to arrive.
    const deadline = Date.now() + 20_000;
    while (zalo.messages('zalo-mai').length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(zalo.messages('zalo-mai')).toEqual([
      expect.stringMatching(/^Chào đồng chí .+[\s\S]*\n\nTrả lời 1 hoặc 2 để làm ngay\.$/),
    ]);
    expect(telegram.messages(MAI)).toEqual([]);
    expect(zalo.stats.calls.sendMessage).toBe(1);
  });
});
