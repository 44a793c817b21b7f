// `homecell sweep --dry-run` names in its text what it cannot send: members no chat is bound to (an import) and
// members who blocked the bot, counted with the items due to them, as the JSON counts them.
import { seedDemo } from '../../src/records/demo';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createMember } from '../support/fixtures';
import { runCli } from './run-cli';

jest.setTimeout(90_000);

const AT = '2026-12-20T09:00:00+07:00';
const SEEDED_AT = new Date('2026-11-24T09:00:00+07:00');

interface Unreachable {
  notConnected: { members: number; items: number };
  blocked: { members: number; items: number };
}

describe('homecell sweep --dry-run: members who cannot be reached', () => {
  let database: TestDatabase;
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, { now: SEEDED_AT, homeTimezone: 'Asia/Ho_Chi_Minh' });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('says nothing of them when every member can be reached', async () => {
    const text = await cli(['sweep', '--at', AT, '--dry-run', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('cannot be reached');
    const report = JSON.parse((await cli(['sweep', '--at', AT, '--dry-run', '--json'])).stdout) as {
      unreachable: Unreachable;
    };
    expect(report.unreachable).toEqual({
      notConnected: { members: 0, items: 0 },
      blocked: { members: 0, items: 0 },
    });
  });

  it('counts imported members with no chat and a member who blocked the bot, with why, in text as in JSON', async () => {
    const db = database.db;
    const cell = await db.unit.findFirstOrThrow({ where: { kind: 'cell' } });
    for (let index = 0; index < 3; index += 1) {
      await createMember(db, { provinceId: 0, cellId: cell.id, cellName: cell.name });
    }
    const mai = await db.member.findFirstOrThrow({ where: { fullName: 'Đỗ Thị Mai' } });
    await db.member.update({ where: { id: mai.id }, data: { reachable: false } });

    const json = await cli(['sweep', '--at', AT, '--dry-run', '--json']);
    const report = JSON.parse(json.stdout) as { unreachable: Unreachable; messages: Array<{ key: string }> };
    const { notConnected, blocked } = report.unreachable;
    expect(notConnected.members).toBe(3);
    expect(blocked.members).toBe(1);
    // Mai's fee and review nudge items, which the listing no longer has (her nudge is not made).
    expect(blocked.items).toBe(2);
    expect(notConnected.items).toBeGreaterThanOrEqual(3);
    expect(report.messages.map((message) => message.key)).not.toContain(`nudge:${mai.id}:2026-12-20`);

    const text = await cli(['sweep', '--at', AT, '--dry-run', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `4 members cannot be reached; ${notConnected.items + 2} items due to them now would not be sent:\n` +
        `  3 members not connected (no chat account connected; issue an invite to connect them): ${notConnected.items} items\n` +
        "  1 member blocked the bot (the secretary's daily digest names them): 2 items\n",
    );
    expect(await db.notification.count()).toBe(0);
  });
});

describe('homecell sweep --dry-run after importing many members no chat is bound to', () => {
  let database: TestDatabase;
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });
  const IMPORTED = 3000;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, { now: SEEDED_AT, homeTimezone: 'Asia/Ho_Chi_Minh' });
    const cell = await database.db.unit.findFirstOrThrow({ where: { kind: 'cell' } });
    // As an import leaves them: on the records since January, no fee paid, no chat bound.
    const since = new Date('2026-01-01T00:00:00+07:00');
    await database.db.member.createMany({
      data: Array.from({ length: IMPORTED }, (_, index) => ({
        fullName: `Đảng viên Nhập ${index + 1}`,
        cardNumber: `IMP.${String(index + 1).padStart(6, '0')}`,
        cellId: cell.id,
        timezone: 'Asia/Ho_Chi_Minh',
        monthlyFeeVnd: 20000,
        recordedSince: since,
        createdAt: since,
        updatedAt: since,
      })),
    });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('lists only the reachable members’ messages and counts the rest, with why, in text as in JSON', async () => {
    const json = await cli(['sweep', '--at', AT, '--dry-run', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { unreachable: Unreachable; messages: Array<{ kind: string }> };
    // Each imported member owes the fee nudge (and the review nudge): items withheld, never a message.
    expect(report.unreachable.notConnected.members).toBe(IMPORTED);
    expect(report.unreachable.notConnected.items).toBeGreaterThanOrEqual(IMPORTED);
    expect(report.unreachable.blocked).toEqual({ members: 0, items: 0 });
    // The eleven demo members' nudges, the alerts and the digest; nothing for the imported members.
    expect(report.messages.filter((message) => message.kind === 'nudge')).toHaveLength(10);

    const text = await cli(['sweep', '--at', AT, '--dry-run', '--lang', 'en']);
    expect(text.code).toBe(0);
    const { items } = report.unreachable.notConnected;
    expect(text.stdout).toContain('14 messages would be sent:');
    // Counts as English readers group them (Fluent formats numbers in the output's language).
    const [imported, due] = [IMPORTED, items].map((count) => count.toLocaleString('en'));
    expect(text.stdout).toContain(
      `${imported} members cannot be reached; ${due} items due to them now would not be sent:\n` +
        `  ${imported} members not connected (no chat account connected; issue an invite to connect them): ${due} items\n`,
    );
    expect(text.stdout).not.toContain('blocked the bot');
    expect(await database.db.notification.count()).toBe(0);
  });
});
