// The rules' input (MemberFacts) is loaded three ways: one member (StandingRecords, for /status and the home), many at
// once (loadMemberFacts, for the roster and exports) and in the sweep's batches (SweepReader). They must agree, member
// by member, at month and year edges in three zones, or a member would read one thing and be nudged for another.
import { loadPolicy } from '../../../src/domain/policy';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';
import { CalendarBook } from '../../../src/domain/zone-calendar';
import { loadMemberFacts } from '../../../src/records/member-facts';
import { SweepReader } from '../../../src/records/sweep-reader';
import { createCell, createMember } from '../../support/fixtures';
import { createRecordsHarness, type RecordsHarness } from './setup';

jest.setTimeout(60_000);

const policy = loadPolicy();

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const month = (key: string) => day(`${key}-01`);

/**
 * The same facts whatever order the loader read them in. The rules tell a payment apart only as disputed or not
 * (paidMonthSet): the sweep reads months as bits and keeps only those that pay, so the comparison does too.
 */
function normalised(facts: MemberFacts | undefined) {
  if (!facts) return facts;
  const sorted = <T>(values: readonly T[]) =>
    [...values].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    ...facts,
    checkInMonths: sorted(facts.checkInMonths),
    paidMonths: sorted(
      facts.paidMonths.filter((paid) => paid.status !== 'disputed').map((paid) => paid.month),
    ),
    feeArrangements: sorted(facts.feeArrangements),
  };
}

describe('one source of member facts', () => {
  let harness: RecordsHarness;
  let ids: number[];

  beforeAll(async () => {
    harness = await createRecordsHarness();
    const { db } = harness;
    const cell = await createCell(db);
    const atHome = await createMember(db, cell, { recordedSince: new Date('2026-05-20T03:00:00Z') });
    const seoul = await createMember(db, cell, { timezone: 'Asia/Seoul' });
    const prague = await createMember(db, cell, { timezone: 'Europe/Prague' });
    const elderly = await createMember(db, cell, { state: 'full-exemption', stateSince: day('2026-01-01') });
    ids = [atHome.id, seoul.id, prague.id, elderly.id];
    const declaredAt = new Date('2026-11-02T03:00:00Z');

    // At home: check-ins in September and November; September-October confirmed, November declared; review filed.
    for (const key of ['2026-09', '2026-11'])
      await db.checkIn.create({
        data: { memberId: atHome.id, month: month(key), answers: {}, submittedAt: declaredAt },
      });
    for (const [status, months] of [
      ['confirmed', ['2026-09', '2026-10']],
      ['declared', ['2026-11']],
      ['disputed', ['2026-08']],
    ] as const)
      await db.feePayment.create({
        data: {
          memberId: atHome.id,
          amountMinor: 20000 * months.length,
          method: 'bank_transfer',
          status,
          declaredAt,
          months: { create: months.map((key) => ({ memberId: atHome.id, month: month(key) })) },
        },
      });
    await db.review.create({
      data: { memberId: atHome.id, year: 2026, sections: {}, status: 'submitted', createdAt: declaredAt },
    });

    // Seoul: a temporary exemption to the year's end, with late payment approved for its months.
    await db.absence.create({
      data: {
        memberId: seoul.id,
        kind: 'abroad',
        place: 'Ansan',
        countryCode: 'KR',
        startsOn: day('2026-06-01'),
        expectedEndOn: day('2026-12-31'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        createdAt: declaredAt,
        updatedAt: declaredAt,
      },
    });
    await db.feeArrangement.create({
      data: {
        memberId: seoul.id,
        kind: 'late',
        firstMonth: month('2026-07'),
        lastMonth: month('2026-12'),
        decidedAt: declaredAt,
      },
    });
    await db.checkIn.create({
      data: { memberId: seoul.id, month: month('2026-10'), answers: {}, submittedAt: declaredAt },
    });

    // Prague: a departure filed for 1 December, not decided; a withdrawn one that changes nothing.
    for (const [startsOn, applicationStatus] of [
      ['2026-12-01', 'submitted'],
      ['2026-08-01', 'withdrawn'],
    ] as const)
      await db.absence.create({
        data: {
          memberId: prague.id,
          kind: 'abroad',
          place: 'Brno',
          countryCode: 'CZ',
          startsOn: day(startsOn),
          arrangement: 'temporary_transfer',
          applicationStatus,
          withdrawnAt: applicationStatus === 'withdrawn' ? declaredAt : null,
          createdAt: declaredAt,
          updatedAt: declaredAt,
        },
      });
    await db.checkIn.create({
      data: { memberId: prague.id, month: month('2026-11'), answers: {}, submittedAt: declaredAt },
    });
  });

  afterAll(async () => {
    await harness.database.drop();
  });

  it.each([
    // 23:30 on 30 November in Vietnam, already 1 December in Seoul, still the afternoon of the 30th in Prague.
    ['2026-11-30T16:30:00Z'],
    // The year's end: 31 December in Prague, 1 January in Vietnam and Seoul.
    ['2026-12-31T17:30:00Z'],
    ['2027-01-01T00:30:00Z'],
    ['2026-12-15T03:00:00Z'],
  ])('agree at %s', async (instant) => {
    const now = new Date(instant);
    const { db, records } = harness;
    const many = await loadMemberFacts(db, ids, now);
    const swept = new Map<number, MemberFacts>();
    for await (const batch of new SweepReader(db).batches(new CalendarBook(now, policy), {
      memberIds: ids,
    }))
      for (const subject of batch) swept.set(subject.memberId, subject.facts);
    for (const id of ids) {
      const raw = await records.standing.factsOf(id, now);
      const one = normalised(raw);
      expect({ id, facts: normalised(many.get(id)) }).toEqual({ id, facts: one });
      expect({ id, facts: normalised(swept.get(id)) }).toEqual({ id, facts: one });
      // And what the rules make of them: the standing /status shows is the one the roster and the sweep act on.
      const standing = memberStanding(raw, policy, now);
      expect(memberStanding(many.get(id)!, policy, now)).toEqual(standing);
      expect(memberStanding(swept.get(id)!, policy, now)).toEqual(standing);
    }
  });
});
