// Absences: the departure a member files (the cell decides transfers and exemptions) and the return that ends it.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import {
  calendarDateFromDb,
  calendarDateToDb,
  isCalendarDate,
  today,
  wholeMonthsFrom,
  type CalendarDate,
} from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { AbsenceKind, ApplicationStatus, Arrangement, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { lockMember } from './checkins';

export interface DepartureFiling {
  kind: AbsenceKind;
  place: string;
  countryCode: string;
  mobile: boolean;
  organisationThere: boolean | 'unknown';
  startsOn: CalendarDate;
  expectedEndOn: CalendarDate | null;
  arrangement: Arrangement;
  reason: string | null;
  sourceKey: string;
  now?: Date;
}

export interface AbsenceView {
  id: number;
  memberId: number;
  kind: AbsenceKind;
  place: string | null;
  countryCode: string;
  mobile: boolean;
  organisationThere: boolean | 'unknown';
  startsOn: CalendarDate;
  expectedEndOn: CalendarDate | null;
  endedOn: CalendarDate | null;
  arrangement: Arrangement | null;
  reason: string | null;
  applicationStatus: ApplicationStatus;
  returnReport: string | null;
  returnReportFileId: string | null;
  returnedAt: string | null;
}

export type DepartureResult =
  | { outcome: 'filed'; absence: AbsenceView; duplicate: boolean }
  | {
      outcome: 'refused';
      reason:
        | 'absence-already-open'
        | 'invalid-date'
        | 'ends-before-start'
        | 'end-date-required'
        | 'exemption-too-long'
        | 'invalid-country';
    };

export type ReturnResult =
  | { outcome: 'returned'; absence: AbsenceView; duplicate: boolean }
  | {
      outcome: 'refused';
      reason:
        | 'no-open-absence'
        | 'invalid-date'
        | 'return-before-departure'
        | 'return-in-future'
        | 'report-missing';
    };

/** Arrangements the cell decides on; seasonal work needs nothing (DOMAIN duty 3). */
const NEEDS_DECISION: readonly Arrangement[] = [
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];
/** An absence still running: not ended, and not a refused or withdrawn application. */
const OPEN: Prisma.AbsenceWhereInput = {
  endedOn: null,
  applicationStatus: { notIn: ['rejected', 'withdrawn'] },
};

type AbsenceRow = Prisma.AbsenceGetPayload<object>;

export class AbsenceRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  async fileDeparture(memberId: number, filing: DepartureFiling): Promise<DepartureResult> {
    const now = filing.now ?? this.clock();
    const countryCode = filing.countryCode.trim().toUpperCase();
    return this.db.$transaction(async (tx): Promise<DepartureResult> => {
      await lockMember(tx, memberId);
      const earlier = await tx.absence.findUnique({ where: { sourceKey: filing.sourceKey } });
      if (earlier) return { outcome: 'filed', absence: toView(earlier), duplicate: true };

      const problem = this.departureProblem(filing, countryCode);
      if (problem) return { outcome: 'refused', reason: problem };
      if (await tx.absence.findFirst({ where: { memberId, ...OPEN }, select: { id: true } })) {
        return { outcome: 'refused', reason: 'absence-already-open' };
      }

      const absence = await tx.absence.create({
        data: {
          memberId,
          kind: filing.kind,
          place: filing.place,
          countryCode,
          mobile: filing.mobile,
          organisationThere: filing.organisationThere === 'unknown' ? null : filing.organisationThere,
          startsOn: calendarDateToDb(filing.startsOn),
          expectedEndOn: filing.expectedEndOn ? calendarDateToDb(filing.expectedEndOn) : null,
          arrangement: filing.arrangement,
          reason: filing.reason,
          applicationStatus: NEEDS_DECISION.includes(filing.arrangement) ? 'submitted' : 'not_required',
          sourceKey: filing.sourceKey,
          createdAt: now,
          updatedAt: now,
        },
      });
      // No status is written: the member is away from the departure's date, as the facts in force then say
      // (src/domain/member-state.ts), not from the day it is filed.
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.filed',
        entity: 'Absence',
        entityId: absence.id,
        after: toView(absence),
        at: now,
      });
      return { outcome: 'filed', absence: toView(absence), duplicate: false };
    });
  }

  /** Ends the open absence with the member's return report: from the return date the member is at home again. */
  async recordReturn(
    memberId: number,
    input: {
      returnedOn: CalendarDate;
      report: string;
      /** Abroad or on a transfer: the self-review confirmed by the organisation the member was with. */
      reportFileId?: string | null;
      sourceKey: string;
      now?: Date;
    },
  ): Promise<ReturnResult> {
    const now = input.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<ReturnResult> => {
      const member = await lockMember(tx, memberId);
      // The schema has no key column for returns; the audit event written with the return carries it.
      const earlier = await tx.auditEvent.findFirst({
        where: {
          action: 'absence.returned',
          actorId: memberId,
          after: { path: ['sourceKey'], equals: input.sourceKey },
        },
      });
      if (earlier?.entityId) {
        const absence = await tx.absence.findUniqueOrThrow({ where: { id: Number(earlier.entityId) } });
        return { outcome: 'returned', absence: toView(absence), duplicate: true };
      }

      const open = await tx.absence.findFirst({
        where: { memberId, ...OPEN },
        orderBy: { startsOn: 'desc' },
      });
      if (!open) return { outcome: 'refused', reason: 'no-open-absence' };
      if (!isCalendarDate(input.returnedOn)) return { outcome: 'refused', reason: 'invalid-date' };
      if (input.returnedOn < calendarDateFromDb(open.startsOn)) {
        return { outcome: 'refused', reason: 'return-before-departure' };
      }
      if (input.returnedOn > today(now, member.timezone))
        return { outcome: 'refused', reason: 'return-in-future' };
      if (input.report.trim() === '') return { outcome: 'refused', reason: 'report-missing' };

      const ended = await tx.absence.update({
        where: { id: open.id },
        data: {
          endedOn: calendarDateToDb(input.returnedOn),
          returnReport: input.report,
          returnReportFileId: input.reportFileId ?? null,
          returnedAt: now,
          updatedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.returned',
        entity: 'Absence',
        entityId: ended.id,
        before: toView(open),
        after: { ...toView(ended), sourceKey: input.sourceKey },
        at: now,
      });
      return { outcome: 'returned', absence: toView(ended), duplicate: false };
    });
  }

  async openAbsence(memberId: number): Promise<AbsenceView | null> {
    const open = await this.db.absence.findFirst({
      where: { memberId, ...OPEN },
      orderBy: { startsOn: 'desc' },
    });
    return open ? toView(open) : null;
  }

  private departureProblem(
    filing: DepartureFiling,
    countryCode: string,
  ): Extract<DepartureResult, { outcome: 'refused' }>['reason'] | undefined {
    if (!/^[A-Z]{2}$/.test(countryCode) || (filing.kind === 'domestic') !== (countryCode === 'VN')) {
      return 'invalid-country';
    }
    if (!isCalendarDate(filing.startsOn)) return 'invalid-date';
    const endsOn = filing.expectedEndOn;
    if (endsOn === null) {
      // An exemption states its dates; a transfer is for under a year, so it has an end too.
      return filing.arrangement === 'temporary_exemption' || filing.arrangement === 'temporary_transfer'
        ? 'end-date-required'
        : undefined;
    }
    if (!isCalendarDate(endsOn)) return 'invalid-date';
    if (endsOn < filing.startsOn) return 'ends-before-start';
    if (
      filing.arrangement === 'temporary_exemption' &&
      wholeMonthsFrom(filing.startsOn, endsOn) >= this.policy.exemption.maxMonths
    ) {
      return 'exemption-too-long';
    }
    return undefined;
  }
}

function toView(row: AbsenceRow): AbsenceView {
  return {
    id: row.id,
    memberId: row.memberId,
    kind: row.kind,
    place: row.place,
    countryCode: row.countryCode,
    mobile: row.mobile,
    organisationThere: row.organisationThere ?? 'unknown',
    startsOn: calendarDateFromDb(row.startsOn),
    expectedEndOn: row.expectedEndOn ? calendarDateFromDb(row.expectedEndOn) : null,
    endedOn: row.endedOn ? calendarDateFromDb(row.endedOn) : null,
    arrangement: row.arrangement,
    reason: row.reason,
    applicationStatus: row.applicationStatus,
    returnReport: row.returnReport,
    returnReportFileId: row.returnReportFileId,
    returnedAt: row.returnedAt ? row.returnedAt.toISOString() : null,
  };
}
