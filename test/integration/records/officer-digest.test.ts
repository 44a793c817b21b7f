// The committee officer's daily digest (product rules 8 and 12): applications the cells proposed to the officer's
// unit, and an application a cell left undecided beyond the policy's days, named with its cell; nobody else's.
import { loadPolicy } from '../../../src/domain/policy';
import { CalendarBook } from '../../../src/domain/zone-calendar';
import { createCell, createMember } from '../../support/fixtures';
import { createRecordsHarness, type RecordsHarness } from './setup';

const policy = loadPolicy();
const NOW = new Date('2026-11-22T03:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the officer digest', () => {
  let harness: RecordsHarness;
  afterAll(async () => {
    await harness.database.drop();
  });

  it('lists what waits for the officer’s unit and what a cell left undone, privately, per officer', async () => {
    harness = await createRecordsHarness();
    const { db, records } = harness;
    const cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const cellUnit = await db.unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    const commune = await db.unit.findUniqueOrThrow({ where: { id: cellUnit.parentId! } });
    const officer = await createMember(db, cell, { fullName: 'Trần Quốc Uỷ' });
    await db.member.update({
      where: { id: officer.id },
      data: { role: 'committee_officer', officerUnitId: commune.id },
    });
    // Digests go to officers the bot can reach.
    const bind = (memberId: number, chat: string) =>
      db.chatIdentity.create({ data: { channel: 'telegram', externalId: chat, memberId, boundAt: NOW } });
    await bind(officer.id, '7100');
    // An officer of another commune sees nothing of this one.
    const elsewhere = await createCell(db, 'Chi bộ khác');
    const otherOfficer = await createMember(db, elsewhere, { fullName: 'Officer Khác' });
    const otherCommune = (await db.unit.findUniqueOrThrow({ where: { id: elsewhere.cellId } })).parentId!;
    await db.member.update({
      where: { id: otherOfficer.id },
      data: { role: 'committee_officer', officerUnitId: otherCommune },
    });
    await bind(otherOfficer.id, '7101');

    const minh = await createMember(db, cell, { fullName: 'Lê Văn Minh', timezone: 'Asia/Seoul' });
    const lan = await createMember(db, cell, { fullName: 'Phạm Thị Lan' });
    const application = (memberId: number, status: 'proposed' | 'submitted', createdAt: string) =>
      db.absence.create({
        data: {
          memberId,
          kind: 'abroad',
          place: 'Ansan',
          countryCode: 'KR',
          startsOn: day('2026-12-01'),
          expectedEndOn: day('2027-05-31'),
          arrangement: 'temporary_exemption',
          applicationStatus: status,
          decidingUnitId: status === 'proposed' ? commune.id : null,
          proposedAt: status === 'proposed' ? new Date('2026-11-20T03:00:00Z') : null,
          createdAt: new Date(createdAt),
          updatedAt: new Date(createdAt),
        },
      });
    const proposed = await application(minh.id, 'proposed', '2026-11-15T03:00:00Z');
    // Filed 20 days ago and still not proposed or decided by the cell: past the policy's 14 days.
    const stuck = await application(lan.id, 'submitted', '2026-11-02T03:00:00Z');

    const planned = await records.officerDigests.plan([], new CalendarBook(NOW, policy));
    expect(planned.map((digest) => digest.recipient.id)).toEqual([officer.id]);
    const [digest] = planned;
    expect(digest.payload).toMatchObject({
      unitName: commune.name,
      date: '2026-11-22',
      waiting: [
        {
          absenceId: proposed.id,
          member: 'Lê Văn Minh',
          cell: 'Chi bộ thôn Hải Thanh',
          arrangement: 'temporary_exemption',
        },
      ],
    });
    expect(digest.payload.escalations).toEqual([
      expect.objectContaining({ about: lan.id, cell: 'Chi bộ thôn Hải Thanh' }),
    ]);
    expect(JSON.stringify(digest.payload)).toContain(String(stuck.id));

    // Written once a day: the same day's sweep again adds no second digest.
    expect(await records.officerDigests.write(planned, NOW)).toBe(1);
    expect(await records.officerDigests.write(planned, NOW)).toBe(0);
    expect(await db.notification.count({ where: { memberId: officer.id, kind: 'officer-digest' } })).toBe(1);
    expect(await db.notification.count({ where: { memberId: otherOfficer.id } })).toBe(0);
  });

  it('has nothing to say a week earlier, when the cell still has its days', async () => {
    const early = new Date('2026-11-10T03:00:00Z');
    const planned = await harness.records.officerDigests.plan([], new CalendarBook(early, policy));
    // The application filed on 2 November is not yet past the cell's 14 days on the 10th.
    for (const digest of planned) expect(digest.payload.escalations).toEqual([]);
  });
});
