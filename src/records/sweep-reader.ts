// Reads members for the sweep in id order, a batch at a time, with one query per table per batch (never per member).
import type { Database } from '../db/client';
import type { OpenRequestFacts, ReturnFacts } from '../domain/due-items';
import type { MemberMeetingFacts, UnexcusedAbsenceFacts } from '../domain/meeting-items';
import type { MeetingReply } from '../domain/meetings';
import { countedFrom, type FeeArrangementRange } from '../domain/fees';
import { addMonths, parseMonthKey, type MonthKey } from '../domain/periods';
import { MISSED_MONTHS_COUNTED, type ReviewStatusCode } from '../domain/standing';
import type { SweepMember } from '../domain/sweep-plan';
import type { CalendarBook } from '../domain/zone-calendar';
import { Prisma, type MemberRole, type MemberStatus } from '../generated/prisma/client';
import { loadDatedFacts } from './dated-facts';
import { memberFactsOf } from './member-facts';

export interface SweepSubject extends SweepMember {
  role: MemberRole;
  locale: string;
  /** A chat is bound: an unreachable member with one blocked the bot, one without was never connected. */
  connected: boolean;
}

interface MemberRow {
  id: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
  timezone: string;
  locale: string;
  cellId: number;
  cellZone: string;
  reachable: boolean;
  preferredHourFrom: number | null;
  preferredHourTo: number | null;
  recordedSince: Date;
}

/** Enough history for every rule: the missed check-ins counted back, and last year's fees in January. */
const HISTORY_MONTHS = MISSED_MONTHS_COUNTED + 2;
/** Meetings read ahead: at least the policy's most days of invitation (31). */
const MEETING_NOTICE_MS = 32 * 86_400_000;
/** Absences without a reason read back: this calendar year and last, in any zone. */
const MEETING_HISTORY_MS = 400 * 86_400_000;
/** Months read as bits from the start of the history: the history, this month, and advance payments ahead. */
const MONTH_BITS = 60;

/** The months the sweep reads, numbered from the first one so a member's months travel as two 30-bit integers. */
function monthWindow(now: Date) {
  const firstMonth = addMonths(now.toISOString().slice(0, 7), -HISTORY_MONTHS);
  const { year, month } = parseMonthKey(firstMonth);
  const keys = Array.from({ length: MONTH_BITS }, (_, index) => addMonths(firstMonth, index));
  const decode = (bits: number, offset: number, into: MonthKey[]) => {
    for (let rest = bits; rest !== 0; rest &= rest - 1)
      into.push(keys[offset + 31 - Math.clz32(rest & -rest)]);
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
             m."recordedSince"
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
      WHERE m.id > ${afterId} ${onlyThese}
      ORDER BY m.id
      LIMIT ${limit}`;
  }

  private async subjects(members: MemberRow[], calendars: CalendarBook): Promise<SweepSubject[]> {
    const first = members[0].id;
    const last = members.at(-1)!.id;
    const window = monthWindow(calendars.now);
    const years = [-1, 0, 1].map((shift) => calendars.now.getUTCFullYear() + shift);
    const now = calendars.now;
    const cellIds = [...new Set(members.map((member) => member.cellId))];
    const [chats, paid, checkIns, rare, dated, meetings] = await Promise.all([
      // A range scan of the bound chats: a per-member EXISTS makes PostgreSQL hash the whole table for each batch.
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
      this.db.$queryRaw<Array<{ memberId: number; low: number; high: number }>>`
        SELECT c."memberId", bit_or(CASE WHEN c.i < 30 THEN 1 << c.i ELSE 0 END) AS low,
               bit_or(CASE WHEN c.i >= 30 THEN 1 << (c.i - 30) ELSE 0 END) AS high
        FROM (SELECT "memberId", extract(year FROM month)::int * 12 + extract(month FROM month)::int - ${window.base} AS i
              FROM "CheckIn"
              WHERE "memberId" BETWEEN ${first} AND ${last} AND month >= ${window.firstDay}::date) c
        WHERE c.i < ${MONTH_BITS}
        GROUP BY c."memberId"`,
      // What only some members have, in one round trip: months only disputed payments cover (they pay nothing, as
      // paidMonthSet says), months declared and not yet confirmed (/status says so), late/advance approvals, this
      // year's review, open requests, the latest return homecell recorded when it still owes the cell something
      // (DOMAIN duty 5), answers to meetings to come, and absences from meetings without a reason (timestamps are
      // stored as UTC without a zone, so the instants are compared as UTC).
      this.db.$queryRaw<RareRow[]>`
        SELECT 'disputed' AS what, f."memberId", json_build_object('month', to_char(f.month, 'YYYY-MM')) AS data
        FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
        WHERE f."memberId" BETWEEN ${first} AND ${last}
          AND f."memberId" IN (SELECT "memberId" FROM "FeePayment" WHERE status = 'disputed'
                                AND "memberId" BETWEEN ${first} AND ${last})
        GROUP BY f."memberId", f.month
        HAVING bool_and(p.status = 'disputed')
        UNION ALL
        SELECT 'declared', f."memberId", json_build_object('month', to_char(f.month, 'YYYY-MM'))
        FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
        WHERE f."memberId" BETWEEN ${first} AND ${last} AND f.month >= ${window.firstDay}::date
          AND f."memberId" IN (SELECT "memberId" FROM "FeePayment" WHERE status = 'declared'
                                AND "memberId" BETWEEN ${first} AND ${last})
        GROUP BY f."memberId", f.month
        HAVING bool_or(p.status = 'declared') AND NOT bool_or(p.status = 'confirmed')
        UNION ALL
        SELECT 'arrangement', "memberId",
               json_build_object('kind', kind, 'firstMonth', to_char("firstMonth", 'YYYY-MM'),
                                 'lastMonth', to_char("lastMonth", 'YYYY-MM'))
        FROM "FeeArrangement" WHERE "memberId" BETWEEN ${first} AND ${last}
        UNION ALL
        SELECT 'review', "memberId", json_build_object('year', year, 'status', status)
        FROM "Review" WHERE "memberId" BETWEEN ${first} AND ${last} AND year = ANY(${years}::int[])
        UNION ALL
        SELECT 'request', "memberId",
               json_build_object('id', id, 'kind', kind,
                                 'createdAt', to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        FROM "Request" WHERE "memberId" BETWEEN ${first} AND ${last} AND status = 'open'
        UNION ALL
        SELECT 'return', "memberId",
               json_build_object('absenceId', id, 'kind', kind, 'endedOn', to_char("endedOn", 'YYYY-MM-DD'),
                                 'reportIn', coalesce(btrim("returnReport"), '') <> '',
                                 'hostReviewIn', "returnReportStoredFileId" IS NOT NULL
                                                 OR "returnReportFileId" IS NOT NULL)
        FROM (SELECT DISTINCT ON ("memberId") *
              FROM "Absence"
              WHERE "memberId" BETWEEN ${first} AND ${last} AND "endedOn" IS NOT NULL AND "returnedAt" IS NOT NULL
              ORDER BY "memberId", "endedOn" DESC, "startsOn" DESC, id DESC) r
        WHERE coalesce(btrim("returnReport"), '') = '' OR ("kind" = 'abroad' AND "returnReportStoredFileId" IS NULL
                                                                    AND "returnReportFileId" IS NULL)
        UNION ALL
        SELECT 'answer', a."memberId", json_build_object('meetingId', a."meetingId", 'reply', a.reply)
        FROM "MeetingAnswer" a JOIN "Meeting" m ON m.id = a."meetingId"
        WHERE a."memberId" BETWEEN ${first} AND ${last} AND m.status = 'scheduled' AND m."startsAt" > ${now.toISOString()}::timestamp
        UNION ALL
        SELECT 'unexcused', a."memberId",
               json_build_object('meetingId', a."meetingId",
                                 'startsAt', to_char(m."startsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        FROM "MeetingAttendance" a JOIN "Meeting" m ON m.id = a."meetingId"
        WHERE a."memberId" BETWEEN ${first} AND ${last} AND a.status = 'absent_without_reason'
          AND m.status <> 'cancelled' AND m."startsAt" >= ${new Date(now.getTime() - MEETING_HISTORY_MS).toISOString()}::timestamp`,
      // Absences and full exemptions, read as StandingRecords and the roster read them.
      loadDatedFacts(this.db, Prisma.sql`"memberId" BETWEEN ${first} AND ${last}`),
      // The batch's cells' meetings the invitation or the reminder may be due for: a few rows per cell.
      this.db.meeting.findMany({
        where: {
          cellId: { in: cellIds },
          status: 'scheduled',
          startsAt: { gt: now, lte: new Date(now.getTime() + MEETING_NOTICE_MS) },
        },
        select: { id: true, cellId: true, startsAt: true, place: true, onlineLink: true },
        orderBy: { startsAt: 'asc' },
      }),
    ]);

    const disputedBy = new Map<number, Set<string>>();
    const declaredBy = new Map<number, Set<string>>();
    const arrangementsBy = new Map<number, FeeArrangementRange[]>();
    const reviewsBy = new Map<number, Array<{ year: number; status: ReviewStatusCode }>>();
    const requestsBy = new Map<number, OpenRequestFacts[]>();
    const returnBy = new Map<number, ReturnFacts>();
    const answersBy = new Map<number, Map<number, MeetingReply>>();
    const unexcusedBy = new Map<number, UnexcusedAbsenceFacts[]>();
    const add = <T>(map: Map<number, T[]>, memberId: number, value: T) => {
      const list = map.get(memberId);
      if (list) list.push(value);
      else map.set(memberId, [value]);
    };
    for (const row of rare) {
      const data = row.data as Record<string, unknown>;
      if (row.what === 'disputed' || row.what === 'declared') {
        const by = row.what === 'disputed' ? disputedBy : declaredBy;
        const months = by.get(row.memberId) ?? new Set<string>();
        months.add(String(data.month));
        by.set(row.memberId, months);
      } else if (row.what === 'arrangement')
        add(arrangementsBy, row.memberId, data as unknown as FeeArrangementRange);
      else if (row.what === 'review')
        add(reviewsBy, row.memberId, data as { year: number; status: ReviewStatusCode });
      else if (row.what === 'return') returnBy.set(row.memberId, data as unknown as ReturnFacts);
      else if (row.what === 'answer') {
        const replies = answersBy.get(row.memberId) ?? new Map<number, MeetingReply>();
        replies.set(Number(data.meetingId), data.reply as MeetingReply);
        answersBy.set(row.memberId, replies);
      } else if (row.what === 'unexcused')
        add(unexcusedBy, row.memberId, {
          meetingId: Number(data.meetingId),
          startsAt: new Date(String(data.startsAt)),
        });
      else {
        const request = data as {
          id: number;
          kind: OpenRequestFacts['kind'];
          createdAt: string;
        };
        add(requestsBy, row.memberId, { ...request, createdAt: new Date(request.createdAt) });
      }
    }
    // Declared and confirmed pay alike (a month only declared is marked so, for /status); months only disputed payments
    // cover are taken out (as paidMonthSet does).
    const paidBy = new Map(
      paid.map((row) => {
        const unpaid = disputedBy.get(row.memberId);
        const declared = declaredBy.get(row.memberId);
        const months = window.monthsOf(row.low, row.high).filter((month) => !unpaid?.has(month));
        return [
          row.memberId,
          months.map((month) => ({
            month,
            status: declared?.has(month) ? ('declared' as const) : ('confirmed' as const),
          })),
        ];
      }),
    );
    // As loadFeeFacts: the first month any payment covers, disputed or not.
    const firstPaid = new Map(paid.map((row) => [row.memberId, row.first]));
    const checkInsBy = new Map(checkIns.map((row) => [row.memberId, window.monthsOf(row.low, row.high)]));
    const withChat = new Set(chats.map((row) => row.memberId));
    const meetingsBy = new Map<number, typeof meetings>();
    for (const meeting of meetings) add(meetingsBy, meeting.cellId, meeting);
    const meetingFactsOf = (member: MemberRow): MemberMeetingFacts | undefined => {
      const upcoming = meetingsBy.get(member.cellId) ?? [];
      const unexcused = unexcusedBy.get(member.id) ?? [];
      if (upcoming.length === 0 && unexcused.length === 0) return undefined;
      const replies = answersBy.get(member.id);
      return {
        upcoming: upcoming.map((meeting) => ({ ...meeting, reply: replies?.get(meeting.id) ?? null })),
        unexcused,
      };
    };

    return members.map((member): SweepSubject => {
      const calendar = calendars.of(member.timezone);
      const facts = memberFactsOf({
        member,
        dated: dated.get(member.id),
        // The month recorded, read off the zone's calendar: luxon only near a month's edge, for a million members.
        activeSince: countedFrom(calendar.monthOfInstant(member.recordedSince), firstPaid.get(member.id)),
        checkInMonths: checkInsBy.get(member.id) ?? [],
        paidMonths: paidBy.get(member.id) ?? [],
        feeArrangements: arrangementsBy.get(member.id) ?? [],
        review: reviewsBy.get(member.id)?.find((row) => row.year === calendar.year),
      });
      return {
        memberId: member.id,
        fullName: member.fullName,
        cellId: member.cellId,
        cellZone: member.cellZone,
        role: member.role,
        locale: member.locale,
        reachable: member.reachable && withChat.has(member.id),
        connected: withChat.has(member.id),
        preferredHourFrom: member.preferredHourFrom,
        preferredHourTo: member.preferredHourTo,
        facts,
        openRequests: requestsBy.get(member.id) ?? [],
        lastReturn: returnBy.get(member.id) ?? null,
        meetings: meetingFactsOf(member),
      };
    });
  }
}

interface RareRow {
  what: 'disputed' | 'declared' | 'arrangement' | 'review' | 'request' | 'return' | 'answer' | 'unexcused';
  memberId: number;
  data: unknown;
}
