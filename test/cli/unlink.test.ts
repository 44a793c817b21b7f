// `homecell unlink <card>`: an admin removes a member's chat connection, audited as cli, the old chat told through the
// outbox; an unknown card or a member with nothing bound is one clear line and changes nothing.
import { createTestDatabase, type TestDatabase } from '../support/database';
import {
  createCell,
  createMember,
  recordCounts,
  RECORDED_LONG_AGO,
  type TestCell,
} from '../support/fixtures';
import { runCli } from './run-cli';

describe('homecell unlink', () => {
  let database: TestDatabase;
  let cell: TestCell;
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    cell = await createCell(database.db, 'Chi bộ khối Hải Bình');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('removes the connection, audits it as cli, queues the message to the old chat, and a new invite can bind', async () => {
    const member = await createMember(database.db, cell, { fullName: 'Trần Văn Đức', locale: 'en' });
    const identity = await database.db.chatIdentity.create({
      data: { channel: 'telegram', externalId: '5551', memberId: member.id, boundAt: RECORDED_LONG_AGO },
    });
    await database.db.member.update({ where: { id: member.id }, data: { reachable: false } });

    const result = await cli(['unlink', ` ${member.cardNumber} `]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`unlinked: Trần Văn Đức (${member.cardNumber}), 1 chat (telegram)`);
    expect(result.stdout).toContain(`homecell invite ${member.cardNumber}`);

    expect(await database.db.chatIdentity.count({ where: { memberId: member.id } })).toBe(0);
    expect(await database.db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      reachable: true,
    });
    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { action: 'chat.unlinked', entityId: String(member.id) },
    });
    expect(audit).toMatchObject({ actorId: null, actorLabel: 'cli' });
    expect(audit.before).toMatchObject({ chats: [{ externalId: '5551' }], reachable: false });
    const told = await database.db.notification.findUniqueOrThrow({
      where: { key: `unlinked:${identity.id}` },
    });
    expect(told.payload).toEqual({
      key: 'unlink-old-chat-told',
      args: { name: 'Trần Văn Đức', cell: 'Chi bộ khối Hải Bình', by: 'admin' },
      to: { channel: 'telegram', externalId: '5551' },
    });

    const invite = await cli(['invite', member.cardNumber]);
    expect(invite.code).toBe(0);
  });

  it('says "nothing to unlink" for a member with no chat and "no member" for an unknown card, changing nothing', async () => {
    const member = await createMember(database.db, cell, { fullName: 'Lê Thị Hoa' });
    const before = await recordCounts(database.db);

    const nothing = await cli(['unlink', member.cardNumber]);
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toBe(
      `homecell: Lê Thị Hoa (${member.cardNumber}) has no chat connected; nothing to unlink\n`,
    );

    const unknown = await cli(['unlink', '00.000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('homecell: no member with party card number 00.000000\n');

    expect(await recordCounts(database.db)).toEqual(before);
    expect(await database.db.notification.count()).toBe(1);
  });
});
