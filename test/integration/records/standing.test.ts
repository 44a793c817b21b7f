// A member's standing loaded from the records: what the services wrote shows up as due, done or at risk.
import { seedDemo } from '../../../src/records/demo';
import { createCell, createMember } from '../../support/fixtures';
import { createRecordsHarness, recordedSince, type RecordsHarness } from './setup';

describe('StandingRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('reads check-ins, fees, the absence and the review written through the services', async () => {
    const member = await createMember(harness.db, await createCell(harness.db), { timezone: 'Asia/Tokyo' });
    await recordedSince(harness.db, member.id, '2026-01-01T00:00:00Z');
    const { records } = harness;
    await records.absences.fileDeparture(member.id, {
      kind: 'abroad',
      place: 'Nagoya, Aichi',
      countryCode: 'JP',
      mobile: false,
      organisationThere: 'unknown',
      startsOn: '2026-02-01',
      expectedEndOn: '2026-12-31',
      arrangement: 'temporary_exemption',
      reason: 'technical intern',
      sourceKey: 'st:dep',
    });
    const april = new Date('2026-04-05T00:00:00Z');
    await records.fees.declare(member.id, {
      months: ['2026-01', '2026-02'],
      amountMinor: 40000,
      currency: 'VND',
      method: 'family',
      sourceKey: 'st:fee',
      now: april,
    });
    await records.checkIns.submit(member.id, { place: 'Nagoya' }, { sourceKey: 'st:ci', now: april });

    const standing = await records.standing.standingOf(member.id, new Date('2026-04-25T00:00:00Z'));
    expect(standing).toMatchObject({
      zone: 'Asia/Tokyo',
      month: '2026-04',
      checkIn: { required: true, done: true, missedMonthsRunning: 1, contactLost: false },
      fees: { unpaidMonths: ['2026-03'], stage: 'nudge', currentMonthSettled: false },
      absence: {
        arrangement: 'temporary_exemption',
        applicationStatus: 'submitted',
        exemptionEndsOn: '2026-12-31',
        lapsed: false,
      },
      review: { year: 2026, status: 'not-open' },
      nextDeadline: { kind: 'fee', at: '2026-05-01T00:00:00+09:00' },
    });
  });

  it('shows the demo cell as the sandbox means it: fees and check-ins at risk', async () => {
    const now = new Date('2026-11-22T03:00:00Z');
    await seedDemo(harness.db, { now, homeTimezone: 'Asia/Ho_Chi_Minh' });
    const byName = async (fullName: string) =>
      (await harness.db.member.findFirstOrThrow({ where: { fullName } })).id;

    const taipei = await harness.records.standing.standingOf(await byName('Hoàng Văn Tuấn'), now);
    expect(taipei.fees).toMatchObject({ unpaidMonths: ['2026-09', '2026-10'], stage: 'alert-secretary' });
    const binhDuong = await harness.records.standing.standingOf(await byName('Vũ Văn Long'), now);
    expect(binhDuong.checkIn).toMatchObject({ missedMonthsRunning: 2, contactLost: true });
    const prague = await harness.records.standing.standingOf(await byName('Đặng Thị Hương'), now);
    expect(prague.absence).toMatchObject({ kind: 'abroad', officialTransferOverdue: true });
    const tokyo = await harness.records.standing.standingOf(await byName('Phạm Thị Ngọc'), now);
    expect(tokyo.absence).toMatchObject({ daysLeft: 18, lapsed: false });
    // A temporary exemption while away still owes the written review (it used to read "exempt").
    expect(tokyo).toMatchObject({ state: 'temporary-exemption', review: { status: 'not-started' } });
    // The elderly member at home on a full exemption: not reviewed, no check-in.
    const elder = await harness.records.standing.standingOf(await byName('Phan Văn Thọ'), now);
    expect(elder).toMatchObject({
      state: 'full-exemption',
      fullExemption: { reason: 'age' },
      checkIn: { required: false, contactLost: false },
      review: { status: 'exempt' },
    });
  });
});
