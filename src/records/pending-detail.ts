// One pending item as the cell (or the deciding unit's officer) sees it, with whom it belongs to and where it is.
import type { Database } from '../db/client';
import { decidingLevelOf, type ApplicationStage } from '../domain/applications';
import { calendarDateFromDb, monthFromDb } from '../domain/periods';
import type { Policy } from '../domain/policy';
import { DECIDED_ARRANGEMENTS } from './decisions/absences';
import { sectionsOf, type PendingDetail, type PendingKind } from './pending';

export interface PendingItem {
  cellId: number;
  memberId: number;
  /** Still waiting for the member's cell. */
  open: boolean;
  view: PendingDetail;
  /** Applications: where it is, and the unit that decides it once proposed (officers decide what it covers). */
  stage?: ApplicationStage;
  decidingUnitPath?: string | null;
}

export async function loadPendingItem(
  db: Database,
  policy: Policy,
  kind: PendingKind,
  id: number,
): Promise<PendingItem | undefined> {
  const owner = { select: { id: true, fullName: true, cellId: true, monthlyFeeVnd: true } } as const;
  if (kind === 'application') {
    const row = await db.absence.findUnique({
      where: { id },
      include: {
        member: { select: { ...owner.select, cell: { select: { name: true } } } },
        decidingUnit: { select: { name: true, path: true } },
        renewsAbsence: { select: { expectedEndOn: true } },
      },
    });
    if (!row || !row.arrangement || !DECIDED_ARRANGEMENTS.includes(row.arrangement)) return undefined;
    const stage = row.endedOn === null ? row.applicationStatus : 'withdrawn';
    return {
      cellId: row.member.cellId,
      memberId: row.member.id,
      // Open for the cell while it is with the cell; the deciding unit's officers see `stage` and `decidingUnitPath`.
      open: stage === 'submitted',
      stage,
      decidingUnitPath: row.decidingUnit?.path ?? null,
      view: {
        kind,
        id,
        memberName: row.member.fullName,
        cellName: row.member.cell.name,
        arrangement: row.arrangement,
        stage,
        decidingLevel: decidingLevelOf(row.arrangement, policy),
        decidingUnitName: row.decidingUnit?.name ?? null,
        absenceKind: row.kind,
        place: row.place,
        countryCode: row.countryCode,
        mobile: row.mobile,
        organisationThere: row.organisationThere,
        startsOn: calendarDateFromDb(row.startsOn),
        expectedEndOn: row.expectedEndOn ? calendarDateFromDb(row.expectedEndOn) : null,
        renewsEndsOn: row.renewsAbsence?.expectedEndOn
          ? calendarDateFromDb(row.renewsAbsence.expectedEndOn)
          : null,
        reason: row.reason,
        filedAt: row.createdAt.toISOString(),
        proposalNote: row.proposalNote,
        proposedAt: row.proposedAt?.toISOString() ?? null,
        moreAskedQuestion: row.moreAskedQuestion,
        moreAskedAt: row.moreAskedAt?.toISOString() ?? null,
      },
    };
  }
  if (kind === 'fee') {
    const row = await db.feePayment.findUnique({
      where: { id },
      include: { member: owner, months: true },
    });
    if (!row) return undefined;
    return {
      cellId: row.member.cellId,
      memberId: row.member.id,
      open: row.status === 'declared',
      view: {
        kind,
        id,
        memberName: row.member.fullName,
        months: row.months.map((month) => monthFromDb(month.month)).sort(),
        amountMinor: row.amountMinor,
        currency: row.currency,
        method: row.method,
        receiptStoredFileId: row.receiptStoredFileId,
        receiptFileId: row.receiptFileId,
        monthlyFeeVnd: row.member.monthlyFeeVnd,
        declaredAt: row.declaredAt.toISOString(),
      },
    };
  }
  if (kind === 'review') {
    const row = await db.review.findUnique({ where: { id }, include: { member: owner } });
    if (!row) return undefined;
    return {
      cellId: row.member.cellId,
      memberId: row.member.id,
      open: row.status === 'submitted' || row.status === 'absent_rate_later',
      view: {
        kind,
        id,
        memberName: row.member.fullName,
        year: row.year,
        status: row.status,
        sections: sectionsOf(row.sections),
        workplaceCommentText: row.workplaceCommentText,
        workplaceCommentStoredFileId: row.workplaceCommentStoredFileId,
        workplaceCommentFileId: row.workplaceCommentFileId,
        selfRating: row.selfRating,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      },
    };
  }
  const row = await db.request.findUnique({ where: { id }, include: { member: owner } });
  if (!row) return undefined;
  return {
    cellId: row.member.cellId,
    memberId: row.member.id,
    open: row.status === 'open',
    view: {
      kind,
      id,
      memberName: row.member.fullName,
      requestKind: row.kind,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
    },
  };
}
