// One pending item as the cell sees it, with the cell it belongs to and whether it still awaits a decision.
import type { Database } from '../db/client';
import { calendarDateFromDb, monthFromDb } from '../domain/periods';
import { DECIDED_ARRANGEMENTS } from './decisions/absences';
import { sectionsOf, type PendingDetail, type PendingKind } from './pending';

export async function loadPendingItem(
  db: Database,
  kind: PendingKind,
  id: number,
): Promise<{ cellId: number; memberId: number; open: boolean; view: PendingDetail } | undefined> {
  const owner = { select: { id: true, fullName: true, cellId: true, monthlyFeeVnd: true } } as const;
  if (kind === 'application') {
    const row = await db.absence.findUnique({ where: { id }, include: { member: owner } });
    if (!row || !row.arrangement) return undefined;
    return {
      cellId: row.member.cellId,
      memberId: row.member.id,
      open:
        row.applicationStatus === 'submitted' &&
        row.endedOn === null &&
        DECIDED_ARRANGEMENTS.includes(row.arrangement),
      view: {
        kind,
        id,
        memberName: row.member.fullName,
        arrangement: row.arrangement,
        absenceKind: row.kind,
        place: row.place,
        countryCode: row.countryCode,
        mobile: row.mobile,
        organisationThere: row.organisationThere,
        startsOn: calendarDateFromDb(row.startsOn),
        expectedEndOn: row.expectedEndOn ? calendarDateFromDb(row.expectedEndOn) : null,
        reason: row.reason,
        filedAt: row.createdAt.toISOString(),
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
