// What awaits a cell's decision (or, for a committee officer, the applications the cells proposed to their unit),
// oldest first, and one item in full for the secretary or officer who opens it.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { officerCovers, type ApplicationStage } from '../domain/applications';
import type { DecidingLevel, Policy } from '../domain/policy';
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
import { isCellLeader, loadActor, recordDenied, type AccessRefusal, type Actor } from './access';
import { recordAudit } from './audit';
import { DECIDED_ARRANGEMENTS } from './decisions/absences';
import { loadPendingItem, type PendingItem } from './pending-detail';

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
  /** For an officer: the cell that proposed it. */
  cellName?: string;
}

export type PendingDetail =
  | {
      kind: 'application';
      id: number;
      memberName: string;
      cellName: string;
      arrangement: Arrangement;
      /** With the cell ('submitted', perhaps sent back with a question), with the deciding unit, or decided. */
      stage: ApplicationStage;
      /** The level the policy says decides this kind: the cell's buttons follow it. */
      decidingLevel: DecidingLevel;
      /** The unit it was proposed to (or decided by). */
      decidingUnitName: string | null;
      absenceKind: AbsenceKind;
      place: string | null;
      countryCode: string;
      mobile: boolean;
      organisationThere: boolean | null;
      startsOn: string;
      expectedEndOn: string | null;
      /** A renewal: the end date of the absence it continues. */
      renewsEndsOn: string | null;
      reason: string | null;
      filedAt: string;
      /** The cell's resolution when it proposed the application. */
      proposalNote: string | null;
      proposedAt: string | null;
      /** The deciding unit's question when it sent the application back to the cell. */
      moreAskedQuestion: string | null;
      moreAskedAt: string | null;
    }
  | {
      kind: 'fee';
      id: number;
      memberName: string;
      months: string[];
      amountMinor: number;
      currency: string;
      method: FeeMethod;
      /** The receipt homecell keeps; receiptFileId is the Telegram file id of a declaration from before issue 12. */
      receiptStoredFileId: number | null;
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
      workplaceCommentStoredFileId: number | null;
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
    private readonly policy: Policy,
  ) {}

  async listFor(actorId: number): Promise<PendingListResult> {
    const actor = await loadActor(this.db, actorId);
    if (actor?.officerUnit)
      return { outcome: 'listed', entries: await this.proposedTo(actor.officerUnit.path) };
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
        select: { id: true, createdAt: true, moreAskedAt: true, arrangement: true, member },
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
      // An application sent back with a question waits again from then.
      ...applications.map((row) =>
        entry('application', row, row.moreAskedAt ?? row.createdAt, row.arrangement ?? ''),
      ),
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

  /** Applications the cells proposed to the officer's unit or a unit below it, oldest proposal first. */
  private async proposedTo(officerPath: string): Promise<PendingEntry[]> {
    const rows = await this.db.absence.findMany({
      where: {
        applicationStatus: 'proposed',
        endedOn: null,
        decidingUnit: { OR: [{ path: officerPath }, { path: { startsWith: `${officerPath}/` } }] },
      },
      select: {
        id: true,
        arrangement: true,
        proposedAt: true,
        createdAt: true,
        member: { select: { id: true, fullName: true, cell: { select: { name: true } } } },
      },
    });
    return rows
      .map((row) => ({
        kind: 'application' as const,
        id: row.id,
        memberId: row.member.id,
        memberName: row.member.fullName,
        since: (row.proposedAt ?? row.createdAt).toISOString(),
        detail: row.arrangement ?? '',
        cellName: row.member.cell.name,
      }))
      .sort((a, b) => a.since.localeCompare(b.since) || a.id - b.id);
  }

  /**
   * Who may see an item: the secretary or deputy of the member's cell; for an application also the officers of the
   * unit it was proposed to or of a unit above it.
   */
  private reach(actor: Actor | null, item: PendingItem | undefined): AccessRefusal | 'cell' | 'officer' {
    if (actor?.officerUnit) {
      if (!item) return 'not-found';
      if (item.view.kind !== 'application' || !item.decidingUnitPath) return 'out-of-scope';
      return officerCovers(actor.officerUnit.path, item.decidingUnitPath) ? 'officer' : 'out-of-scope';
    }
    if (!actor || !isCellLeader(actor)) return 'not-allowed';
    if (!item) return 'not-found';
    return item.cellId === actor.cellId ? 'cell' : 'out-of-scope';
  }

  /** One item in full; opening it is a read of another member's record, so it is audited. */
  async detailFor(actorId: number, kind: PendingKind, id: number): Promise<PendingDetailResult> {
    const item = await loadPendingItem(this.db, this.policy, kind, id);
    const actor = await loadActor(this.db, actorId);
    const reach = this.reach(actor, item);
    if (reach !== 'cell' && reach !== 'officer') {
      await recordDenied(this.db, {
        actorId,
        action: `pending.${kind}.read`,
        reason: reach,
        target: { kind, id },
        at: this.clock(),
      });
      return { outcome: 'refused', reason: reach };
    }
    await recordAudit(this.db, {
      actorId: actor!.id,
      actorLabel: actor!.fullName,
      action: 'record.read',
      entity: subjectOf(kind),
      entityId: id,
      after: { memberId: item!.memberId, view: `pending.${kind}` },
      at: this.clock(),
    });
    return { outcome: 'found', detail: item!.view };
  }

  /**
   * Whether an item still awaits the actor (the cell, or the officer's unit for a proposed application), checked
   * before asking for a typed reason; a refusal is audited like any other. The decision itself checks again.
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
    const item = await loadPendingItem(this.db, this.policy, kind, id);
    const reach = this.reach(actor, item);
    if (reach !== 'cell' && reach !== 'officer') {
      await recordDenied(this.db, {
        actorId,
        action: `pending.${kind}.decide`,
        reason: reach,
        target: { kind, id },
        at: this.clock(),
      });
      return { outcome: 'refused', reason: reach };
    }
    const open = reach === 'officer' ? item!.stage === 'proposed' : item!.open;
    return open ? { outcome: 'pending', memberName: item!.view.memberName } : { outcome: 'decided' };
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
