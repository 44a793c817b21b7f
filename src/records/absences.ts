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
import { withdrawalOf } from '../domain/member-state';
import type { Policy } from '../domain/policy';
import type { AbsenceKind, ApplicationStatus, Arrangement, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { endAbsencesOn, fitFeeArrangements } from './absence-changes';
import { lockMember } from './checkins';
import { OPEN_ABSENCE } from './dated-facts';
import { enqueueMessage } from './notifications';

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
  returnReportStoredFileId: number | null;
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

/** An open absence the member may take back today: a departure not begun, or an application not decided. */
export interface WithdrawableAbsence extends AbsenceView {
  begun: boolean;
  undecided: boolean;
}

export type WithdrawalResult =
  | {
      outcome: 'withdrawn';
      absence: AbsenceView;
      /** As it stood when withdrawn: begun (an undecided application), or a departure still to come. */
      withdrawal: { begun: boolean; undecided: boolean };
      duplicate: boolean;
    }
  | { outcome: 'refused'; reason: 'not-withdrawable' };

/** Arrangements the cell decides on; seasonal work needs nothing (DOMAIN duty 3). */
const NEEDS_DECISION: readonly Arrangement[] = [
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];
/** An absence still running or still to begin: not ended, and not a refused or withdrawn application. */
const OPEN = OPEN_ABSENCE;

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
      reportStoredFileId?: number | null;
      /** A draft from before files were kept (issue 12): the channel's file id. */
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

      // The absence in force: a departure filed for a later day is cancelled with /away, not ended by a return.
      const open = await tx.absence.findFirst({
        where: { memberId, ...OPEN, startsOn: { lte: calendarDateToDb(today(now, member.timezone)) } },
        orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      });
      if (!open) return { outcome: 'refused', reason: 'no-open-absence' };
      if (!isCalendarDate(input.returnedOn)) return { outcome: 'refused', reason: 'invalid-date' };
      if (input.returnedOn < calendarDateFromDb(open.startsOn)) {
        return { outcome: 'refused', reason: 'return-before-departure' };
      }
      if (input.returnedOn > today(now, member.timezone))
        return { outcome: 'refused', reason: 'return-in-future' };
      if (input.report.trim() === '') return { outcome: 'refused', reason: 'report-missing' };

      // The absence in force ends with the report, and any it renews with it; a renewal filed to begin after the
      // return is withdrawn (absence-changes.ts).
      const { current, withdrawn } = await endAbsencesOn(tx, memberId, input.returnedOn, now, {
        returnReport: input.report,
        returnReportStoredFileId: input.reportStoredFileId ?? null,
        returnReportFileId: input.reportFileId ?? null,
      });
      const ended = current ?? (await tx.absence.findUniqueOrThrow({ where: { id: open.id } }));
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.returned',
        entity: 'Absence',
        entityId: ended.id,
        before: toView(open),
        after: {
          ...toView(ended),
          sourceKey: input.sourceKey,
          ...(withdrawn.length > 0 ? { withdrawn } : {}),
        },
        at: now,
      });
      // Rule 2: a late/advance approval keeps only the months the exemption reached before the return.
      await fitFeeArrangements(tx, memberId, this.policy, { id: memberId, label: 'member' }, now);
      return { outcome: 'returned', absence: toView(ended), duplicate: false };
    });
  }

  /** The open absence the member may withdraw or cancel today (in their zone), the latest first; null if none. */
  async withdrawable(memberId: number, now: Date = this.clock()): Promise<WithdrawableAbsence | null> {
    const member = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { timezone: true },
    });
    const day = today(now, member.timezone);
    const open = await this.db.absence.findMany({
      where: { memberId, ...OPEN },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
    });
    for (const row of open) {
      const view = toView(row);
      const withdrawal = withdrawalOf(view, day);
      if (withdrawal) return { ...view, ...withdrawal };
    }
    return null;
  }

  /**
   * The member takes back a departure not begun or an application not decided: it becomes 'withdrawn', which
   * changes nothing of the member's standing (DOMAIN rule 11), leaves /pending, is audited, and the secretary is
   * told. `absenceId` is the one the member was shown: if it was decided or began meanwhile, nothing changes.
   */
  async withdraw(
    memberId: number,
    input: { absenceId: number; sourceKey: string; now?: Date },
  ): Promise<WithdrawalResult> {
    const now = input.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<WithdrawalResult> => {
      const member = await lockMember(tx, memberId);
      const earlier = await tx.auditEvent.findFirst({
        where: {
          action: 'absence.withdrawn',
          actorId: memberId,
          after: { path: ['sourceKey'], equals: input.sourceKey },
        },
      });
      if (earlier?.entityId) {
        const absence = await tx.absence.findUniqueOrThrow({ where: { id: Number(earlier.entityId) } });
        const after = earlier.after as { begun?: boolean; undecided?: boolean };
        const withdrawal = { begun: after.begun === true, undecided: after.undecided === true };
        return { outcome: 'withdrawn', absence: toView(absence), withdrawal, duplicate: true };
      }
      const row = await tx.absence.findFirst({ where: { id: input.absenceId, memberId, ...OPEN } });
      const withdrawal = row ? withdrawalOf(toView(row), today(now, member.timezone)) : null;
      if (!row || !withdrawal) return { outcome: 'refused', reason: 'not-withdrawable' };
      // Conditional on the status read: a decision taken at the same moment wins, and this changes nothing.
      const claimed = await tx.absence.updateMany({
        where: { id: row.id, applicationStatus: row.applicationStatus, endedOn: null },
        data: { applicationStatus: 'withdrawn', withdrawnAt: now, updatedAt: now },
      });
      if (claimed.count === 0) return { outcome: 'refused', reason: 'not-withdrawable' };
      const withdrawn = await tx.absence.findUniqueOrThrow({ where: { id: row.id } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.withdrawn',
        entity: 'Absence',
        entityId: row.id,
        before: toView(row),
        after: { ...toView(withdrawn), ...withdrawal, sourceKey: input.sourceKey },
        at: now,
      });
      const { fullName, cellId } = await tx.member.findUniqueOrThrow({
        where: { id: memberId },
        select: { fullName: true, cellId: true },
      });
      for (const leader of await leadersToTell(tx, cellId)) {
        await enqueueMessage(tx, {
          key: `absence-withdrawn:${row.id}:${leader.id}`,
          memberId: leader.id,
          messageKey: 'away-withdrawn-secretary',
          args: {
            member: fullName,
            arrangement: row.arrangement ?? 'none',
            startsOn: calendarDateFromDb(row.startsOn),
            begun: withdrawal.begun ? 'yes' : 'no',
            undecided: withdrawal.undecided ? 'yes' : 'no',
          },
          dueAt: now,
        });
      }
      return { outcome: 'withdrawn', absence: toView(withdrawn), withdrawal, duplicate: false };
    });
  }

  /**
   * The absence in force today in the member's zone (begun, not ended), as stateOn picks it; a departure filed for
   * a later day is not one yet (see `withdrawable`).
   */
  async openAbsence(memberId: number, now: Date = this.clock()): Promise<AbsenceView | null> {
    const member = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { timezone: true },
    });
    const open = await this.db.absence.findFirst({
      where: { memberId, ...OPEN, startsOn: { lte: calendarDateToDb(today(now, member.timezone)) } },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
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
    returnReportStoredFileId: row.returnReportStoredFileId,
    returnReportFileId: row.returnReportFileId,
    returnedAt: row.returnedAt ? row.returnedAt.toISOString() : null,
  };
}

/** The cell's secretary, or its deputies when it has no secretary, who can be told in a chat. */
async function leadersToTell(tx: Prisma.TransactionClient, cellId: number): Promise<Array<{ id: number }>> {
  const leaders = await tx.member.findMany({
    where: {
      cellId,
      role: { in: ['secretary', 'deputy_secretary'] },
      status: 'active',
      identities: { some: {} },
    },
    select: { id: true, role: true },
    orderBy: { id: 'asc' },
  });
  const secretaries = leaders.filter((leader) => leader.role === 'secretary');
  return secretaries.length > 0 ? secretaries : leaders;
}
