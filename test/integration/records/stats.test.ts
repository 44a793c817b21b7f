// Unit statistics from one set-based query agree, member by member, with the pure standing rules, per child unit and in total.
import type { Database } from '../../../src/db/client';
import { addMonths, monthToDb, monthKey } from '../../../src/domain/periods';
import type {
  AbsenceKind,
  ApplicationStatus,
  Arrangement,
  MemberStatus,
  ReviewStatus,
} from '../../../src/generated/prisma/client';
import type { MemberState } from '../../../src/domain/member-state';
import { attendanceRate } from '../../../src/records/exports/statistics-table';
import { emptyCounts, type StatsCounts } from '../../../src/records/stats';
import { createRecordsHarness, type RecordsHarness } from './setup';

// Just past midnight UTC on 1 July: in Seoul it is July, in Los Angeles still June.
const NOW = new Date('2026-07-01T02:00:00Z');
/** When the generated rows were written (their own stamps; the rules read the months they name, not this). */
const WRITTEN = new Date('2026-06-30T00:00:00Z');
const ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Seoul', 'Europe/Prague', 'America/Los_Angeles'];
// Stored statuses are membership only; away, exempted and transferred by an approved transfer come from dated facts.
const STATUSES: MemberStatus[] = ['active', 'active', 'active', 'active', 'active', 'transferred', 'removed'];
/** Departure days around NOW: 1 July is today in Seoul but not yet in Los Angeles; August is still to come. */
const START_DAYS = ['2026-01-05', '2026-03-09', '2026-06-30', '2026-07-01', '2026-07-02', '2026-08-01'];
const ARRANGEMENTS: Arrangement[] = [
  'seasonal',
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];
const APPLICATIONS: ApplicationStatus[] = ['submitted', 'approved', 'approved', 'rejected'];
const REVIEW_STATUSES: ReviewStatus[] = ['draft', 'submitted', 'rated', 'absent_rate_later', 'exempt'];
const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;

const IN_CARE: MemberState[] = ['active', 'away', 'temporary-exemption', 'full-exemption'];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

async function unitTree(db: Database) {
  const unit = (
    code: string,
    kind: 'province' | 'district' | 'grassroots' | 'cell',
    path: string,
    parentId?: number,
  ) =>
    db.unit.create({
      data: { code, name: `Đơn vị ${code}`, kind, path, parentId: parentId ?? null, createdAt: WRITTEN },
    });
  const province = await unit('SP', 'province', 'SP');
  const d1 = await unit('SP-D1', 'district', 'SP/SP-D1', province.id);
  const d2 = await unit('SP-D2', 'district', 'SP/SP-D2', province.id);
  await unit('SP-D3', 'district', 'SP/SP-D3', province.id);
  const g1 = await unit('SP-D1-G', 'grassroots', 'SP/SP-D1/SP-D1-G', d1.id);
  const cells = [
    await unit('SP-D1-G-C1', 'cell', 'SP/SP-D1/SP-D1-G/SP-D1-G-C1', g1.id),
    await unit('SP-D1-G-C2', 'cell', 'SP/SP-D1/SP-D1-G/SP-D1-G-C2', g1.id),
    // A cell right under a district: levels may be skipped.
    await unit('SP-D2-C', 'cell', 'SP/SP-D2/SP-D2-C', d2.id),
  ];
  return { province, d1, cells };
}

async function generateMembers(db: Database, cellIds: number[], seed: number) {
  const rnd = random(seed);
  for (let index = 0; index < 90; index += 1) {
    const timezone = rnd.pick(ZONES);
    const status = rnd.pick(STATUSES);
    // Recorded long before the year, around the end of its first month (February already in some zones, not in
    // others), or during it.
    const recordedSince = rnd.chance(0.6)
      ? new Date('2025-06-10T00:00:00Z')
      : rnd.chance(0.3)
        ? new Date(rnd.pick(['2026-01-31T07:00:00Z', '2026-01-31T16:30:00Z', '2026-01-31T23:30:00Z']))
        : new Date(`2026-0${rnd.int(1, 6)}-15T00:00:00Z`);
    const member = await db.member.create({
      data: {
        fullName: `Thành viên ${index}`,
        cardNumber: `ST-${seed}-${index}`,
        cellId: rnd.pick(cellIds),
        status,
        timezone,
        recordedSince,
        createdAt: recordedSince,
        updatedAt: recordedSince,
        monthlyFeeVnd: 20000,
      },
    });
    // Fees: each month of 2025-12..2026-07 paid alone, in a pair, disputed, or not at all.
    let month = '2025-12';
    while (month <= '2026-07') {
      const roll = rnd.int(0, 9);
      const months = roll === 9 && month < '2026-07' ? [month, addMonths(month, 1)] : [month];
      if (roll >= 3) {
        await db.feePayment.create({
          data: {
            memberId: member.id,
            amountMinor: 20000 * months.length,
            method: 'family',
            status: roll === 3 ? 'disputed' : roll < 6 ? 'declared' : 'confirmed',
            declaredAt: WRITTEN,
            months: { create: months.map((paid) => ({ memberId: member.id, month: monthToDb(paid) })) },
          },
        });
      }
      month = addMonths(months.at(-1)!, 1);
    }
    if (rnd.chance(0.15)) {
      const first = monthKey(2026, rnd.int(1, 6));
      await db.feeArrangement.create({
        data: {
          memberId: member.id,
          kind: rnd.pick(['late', 'advance'] as const),
          firstMonth: monthToDb(first),
          lastMonth: monthToDb(addMonths(first, rnd.int(0, 4))),
          decidedAt: WRITTEN,
        },
      });
    }
    if (rnd.chance(0.5)) {
      const kind: AbsenceKind = rnd.pick(['domestic', 'abroad']);
      await db.absence.create({
        data: {
          memberId: member.id,
          kind,
          countryCode: kind === 'domestic' ? 'VN' : 'KR',
          startsOn: new Date(`${rnd.pick(START_DAYS)}T00:00:00Z`),
          expectedEndOn: rnd.chance(0.8) ? new Date('2026-12-31T00:00:00Z') : null,
          endedOn: rnd.chance(0.2) ? new Date('2026-06-20T00:00:00Z') : null,
          arrangement: rnd.pick(ARRANGEMENTS),
          applicationStatus: rnd.pick(APPLICATIONS),
          createdAt: WRITTEN,
          updatedAt: WRITTEN,
        },
      });
    }
    if (rnd.chance(0.1)) {
      // A second application, for a later departure (a renewal): the one begun is the one in force.
      await db.absence.create({
        data: {
          memberId: member.id,
          kind: 'abroad',
          countryCode: 'JP',
          startsOn: new Date('2026-08-01T00:00:00Z'),
          arrangement: rnd.pick(ARRANGEMENTS),
          applicationStatus: rnd.pick(APPLICATIONS),
          createdAt: WRITTEN,
          updatedAt: WRITTEN,
        },
      });
    }
    if (rnd.chance(0.2)) {
      // Full exemption for age or health: begun, beginning today in some zones only, ended, or withdrawn.
      await db.fullExemption.create({
        data: {
          memberId: member.id,
          reason: rnd.pick(['age', 'health', null] as const),
          startsOn: new Date(`${rnd.pick(['2024-05-01', '2026-07-01', '2026-02-15'])}T00:00:00Z`),
          endsOn: rnd.chance(0.5)
            ? new Date(`${rnd.pick(['2026-06-30', '2026-04-10', '2027-06-30'])}T00:00:00Z`)
            : null,
          cancelledAt: rnd.chance(0.15) ? WRITTEN : null,
          createdAt: WRITTEN,
          updatedAt: WRITTEN,
        },
      });
    }
    for (const checked of ['2026-05', '2026-06', '2026-07']) {
      if (rnd.chance(0.5)) {
        await db.checkIn.create({
          data: {
            memberId: member.id,
            month: monthToDb(checked),
            answers: {},
            submittedAt: WRITTEN,
            updatedAt: WRITTEN,
          },
        });
      }
    }
    if (rnd.chance(0.6)) {
      const status = rnd.pick(REVIEW_STATUSES);
      await db.review.create({
        data: {
          memberId: member.id,
          year: 2026,
          sections: {},
          status,
          // Each rating by turns (from the id, not the random stream, so the rest of the data stays as it was).
          cellRating: status === 'rated' ? RATINGS[member.id % RATINGS.length] : null,
          createdAt: WRITTEN,
          updatedAt: WRITTEN,
        },
      });
    }
    for (const kind of ['difficulty', 'leave'] as const) {
      if (rnd.chance(0.1)) {
        await db.request.create({
          data: {
            memberId: member.id,
            kind,
            text: 'x',
            status: rnd.chance(0.7) ? 'open' : 'contacted',
            createdAt: WRITTEN,
          },
        });
      }
    }
  }
  // Recorded at the same instant, which is February in Seoul and still January in Los Angeles, each paying from
  // March: one unpaid month (February) in Seoul, two (January and February) in Los Angeles.
  for (const timezone of ['Asia/Seoul', 'America/Los_Angeles']) {
    const member = await db.member.create({
      data: {
        fullName: `Thành viên ${timezone}`,
        cardNumber: `ST-${seed}-${timezone}`,
        cellId: cellIds[0],
        timezone,
        recordedSince: new Date('2026-01-31T16:30:00Z'),
        createdAt: new Date('2026-01-31T16:30:00Z'),
        updatedAt: new Date('2026-01-31T16:30:00Z'),
        monthlyFeeVnd: 20000,
      },
    });
    const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
    await db.feePayment.create({
      data: {
        memberId: member.id,
        amountMinor: 20000 * months.length,
        method: 'family',
        declaredAt: WRITTEN,
        months: { create: months.map((paid) => ({ memberId: member.id, month: monthToDb(paid) })) },
      },
    });
  }
}

/** What the pure rules say, member by member, counted the way the statistics define each figure. */
async function expectedCounts(
  harness: RecordsHarness,
  memberIds: number[],
  now: Date = NOW,
): Promise<StatsCounts> {
  const counts = emptyCounts();
  const policy = harness.records.policy;
  for (const id of memberIds) {
    const member = await harness.db.member.findUniqueOrThrow({
      where: { id },
      include: { reviews: true, requests: true },
    });
    const standing = await harness.records.standing.standingOf(id, now);
    const { state, absence } = standing;
    const current = IN_CARE.includes(state);
    const review = member.reviews.find((row) => row.year === 2026)?.status;
    const rating = member.reviews.find((row) => row.year === 2026)?.cellRating;
    const add = (key: keyof StatsCounts, when: boolean) => {
      if (when) counts[key] += 1;
    };
    add('members', current);
    add('awayDomestic', current && absence?.kind === 'domestic');
    add('awayAbroad', current && absence?.kind === 'abroad');
    add('temporaryExemption', state === 'temporary-exemption');
    add('fullExemption', state === 'full-exemption');
    add(
      'temporaryTransfer',
      current && absence?.arrangement === 'temporary_transfer' && absence.applicationStatus === 'approved',
    );
    add('transferredOut', state === 'transferred');
    add('removed', state === 'removed');
    add('checkInRequired', current && standing.checkIn.required);
    add('checkedIn', current && standing.checkIn.required && standing.checkIn.done);
    const unpaid = standing.fees.unpaidCount;
    add('unpaid1', current && unpaid === 1);
    add('unpaid2', current && unpaid === 2);
    add('unpaid3plus', current && unpaid >= 3);
    add('eligibleForRemovalReview', current && unpaid >= policy.fees.unpaidMonthsRemovalReview);
    // "Miễn đánh giá" is a full exemption in force; a temporary exemption still owes the written review.
    const exempt = state === 'full-exemption' || review === 'exempt';
    add('reviewsExpected', current && !exempt);
    add('reviewsSubmitted', current && ['submitted', 'rated', 'absent_rate_later'].includes(review ?? ''));
    add('reviewsRated', current && review === 'rated');
    add('ratedExcellent', current && review === 'rated' && rating === 'excellent');
    add('ratedGood', current && review === 'rated' && rating === 'good');
    add('ratedComplete', current && review === 'rated' && rating === 'complete');
    add('ratedIncomplete', current && review === 'rated' && rating === 'incomplete');
    add('reviewsRateLater', current && review === 'absent_rate_later');
    add(
      'reviewsMissing',
      current && state !== 'full-exemption' && (review === undefined || review === 'draft'),
    );
    add('reviewsExempt', current && exempt);
    if (current) {
      counts.openHelpRequests += member.requests.filter(
        (row) => row.status === 'open' && row.kind === 'difficulty',
      ).length;
      counts.openLeaveRequests += member.requests.filter(
        (row) => row.status === 'open' && row.kind === 'leave',
      ).length;
    }
  }
  return counts;
}

describe('StatsRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('counts the subtree exactly as the standing rules do, per child unit and in total', async () => {
    const { province, d1, cells } = await unitTree(harness.db);
    await generateMembers(
      harness.db,
      cells.map((cell) => cell.id),
      20261122,
    );
    const stats = await harness.records.stats.compute(province, { now: NOW });
    expect(stats.year).toBe(2026);

    const everyone = await harness.db.member.findMany({ select: { id: true, cellId: true } });
    expect(stats.total).toEqual(
      await expectedCounts(
        harness,
        everyone.map((member) => member.id),
      ),
    );
    // The figures are not trivially zero: the generated data reaches every bucket that matters.
    for (const key of [
      'members',
      'awayAbroad',
      'temporaryExemption',
      'fullExemption',
      'transferredOut',
      'checkedIn',
      'unpaid1',
      'unpaid2',
      'unpaid3plus',
      'reviewsRated',
    ] as const) {
      expect(stats.total[key]).toBeGreaterThan(0);
    }

    // Mid-month every zone is in the same month, which the query then takes as a constant: the same figures.
    const midMonth = new Date('2026-07-15T05:00:00Z');
    expect((await harness.records.stats.compute(province, { now: midMonth })).total).toEqual(
      await expectedCounts(
        harness,
        everyone.map((member) => member.id),
        midMonth,
      ),
    );

    expect(stats.children.map((child) => child.unit.code)).toEqual(['SP-D1', 'SP-D2', 'SP-D3']);
    const inD1 = everyone.filter((member) => member.cellId !== cells[2].id).map((member) => member.id);
    expect(stats.children[0].counts).toEqual(await expectedCounts(harness, inD1));
    expect(stats.children[2].counts).toEqual(emptyCounts());

    // A district's own statistics list its grassroots units, and add up to the same figures.
    const district = await harness.records.stats.compute(d1, { now: NOW });
    expect(district.total).toEqual(stats.children[0].counts);
    expect(district.children.map((child) => child.unit.code)).toEqual(['SP-D1-G']);
    // A unit with a minority of the members counts fee months for its own members only, with the same result.
    const small = await harness.records.stats.compute((await harness.records.stats.unitByCode('SP-D2'))!, {
      now: NOW,
    });
    expect(small.total).toEqual(stats.children[1].counts);
    expect(small.total.members).toBeLessThan(stats.total.members / 2);
    // Hundreds of generated members checked one by one against the rules: on a loaded machine this took 46 s.
  }, 120_000);

  it('counts a past year to December and a year not begun as nothing unpaid, as the fee rules do', async () => {
    const province = (await harness.records.stats.unitByCode('SP'))!;
    const past = await harness.records.stats.compute(province, { now: NOW, year: 2025 });
    const future = await harness.records.stats.compute(province, { now: NOW, year: 2027 });
    const everyone = await harness.db.member.findMany({ select: { id: true } });
    const current: Array<{ id: number }> = [];
    for (const member of everyone) {
      if (IN_CARE.includes((await harness.records.standing.standingOf(member.id, NOW)).state)) {
        current.push(member);
      }
    }
    const buckets = { unpaid1: 0, unpaid2: 0, unpaid3plus: 0 };
    for (const member of current) {
      const unpaid = (await harness.records.fees.unpaidMonths(member.id, 2025, NOW)).length;
      if (unpaid === 1) buckets.unpaid1 += 1;
      if (unpaid === 2) buckets.unpaid2 += 1;
      if (unpaid >= 3) buckets.unpaid3plus += 1;
    }
    expect(past.year).toBe(2025);
    expect({
      unpaid1: past.total.unpaid1,
      unpaid2: past.total.unpaid2,
      unpaid3plus: past.total.unpaid3plus,
    }).toEqual(buckets);
    expect(buckets.unpaid3plus).toBeGreaterThan(0);
    expect(future.total.unpaid1 + future.total.unpaid2 + future.total.unpaid3plus).toBe(0);
  });

  it("counts the year's meetings held, the attendance rate and absences without a reason, in the cell's zone", async () => {
    const db = harness.db;
    const unit = (code: string, kind: 'district' | 'cell', path: string, parentId: number | null) =>
      db.unit.create({
        data: { code, name: `Đơn vị ${code}`, kind, path, parentId, createdAt: WRITTEN },
      });
    const district = await unit('SM', 'district', 'SM', null);
    const cell = await unit('SM-C1', 'cell', 'SM/SM-C1', district.id);
    const quiet = await unit('SM-C2', 'cell', 'SM/SM-C2', district.id);
    const member = async (name: string, cellId = cell.id) =>
      (
        await db.member.create({
          data: {
            fullName: name,
            cardNumber: `SM-${name}`,
            cellId,
            recordedSince: new Date('2025-06-01T00:00:00Z'),
            createdAt: WRITTEN,
            updatedAt: WRITTEN,
            monthlyFeeVnd: 20000,
          },
        })
      ).id;
    const [an, binh, cuong, dung] = [
      await member('An'),
      await member('Bình'),
      await member('Cường'),
      await member('Dũng'),
    ];
    await member('Em', quiet.id);
    // Dũng owes every fee month of the year too: eligible on both halves, counted once.
    for (const paying of [an, binh, cuong]) {
      await db.feePayment.create({
        data: {
          memberId: paying,
          amountMinor: 20000 * 7,
          method: 'family',
          status: 'confirmed',
          declaredAt: WRITTEN,
          months: {
            create: ['01', '02', '03', '04', '05', '06', '07'].map((month) => ({
              memberId: paying,
              month: monthToDb(`2026-${month}`),
            })),
          },
        },
      });
    }
    const meeting = async (
      startsAt: string,
      status: 'held' | 'cancelled',
      lines: Array<[number, 'present' | 'absent_with_reason' | 'absent_without_reason']>,
    ) => {
      const row = await db.meeting.create({
        data: {
          cellId: cell.id,
          startsAt: new Date(startsAt),
          place: 'Nhà văn hóa',
          agenda: '',
          status,
          createdAt: WRITTEN,
          updatedAt: WRITTEN,
        },
      });
      for (const [memberId, line] of lines) {
        await db.meetingAttendance.create({
          data: {
            meetingId: row.id,
            memberId,
            status: line,
            reason: line === 'absent_with_reason' ? 'ốm' : null,
            recordedAt: WRITTEN,
          },
        });
      }
    };
    // 19:30 on 31 December 2025 in Hà Nội is last year's; 00:30 on 1 January (17:30 UTC the day before) this year's.
    await meeting('2025-12-31T12:30:00Z', 'held', [
      [an, 'absent_without_reason'],
      [binh, 'absent_without_reason'],
    ]);
    await meeting('2025-12-31T17:30:00Z', 'held', [
      [an, 'present'],
      [binh, 'absent_without_reason'],
      [cuong, 'absent_without_reason'],
      [dung, 'absent_without_reason'],
    ]);
    await meeting('2026-03-05T12:30:00Z', 'held', [
      [an, 'present'],
      [binh, 'absent_with_reason'],
      [cuong, 'absent_without_reason'],
      [dung, 'absent_without_reason'],
    ]);
    // A cancelled meeting counts nothing, whatever was written for it.
    await meeting('2026-04-05T12:30:00Z', 'cancelled', [
      [an, 'absent_without_reason'],
      [binh, 'absent_without_reason'],
    ]);
    await meeting('2026-05-05T12:30:00Z', 'held', [
      [an, 'present'],
      [binh, 'present'],
      [cuong, 'present'],
      [dung, 'absent_without_reason'],
    ]);

    const stats = await harness.records.stats.compute(district, { now: NOW });
    // Held this year: 1 January, March and May (12 lines, 5 present: 42%).
    expect(stats.total).toMatchObject({
      members: 5,
      meetingsHeld: 3,
      attendanceListed: 12,
      attendancePresent: 5,
      // Bình 1 (31 December is last year's, the cancelled April nothing, March was excused), Cường 2, Dũng 3.
      absent1: 1,
      absent2: 1,
      absent3plus: 1,
      unpaid3plus: 2,
      // Dũng on both halves, Em on fees alone.
      eligibleForRemovalReview: 2,
    });
    expect(attendanceRate(stats.total)).toBe(42);
    expect(stats.removalReviewAbsences).toBe(3);
    expect(
      stats.children.map((child) => [child.unit.code, child.counts.meetingsHeld, child.counts.absent3plus]),
    ).toEqual([
      ['SM-C1', 3, 1],
      ['SM-C2', 0, 0],
    ]);
    // Last year in Hà Nội: the meeting of 31 December, both absences without a reason.
    const past = await harness.records.stats.compute(district, { now: NOW, year: 2025 });
    expect(past.total).toMatchObject({
      meetingsHeld: 1,
      attendanceListed: 2,
      attendancePresent: 0,
      absent1: 2,
    });
  });
});
