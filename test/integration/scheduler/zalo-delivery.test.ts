// The delivery on Zalo for real: the registry routes a member bound only on Zalo to zaloOutbound, which talks to the
// Zalo emulator over HTTP; numbered text, Zalo's 429s, a blocked chat and a digest longer than one Zalo message.
import { DEMO_CHAT_ID_BASE } from '../../../src/records/demo';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { zaloOutbound } from '../../../src/channels/zalo/outbound';
import { ZALO_MAX_TEXT } from '../../../src/channels/zalo/client';
import { createI18n, translator } from '../../../src/i18n';
import { ZaloBotApiEmulator } from '../../../src/sandbox/zalo-emulator';
import { DEMO_SECRETARY_CHAT, eventually, startWorld, TOKEN, type SchedulerWorld } from './world';

jest.setTimeout(60_000);

const VN_MORNING = new Date('2026-12-20T09:00:00+07:00');
const MAI = DEMO_CHAT_ID_BASE + 10; // at home: one nudge that morning
const ZALO_TOKEN = '5550001:zalo-test-key-0123456789';
const translate = translator(createI18n('vi'), 'vi');

describe('delivery on Zalo', () => {
  let world: SchedulerWorld;
  let zalo: ZaloBotApiEmulator;
  beforeEach(async () => {
    zalo = new ZaloBotApiEmulator({ token: ZALO_TOKEN });
    await zalo.start();
  });
  afterEach(async () => {
    await world?.stop();
    await zalo.stop();
  });

  /** The member on that Telegram chat is bound on Zalo instead (she wrote to the Zalo bot once). */
  async function moveToZalo(telegramChat: number, zaloChat: string) {
    const identity = await world.database.db.chatIdentity.findFirstOrThrow({
      where: { externalId: String(telegramChat) },
    });
    await world.database.db.chatIdentity.delete({ where: { id: identity.id } });
    await world.database.db.chatIdentity.create({
      data: { channel: 'zalo', externalId: zaloChat, memberId: identity.memberId, boundAt: VN_MORNING },
    });
    zalo.user(zaloChat);
  }

  const channels = (rateLimitPauseMs = 5_000) =>
    new ChannelRegistry([
      telegramOutbound({ token: TOKEN, apiRoot: world.emulator.apiRoot, translate, messagesPerSecond: 200 }),
      zaloOutbound({
        token: ZALO_TOKEN,
        apiRoot: zalo.apiRoot,
        translate,
        messagesPerSecond: world.policy.delivery.zaloMessagesPerSecond,
        rateLimitPauseMs,
        timeoutMs: 10_000,
      }),
    ]);

  it('sends a member bound only on Zalo her nudge there as numbered text, never "press a button"', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveToZalo(MAI, 'zalo-mai');
    const { delivered } = await world.scheduler({ channels: channels() }).runOnce(VN_MORNING);
    expect(delivered.failed).toBe(0);
    const received = zalo.messages('zalo-mai');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^Chào đồng chí .+! Chi bộ nhắc đồng chí:\n/);
    expect(received[0]).toMatch(
      /\n\n1\. 💳 Xác nhận đảng phí\n2\. 📄 Viết bản tự kiểm điểm\n\nTrả lời 1 hoặc 2 để làm ngay\.$/,
    );
    expect(received[0]).not.toMatch(/bấm nút/i);
    expect(world.messages(MAI)).toEqual([]);
    const row = await world.database.db.notification.findFirstOrThrow({
      where: { kind: 'nudge', member: { identities: { some: { externalId: 'zalo-mai' } } } },
    });
    expect(row.status).toBe('sent');
  });

  it('honours a burst of 429s: every Zalo send waits, and the nudge still goes out once', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveToZalo(MAI, 'zalo-mai');
    zalo.rateLimitNextSends(3);
    const scheduler = world.scheduler({ channels: channels(300) });
    await scheduler.sweep({ now: VN_MORNING });
    const started = Date.now();
    scheduler.start();
    await eventually(() => expect(zalo.messages('zalo-mai')).toHaveLength(1), 20_000);
    // Three refusals, each followed by the pause before the same message was tried again.
    expect(zalo.stats.rejected429).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zalo.messages('zalo-mai')).toHaveLength(1);
    const row = await world.database.db.notification.findFirstOrThrow({
      where: { kind: 'nudge', member: { identities: { some: { externalId: 'zalo-mai' } } } },
    });
    expect(row.status).toBe('sent');
  });

  it('marks a member whose Zalo chat blocked the bot unreachable, and tells the secretary', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveToZalo(MAI, 'zalo-mai');
    zalo.block('zalo-mai');
    const { delivered } = await world.scheduler({ channels: channels() }).runOnce(VN_MORNING);
    expect(delivered.unreachable).toBe(1);
    expect(zalo.messages('zalo-mai')).toEqual([]);
    const mai = await world.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalId: 'zalo-mai' } } },
    });
    expect(mai.reachable).toBe(false);
    const alerts = world
      .messages(DEMO_SECRETARY_CHAT)
      .filter((message) => message.text?.startsWith('📵') && message.text.includes(mai.fullName));
    expect(alerts).toHaveLength(1);
  });

  it('splits a secretary’s long digest into Zalo messages of at most 2,000 characters at line breaks', async () => {
    world = await startWorld();
    const morning = new Date('2026-12-20T07:00:00+07:00'); // the digest hour in the cell's zone
    world.setNow(morning);
    await moveToZalo(DEMO_SECRETARY_CHAT, 'zalo-secretary');
    const scheduler = world.scheduler({ channels: channels() });
    await scheduler.sweep({ now: morning });
    const digest = await world.database.db.notification.findFirstOrThrow({
      where: { kind: 'digest' },
      include: { items: true },
    });
    // A cell with many members behind: copies of one of its lines under 70 long Vietnamese names.
    // The first section's line (the sections come in a fixed order), so the copies are what fills the first message.
    const sectionOrder = ['contact-lost', 'review-missing', 'checkin-overdue', 'fee-overdue'];
    const ruleRank = (item: (typeof digest.items)[number]) =>
      sectionOrder.indexOf((item.payload as { rule: string }).rule);
    const template = [...digest.items].sort((a, b) => ruleRank(a) - ruleRank(b) || a.id - b.id)[0];
    const names = Array.from(
      { length: 70 },
      (_, index) => `Nguyễn Thị Phương Thảo Huyền Trang số ${String(index + 1).padStart(2, '0')}`,
    );
    const payload = template.payload as { vars: Record<string, unknown> };
    await world.database.db.notification.createMany({
      data: names.map((name, index) => ({
        key: `${template.key}:copy-${index}`,
        memberId: template.memberId,
        kind: template.kind,
        payload: { ...payload, vars: { ...payload.vars, member: name } },
        dueAt: template.dueAt,
        status: template.status,
        createdAt: template.createdAt,
        batchId: digest.id,
      })),
    });
    await scheduler.runOnce(morning);

    const parts = zalo.messages('zalo-secretary');
    const first = parts.findIndex((text) => text.startsWith('📋'));
    expect(first).toBeGreaterThanOrEqual(0);
    const digestParts = [parts[first], parts[first + 1]];
    expect(parts[first + 1]).toBeDefined();
    for (const part of digestParts) expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    expect(digestParts[0].length).toBeGreaterThan(ZALO_MAX_TEXT / 2);
    // Cut between lines: every name shown whole and once, and every line a whole line of the digest; what does not
    // fit the view (the same list as on Telegram) is counted on its last line.
    const shown = names.filter((name) => digestParts.some((part) => part.includes(`${name}:`)));
    // Two messages of up to 2,000 characters hold at least 15 lines of ~130 characters (the longest rule's line).
    expect(shown.length).toBeGreaterThan(15);
    for (const name of shown) {
      expect(digestParts.filter((part) => part.includes(`${name}:`))).toHaveLength(1);
    }
    expect(digestParts[1]).toMatch(/\n… và \d+ mục khác\.$/u);
    for (const line of digestParts.join('\n').split('\n')) {
      expect(line === '' || /^(📋 |• |[^\n]+\(\d+\):$|… )/u.test(line)).toBe(true);
    }
    expect(digestParts[1]).toMatch(/^• /u);
  });
});
