// Departures and returns: the application status the cell decides on, the standing from the dates, one open absence at a time.
import type { DepartureFiling } from '../../../src/records/absences';
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { auditOf, createRecordsHarness, type RecordsHarness } from './setup';

const toKorea: Omit<DepartureFiling, 'sourceKey'> = {
  kind: 'abroad',
  place: 'Ansan, Gyeonggi',
  countryCode: 'kr',
  mobile: false,
  organisationThere: 'unknown',
  startsOn: '2026-03-15',
  expectedEndOn: '2027-02-28',
  arrangement: 'temporary_exemption',
  reason: 'labour export (EPS)',
};

describe('AbsenceRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  async function newMember() {
    return createMember(harness.db, await createCell(harness.db), { timezone: 'Asia/Seoul' });
  }

  // Filing used to write status 'away' at once; a departure now takes effect on its date (DOMAIN rule 11).
  it('files an exemption for the cell to decide, once per source key; the member is away from its date', async () => {
    const member = await newMember();
    const filed = await harness.records.absences.fileDeparture(member.id, { ...toKorea, sourceKey: 'dep:1' });
    expect(filed).toMatchObject({
      outcome: 'filed',
      duplicate: false,
      absence: {
        countryCode: 'KR',
        applicationStatus: 'submitted',
        organisationThere: 'unknown',
        startsOn: '2026-03-15',
        expectedEndOn: '2027-02-28',
        endedOn: null,
      },
    });
    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.absences.fileDeparture(member.id, { ...toKorea, sourceKey: 'dep:1' }),
    ).toEqual({
      ...filed,
      duplicate: true,
    });
    expect(await recordCounts(harness.db)).toEqual(counts);
    // Nothing is flipped by the filing: the stored status stays, the standing follows the departure's date.
    expect((await harness.db.member.findUniqueOrThrow({ where: { id: member.id } })).status).toBe('active');
    const before = await harness.records.standing.standingOf(member.id, new Date('2026-03-14T14:59:00Z'));
    expect(before).toMatchObject({
      state: 'active',
      absence: null,
      upcomingAbsence: { startsOn: '2026-03-15' },
      checkIn: { required: false },
    });
    const on = await harness.records.standing.standingOf(member.id, new Date('2026-03-14T15:00:00Z'));
    expect(on).toMatchObject({ state: 'away', absence: { startsOn: '2026-03-15' }, upcomingAbsence: null });

    const absenceId = (filed as { absence: { id: number } }).absence.id;
    const audit = await auditOf(harness.db, 'Absence', absenceId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'absence.filed' });
    expect(audit[0].after).toMatchObject({ arrangement: 'temporary_exemption', startsOn: '2026-03-15' });
    // The absence in force is the one begun by then, in the member's zone (Seoul, 15 March from 15:00 UTC).
    expect(
      await harness.records.absences.openAbsence(member.id, new Date('2026-03-14T14:59:00Z')),
    ).toBeNull();
    expect(
      await harness.records.absences.openAbsence(member.id, new Date('2026-03-14T15:00:00Z')),
    ).toMatchObject({ id: absenceId });
  });

  it('needs no decision for seasonal work, and refuses a second open absence', async () => {
    const member = await newMember();
    const seasonal = await harness.records.absences.fileDeparture(member.id, {
      ...toKorea,
      kind: 'domestic',
      countryCode: 'VN',
      place: 'Biên Hòa, Đồng Nai',
      arrangement: 'seasonal',
      expectedEndOn: null,
      sourceKey: 'dep:2',
    });
    expect(seasonal).toMatchObject({ outcome: 'filed', absence: { applicationStatus: 'not_required' } });
    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.absences.fileDeparture(member.id, { ...toKorea, sourceKey: 'dep:3' }),
    ).toEqual({
      outcome: 'refused',
      reason: 'absence-already-open',
    });
    expect(await recordCounts(harness.db)).toEqual(counts);
  });

  it.each<[string, Partial<DepartureFiling>, string]>([
    ['an exemption longer than the policy allows', { expectedEndOn: '2027-03-15' }, 'exemption-too-long'],
    ['an end before the start', { expectedEndOn: '2026-03-01' }, 'ends-before-start'],
    ['an exemption without an end', { expectedEndOn: null }, 'end-date-required'],
    ['abroad with a Vietnamese country code', { countryCode: 'VN' }, 'invalid-country'],
    ['an impossible date', { startsOn: '2026-02-30' }, 'invalid-date'],
  ])('refuses %s', async (_case, change, reason) => {
    const member = await newMember();
    expect(
      await harness.records.absences.fileDeparture(member.id, {
        ...toKorea,
        ...change,
        sourceKey: `bad:${reason}`,
      }),
    ).toEqual({ outcome: 'refused', reason });
  });

  it('records the return once and ends the absence: at home from the return date', async () => {
    const member = await newMember();
    await harness.records.absences.fileDeparture(member.id, { ...toKorea, sourceKey: 'dep:ret' });
    const now = new Date('2026-09-02T01:00:00Z');
    const refusedEarly = await harness.records.absences.recordReturn(member.id, {
      returnedOn: '2026-09-03',
      report: 'Back home',
      sourceKey: 'ret:0',
      now,
    });
    expect(refusedEarly).toEqual({ outcome: 'refused', reason: 'return-in-future' });

    const input = {
      returnedOn: '2026-09-02',
      report: 'Back home; host confirmed my self-review',
      sourceKey: 'ret:1',
      now,
    };
    const returned = await harness.records.absences.recordReturn(member.id, input);
    expect(returned).toMatchObject({
      outcome: 'returned',
      duplicate: false,
      absence: { endedOn: '2026-09-02', returnReport: input.report, returnedAt: now.toISOString() },
    });
    const counts = await recordCounts(harness.db);
    expect(await harness.records.absences.recordReturn(member.id, input)).toEqual({
      ...returned,
      duplicate: true,
    });
    expect(await recordCounts(harness.db)).toEqual(counts);

    expect((await harness.db.member.findUniqueOrThrow({ where: { id: member.id } })).status).toBe('active');
    expect(await harness.records.standing.standingOf(member.id, now)).toMatchObject({
      state: 'active',
      absence: null,
    });
    expect(await harness.records.absences.openAbsence(member.id)).toBeNull();
    expect(await harness.records.absences.recordReturn(member.id, { ...input, sourceKey: 'ret:2' })).toEqual({
      outcome: 'refused',
      reason: 'no-open-absence',
    });
    const audit = await auditOf(harness.db, 'Absence', (returned as { absence: { id: number } }).absence.id);
    expect(audit.map((event) => event.action)).toEqual(['absence.filed', 'absence.returned']);
    expect(audit[1].before).toMatchObject({ endedOn: null });
    expect(audit[1].after).toMatchObject({ endedOn: '2026-09-02' });
  });
});
