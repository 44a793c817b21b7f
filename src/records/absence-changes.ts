// What happens to an absence after it is decided: its renewal (an application like the first), its end recorded by
// the cell or the member, the shortening of an exemption, and the return report owed afterwards (DOMAIN duties 3, 5).
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { fittedArrangement } from '../domain/fees';
import {
  addDays,
  addMonthsToDate,
  calendarDateFromDb,
  calendarDateToDb,
  isCalendarDate,
  monthFromDb,
  monthToDb,
  today,
  wholeMonthsFrom,
  type CalendarDate,
} from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { AbsenceKind, Arrangement, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { lockMember } from './checkins';
import { authorizeCellDecision, type DecisionRefusal, type Refused, type Tx } from './decisions/common';
import { enqueueMessage } from './notifications';

/** Arrangements that run to a stated end date and are renewed by a new application (DOMAIN duty 3). */
const RENEWABLE: readonly Arrangement[] = ['temporary_exemption', 'temporary_transfer'];

const OPEN: Prisma.AbsenceWhereInput = {
  endedOn: null,
  applicationStatus: { notIn: ['rejected', 'withdrawn'] },
};

export interface RenewableAbsence {
  id: number;
  arrangement: Arrangement;
  kind: AbsenceKind;
  place: string | null;
  countryCode: string;
  reason: string | null;
  startsOn: CalendarDate;
  expectedEndOn: CalendarDate;
  /** The renewal runs from the day after the current end. */
  renewalStartsOn: CalendarDate;
  /** The latest end one application may ask for (policy: under a year). */
  latestEndOn: CalendarDate;
}

export type RenewableResult =
  | { outcome: 'renewable'; absence: RenewableAbsence }
  | { outcome: 'refused'; reason: 'not-away' | 'not-renewable' | 'renewal-already-filed' };

export type RenewalResult =
  | {
      outcome: 'filed';
      absenceId: number;
      arrangement: Arrangement;
      startsOn: CalendarDate;
      expectedEndOn: CalendarDate;
      duplicate: boolean;
    }
  | {
      outcome: 'refused';
      reason: Extract<RenewableResult, { outcome: 'refused' }>['reason'] | 'bad-end-date';
    };

/** What the return still owes the cell: the report, and from abroad the host organisation's confirmed review. */
export interface ReturnOwed {
  absenceId: number;
  kind: AbsenceKind;
  endedOn: CalendarDate;
  reportMissing: boolean;
  hostReviewMissing: boolean;
}

export type CompleteReturnResult =
  | { outcome: 'completed'; absenceId: number; stillOwed: ReturnOwed | null; duplicate: boolean }
  | { outcome: 'refused'; reason: 'nothing-owed' | 'nothing-sent' };

export type EndByCellResult =
  | {
      outcome: 'ended' | 'shortened';
      absenceId: number;
      memberName: string;
      day: CalendarDate;
      /** Late/advance approvals whose last month was cut, or ended, to fit the exemption. */
      arrangementsFitted: number;
    }
  | Refused<DecisionRefusal | 'no-open-absence' | 'bad-date' | 'before-departure' | 'not-earlier'>;

type AbsenceRow = Prisma.AbsenceGetPayload<object>;

/** The absence in force on `day` (the latest begun) and those filed to begin later (a renewal), of open absences. */
function inForceAndLater(open: readonly AbsenceRow[], day: CalendarDate) {
  const begun = open.filter((absence) => calendarDateFromDb(absence.startsOn) <= day);
  const current = begun.sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime())[0] ?? null;
  const later = open.filter((absence) => calendarDateFromDb(absence.startsOn) > day);
  return { current, later };
}

export function renewableOf(open: readonly AbsenceRow[], day: CalendarDate, policy: Policy): RenewableResult {
  const { current, later } = inForceAndLater(open, day);
  if (!current) return { outcome: 'refused', reason: 'not-away' };
  if (later.length > 0) return { outcome: 'refused', reason: 'renewal-already-filed' };
  // A renewal filed after the end date has begun already, and waits for its decision: it is the one in force.
  if (current.renewsAbsenceId !== null && current.applicationStatus !== 'approved')
    return { outcome: 'refused', reason: 'renewal-already-filed' };
  const arrangement = current.arrangement;
  if (
    !arrangement ||
    !RENEWABLE.includes(arrangement) ||
    current.applicationStatus !== 'approved' ||
    !current.expectedEndOn
  ) {
    return { outcome: 'refused', reason: 'not-renewable' };
  }
  const expectedEndOn = calendarDateFromDb(current.expectedEndOn);
  const renewalStartsOn = addDays(expectedEndOn, 1);
  const months =
    arrangement === 'temporary_exemption'
      ? policy.exemption.maxMonths
      : policy.departure.temporaryTransferMaxMonths;
  return {
    outcome: 'renewable',
    absence: {
      id: current.id,
      arrangement,
      kind: current.kind,
      place: current.place,
      countryCode: current.countryCode,
      reason: current.reason,
      startsOn: calendarDateFromDb(current.startsOn),
      expectedEndOn,
      renewalStartsOn,
      latestEndOn: addDays(addMonthsToDate(renewalStartsOn, months), -1),
    },
  };
}

/**
 * Ends what is open on `day` (the absence in force and any it renews) and withdraws what was filed to begin later
 * (a renewal not needed any more): the member is home from `day`.
 */
export async function endAbsencesOn(
  tx: Tx,
  memberId: number,
  day: CalendarDate,
  now: Date,
  changes: {
    returnReport?: string | null;
    returnReportStoredFileId?: number | null;
    returnReportFileId?: string | null;
  } = {},
): Promise<{ current: AbsenceRow | null; ended: AbsenceRow[]; withdrawn: number[] }> {
  const open = await tx.absence.findMany({ where: { memberId, ...OPEN } });
  const { current, later } = inForceAndLater(open, day);
  const begun = open.filter((absence) => calendarDateFromDb(absence.startsOn) <= day);
  const ended: AbsenceRow[] = [];
  for (const absence of begun) {
    const isCurrent = absence.id === current?.id;
    ended.push(
      await tx.absence.update({
        where: { id: absence.id },
        data: {
          endedOn: calendarDateToDb(day),
          // The end is recorded in homecell: the return report is owed from this day (policy return.*).
          returnedAt: now,
          updatedAt: now,
          ...(isCurrent ? changes : {}),
        },
      }),
    );
  }
  if (later.length > 0) {
    await tx.absence.updateMany({
      where: { id: { in: later.map((absence) => absence.id) } },
      data: { applicationStatus: 'withdrawn', withdrawnAt: now, updatedAt: now },
    });
  }
  return {
    current: ended.find((absence) => absence.id === current?.id) ?? null,
    ended,
    withdrawn: later.map((absence) => absence.id),
  };
}

/**
 * Rule 2 after an exemption changed: every late/advance approval of the member keeps only the months its exemption
 * still reaches (cut, or ended); each change audited and told to the member. Returns how many changed.
 */
export async function fitFeeArrangements(
  tx: Tx,
  memberId: number,
  policy: Policy,
  actor: { id: number | null; label: string },
  now: Date,
): Promise<number> {
  const arrangements = await tx.feeArrangement.findMany({
    where: { memberId, note: { startsWith: 'absence:' } },
  });
  if (arrangements.length === 0) return 0;
  const absenceIds = arrangements.map((row) => Number(row.note!.slice('absence:'.length)));
  const absences = new Map(
    (await tx.absence.findMany({ where: { id: { in: absenceIds } } })).map((row) => [row.id, row]),
  );
  let changed = 0;
  for (const row of arrangements) {
    const absence = absences.get(Number(row.note!.slice('absence:'.length)));
    if (!absence) continue;
    const lastDay =
      absence.applicationStatus === 'withdrawn' || absence.applicationStatus === 'rejected'
        ? null
        : absence.endedOn
          ? addDays(calendarDateFromDb(absence.endedOn), -1)
          : absence.expectedEndOn
            ? calendarDateFromDb(absence.expectedEndOn)
            : undefined;
    if (lastDay === undefined) continue;
    const range = {
      kind: row.kind,
      firstMonth: monthFromDb(row.firstMonth),
      lastMonth: monthFromDb(row.lastMonth),
    };
    const fitted = fittedArrangement(range, lastDay, policy);
    if (fitted.outcome === 'kept') continue;
    changed += 1;
    if (fitted.outcome === 'ended') await tx.feeArrangement.delete({ where: { id: row.id } });
    else {
      await tx.feeArrangement.update({
        where: { id: row.id },
        data: { lastMonth: monthToDb(fitted.lastMonth) },
      });
    }
    const after = fitted.outcome === 'cut' ? { ...range, lastMonth: fitted.lastMonth } : null;
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: fitted.outcome === 'cut' ? 'fee.arrangement.cut' : 'fee.arrangement.ended',
      entity: 'FeeArrangement',
      entityId: row.id,
      before: { ...range, absenceId: absence.id },
      after: after ? { ...after, absenceId: absence.id } : { absenceId: absence.id },
      at: now,
    });
    await enqueueMessage(tx, {
      key: `fee-arrangement:${row.id}:${fitted.outcome === 'cut' ? `cut:${fitted.lastMonth}` : 'ended'}`,
      memberId,
      messageKey:
        fitted.outcome === 'cut' ? 'decision-fee-arrangement-cut' : 'decision-fee-arrangement-ended',
      args: {
        kind: row.kind,
        from: range.firstMonth,
        to: fitted.outcome === 'cut' ? fitted.lastMonth : range.lastMonth,
      },
      dueAt: now,
    });
  }
  return changed;
}

/** The cell's secretary, or its deputies when it has no secretary, who can be told in a chat. */
export async function cellLeadersToTell(tx: Tx, cellId: number): Promise<Array<{ id: number }>> {
  const leaders = await tx.member.findMany({
    where: {
      cellId,
      role: { in: ['secretary', 'deputy_secretary'] },
      status: { notIn: ['transferred', 'removed', 'left'] },
      identities: { some: {} },
    },
    select: { id: true, role: true },
    orderBy: { id: 'asc' },
  });
  const secretaries = leaders.filter((leader) => leader.role === 'secretary');
  return secretaries.length > 0 ? secretaries : leaders;
}

function owedOf(row: AbsenceRow, policy: Policy): ReturnOwed | null {
  const reportMissing = (row.returnReport ?? '').trim() === '';
  const hostReviewMissing =
    policy.return.hostReviewAbroad &&
    row.kind === 'abroad' &&
    row.returnReportStoredFileId === null &&
    row.returnReportFileId === null;
  if (!reportMissing && !hostReviewMissing) return null;
  return {
    absenceId: row.id,
    kind: row.kind,
    endedOn: calendarDateFromDb(row.endedOn!),
    reportMissing,
    hostReviewMissing,
  };
}

/** The member's latest absence whose end homecell recorded, while nothing newer is open. */
async function latestReturn(db: Tx | Database, memberId: number): Promise<AbsenceRow | null> {
  const [latest, open] = await Promise.all([
    db.absence.findFirst({
      where: { memberId, endedOn: { not: null }, returnedAt: { not: null } },
      orderBy: [{ endedOn: 'desc' }, { startsOn: 'desc' }, { id: 'desc' }],
    }),
    db.absence.findFirst({ where: { memberId, ...OPEN }, select: { id: true } }),
  ]);
  return latest && !open ? latest : null;
}

export class AbsenceChangeRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** The absence the member may renew now (approved, with an end date, in force, no renewal filed yet). */
  async renewable(memberId: number, now = this.clock()): Promise<RenewableResult> {
    const member = await this.db.member.findUniqueOrThrow({ where: { id: memberId } });
    const open = await this.db.absence.findMany({ where: { memberId, ...OPEN } });
    return renewableOf(open, today(now, member.timezone), this.policy);
  }

  /**
   * Files a renewal: a new application from the day after the current end, same place, work and reason, with the
   * new end date; it goes through the same steps as the first (the cell proposes, the deciding level decides).
   */
  async fileRenewal(
    memberId: number,
    input: { expectedEndOn: CalendarDate; sourceKey: string; now?: Date },
  ): Promise<RenewalResult> {
    const now = input.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<RenewalResult> => {
      const member = await lockMember(tx, memberId);
      const earlier = await tx.absence.findUnique({ where: { sourceKey: input.sourceKey } });
      if (earlier?.arrangement && earlier.expectedEndOn) {
        return {
          outcome: 'filed',
          absenceId: earlier.id,
          arrangement: earlier.arrangement,
          startsOn: calendarDateFromDb(earlier.startsOn),
          expectedEndOn: calendarDateFromDb(earlier.expectedEndOn),
          duplicate: true,
        };
      }
      const open = await tx.absence.findMany({ where: { memberId, ...OPEN } });
      const renewable = renewableOf(open, today(now, member.timezone), this.policy);
      if (renewable.outcome === 'refused') return renewable;
      const current = renewable.absence;
      const endsOn = input.expectedEndOn;
      if (
        !isCalendarDate(endsOn) ||
        endsOn <= current.expectedEndOn ||
        endsOn > current.latestEndOn ||
        wholeMonthsFrom(current.renewalStartsOn, endsOn) >=
          (current.arrangement === 'temporary_exemption'
            ? this.policy.exemption.maxMonths
            : this.policy.departure.temporaryTransferMaxMonths)
      ) {
        return { outcome: 'refused', reason: 'bad-end-date' };
      }
      const source = open.find((absence) => absence.id === current.id)!;
      const renewal = await tx.absence.create({
        data: {
          memberId,
          kind: source.kind,
          place: source.place,
          countryCode: source.countryCode,
          mobile: source.mobile,
          organisationThere: source.organisationThere,
          startsOn: calendarDateToDb(current.renewalStartsOn),
          expectedEndOn: calendarDateToDb(endsOn),
          arrangement: source.arrangement,
          reason: source.reason,
          applicationStatus: 'submitted',
          renewsAbsenceId: source.id,
          sourceKey: input.sourceKey,
          createdAt: now,
          updatedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.renewal.filed',
        entity: 'Absence',
        entityId: renewal.id,
        after: {
          renewsAbsenceId: source.id,
          arrangement: source.arrangement,
          startsOn: current.renewalStartsOn,
          expectedEndOn: endsOn,
        },
        at: now,
      });
      return {
        outcome: 'filed',
        absenceId: renewal.id,
        arrangement: current.arrangement,
        startsOn: current.renewalStartsOn,
        expectedEndOn: endsOn,
        duplicate: false,
      };
    });
  }

  /** What the member's latest return still owes the cell, or null. */
  async returnOwed(memberId: number): Promise<ReturnOwed | null> {
    const latest = await latestReturn(this.db, memberId);
    return latest ? owedOf(latest, this.policy) : null;
  }

  /** The report (and/or the host organisation's confirmed review) sent after the return; the cell is told. */
  async completeReturn(
    memberId: number,
    input: {
      report?: string | null;
      /** Kept by homecell (records.storedFiles). */
      hostReviewStoredFileId?: number | null;
      /** A draft from before files were kept (issue 12): the channel's file id. */
      hostReviewFileId?: string | null;
      sourceKey: string;
      now?: Date;
    },
  ): Promise<CompleteReturnResult> {
    const now = input.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<CompleteReturnResult> => {
      await lockMember(tx, memberId);
      const earlier = await tx.auditEvent.findFirst({
        where: {
          action: 'absence.return-report.sent',
          actorId: memberId,
          after: { path: ['sourceKey'], equals: input.sourceKey },
        },
      });
      if (earlier?.entityId) {
        const row = await tx.absence.findUniqueOrThrow({ where: { id: Number(earlier.entityId) } });
        return {
          outcome: 'completed',
          absenceId: row.id,
          stillOwed: owedOf(row, this.policy),
          duplicate: true,
        };
      }
      const latest = await latestReturn(tx, memberId);
      const owed = latest ? owedOf(latest, this.policy) : null;
      if (!latest || !owed) return { outcome: 'refused', reason: 'nothing-owed' };
      const report = (input.report ?? '').trim();
      const data: Prisma.AbsenceUpdateInput = { updatedAt: now };
      if (report !== '' && owed.reportMissing) data.returnReport = report;
      if (input.hostReviewStoredFileId)
        data.returnReportStoredFile = { connect: { id: input.hostReviewStoredFileId } };
      else if (input.hostReviewFileId) data.returnReportFileId = input.hostReviewFileId;
      const hostReviewSent =
        data.returnReportStoredFile !== undefined || data.returnReportFileId !== undefined;
      if (data.returnReport === undefined && !hostReviewSent)
        return { outcome: 'refused', reason: 'nothing-sent' };
      const row = await tx.absence.update({ where: { id: latest.id }, data });
      const member = await tx.member.findUniqueOrThrow({
        where: { id: memberId },
        select: { fullName: true, cellId: true },
      });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'absence.return-report.sent',
        entity: 'Absence',
        entityId: row.id,
        before: { reportMissing: owed.reportMissing, hostReviewMissing: owed.hostReviewMissing },
        after: {
          report: data.returnReport !== undefined,
          hostReview: hostReviewSent,
          sourceKey: input.sourceKey,
        },
        at: now,
      });
      for (const leader of await cellLeadersToTell(tx, member.cellId)) {
        await enqueueMessage(tx, {
          key: `return-report:${row.id}:${input.sourceKey}:${leader.id}`,
          memberId: leader.id,
          messageKey: 'return-report-received-secretary',
          args: {
            member: member.fullName,
            returnedOn: calendarDateFromDb(row.endedOn!),
            report: data.returnReport !== undefined ? 'yes' : 'no',
            hostReview: hostReviewSent ? 'yes' : 'no',
          },
          dueAt: now,
        });
      }
      return {
        outcome: 'completed',
        absenceId: row.id,
        stillOwed: owedOf(row, this.policy),
        duplicate: false,
      };
    });
  }

  /**
   * The cell records the end of a member's absence (on or before today: the member is home from that day) or an
   * earlier end date of an exemption still running (shortened). Fee arrangements are fitted; the member is told.
   */
  async endByCell(
    actorId: number,
    memberId: number,
    day: CalendarDate,
    now = this.clock(),
  ): Promise<EndByCellResult> {
    return this.db.$transaction(async (tx): Promise<EndByCellResult> => {
      const allowed = await authorizeCellDecision(
        tx,
        actorId,
        memberId,
        'absence.end',
        { memberId, day },
        now,
      );
      if ('outcome' in allowed) return allowed;
      const { actor, member } = allowed;
      const locked = await lockMember(tx, memberId);
      if (!isCalendarDate(day)) return { outcome: 'refused', reason: 'bad-date' };
      const memberToday = today(now, locked.timezone);
      const open = await tx.absence.findMany({ where: { memberId, ...OPEN } });
      const { current } = inForceAndLater(open, memberToday);
      if (!current) return { outcome: 'refused', reason: 'no-open-absence' };
      if (day < calendarDateFromDb(current.startsOn))
        return { outcome: 'refused', reason: 'before-departure' };

      const actorRef = { id: actor.id, label: actor.fullName };
      let outcome: 'ended' | 'shortened';
      if (day <= memberToday) {
        const { ended, withdrawn } = await endAbsencesOn(tx, memberId, day, now);
        outcome = 'ended';
        await recordAudit(tx, {
          actorId: actor.id,
          actorLabel: actor.fullName,
          action: 'absence.ended-by-cell',
          entity: 'Absence',
          entityId: current.id,
          before: {
            endedOn: null,
            expectedEndOn: current.expectedEndOn ? calendarDateFromDb(current.expectedEndOn) : null,
          },
          after: { endedOn: day, ended: ended.map((row) => row.id), withdrawn },
          at: now,
        });
      } else {
        const endsOn = current.expectedEndOn ? calendarDateFromDb(current.expectedEndOn) : null;
        if (endsOn !== null && day >= endsOn) return { outcome: 'refused', reason: 'not-earlier' };
        const later = open.filter((absence) => absence.startsOn > current.startsOn);
        if (later.length > 0) {
          // A renewal filed to follow the old end would leave a gap: it is withdrawn, and can be filed again.
          await tx.absence.updateMany({
            where: { id: { in: later.map((absence) => absence.id) } },
            data: { applicationStatus: 'withdrawn', withdrawnAt: now, updatedAt: now },
          });
        }
        await tx.absence.update({
          where: { id: current.id },
          data: { expectedEndOn: calendarDateToDb(day), updatedAt: now },
        });
        outcome = 'shortened';
        await recordAudit(tx, {
          actorId: actor.id,
          actorLabel: actor.fullName,
          action: 'absence.shortened',
          entity: 'Absence',
          entityId: current.id,
          before: { expectedEndOn: endsOn },
          after: { expectedEndOn: day, withdrawn: later.map((absence) => absence.id) },
          at: now,
        });
      }
      const decision = await tx.decision.create({
        data: {
          unitId: member.cellId,
          memberId,
          kind: 'absence-end',
          subjectType: 'Absence',
          subjectId: current.id,
          outcome,
          decidedById: actor.id,
          decidedAt: now,
        },
        select: { id: true },
      });
      await enqueueMessage(tx, {
        key: `decision:${decision.id}`,
        memberId,
        messageKey: outcome === 'ended' ? 'decision-absence-ended' : 'decision-absence-shortened',
        args: { day, days: this.policy.return.reportWithinDays },
        dueAt: now,
      });
      const arrangementsFitted = await fitFeeArrangements(tx, memberId, this.policy, actorRef, now);
      return { outcome, absenceId: current.id, memberName: member.fullName, day, arrangementsFitted };
    });
  }
}
