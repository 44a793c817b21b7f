// Reads members for the sweep in id order, a batch at a time, with one query per table per batch (never per member).
import type { Database } from '../db/client';
import type { NotificationSubject, OpenRequestFacts } from '../domain/due-items';
import type { FeeStatus } from '../domain/fees';
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
  hasChat: boolean;
  preferredHourFrom: number | null;
  preferredHourTo: number | null;
  createdAt: Date;
  firstPaidMonth: string | null;
}

interface MonthRow {
  memberId: number;
  month: string;
}

/** Enough history for every rule: the missed check-ins counted back, and last year's fees in January. */
const HISTORY_MONTHS = MISSED_MONTHS_COUNTED + 2;

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
    let afterId = 0;
    for (;;) {
      const members = await this.members(afterId, batchSize, options.memberIds);
      if (members.length === 0) return;
      yield await this.subjects(members, calendars);
      if (members.length < batchSize) return;
      afterId = members.at(-1)!.id;
    }
  }

  private members(afterId: number, limit: number, only?: readonly number[]): Promise<MemberRow[]> {
    const onlyThese = only ? Prisma.sql`AND m.id = ANY(${[...only]}::int[])` : Prisma.empty;
    // firstPaidMonth and hasChat are index probes per row inside the one query.
    return this.db.$queryRaw<MemberRow[]>`
      SELECT m.id, m."fullName", m.role::text AS role, m.status::text AS status, m.timezone, m.locale,
             m."cellId", u.timezone AS "cellZone", m.reachable, m."preferredHourFrom", m."preferredHourTo",
             m."createdAt",
             EXISTS (SELECT 1 FROM "ChatIdentity" c WHERE c."memberId" = m.id) AS "hasChat",
             (SELECT to_char(min(f.month), 'YYYY-MM') FROM "FeePaymentMonth" f WHERE f."memberId" = m.id)
               AS "firstPaidMonth"
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
      WHERE m.id > ${afterId} ${onlyThese}
      ORDER BY m.id
      LIMIT ${limit}`;
  }

  private async subjects(members: MemberRow[], calendars: CalendarBook): Promise<SweepSubject[]> {
    const first = members[0]!.id;
    const last = members.at(-1)!.id;
    // A calendar date string: the bound is a date, whatever the session's time zone.
    const oldest = new Date(calendars.now.getTime() - HISTORY_MONTHS * 31 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const years = [-1, 0, 1].map((shift) => calendars.now.getUTCFullYear() + shift);
    const [paid, arrangements, checkIns, absences, reviews, requests] = await Promise.all([
      this.db.$queryRaw<Array<MonthRow & { status: FeeStatus }>>`
        SELECT f."memberId", to_char(f.month, 'YYYY-MM') AS month, p.status::text AS status
        FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
        WHERE f."memberId" BETWEEN ${first} AND ${last} AND f.month >= ${oldest}::date`,
      this.db.$queryRaw<Array<{ memberId: number; kind: 'late' | 'advance'; first: string; last: string }>>`
        SELECT "memberId", kind::text AS kind, to_char("firstMonth", 'YYYY-MM') AS first,
               to_char("lastMonth", 'YYYY-MM') AS last
        FROM "FeeArrangement" WHERE "memberId" BETWEEN ${first} AND ${last}`,
      this.db.$queryRaw<MonthRow[]>`
        SELECT "memberId", to_char(month, 'YYYY-MM') AS month FROM "CheckIn"
        WHERE "memberId" BETWEEN ${first} AND ${last} AND month >= ${oldest}::date`,
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
    const paidBy = byMember(paid);
    const arrangementsBy = byMember(arrangements);
    const checkInsBy = byMember(checkIns);
    const absenceBy = new Map(absences.map((row) => [row.memberId, row]));
    const reviewsBy = byMember(reviews);
    const requestsBy = byMember(requests);

    return members.map((member): SweepSubject => {
      const calendar = calendars.of(member.timezone);
      // As loadFeeFacts: counting starts at the earlier of the month recorded and the first month paid.
      const recordedFrom = calendar.monthOfInstant(member.createdAt);
      const activeSince =
        member.firstPaidMonth !== null && member.firstPaidMonth < recordedFrom
          ? member.firstPaidMonth
          : recordedFrom;
      const absence = absenceBy.get(member.id);
      const review = reviewsBy.get(member.id)?.find((row) => row.year === calendar.year);
      const facts: MemberFacts = {
        zone: member.timezone,
        status: member.status,
        activeSince,
        checkInMonths: (checkInsBy.get(member.id) ?? []).map((row) => row.month),
        paidMonths: (paidBy.get(member.id) ?? []).map((row) => ({ month: row.month, status: row.status })),
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
        reachable: member.reachable && member.hasChat,
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
