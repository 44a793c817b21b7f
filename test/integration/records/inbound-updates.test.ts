// The inbox's claims: a burst stored in one statement claims each update once, a re-delivery never, a reused id with
// other content again; an unfinished update is taken over only after its lease, and given up after three tries.
import { fingerprintOf, InboundUpdateRecords } from '../../../src/records/inbound-updates';
import { createTestDatabase, type TestDatabase } from '../../support/database';

describe('InboundUpdateRecords', () => {
  let database: TestDatabase;
  let now = new Date('2026-12-03T09:00:00Z');
  let inbox: InboundUpdateRecords;
  beforeAll(async () => {
    database = await createTestDatabase();
    inbox = new InboundUpdateRecords(database.db, () => now);
  });
  afterAll(async () => {
    await database.drop();
  });

  const update = (id: number, text: string) => {
    const payload = { update_id: id, message: { message_id: id, text, chat: { id: 5, type: 'private' } } };
    return {
      channel: 'telegram' as const,
      updateId: String(id),
      fingerprint: fingerprintOf(payload, 'update_id'),
      payload,
    };
  };

  it('claims a burst once each, in one call', async () => {
    const claimed = await inbox.claimMany([
      update(1, 'a'),
      update(2, 'b'),
      update(1, 'a'),
      update(3, '\u0000c'),
    ]);
    expect([...claimed].sort()).toEqual(['telegram:1', 'telegram:2', 'telegram:3']);
    expect(await inbox.claimMany([update(1, 'a'), update(2, 'b')])).toEqual(new Set());
    const stored = await database.db.inboundUpdate.findUniqueOrThrow({
      where: { channel_updateId: { channel: 'telegram', updateId: '3' } },
    });
    expect(stored.payload).toMatchObject({ message: { text: 'c' } });
  });

  it('claims an id Telegram reused with other content, and never one already handled', async () => {
    await inbox.finish('telegram', '2');
    expect(await inbox.claim(update(2, 'b'))).toBe(false);
    expect(await inbox.claim(update(2, 'a week later, another message'))).toBe(true);
  });

  it('takes an unfinished update over once its lease ran out, and gives it up after three tries', async () => {
    expect((await inbox.takeOverStale('telegram', 10)).taken).toEqual([]);
    now = new Date(now.getTime() + 3 * 60_000);
    // The first handling was try 1; two take-overs are tries 2 and 3.
    for (const attempt of [2, 3]) {
      const round = await inbox.takeOverStale('telegram', 10);
      expect(round.taken.map((row) => [row.updateId, row.attempts]).sort()).toEqual([
        ['1', attempt],
        ['2', attempt],
        ['3', attempt],
      ]);
      now = new Date(now.getTime() + 3 * 60_000);
    }
    const last = await inbox.takeOverStale('telegram', 10);
    expect(last.taken).toEqual([]);
    expect(last.givenUp.map((row) => row.updateId).sort()).toEqual(['1', '2', '3']);
    expect(await database.db.inboundUpdate.count({ where: { handledAt: null } })).toBe(0);
  });
});
