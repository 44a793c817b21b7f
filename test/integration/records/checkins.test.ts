// Check-ins: one per month in the member's zone, revisions kept, idempotent by source key, closed months refused.
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { auditOf, createRecordsHarness, type RecordsHarness } from './setup';

describe('CheckInRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  async function memberIn(timezone: string) {
    return createMember(harness.db, await createCell(harness.db), { timezone, state: 'away' });
  }

  it('files the month as it is where the member is, once per source key', async () => {
    const member = await memberIn('Asia/Seoul');
    // 00:30 on 1 February in Seoul is still January in Vietnam.
    const now = new Date('2026-01-31T15:30:00Z');
    const answers = { place: 'Ansan, Gyeonggi', health: 'good', wantsCall: false };

    const first = await harness.records.checkIns.submit(member.id, answers, { sourceKey: 'tg:1:ci', now });
    expect(first).toMatchObject({
      outcome: 'saved',
      duplicate: false,
      checkIn: { month: '2026-02', revision: 1, place: 'Ansan, Gyeonggi', answers },
    });
    const counts = await recordCounts(harness.db);
    const again = await harness.records.checkIns.submit(member.id, answers, { sourceKey: 'tg:1:ci', now });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await recordCounts(harness.db)).toEqual(counts);

    const audit = await auditOf(harness.db, 'CheckIn', (first as { checkIn: { id: number } }).checkIn.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'checkin.submitted', actorId: member.id, before: null });
  });

  it('keeps every version when the member submits again in the same month', async () => {
    const member = await memberIn('Europe/Prague');
    const now = new Date('2026-03-29T10:00:00Z');
    await harness.records.checkIns.submit(
      member.id,
      { place: 'Brno', health: 'good' },
      { sourceKey: 'p:1', now },
    );
    const second = await harness.records.checkIns.submit(
      member.id,
      { place: 'Ostrava', health: 'tired' },
      { sourceKey: 'p:2', now: new Date('2026-03-31T21:59:00Z') },
    );
    expect(second).toMatchObject({
      outcome: 'saved',
      checkIn: { month: '2026-03', revision: 2, place: 'Ostrava' },
    });

    const revisions = await harness.records.checkIns.revisions(member.id, '2026-03');
    expect(revisions.map((revision) => [revision.revision, revision.answers.place])).toEqual([
      [1, 'Brno'],
      [2, 'Ostrava'],
    ]);
    expect(await harness.records.checkIns.forMonth(member.id, '2026-03')).toMatchObject({ revision: 2 });

    const checkInId = (second as { checkIn: { id: number } }).checkIn.id;
    const audit = await auditOf(harness.db, 'CheckIn', checkInId);
    expect(audit.map((event) => event.action)).toEqual(['checkin.submitted', 'checkin.revised']);
    expect(audit[1].before).toMatchObject({ revision: 1, place: 'Brno' });
    expect(audit[1].after).toMatchObject({ revision: 2, place: 'Ostrava' });

    // 22:00 UTC on 31 March is already April in Prague (summer time): a new month, a new check-in.
    const april = await harness.records.checkIns.submit(
      member.id,
      { place: 'Ostrava' },
      { sourceKey: 'p:3', now: new Date('2026-03-31T22:00:00Z') },
    );
    expect(april).toMatchObject({ outcome: 'saved', checkIn: { month: '2026-04', revision: 1 } });
    expect(await harness.records.checkIns.lastCheckIn(member.id)).toMatchObject({ month: '2026-04' });
  });

  it('refuses a closed month and a month not yet open, writing nothing', async () => {
    const member = await memberIn('America/Los_Angeles');
    const now = new Date('2026-03-01T07:30:00Z'); // 23:30 on 28 February in Los Angeles
    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.checkIns.submit(member.id, {}, { sourceKey: 'la:1', now, month: '2026-01' }),
    ).toEqual({ outcome: 'refused', reason: 'month-closed', month: '2026-01' });
    expect(
      await harness.records.checkIns.submit(member.id, {}, { sourceKey: 'la:2', now, month: '2026-03' }),
    ).toEqual({ outcome: 'refused', reason: 'month-not-open', month: '2026-03' });
    expect(await recordCounts(harness.db)).toEqual(counts);
    expect(
      await harness.records.checkIns.submit(member.id, {}, { sourceKey: 'la:3', now, month: '2026-02' }),
    ).toMatchObject({ outcome: 'saved', checkIn: { month: '2026-02' } });
  });

  it('writes once when the same confirm arrives twice at the same moment', async () => {
    const member = await memberIn('Asia/Tokyo');
    const now = new Date('2026-05-05T00:00:00Z');
    const results = await Promise.all([
      harness.records.checkIns.submit(member.id, { place: 'Nagoya' }, { sourceKey: 'jp:race', now }),
      harness.records.checkIns.submit(member.id, { place: 'Nagoya' }, { sourceKey: 'jp:race', now }),
    ]);
    expect(results.map((result) => (result as { duplicate: boolean }).duplicate).sort()).toEqual([
      false,
      true,
    ]);
    expect(await harness.records.checkIns.revisions(member.id, '2026-05')).toHaveLength(1);
    expect(await harness.records.checkIns.lastCheckIn(member.id + 1000)).toBeNull();
  });
});
