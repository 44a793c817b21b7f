// Reads members for the sweep in id order, a batch at a time, with one query per table per batch (never per member).
import type { Database } from '../db/client';
import type { NotificationSubject, OpenRequestFacts } from '../domain/due-items';
import { addMonths, parseMonthKey, type MonthKey } from '../domain/periods';
import type { PreferredHours } from '../domain/sending-hours';
import type {
  AbsenceFacts,
  ApplicationStatusCode,
  MemberFacts,
  MemberStatusCode,
  ReviewStatusCode,
} from '../domain/standing';
import { MISSED_MONTHS_COUNTED } from '../domain/standing';
import type { CalendarBook } from '../domain/zone-calendar';
import { Prisma, type MemberRole } from '../generated/prisma/client';

export interface SweepSubject extends NotificationSubject, PreferredHours {
  cellId: number;
  role: MemberRole;
  locale: string;
}

interface MemberRow {
  id: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatusCode;
  timezone: string;
  locale: string;
  cellId: number;
  cellZone: string;
  reachable: boolean;
  preferredHourFrom: number | null;
  preferredHourTo: number | null;
  createdAt: Date;
}

interface MonthRow {
  memberId: number;
  month: string;
}

/** Enough history for every rule: the missed check-ins counted back, and last year's fees in January. */
const HISTORY_MONTHS = MISSED_MONTHS_COUNTED + 2;
/** Months read as bits from the start of the history: the history, this month, and advance payments ahead. */
const MONTH_BITS = 60;

/** The months the sweep reads, numbered from the first one so a member's months travel as two 30-bit integers. */
function monthWindow(now: Date) {
  const firstMonth = addMonths(now.toISOString().slice(0, 7), -HISTORY_MONTHS);
  const { year, month } = parseMonthKey(firstMonth);
  const keys = Array.from({ length: MONTH_BITS }, (_, index) => addMonths(firstMonth, index));
  const decode = (bits: number, offset: number, into: MonthKey[]) => {
    for (let rest = bits; rest !== 0; rest &= rest - 1)
      into.push(keys[offset + 31 - Math.clz32(rest & -rest)]!);
  };
  return {
    base: year * 12 + month,
    firstDay: `${firstMonth}-01`,
    monthsOf(low: number, high: number): MonthKey[] {
      const months: MonthKey[] = [];
      decode(low, 0, months);
      decode(high, 30, months);
      return months;
    },
  };
}

export interface SweepReadOptions {
  batchSize?: number;
  /** Only these members (the delivery re-checks one member's nudge before sending it). */
  memberIds?: readonly number[];
}

export class SweepReader {
  constructor(private readonly db: Database) {}

  /** Batches of members in id order (keyset pagination), with everything the rules need. */
  async *batches(calendars: CalendarBook, options: SweepReadOptions = {}): AsyncGenerator<SweepSubject[]> {
    const batchSize = options.batchSize ?? 5000;
    const load = async (afterId: number) => {
      const members = await this.members(afterId, batchSize, options.memberIds);
      return { members, subjects: members.length === 0 ? [] : await this.subjects(members, calendars) };
    };
    let next = load(0);
    for (;;) {
      const { members, subjects } = await next;
      if (members.length === 0) return;
      const more = members.length === batchSize;
      // The next batch is read while the caller works on this one: PostgreSQL and Node then run side by side.
      if (more) {
        next = load(members.at(-1)!.id);
        next.catch(() => undefined);
      }
      yield subjects;
      if (!more) return;
    }
  }

  private members(afterId: number, limit: number, only?: readonly number[]): Promise<MemberRow[]> {
    const onlyThese = only ? Prisma.sql`AND m.id = ANY(${[...only]}::int[])` : Prisma.empty;
    return this.db.$queryRaw<MemberRow[]>`
      SELECT m.id, m."fullName", m.role::text AS role, m.status::text AS status, m.timezone, m.locale,
             m."cellId", u.timezone AS "cellZone", m.reachable, m."preferredHourFrom", m."preferredHourTo",
             m."createdAt"
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
      WHERE m.id > ${afterId} ${onlyThese}
      ORDER BY m.id
      LIMIT ${limit}`;
  }

  private async subjects(members: MemberRow[], calendars: CalendarBook): Promise<SweepSubject[]> {
    const first = members[0]!.id;
    const last = members.at(-1)!.id;
    const window = monthWindow(calendars.now);
    const years = [-1, 0, 1].map((shift) => calendars.now.getUTCFullYear() + shift);
    const [chats, paid, disputed, arrangements, checkIns, absences, reviews, requests] = await Promise.all([
      this.db.$queryRaw<Array<{ memberId: number }>>`
        SELECT DISTINCT "memberId" FROM "ChatIdentity" WHERE "memberId" BETWEEN ${first} AND ${last}`,
      // One row per member, its months as bits, straight off the (memberId, month) index: PostgreSQL folds them far
      // faster than the rows would cross the wire. `first` is the first month ever paid (counting starts there).
      this.db.$queryRaw<Array<{ memberId: number; low: number; high: number; first: string }>>`
        SELECT f."memberId",
               bit_or(CASE WHEN f.i BETWEEN 0 AND 29 THEN 1 << f.i ELSE 0 END) AS low,
               bit_or(CASE WHEN f.i BETWEEN 30 AND ${MONTH_BITS - 1} THEN 1 << (f.i - 30) ELSE 0 END) AS high,
               to_char(min(f.month), 'YYYY-MM') AS first
        FROM (SELECT "memberId", month,
                     extract(year FROM month)::int * 12 + extract(month FROM month)::int - ${window.base} AS i
              FROM "FeePaymentMonth" WHERE "memberId" BETWEEN ${first} AND ${last}) f
        GROUP BY f."memberId"`,
      // Months only disputed payments cover pay nothing (paidMonthSet); disputes are rare, found by status.
      this.db.$queryRaw<MonthRow[]>`
        SELECT f."memberId", to_char(f.month, 'YYYY-MM') AS month
        FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
        WHERE f."memberId" BETWEEN ${first} AND ${last}
          AND f."memberId" IN (SELECT "memberId" FROM "FeePayment" WHERE status = 'disputed'
                                AND "memberId" BETWEEN ${first} AND ${last})
        GROUP BY f."memberId", f.month
        HAVING bool_and(p.status = 'disputed')`,
      this.db.$queryRaw<Array<{ memberId: number; kind: 'late' | 'advance'; first: string; last: string }>>`
        SELECT "memberId", kind::text AS kind, to_char("firstMonth", 'YYYY-MM') AS first,
               to_char("lastMonth", 'YYYY-MM') AS last
        FROM "FeeArrangement" WHERE "memberId" BETWEEN ${first} AND ${last}`,
      this.db.$queryRaw<Array<{ memberId: number; low: number; high: number }>>`
        SELECT c."memberId", bit_or(CASE WHEN c.i < 30 THEN 1 << c.i ELSE 0 END) AS low,
               bit_or(CASE WHEN c.i >= 30 THEN 1 << (c.i - 30) ELSE 0 END) AS high
        FROM (SELECT "memberId", extract(year FROM month)::int * 12 + extract(month FROM month)::int - ${window.base} AS i
              FROM "CheckIn"
              WHERE "memberId" BETWEEN ${first} AND ${last} AND month >= ${window.firstDay}::date) c
        WHERE c.i < ${MONTH_BITS}
        GROUP BY c."memberId"`,
      // The member's current absence: the latest one still open, as StandingRecords reads it.
      this.db.$queryRaw<AbsenceRow[]>`
        SELECT DISTINCT ON ("memberId") "memberId", kind::text AS kind, "countryCode",
               arrangement::text AS arrangement, "applicationStatus"::text AS "applicationStatus",
               to_char("startsOn", 'YYYY-MM-DD') AS "startsOn",
               to_char("expectedEndOn", 'YYYY-MM-DD') AS "expectedEndOn"
        FROM "Absence"
        WHERE "memberId" BETWEEN ${first} AND ${last} AND "endedOn" IS NULL
          AND "applicationStatus" NOT IN ('rejected', 'withdrawn')
        ORDER BY "memberId", "startsOn" DESC`,
      this.db.$queryRaw<Array<{ memberId: number; year: number; status: ReviewStatusCode }>>`
        SELECT "memberId", year, status::text AS status FROM "Review"
        WHERE "memberId" BETWEEN ${first} AND ${last} AND year = ANY(${years}::int[])`,
      this.db.$queryRaw<Array<OpenRequestFacts & { memberId: number }>>`
        SELECT id, "memberId", kind::text AS kind, text, "createdAt" FROM "Request"
        WHERE "memberId" BETWEEN ${first} AND ${last} AND status = 'open'`,
    ]);

    const byMember = <T extends { memberId: number }>(rows: T[]) => {
      const grouped = new Map<number, T[]>();
      for (const row of rows) {
        const list = grouped.get(row.memberId);
        if (list) list.push(row);
        else grouped.set(row.memberId, [row]);
      }
      return grouped;
    };
    // Declared and confirmed pay alike; months only disputed payments cover are taken out (as paidMonthSet does).
    const disputedBy = byMember(disputed);
    const paidBy = new Map(
      paid.map((row) => {
        const unpaid = new Set((disputedBy.get(row.memberId) ?? []).map((entry) => entry.month));
        const months = window.monthsOf(row.low, row.high).filter((month) => !unpaid.has(month));
        return [row.memberId, months.map((month) => ({ month, status: 'confirmed' as const }))];
      }),
    );
    const withChat = new Set(chats.map((row) => row.memberId));
    // As loadFeeFacts: the first month any payment covers, disputed or not.
    const firstPaid = new Map(paid.map((row) => [row.memberId, row.first]));
    const arrangementsBy = byMember(arrangements);
    const checkInsBy = new Map(checkIns.map((row) => [row.memberId, window.monthsOf(row.low, row.high)]));
    const absenceBy = new Map(absences.map((row) => [row.memberId, row]));
    const reviewsBy = byMember(reviews);
    const requestsBy = byMember(requests);

    return members.map((member): SweepSubject => {
      const calendar = calendars.of(member.timezone);
      // As loadFeeFacts: counting starts at the earlier of the month recorded and the first month paid.
      const recordedFrom = calendar.monthOfInstant(member.createdAt);
      const firstPaidMonth = firstPaid.get(member.id);
      const activeSince =
        firstPaidMonth !== undefined && firstPaidMonth < recordedFrom ? firstPaidMonth : recordedFrom;
      const absence = absenceBy.get(member.id);
      const review = reviewsBy.get(member.id)?.find((row) => row.year === calendar.year);
      const facts: MemberFacts = {
        zone: member.timezone,
        status: member.status,
        activeSince,
        checkInMonths: checkInsBy.get(member.id) ?? [],
        paidMonths: paidBy.get(member.id) ?? [],
        feeArrangements: (arrangementsBy.get(member.id) ?? []).map((row) => ({
          kind: row.kind,
          firstMonth: row.first,
          lastMonth: row.last,
        })),
        openAbsence: absence ? absenceFacts(absence) : null,
        review: review ? { year: review.year, status: review.status } : null,
      };
      return {
        memberId: member.id,
        fullName: member.fullName,
        cellId: member.cellId,
        cellZone: member.cellZone,
        role: member.role,
        locale: member.locale,
        reachable: member.reachable && withChat.has(member.id),
        preferredHourFrom: member.preferredHourFrom,
        preferredHourTo: member.preferredHourTo,
        facts,
        openRequests: (requestsBy.get(member.id) ?? []).map(({ memberId: _memberId, ...request }) => request),
      };
    });
  }
}

interface AbsenceRow {
  memberId: number;
  kind: AbsenceFacts['kind'];
  countryCode: string;
  arrangement: AbsenceFacts['arrangement'];
  applicationStatus: ApplicationStatusCode;
  startsOn: string;
  expectedEndOn: string | null;
}

function absenceFacts(row: AbsenceRow): AbsenceFacts {
  return {
    kind: row.kind,
    countryCode: row.countryCode,
    arrangement: row.arrangement,
    applicationStatus: row.applicationStatus,
    startsOn: row.startsOn,
    expectedEndOn: row.expectedEndOn,
  };
}
