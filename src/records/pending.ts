// What awaits a cell's decision, oldest first, and one item in full for the secretary who opens it.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { REVIEW_SECTIONS, type ReviewSections } from '../domain/review';
import type {
  AbsenceKind,
  Arrangement,
  FeeMethod,
  Prisma,
  Rating,
  RequestKind,
  ReviewStatus,
} from '../generated/prisma/client';
import { isCellLeader, loadActor, recordDenied, type AccessRefusal } from './access';
import { recordAudit } from './audit';
import { DECIDED_ARRANGEMENTS } from './decisions/absences';
import { loadPendingItem } from './pending-detail';

export const PENDING_KINDS = ['application', 'fee', 'review', 'request'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

export interface PendingEntry {
  kind: PendingKind;
  id: number;
  memberId: number;
  memberName: string;
  /** When it started waiting (filed, declared, submitted), ISO. */
  since: string;
  /** A word on what it is: the arrangement, the request kind, 'absent' for a review to rate later. */
  detail: string;
}

export type PendingDetail =
  | {
      kind: 'application';
      id: number;
      memberName: string;
      arrangement: Arrangement;
      absenceKind: AbsenceKind;
      place: string | null;
      countryCode: string;
      mobile: boolean;
      organisationThere: boolean | null;
      startsOn: string;
      expectedEndOn: string | null;
      reason: string | null;
      filedAt: string;
    }
  | {
      kind: 'fee';
      id: number;
      memberName: string;
      months: string[];
      amountMinor: number;
      currency: string;
      method: FeeMethod;
      receiptFileId: string | null;
      monthlyFeeVnd: number;
      declaredAt: string;
    }
  | {
      kind: 'review';
      id: number;
      memberName: string;
      year: number;
      status: ReviewStatus;
      sections: ReviewSections;
      workplaceCommentText: string | null;
      workplaceCommentFileId: string | null;
      selfRating: Rating | null;
      submittedAt: string | null;
    }
  | {
      kind: 'request';
      id: number;
      memberName: string;
      requestKind: RequestKind;
      text: string;
      createdAt: string;
    };

export type PendingListResult =
  { outcome: 'listed'; entries: PendingEntry[] } | { outcome: 'refused'; reason: AccessRefusal };
export type PendingDetailResult =
  { outcome: 'found'; detail: PendingDetail } | { outcome: 'refused'; reason: AccessRefusal };

const member = { select: { id: true, fullName: true } } as const;

export class PendingRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async listFor(actorId: number): Promise<PendingListResult> {
    const actor = await loadActor(this.db, actorId);
    if (!actor || !isCellLeader(actor)) {
      await recordDenied(this.db, {
        actorId,
        action: 'pending.list',
        reason: 'not-allowed',
        at: this.clock(),
      });
      return { outcome: 'refused', reason: 'not-allowed' };
    }
    const inCell = { member: { cellId: actor.cellId } };
    const [applications, fees, reviews, requests] = await Promise.all([
      this.db.absence.findMany({
        where: {
          ...inCell,
          applicationStatus: 'submitted',
          endedOn: null,
          arrangement: { in: [...DECIDED_ARRANGEMENTS] },
        },
        select: { id: true, createdAt: true, arrangement: true, member },
      }),
      this.db.feePayment.findMany({
        where: { ...inCell, status: 'declared' },
        select: { id: true, declaredAt: true, member },
      }),
      this.db.review.findMany({
        where: { ...inCell, status: { in: ['submitted', 'absent_rate_later'] } },
        select: { id: true, submittedAt: true, updatedAt: true, status: true, year: true, member },
      }),
      this.db.request.findMany({
        where: { ...inCell, status: 'open' },
        select: { id: true, createdAt: true, kind: true, member },
      }),
    ]);
    const entry = (
      kind: PendingKind,
      row: { id: number; member: { id: number; fullName: string } },
      since: Date,
      detail: string,
    ): PendingEntry => ({
      kind,
      id: row.id,
      memberId: row.member.id,
      memberName: row.member.fullName,
      since: since.toISOString(),
      detail,
    });
    const entries = [
      ...applications.map((row) => entry('application', row, row.createdAt, row.arrangement ?? '')),
      ...fees.map((row) => entry('fee', row, row.declaredAt, '')),
      ...reviews.map((row) =>
        entry(
          'review',
          row,
          row.submittedAt ?? row.updatedAt,
          row.status === 'absent_rate_later' ? 'absent' : String(row.year),
        ),
      ),
      ...requests.map((row) => entry('request', row, row.createdAt, row.kind)),
    ];
    // Oldest first; ties in a stable order so pages do not shuffle between two presses.
    entries.sort((a, b) => a.since.localeCompare(b.since) || a.kind.localeCompare(b.kind) || a.id - b.id);
    return { outcome: 'listed', entries };
  }

  /** One item in full; opening it is a read of another member's record, so it is audited. */
  async detailFor(actorId: number, kind: PendingKind, id: number): Promise<PendingDetailResult> {
    const detail = await loadPendingItem(this.db, kind, id);
    const actor = await loadActor(this.db, actorId);
    const refuse = async (reason: AccessRefusal): Promise<PendingDetailResult> => {
      await recordDenied(this.db, {
        actorId,
        action: `pending.${kind}.read`,
        reason,
        target: { kind, id },
        at: this.clock(),
      });
      return { outcome: 'refused', reason };
    };
    if (!actor || !isCellLeader(actor)) return refuse('not-allowed');
    if (!detail) return refuse('not-found');
    if (detail.cellId !== actor.cellId) return refuse('out-of-scope');
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action: 'record.read',
      entity: subjectOf(kind),
      entityId: id,
      after: { memberId: detail.memberId, view: `pending.${kind}` },
      at: this.clock(),
    });
    return { outcome: 'found', detail: detail.view };
  }

  /**
   * Whether an item still awaits the actor's cell, checked before asking the secretary to type a reason; a
   * refusal is audited like any other. The decision itself checks again.
   */
  async stillPending(
    actorId: number,
    kind: PendingKind,
    id: number,
  ): Promise<
    | { outcome: 'pending'; memberName: string }
    | { outcome: 'decided' }
    | { outcome: 'refused'; reason: AccessRefusal }
  > {
    const actor = await loadActor(this.db, actorId);
    const found = await loadPendingItem(this.db, kind, id);
    const refuse = async (reason: AccessRefusal) => {
      await recordDenied(this.db, {
        actorId,
        action: `pending.${kind}.decide`,
        reason,
        target: { kind, id },
        at: this.clock(),
      });
      return { outcome: 'refused' as const, reason };
    };
    if (!actor || !isCellLeader(actor)) return refuse('not-allowed');
    if (!found) return refuse('not-found');
    if (found.cellId !== actor.cellId) return refuse('out-of-scope');
    return found.open ? { outcome: 'pending', memberName: found.view.memberName } : { outcome: 'decided' };
  }
}

function subjectOf(kind: PendingKind): string {
  return { application: 'Absence', fee: 'FeePayment', review: 'Review', request: 'Request' }[kind];
}

export function sectionsOf(stored: Prisma.JsonValue): ReviewSections {
  const source = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  return Object.fromEntries(
    REVIEW_SECTIONS.map((section) => {
      const text = (source as Record<string, unknown>)[section];
      return [section, typeof text === 'string' ? text : ''];
    }),
  ) as ReviewSections;
}
