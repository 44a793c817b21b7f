// Sweep and delivery against the Bot API emulator, in-process and on BullMQ: each message once, in the member's
// language, inside the member's hours; two schedulers at once; 429 storms; blocked members; other features' messages.
import crypto from 'node:crypto';
import { loadPolicy, type Policy } from '../../../src/domain/policy';
import { DEMO_CHAT_ID_BASE } from '../../../src/records/demo';
import { enqueueMessage } from '../../../src/records/notifications';
import type { Scheduler, SchedulerOptions } from '../../../src/scheduler/scheduler';
import { describeWithRedis, startRedis, type TestRedis } from '../../support/redis';
import { DEMO_SECRETARY_CHAT, eventually, outboxStatuses, startWorld, type SchedulerWorld } from './world';

jest.setTimeout(60_000);

const chat = (index: number) => DEMO_CHAT_ID_BASE + index;
const HUONG = chat(7); // Brno, English
const MINH = chat(4); // Seoul, on a temporary exemption: owes the review
const MAI = chat(10); // at home
const VN_MORNING = '2026-12-20T09:00:00+07:00';
/** What the demo calls for on 20 December at 09:00 in Vietnam (see the CLI test for the list itself). */
const EXPECTED_AT_VN_MORNING = new Map<number, number>([
  [chat(1), 5], // the secretary: own nudge, three alerts, the digest
  // Thọ (11), fully exempt at home, still pays the fee: his November nudge.
  ...[2, 3, 4, 5, 6, 8, 9, 10, 11].map((index): [number, number] => [chat(index), 1]),
]);
const TOTAL_AT_VN_MORNING = 14;

const fastPolicy = (change: Partial<Policy['delivery']> = {}): Policy => {
  const policy = loadPolicy();
  return { ...policy, delivery: { ...policy.delivery, messagesPerSecond: 200, ...change } };
};

function defineDeliveryTests(mode: string, redis: () => string | undefined) {
  let world: SchedulerWorld;
  const schedulerOf = (change: Partial<SchedulerOptions> = {}): Scheduler =>
    world.scheduler({
      redisUrl: redis(),
      redisPrefix: `test-${crypto.randomBytes(4).toString('hex')}`,
      ...change,
    });
  const total = () => [...world.messageCounts().values()].reduce((sum, count) => sum + count, 0);

  afterEach(async () => {
    await world?.stop();
  });

  it(`${mode}: delivers the demo's nudges, alerts and digest once each, then the held nudge at the member's 08:00`, async () => {
    world = await startWorld({ policy: fastPolicy() });
    world.setNow(VN_MORNING);
    const scheduler = schedulerOf();
    const swept = await scheduler.sweep({ now: new Date(VN_MORNING) });
    expect(swept.counts).toMatchObject({ members: 11, nudges: 10, alerts: 3, digests: 1, held: 1 });
    scheduler.start();
    await eventually(() => expect(world.messageCounts()).toEqual(EXPECTED_AT_VN_MORNING));

    const minh = world.messages(MINH)[0];
    expect(minh.text).toContain('Chào đồng chí Lê Văn Minh');
    expect(
      minh.reply_markup?.inline_keyboard
        .flat()
        .map((button) => 'callback_data' in button && button.callback_data),
    ).toEqual(['open:fee', 'open:checkin', 'open:review']);
    const secretary = world.messages(DEMO_SECRETARY_CHAT).map((message) => message.text ?? '');
    expect(secretary.filter((text) => text.startsWith('📋 Tóm tắt hằng ngày'))).toHaveLength(1);
    expect(secretary.some((text) => text.includes('Hoàng Văn Tuấn') && text.includes('xóa tên'))).toBe(true);

    // Brno wakes up: 08:00 there. Everyone else had today's nudge; only Hương's items go, in English.
    const brnoMorning = '2026-12-20T08:00:00+01:00';
    world.setNow(brnoMorning);
    await scheduler.sweep({ now: new Date(brnoMorning) });
    await eventually(() => expect(world.messages(HUONG)).toHaveLength(1));
    const huong = world.messages(HUONG)[0].text!;
    expect(huong).toContain('Hello comrade Đặng Thị Hương');
    expect(huong).toContain('The directory has no party organisation in Czechia yet');
    expect(huong).toContain('Party fee 2026: 1 month unpaid: November 2026.');

    // The same situation swept again sends nothing more.
    await scheduler.sweep({ now: new Date(brnoMorning) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(total()).toBe(TOTAL_AT_VN_MORNING + 1);
    // The emulator has a message a moment before the outbox records it as sent.
    await eventually(async () =>
      expect(await outboxStatuses(world.records)).toEqual({ sent: TOTAL_AT_VN_MORNING + 1 }),
    );
  });

  it(`${mode}: two schedulers sweeping and delivering at once send each message once`, async () => {
    world = await startWorld({ policy: fastPolicy() });
    world.setNow(VN_MORNING);
    const first = schedulerOf();
    const second = schedulerOf();
    await Promise.all([
      first.sweep({ now: new Date(VN_MORNING) }),
      second.sweep({ now: new Date(VN_MORNING) }),
    ]);
    first.start();
    second.start();
    await eventually(() => expect(total()).toBe(TOTAL_AT_VN_MORNING));
    await Promise.all([
      first.sweep({ now: new Date(VN_MORNING) }),
      second.sweep({ now: new Date(VN_MORNING) }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(world.messageCounts()).toEqual(EXPECTED_AT_VN_MORNING);
    expect(world.emulator.stats.calls.sendMessage).toBe(TOTAL_AT_VN_MORNING);
  });

  it(`${mode}: honours retry_after through a 429 storm and still sends each message once`, async () => {
    // The emulator allows 4 sends a second; the policy asks for 200: most sends meet a 429 with retry_after.
    world = await startWorld({ policy: fastPolicy(), emulator: { globalRateLimitPerSecond: 4 } });
    world.setNow(VN_MORNING);
    const scheduler = schedulerOf();
    await scheduler.sweep({ now: new Date(VN_MORNING) });
    // The first send meets a 429 asking for 2 seconds: once it is known, no new send may start before they pass
    // (sends already on the wire at that moment may still land, as with Telegram).
    world.emulator.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 2',
      retry_after: 2,
    });
    const sentAt: number[] = [];
    world.emulator.events.on('bot-message', () => sentAt.push(Date.now()));
    let firstRejectedAt = 0;
    const watch = setInterval(() => {
      if (!firstRejectedAt && world.emulator.stats.rejected429 > 0) firstRejectedAt = Date.now();
    }, 2);
    scheduler.start();
    await eventually(() => expect(world.messageCounts()).toEqual(EXPECTED_AT_VN_MORNING), 30_000);
    clearInterval(watch);
    expect(firstRejectedAt).toBeGreaterThan(0);
    expect(sentAt.filter((time) => time > firstRejectedAt + 150 && time < firstRejectedAt + 1900)).toEqual(
      [],
    );
    expect(world.emulator.stats.rejected429).toBeGreaterThan(1);
    expect(world.emulator.stats.sentMessages).toBe(TOTAL_AT_VN_MORNING);
    await eventually(async () =>
      expect(await outboxStatuses(world.records)).toEqual({ sent: TOTAL_AT_VN_MORNING }),
    );
  });

  it(`${mode}: a member who blocked the bot, or whose chat is gone, ends unreachable and the secretary is told once`, async () => {
    world = await startWorld({ policy: fastPolicy() });
    world.emulator.blockBot(MINH);
    // Mai's chat was deleted: Telegram answers "chat not found".
    await world.records.db.chatIdentity.updateMany({
      where: { externalId: String(MAI) },
      data: { externalId: '7999999999' },
    });
    world.setNow(VN_MORNING);
    const scheduler = schedulerOf();
    await scheduler.sweep({ now: new Date(VN_MORNING) });
    scheduler.start();
    const unreachableAlerts = () =>
      world.messages(DEMO_SECRETARY_CHAT).filter((message) => message.text?.startsWith('📵'));
    await eventually(async () => {
      const members = await world.records.db.member.findMany({
        where: { reachable: false },
        select: { fullName: true },
      });
      expect(members.map((member) => member.fullName).sort()).toEqual(['Lê Văn Minh', 'Đỗ Thị Mai']);
      // One alert for each, in either order: the two nudges fail on workers running side by side, each failure
      // queues its alert, and those go out side by side too. Alerts go before nudges; no order between two alerts
      // is promised.
      const alerts = unreachableAlerts().map((message) => message.text);
      expect(alerts).toHaveLength(2);
      expect(alerts).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Lê Văn Minh'),
          expect.stringContaining('Đỗ Thị Mai'),
        ]),
      );
    });

    // The next morning nothing is tried for them again, the secretary is not told again, and the digest lists them.
    const nextMorning = '2026-12-21T09:00:00+07:00';
    world.setNow(nextMorning);
    const callsBefore = world.emulator.stats.calls.sendMessage ?? 0;
    const secretaryBefore = world.messages(DEMO_SECRETARY_CHAT).length;
    await scheduler.sweep({ now: new Date(nextMorning) });
    await eventually(() => expect(world.messages(DEMO_SECRETARY_CHAT).length).toBe(secretaryBefore + 1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const digest = world.messages(DEMO_SECRETARY_CHAT).at(-1)!.text!;
    expect(digest).toContain('Không liên lạc được qua bot (2)');
    expect(digest).toContain('Lê Văn Minh, Đỗ Thị Mai');
    expect(unreachableAlerts()).toHaveLength(2);
    expect(world.emulator.stats.calls.sendMessage - callsBefore).toBe(1);
  });

  it(`${mode}: sends other features' messages at once, in the recipient's language, whatever the hour`, async () => {
    world = await startWorld({ policy: fastPolicy() });
    // 03:00 in Brno: no nudge could go now, a decision does.
    const at = new Date('2026-12-20T03:00:00+01:00');
    world.setNow(at);
    const huong = await world.records.db.member.findFirstOrThrow({ where: { fullName: 'Đặng Thị Hương' } });
    await world.records.db.$transaction(async (tx) => {
      expect(
        await enqueueMessage(tx, {
          key: 'decision:1',
          memberId: huong.id,
          messageKey: 'alert-member-unreachable',
          args: { member: 'Test' },
          dueAt: at,
        }),
      ).toBe(true);
      // The same key again changes nothing.
      expect(
        await enqueueMessage(tx, {
          key: 'decision:1',
          memberId: huong.id,
          messageKey: 'digest-more',
          dueAt: at,
        }),
      ).toBe(false);
      await enqueueMessage(tx, {
        key: 'decision:2',
        memberId: huong.id,
        messageKey: 'no-such-message',
        dueAt: at,
      });
    });
    const scheduler = schedulerOf();
    scheduler.start();
    await eventually(() => expect(world.messages(HUONG)).toHaveLength(1));
    expect(world.messages(HUONG)[0].text).toBe(
      '📵 Messages to comrade Test cannot be delivered: they blocked the bot or deleted the chat. Please contact them directly.',
    );
    await eventually(async () => {
      const unknown = await world.records.db.notification.findUniqueOrThrow({ where: { key: 'decision:2' } });
      expect(unknown).toMatchObject({ status: 'failed', lastError: 'unknown message no-such-message' });
    });
    expect(world.messages(HUONG)).toHaveLength(1);
  });

  it(`${mode}: alerts the secretary of a help request within seconds, once`, async () => {
    world = await startWorld({ policy: fastPolicy() });
    world.setNow(VN_MORNING);
    const scheduler = schedulerOf();
    scheduler.start();
    const tuan = await world.records.db.member.findFirstOrThrow({ where: { fullName: 'Hoàng Văn Tuấn' } });
    const created = await world.records.requests.create(tuan.id, {
      kind: 'difficulty',
      text: 'Chủ xưởng giữ hộ chiếu của em',
      sourceKey: 'test:help:1',
    });
    expect(created.outcome).toBe('created');
    await eventually(() =>
      expect(world.messages(DEMO_SECRETARY_CHAT).map((message) => message.text)).toEqual([
        '🆘 Đồng chí Hoàng Văn Tuấn báo gặp khó khăn: «Chủ xưởng giữ hộ chiếu của em». Đề nghị chi bộ liên hệ sớm.',
      ]),
    );
    // The text and the member's name are kept once, in the request: the outbox and the audit name the request.
    if (created.outcome !== 'created') throw new Error('not created');
    const alert = await world.records.db.notification.findUniqueOrThrow({
      where: { key: `request:${created.request.id}` },
    });
    expect(alert.payload).toEqual({
      rule: 'request-difficulty',
      about: tuan.id,
      vars: { request: created.request.id },
    });
    const audit = await world.records.db.auditEvent.findFirstOrThrow({
      where: { entity: 'Request', entityId: String(created.request.id) },
    });
    expect(JSON.stringify([alert, audit])).not.toMatch(/hộ chiếu|Hoàng Văn Tuấn/);
    // A full sweep afterwards knows the alert went.
    await scheduler.sweep({ now: new Date(VN_MORNING) });
    await eventually(() => expect(total()).toBe(TOTAL_AT_VN_MORNING + 1));
    expect(
      world.messages(DEMO_SECRETARY_CHAT).filter((message) => message.text?.startsWith('🆘')),
    ).toHaveLength(1);
  });
}

describe('scheduler delivery, in-process', () => {
  defineDeliveryTests('in-process', () => undefined);

  let world: SchedulerWorld;
  afterEach(async () => {
    await world?.stop();
  });

  it('leaves out of a waiting nudge what the member did meanwhile', async () => {
    world = await startWorld({ policy: fastPolicy() });
    world.setNow(VN_MORNING);
    const scheduler = world.scheduler();
    await scheduler.sweep({ now: new Date(VN_MORNING) });
    const minh = await world.records.db.member.findFirstOrThrow({ where: { fullName: 'Lê Văn Minh' } });
    const saved = await world.records.checkIns.submit(
      minh.id,
      { place: 'Ansan' },
      {
        sourceKey: 'test:checkin:1',
        now: new Date(VN_MORNING),
      },
    );
    expect(saved.outcome).toBe('saved');
    await scheduler.runOnce(new Date(VN_MORNING));
    const text = world.messages(MINH)[0].text!;
    expect(text).toContain('Đảng phí năm 2026');
    expect(text).not.toContain('chưa báo cáo tháng 12/2026');
    expect(
      await world.records.db.notification.findUniqueOrThrow({
        where: { key: `checkin:${minh.id}:2026-12:day-20` },
      }),
    ).toMatchObject({ status: 'cancelled', batchId: null });
  });

  it('holds a nudge that reaches the member after their hours until their next morning', async () => {
    world = await startWorld({ policy: fastPolicy() });
    await world.scheduler().sweep({ now: new Date(VN_MORNING) });
    // The delivery only gets to it at 22:30 in Vietnam (a long queue): nudges wait, the secretary's alerts go; and
    // it is 16:30 in Brno, so Hương's nudge (held in the morning) goes now.
    const late = new Date('2026-12-20T22:30:00+07:00');
    const result = await world.scheduler().runOnce(late);
    expect(result.delivered).toMatchObject({ sent: 5, postponed: 10 });
    expect(world.messages(HUONG)).toHaveLength(1);
    const waiting = await world.records.db.notification.findMany({
      where: { kind: 'nudge', status: 'pending' },
    });
    expect(new Set(waiting.map((row) => row.dueAt.toISOString()))).toEqual(
      new Set(['2026-12-21T01:00:00.000Z', '2026-12-21T00:00:00.000Z', '2026-12-20T23:00:00.000Z']),
    );
  });
});

describeWithRedis('scheduler delivery, BullMQ', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  defineDeliveryTests('BullMQ', () => redis.url);
});
