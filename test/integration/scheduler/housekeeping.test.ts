// The housekeeping keeps personal data only as long as the policy says: stale drafts leave their sessions, sent
// messages lose their texts but keep their keys, old invite tries go; on the scheduler's timer, by the injected clock.
import pino from 'pino';
import { loadPolicy } from '../../../src/domain/policy';
import { createRecords, type Records } from '../../../src/records';
import { createHousekeeping } from '../../../src/scheduler/housekeeping';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { createCell, createMember } from '../../support/fixtures';
import { eventually } from './world';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-12-10T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('housekeeping', () => {
  const policy = loadPolicy();
  let database: TestDatabase;
  let records: Records;
  let memberId: number;

  beforeEach(async () => {
    database = await createTestDatabase();
    records = createRecords(database.db, () => NOW, policy);
    const cell = await createCell(database.db);
    memberId = (await createMember(database.db, cell)).id;
  });
  afterEach(async () => {
    await database.drop();
  });

  const draft = (updatedAt: string) => ({
    formId: 'help-request',
    stepId: 'text',
    answers: { kind: 'leave', text: 'Làm ca đêm' },
    nonce: 'n1',
    draftId: 'd1',
    startedAt: updatedAt,
    editing: false,
    updatedAt,
  });
  const session = (key: string, value: object) =>
    database.db.session.create({ data: { key, value: JSON.stringify(value), updatedAt: NOW } });
  const sessions = async () =>
    Object.fromEntries(
      (await database.db.session.findMany()).map((row) => [row.key, JSON.parse(row.value) as object]),
    );

  let keyCounter = 0;
  const notification = (fields: {
    kind: string;
    status: 'pending' | 'sent' | 'failed' | 'cancelled';
    dueAt: Date;
    sentAt?: Date;
  }) => {
    keyCounter += 1;
    return database.db.notification.create({
      data: {
        key: `test:${keyCounter}`,
        memberId,
        payload: { rule: 'fee-nudge', vars: { member: 'Nguyễn Văn Thử', months: ['2026-10'] } },
        createdAt: fields.dueAt,
        ...fields,
      },
    });
  };
  const payloadOf = async (key: string) =>
    (await database.db.notification.findUniqueOrThrow({ where: { key } })).payload;

  it('removes stale drafts, clears done messages past their days, and deletes old invite tries', async () => {
    const ttl = policy.forms.draftTtlDays;
    await session('1001', { locale: 'en', form: draft(daysAgo(ttl + 1).toISOString()) });
    await session('1002', { form: draft(daysAgo(ttl + 1).toISOString()) });
    await session('1003', { form: draft(daysAgo(ttl - 1).toISOString()) });
    await session('1004', { groupNoticeSent: true, form: draft('not a time') });
    await session('1005', { locale: 'vi' });

    const days = policy.retention.notificationPayloadDays;
    const oldSent = await notification({
      kind: 'nudge',
      status: 'sent',
      dueAt: daysAgo(days + 2),
      sentAt: daysAgo(days + 1),
    });
    const recentSent = await notification({
      kind: 'alert',
      status: 'sent',
      dueAt: daysAgo(days + 2),
      sentAt: daysAgo(days - 1),
    });
    const oldFailed = await notification({ kind: 'message', status: 'failed', dueAt: daysAgo(days + 1) });
    const oldCancelledNudge = await notification({
      kind: 'nudge',
      status: 'cancelled',
      dueAt: daysAgo(days + 1),
    });
    // The sweep revives a cancelled item that falls due again: it keeps what it says.
    const oldCancelledItem = await notification({
      kind: 'item',
      status: 'cancelled',
      dueAt: daysAgo(days + 1),
    });
    const oldPending = await notification({ kind: 'item', status: 'pending', dueAt: daysAgo(days + 1) });

    const hours = policy.retention.inviteFailureHours;
    const at = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
    await database.db.inviteFailure.createMany({
      data: [
        { channel: 'telegram', externalId: '2001', at: at(hours + 1) },
        { channel: 'telegram', externalId: '2002', at: at(hours - 1) },
      ],
    });

    // Update markers: handled ones older than their days go; an unfinished one stays for the inbox's take-over.
    const markerDays = policy.retention.updateMarkerDays;
    const marker = (updateId: string, receivedAt: Date, handledAt: Date | null) => ({
      channel: 'telegram' as const,
      updateId,
      fingerprint: `f${updateId}`,
      receivedAt,
      handledAt,
    });
    await database.db.inboundUpdate.createMany({
      data: [
        marker('1', daysAgo(markerDays + 1), daysAgo(markerDays + 1)),
        marker('2', daysAgo(markerDays - 1), daysAgo(markerDays - 1)),
        marker('3', daysAgo(markerDays + 1), null),
      ],
    });

    const housekeeping = createHousekeeping({ records, policy, logger, clock: () => NOW });
    expect(await housekeeping.runOnce()).toEqual({
      'form-drafts': 3,
      'notification-payloads': 3,
      'update-markers': 1,
      'invite-failures': 1,
      'dashboard-sign-in': 0,
    });
    const markers = await database.db.inboundUpdate.findMany({ orderBy: { updateId: 'asc' } });
    expect(markers.map((row) => row.updateId)).toEqual(['2', '3']);

    expect(await sessions()).toEqual({
      '1001': { locale: 'en' },
      '1003': { form: draft(daysAgo(ttl - 1).toISOString()) },
      '1004': { groupNoticeSent: true },
      '1005': { locale: 'vi' },
    });
    for (const row of [oldSent, oldFailed, oldCancelledNudge]) expect(await payloadOf(row.key)).toEqual({});
    for (const row of [recentSent, oldCancelledItem, oldPending]) {
      expect(await payloadOf(row.key)).toEqual(row.payload);
    }
    // The rows and their keys stay: the key is what keeps a situation from being told twice.
    expect(await database.db.notification.count()).toBe(6);
    expect(await database.db.notification.findUniqueOrThrow({ where: { key: oldSent.key } })).toMatchObject({
      status: 'sent',
      sentAt: oldSent.sentAt,
    });
    expect((await database.db.inviteFailure.findMany()).map((row) => row.externalId)).toEqual(['2002']);

    // A second run finds nothing more to do.
    expect(await housekeeping.runOnce()).toEqual({
      'form-drafts': 0,
      'notification-payloads': 0,
      'update-markers': 0,
      'invite-failures': 0,
      'dashboard-sign-in': 0,
    });
  });

  it("runs on the scheduler's timer, one instance at a time", async () => {
    await session('1001', {
      locale: 'en',
      form: draft(daysAgo(policy.forms.draftTtlDays + 1).toISOString()),
    });
    const scheduler = createScheduler({
      records,
      policy,
      logger,
      translate: (_locale, key) => key,
      // Nothing is sent here.
      channels: new ChannelRegistry([]),
      clock: () => NOW,
      periodicSweep: false,
      housekeepingEveryMs: 100,
    });
    scheduler.start();
    try {
      await eventually(async () => expect(await sessions()).toEqual({ '1001': { locale: 'en' } }));
    } finally {
      await scheduler.stop();
    }
    // While one instance holds the housekeeping's lock, another skips the round.
    const other = createHousekeeping({ records, policy, logger, clock: () => NOW });
    const skipped = await records.notifications.exclusively('homecell-housekeeping', () => other.runOnce());
    expect(skipped).toBeUndefined();
  });
});
