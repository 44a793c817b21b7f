// MemberFacts from stored rows, one mapping for every loader; and the facts of many members at once (a roster, an export batch) in six set-based queries.
import type { Database } from '../db/client';
import { countedFrom, type FeeArrangementRange, type PaidMonth } from '../domain/fees';
import { stateOn, type StateOnDay } from '../domain/member-state';
import { addMonths, currentMonth, monthToDb, today, type MonthKey } from '../domain/periods';
import { MISSED_MONTHS_COUNTED, type MemberFacts, type ReviewStatusCode } from '../domain/standing';
import {
  loadDatedFacts,
  membershipOf,
  memberIn,
  NO_DATED_FACTS,
  type DatedFactsOfMember,
} from './dated-facts';
import type { FeeArrangementKind, FeeStatus, MemberStatus, ReviewStatus } from '../generated/prisma/client';

/** Each member's state at `now` on their own day, from the dated facts alone: for tables that need nothing more. */
export async function loadMemberStates(
  db: Database,
  members: ReadonlyArray<{ id: number; status: MemberStatus; timezone: string }>,
  now: Date,
): Promise<Map<number, StateOnDay>> {
  if (members.length === 0) return new Map();
  const dated = await loadDatedFacts(db, memberIn(members.map((member) => member.id)));
  return new Map(
    members.map((member) => [
      member.id,
      stateOn(
        { membership: membershipOf(member.status), ...(dated.get(member.id) ?? NO_DATED_FACTS) },
        today(now, member.timezone),
      ),
    ]),
  );
}

/** What a loader read of one member, its months already keyed; each loader picks the rows its own way. */
export interface MemberFactRows {
  member: { timezone: string; status: MemberStatus };
  /** The member's open absences and full exemptions (loadDatedFacts); none when absent. */
  dated: DatedFactsOfMember | undefined;
  /** The first month counted, by countedFrom (loadFeeFacts gives it for one member; the batch loaders work it out). */
  activeSince: MonthKey | undefined;
  checkInMonths: readonly MonthKey[];
  paidMonths: readonly PaidMonth[];
  feeArrangements: readonly FeeArrangementRange[];
  /** The review of the year `now` falls in, in the member's zone. */
  review: { year: number; status: ReviewStatusCode } | null | undefined;
}

/**
 * The one place stored rows become MemberFacts: the standing /status shows, the roster and exports, and the sweep
 * read members three ways (one, many, in batches), and must hand the rules the same facts
 * (test/integration/records/member-facts-agreement.test.ts).
 */
export function memberFactsOf(rows: MemberFactRows): MemberFacts {
  const { member, review } = rows;
  return {
    zone: member.timezone,
    membership: membershipOf(member.status),
    ...(rows.dated ?? NO_DATED_FACTS),
    activeSince: rows.activeSince,
    checkInMonths: rows.checkInMonths,
    paidMonths: rows.paidMonths,
    feeArrangements: rows.feeArrangements,
    review: review ? { year: review.year, status: review.status } : null,
  };
}

export async function loadMemberFacts(
  db: Database,
  memberIds: number[],
  now: Date,
): Promise<Map<number, MemberFacts>> {
  if (memberIds.length === 0) return new Map();
  // Zones differ by at most a day, so a month's margin each side covers every member's "now".
  const earliestCheckIn = monthToDb(addMonths(currentMonth(now, 'UTC'), -MISSED_MONTHS_COUNTED - 1));
  const year = Number(currentMonth(now, 'UTC').slice(0, 4));
  // Raw rows, not relation queries: an export reads these for thousands of members a batch at a time.
  const [members, paidRows, arrangementRows, checkIns, dated, reviews] = await Promise.all([
    db.$queryRaw<Array<{ id: number; timezone: string; status: MemberStatus; recordedSince: Date }>>`
      SELECT id, timezone, status::text AS status, "recordedSince" FROM "Member" WHERE id = ANY (${memberIds}::int[])`,
    db.$queryRaw<Array<{ memberId: number; month: Date; status: FeeStatus }>>`
      SELECT f."memberId", f.month, p.status::text AS status
      FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
      WHERE f."memberId" = ANY (${memberIds}::int[])
      ORDER BY f.month`,
    db.$queryRaw<Array<{ memberId: number; kind: FeeArrangementKind; firstMonth: Date; lastMonth: Date }>>`
      SELECT "memberId", kind::text AS kind, "firstMonth", "lastMonth" FROM "FeeArrangement"
      WHERE "memberId" = ANY (${memberIds}::int[])`,
    db.$queryRaw<Array<{ memberId: number; month: Date }>>`
      SELECT "memberId", month FROM "CheckIn" WHERE "memberId" = ANY (${memberIds}::int[]) AND month >= ${earliestCheckIn}`,
    loadDatedFacts(db, memberIn(memberIds)),
    db.$queryRaw<Array<{ memberId: number; year: number; status: ReviewStatus }>>`
      SELECT "memberId", year, status::text AS status FROM "Review"
      WHERE "memberId" = ANY (${memberIds}::int[]) AND year BETWEEN ${year - 1} AND ${year + 1}`,
  ]);

  const paid = groupBy(paidRows, (row): PaidMonth => ({
    month: monthOfDate(row.month),
    status: row.status,
  }));
  const arrangements = groupBy(arrangementRows, (row): FeeArrangementRange => ({
    kind: row.kind,
    firstMonth: monthOfDate(row.firstMonth),
    lastMonth: monthOfDate(row.lastMonth),
  }));
  const checkInMonths = groupBy(checkIns, (row) => monthOfDate(row.month));
  const reviewOf = new Map(reviews.map((row) => [`${row.memberId}:${row.year}`, row]));
  const facts = new Map<number, MemberFacts>();
  for (const member of members) {
    const month = currentMonth(now, member.timezone);
    const paidMonths = paid.get(member.id) ?? [];
    const recordedFrom = currentMonth(member.recordedSince, member.timezone);
    const earliest = addMonths(month, -MISSED_MONTHS_COUNTED);
    facts.set(
      member.id,
      memberFactsOf({
        member,
        dated: dated.get(member.id),
        activeSince: countedFrom(recordedFrom, paidMonths[0]?.month),
        checkInMonths: (checkInMonths.get(member.id) ?? []).filter((checked) => checked >= earliest),
        paidMonths,
        feeArrangements: arrangements.get(member.id) ?? [],
        review: reviewOf.get(`${member.id}:${Number(month.slice(0, 4))}`),
      }),
    );
  }
  return facts;
}

/**
 * The month of a @db.Date column (midnight UTC of its first day), as the 'YYYY-MM' key monthFromDb gives; remembered
 * per instant, because exports turn hundreds of thousands of these and the records hold few distinct months.
 */
export function monthOfDate(value: Date): string {
  const time = value.getTime();
  let month = monthKeys.get(time);
  if (month === undefined) {
    month = value.toISOString().slice(0, 7);
    if (monthKeys.size < 10_000) monthKeys.set(time, month);
  }
  return month;
}
/** The few distinct months in the records, by their instant: turned into keys once, not once per fee month. */
const monthKeys = new Map<number, string>();

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
