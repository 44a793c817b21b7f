// The limits on wrong invite codes hold exactly with two instances trying at once: per chat, and across all chats.
import { createDatabase, type Database } from '../../../src/db/client';
import { loadPolicy } from '../../../src/domain/policy';
import { InviteRecords, type RedeemResult } from '../../../src/records/invites';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { createCell, createMember, type TestCell } from '../../support/fixtures';

jest.setTimeout(60_000);

describe('invite limits with two instances', () => {
  const policy = loadPolicy();
  const limits = policy.invites;
  let database: TestDatabase;
  let second: Database;
  let cell: TestCell;
  let now = new Date('2026-11-22T03:00:00Z');
  const clock = () => now;
  // Two processes: each its own pool of connections and its own records service.
  let instances: [InviteRecords, InviteRecords];

  beforeAll(async () => {
    database = await createTestDatabase();
    second = createDatabase(database.url, { poolSize: 4 });
    instances = [new InviteRecords(database.db, clock, limits), new InviteRecords(second, clock, limits)];
    cell = await createCell(database.db, 'Chi bộ khối Hải Bình');
  });
  afterAll(async () => {
    await second.$disconnect();
    await database.drop();
  });

  const tally = (results: RedeemResult[]) => {
    const counts: Record<string, number> = {};
    for (const result of results) counts[result.outcome] = (counts[result.outcome] ?? 0) + 1;
    return counts;
  };

  it("counts one chat's concurrent wrong codes exactly: the limit's tries, then a wait", async () => {
    const tries = 40;
    const results = await Promise.all(
      Array.from({ length: tries }, (_, index) =>
        instances[index % 2].redeem(`WRONGCODE${index}`, 'telegram', '5001'),
      ),
    );
    expect(tally(results)).toEqual({
      invalid: limits.chatWrongTries,
      cooldown: tries - limits.chatWrongTries,
    });
    const remaining = results.flatMap((result) =>
      result.outcome === 'invalid' ? [result.remainingTries] : [],
    );
    expect(remaining.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(await database.db.inviteFailure.count({ where: { externalId: '5001' } })).toBe(
      limits.chatWrongTries,
    );
  });

  it('counts the wrong codes of many chats exactly, then refuses every code, a right one too, for the pause', async () => {
    now = new Date('2026-11-23T03:00:00Z');
    const member = await createMember(database.db, cell, { fullName: 'Trần Văn Đức' });
    const { code } = await instances[0].issue(member.id, { label: 'test' });
    const failuresBefore = await database.db.inviteFailure.count();
    // 60 chats, 5 codes each, all at once: the probe's 300 codes in 2 s.
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        instances[index % 2].redeem(`GUESS${index}`, 'telegram', String(6000 + (index % 60))),
      ),
    );
    expect(tally(results)).toEqual({
      invalid: limits.globalWrongTries,
      paused: 300 - limits.globalWrongTries,
    });
    expect((await database.db.inviteFailure.count()) - failuresBefore).toBe(limits.globalWrongTries);
    // Exactly one try reached the limit, and it reports counts, never a code.
    const reached = results.flatMap((result) =>
      'globalLimitReached' in result && result.globalLimitReached ? [result.globalLimitReached] : [],
    );
    expect(reached).toHaveLength(1);
    expect(reached[0]).toEqual({
      wrongTries: limits.globalWrongTries,
      chats: expect.any(Number) as number,
      windowMinutes: limits.globalWindowMinutes,
      pauseMinutes: limits.globalPauseMinutes,
    });
    expect(JSON.stringify(reached)).not.toContain('GUESS');

    const right = await instances[1].redeem(code, 'telegram', '7001');
    expect(right).toEqual({ outcome: 'paused', minutes: limits.globalPauseMinutes });
    now = new Date(now.getTime() + (limits.globalPauseMinutes - 1) * 60_000);
    expect(await instances[0].redeem(code, 'telegram', '7001')).toEqual({ outcome: 'paused', minutes: 1 });
    now = new Date(now.getTime() + 61_000);
    expect(await instances[0].redeem(code, 'telegram', '7001')).toEqual({
      outcome: 'bound',
      memberId: member.id,
    });
  });
});
