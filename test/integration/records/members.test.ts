// The member behind a chat, as every update reads it: role, cell, language, the channels bound and whether reachable.
import { createCell, createMember } from '../../support/fixtures';
import { createRecordsHarness, type RecordsHarness } from './setup';

jest.setTimeout(60_000);

describe('members.findByChat', () => {
  let harness: RecordsHarness;

  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('reads the member of a chat with the cell, every channel bound and whether reachable', async () => {
    const { db, records } = harness;
    const cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const member = await createMember(db, cell, {
      fullName: 'Lê Văn Minh',
      role: 'deputy_secretary',
      locale: 'en',
      timezone: 'Asia/Seoul',
    });
    const boundAt = new Date('2026-11-01T00:00:00Z');
    await db.chatIdentity.create({
      data: { channel: 'zalo', externalId: 'z-77', memberId: member.id, boundAt },
    });
    await db.chatIdentity.create({
      data: { channel: 'telegram', externalId: '770001', memberId: member.id, boundAt },
    });

    expect(await records.members.findByChat('telegram', '770001')).toEqual({
      id: member.id,
      fullName: 'Lê Văn Minh',
      role: 'deputy_secretary',
      status: 'active',
      locale: 'en',
      timezone: 'Asia/Seoul',
      cellId: cell.cellId,
      cellName: 'Chi bộ thôn Hải Thanh',
      officerUnitId: null,
      // In the order they were bound.
      channels: ['zalo', 'telegram'],
      reachable: true,
    });

    await db.member.update({ where: { id: member.id }, data: { reachable: false } });
    expect(await records.members.findByChat('zalo', 'z-77')).toMatchObject({
      id: member.id,
      reachable: false,
    });
    expect(await records.members.findByChat('zalo', '770001')).toBeUndefined();
    expect(await records.members.findByChat('telegram', 'z-77')).toBeUndefined();
  });
});
