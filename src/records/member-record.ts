// One member's whole record for the secretary or an officer: absences and decisions, check-ins and fees by month, reviews, requests, audit trail.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { isCoveredByArrangement, paidMonthSet } from '../domain/fees';
import {
  addMonths,
  calendarDateFromDb,
  monthFromDb,
  monthRange,
  monthsOfYear,
  type MonthKey,
} from '../domain/periods';
import type { Policy } from '../domain/policy';
import { memberStanding, type MemberStanding } from '../domain/standing';
import { removalGround, type YearAbsences, type RemovalGround } from '../domain/meetings';
import { absencesThisYear } from './meetings';
import type {
  AbsenceKind,
  ApplicationStatus,
  Arrangement,
  FeeArrangementKind,
  MemberRole,
  MemberStatus,
  Rating,
  RequestKind,
  RequestStatus,
  ReviewStatus,
} from '../generated/prisma/client';
import { loadActor, memberInScope, recordDenied, scopeOf, type AccessRefusal } from './access';
import { loadMemberFacts } from './member-facts';
import { auditRecordRead } from './roster';

export type FeeMonthState =
  'confirmed' | 'declared' | 'disputed' | 'arrangement' | 'unpaid' | 'open' | 'not-due' | 'not-counted';

export interface MemberRecordView {
  member: {
    id: number;
    fullName: string;
    cardNumber: string;
    birthYear: number | null;
    role: MemberRole;
    status: MemberStatus;
    locale: string;
    timezone: string;
    monthlyFeeVnd: number;
    reachable: boolean;
    connected: boolean;
    cellName: string;
  };
  standing: MemberStanding;
  /** Absences without a reason at this year's meetings, and which half of the removal ground is reached, if any. */
  meetingAbsences: YearAbsences;
  removalGround: RemovalGround | null;
  absences: Array<{
    id: number;
    kind: AbsenceKind;
    place: string | null;
    countryCode: string;
    arrangement: Arrangement | null;
    applicationStatus: ApplicationStatus;
    startsOn: string;
    expectedEndOn: string | null;
    endedOn: string | null;
    decisionNote: string | null;
  }>;
  /** Full exemptions from work and activities on record (cancelled ones left out), latest first. */
  fullExemptions: Array<{
    reason: 'age' | 'health' | null;
    startsOn: string;
    endsOn: string | null;
    decidedBy: string | null;
  }>;
  decisions: Array<{
    kind: string;
    outcome: string;
    reason: string | null;
    decidedBy: string;
    decidedAt: string;
  }>;
  /** `late`: filed after the month closed, within the policy's late window (issue 11 §7). */
  checkIns: Array<{
    month: MonthKey;
    checked: boolean;
    late: boolean;
    place: string | null;
    revision: number;
  }>;
  fees: Array<{ month: MonthKey; state: FeeMonthState; amount: { minor: number; currency: string } | null }>;
  arrangements: Array<{ kind: FeeArrangementKind; firstMonth: MonthKey; lastMonth: MonthKey }>;
  reviews: Array<{
    year: number;
    status: ReviewStatus;
    selfRating: Rating | null;
    cellRating: Rating | null;
    cellComment: string | null;
  }>;
  requests: Array<{
    kind: RequestKind;
    status: RequestStatus;
    text: string;
    note: string | null;
    createdAt: string;
  }>;
  audit: Array<{ at: string; actor: string; action: string }>;
}

export type MemberRecordResult =
  { outcome: 'found'; record: MemberRecordView } | { outcome: 'refused'; reason: AccessRefusal };

const AUDIT_SHOWN = 20;
const CHECK_IN_MONTHS_SHOWN = 12;

export class MemberRecordRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** The member's record if the actor may read it (own cell, own subtree, or themselves); the read is audited. */
  async read(actorId: number, memberId: number, now: Date = this.clock()): Promise<MemberRecordResult> {
    const actor = await loadActor(this.db, actorId);
    const refuse = async (reason: AccessRefusal): Promise<MemberRecordResult> => {
      await recordDenied(this.db, { actorId, action: 'record.read', reason, target: { memberId }, at: now });
      return { outcome: 'refused', reason };
    };
    if (!actor) return refuse('not-allowed');
    if (!(await memberInScope(this.db, scopeOf(actor), memberId))) return refuse('out-of-scope');
    const record = await this.load(memberId, now);
    await auditRecordRead(this.db, actor, memberId, 'member-record', now);
    return { outcome: 'found', record };
  }

  private async load(memberId: number, now: Date): Promise<MemberRecordView> {
    const db = this.db;
    const [member, facts, absences, exemptions, decisions, checkIns, payments, reviews, requests, meetings] =
      await Promise.all([
        db.member.findUniqueOrThrow({
          where: { id: memberId },
          include: { cell: { select: { name: true } }, _count: { select: { identities: true } } },
        }),
        loadMemberFacts(db, [memberId], now),
        db.absence.findMany({ where: { memberId }, orderBy: { startsOn: 'desc' } }),
        db.fullExemption.findMany({
          where: { memberId, cancelledAt: null },
          include: { decidedByUnit: { select: { name: true } } },
          orderBy: { startsOn: 'desc' },
        }),
        db.decision.findMany({ where: { memberId }, orderBy: { decidedAt: 'desc' } }),
        db.checkIn.findMany({
          where: { memberId },
          orderBy: { month: 'desc' },
          take: CHECK_IN_MONTHS_SHOWN * 2,
        }),
        db.feePayment.findMany({ where: { memberId }, include: { months: true } }),
        db.review.findMany({ where: { memberId }, orderBy: { year: 'desc' } }),
        db.request.findMany({ where: { memberId }, orderBy: { createdAt: 'desc' } }),
        absencesThisYear(db, [memberId], now, this.policy),
      ]);
    const memberFacts = facts.get(memberId)!;
    const standing = memberStanding(memberFacts, this.policy, now);
    const deciders = await namesOf(
      db,
      decisions.map((decision) => decision.decidedById),
    );

    const checkedByMonth = new Map(checkIns.map((row) => [monthFromDb(row.month), row]));
    const checkInMonths = monthRange(addMonths(standing.month, -(CHECK_IN_MONTHS_SHOWN - 1)), standing.month);

    const audit = await db.auditEvent.findMany({
      where: {
        OR: [
          { actorId: memberId },
          { entity: 'Member', entityId: String(memberId) },
          { entity: 'Absence', entityId: { in: absences.map((row) => String(row.id)) } },
          { entity: 'FeePayment', entityId: { in: payments.map((row) => String(row.id)) } },
          { entity: 'Review', entityId: { in: reviews.map((row) => String(row.id)) } },
          { entity: 'Request', entityId: { in: requests.map((row) => String(row.id)) } },
          { entity: 'CheckIn', entityId: { in: checkIns.map((row) => String(row.id)) } },
        ],
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: AUDIT_SHOWN,
    });

    return {
      member: {
        id: member.id,
        fullName: member.fullName,
        cardNumber: member.cardNumber,
        birthYear: member.birthYear,
        role: member.role,
        status: member.status,
        locale: member.locale,
        timezone: member.timezone,
        monthlyFeeVnd: member.monthlyFeeVnd,
        reachable: member.reachable,
        connected: member._count.identities > 0,
        cellName: member.cell.name,
      },
      standing,
      meetingAbsences: meetings.get(memberId)!,
      removalGround: removalGround(standing.fees.stage, meetings.get(memberId)!),
      absences: absences.map((row) => ({
        id: row.id,
        kind: row.kind,
        place: row.place,
        countryCode: row.countryCode,
        arrangement: row.arrangement,
        applicationStatus: row.applicationStatus,
        startsOn: calendarDateFromDb(row.startsOn),
        expectedEndOn: row.expectedEndOn ? calendarDateFromDb(row.expectedEndOn) : null,
        endedOn: row.endedOn ? calendarDateFromDb(row.endedOn) : null,
        decisionNote: row.decisionNote,
      })),
      fullExemptions: exemptions.map((row) => ({
        reason: row.reason,
        startsOn: calendarDateFromDb(row.startsOn),
        endsOn: row.endsOn ? calendarDateFromDb(row.endsOn) : null,
        decidedBy: row.decidedByUnit?.name ?? null,
      })),
      decisions: decisions.map((row) => ({
        kind: row.kind,
        outcome: row.outcome,
        reason: row.reason,
        decidedBy: (row.decidedById !== null && deciders.get(row.decidedById)) || '-',
        decidedAt: row.decidedAt.toISOString(),
      })),
      checkIns: checkInMonths.reverse().map((month) => {
        const row = checkedByMonth.get(month);
        return {
          month,
          checked: row !== undefined,
          late: row?.late ?? false,
          place: row?.place ?? null,
          revision: row?.revision ?? 0,
        };
      }),
      fees: feeMonths(standing, memberFacts, payments),
      arrangements: memberFacts.feeArrangements.map((range) => ({ ...range })),
      reviews: reviews.map((row) => ({
        year: row.year,
        status: row.status,
        selfRating: row.selfRating,
        cellRating: row.cellRating,
        cellComment: row.cellComment,
      })),
      requests: requests.map((row) => ({
        kind: row.kind,
        status: row.status,
        text: row.text,
        note: row.note,
        createdAt: row.createdAt.toISOString(),
      })),
      audit: audit.map((row) => ({ at: row.at.toISOString(), actor: row.actorLabel, action: row.action })),
    };
  }
}

/** Each month of this year (member's zone): who paid it and how much, or why it is not paid. */
function feeMonths(
  standing: MemberStanding,
  facts: {
    paidMonths: Parameters<typeof paidMonthSet>[0];
    feeArrangements: Parameters<typeof isCoveredByArrangement>[1];
    activeSince?: string;
  },
  payments: Array<{ amountMinor: number; currency: string; status: string; months: Array<{ month: Date }> }>,
): MemberRecordView['fees'] {
  const byMonth = new Map<string, { status: string; amount: { minor: number; currency: string } }>();
  for (const payment of payments) {
    const share = Math.round(payment.amountMinor / Math.max(1, payment.months.length));
    for (const row of payment.months) {
      const month = monthFromDb(row.month);
      const earlier = byMonth.get(month);
      // A non-disputed payment wins over a disputed one for the same month.
      if (earlier && earlier.status !== 'disputed') continue;
      byMonth.set(month, { status: payment.status, amount: { minor: share, currency: payment.currency } });
    }
  }
  const unpaid = new Set(standing.fees.unpaidMonths);
  return monthsOfYear(standing.fees.year).map((month) => {
    const paid = byMonth.get(month);
    if (paid) return { month, state: paid.status as FeeMonthState, amount: paid.amount };
    if (isCoveredByArrangement(month, facts.feeArrangements))
      return { month, state: 'arrangement', amount: null };
    if (unpaid.has(month)) return { month, state: 'unpaid', amount: null };
    if (facts.activeSince !== undefined && month < facts.activeSince)
      return { month, state: 'not-counted', amount: null };
    if (month === standing.month) return { month, state: 'open', amount: null };
    return { month, state: 'not-due', amount: null };
  });
}

async function namesOf(db: Database, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.member.findMany({
    where: { id: { in: wanted } },
    select: { id: true, fullName: true },
  });
  return new Map(rows.map((row) => [row.id, row.fullName]));
}
