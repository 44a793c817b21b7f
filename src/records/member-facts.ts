// The standing facts of many members at once (a cell's roster) in six queries, the same facts StandingRecords loads for one.
import type { Database } from '../db/client';
import type { FeeArrangementRange, PaidMonth } from '../domain/fees';
import { addMonths, calendarDateFromDb, currentMonth, monthFromDb, monthToDb } from '../domain/periods';
import { MISSED_MONTHS_COUNTED, type MemberFacts } from '../domain/standing';

const OPEN_ABSENCE = {
  endedOn: null,
  applicationStatus: { notIn: ['rejected' as const, 'withdrawn' as const] },
};

export async function loadMemberFacts(
  db: Database,
  memberIds: number[],
  now: Date,
): Promise<Map<number, MemberFacts>> {
  if (memberIds.length === 0) return new Map();
  const where = { memberId: { in: memberIds } };
  // Zones differ by at most a day, so a month's margin each side covers every member's "now".
  const earliestCheckIn = monthToDb(addMonths(currentMonth(now, 'UTC'), -MISSED_MONTHS_COUNTED - 1));
  const year = Number(currentMonth(now, 'UTC').slice(0, 4));
  const [members, paidRows, arrangementRows, checkIns, absences, reviews] = await Promise.all([
    db.member.findMany({
      where: { id: { in: memberIds } },
      select: { id: true, timezone: true, status: true, createdAt: true },
    }),
    db.feePaymentMonth.findMany({
      where,
      select: { memberId: true, month: true, payment: { select: { status: true } } },
      orderBy: { month: 'asc' },
    }),
    db.feeArrangement.findMany({
      where,
      select: { memberId: true, kind: true, firstMonth: true, lastMonth: true },
    }),
    db.checkIn.findMany({
      where: { ...where, month: { gte: earliestCheckIn } },
      select: { memberId: true, month: true },
    }),
    db.absence.findMany({ where: { ...where, ...OPEN_ABSENCE }, orderBy: { startsOn: 'desc' } }),
    db.review.findMany({
      where: { ...where, year: { in: [year - 1, year, year + 1] } },
      select: { memberId: true, year: true, status: true },
    }),
  ]);

  const paid = groupBy(paidRows, (row): PaidMonth => ({
    month: monthFromDb(row.month),
    status: row.payment.status,
  }));
  const arrangements = groupBy(arrangementRows, (row): FeeArrangementRange => ({
    kind: row.kind,
    firstMonth: monthFromDb(row.firstMonth),
    lastMonth: monthFromDb(row.lastMonth),
  }));
  const checkInMonths = groupBy(checkIns, (row) => monthFromDb(row.month));
  const facts = new Map<number, MemberFacts>();
  for (const member of members) {
    const month = currentMonth(now, member.timezone);
    const paidMonths = paid.get(member.id) ?? [];
    const recordedFrom = currentMonth(member.createdAt, member.timezone);
    const firstPaid = paidMonths[0]?.month;
    // The first open absence in startsOn-descending order is the latest, as StandingRecords picks it.
    const absence = absences.find((row) => row.memberId === member.id);
    const review = reviews.find(
      (row) => row.memberId === member.id && row.year === Number(month.slice(0, 4)),
    );
    const earliest = addMonths(month, -MISSED_MONTHS_COUNTED);
    facts.set(member.id, {
      zone: member.timezone,
      status: member.status,
      activeSince: firstPaid !== undefined && firstPaid < recordedFrom ? firstPaid : recordedFrom,
      checkInMonths: (checkInMonths.get(member.id) ?? []).filter((checked) => checked >= earliest),
      paidMonths,
      feeArrangements: arrangements.get(member.id) ?? [],
      openAbsence: absence
        ? {
            kind: absence.kind,
            countryCode: absence.countryCode,
            arrangement: absence.arrangement,
            applicationStatus: absence.applicationStatus,
            startsOn: calendarDateFromDb(absence.startsOn),
            expectedEndOn: absence.expectedEndOn ? calendarDateFromDb(absence.expectedEndOn) : null,
          }
        : null,
      review: review ? { year: review.year, status: review.status } : null,
    });
  }
  return facts;
}

function groupBy<Row extends { memberId: number }, Value>(
  rows: readonly Row[],
  map: (row: Row) => Value,
): Map<number, Value[]> {
  const grouped = new Map<number, Value[]>();
  for (const row of rows) {
    const list = grouped.get(row.memberId);
    if (list) list.push(map(row));
    else grouped.set(row.memberId, [map(row)]);
  }
  return grouped;
}
