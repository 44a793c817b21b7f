// The year-end self-review: drafts saved as the member writes, one submission inside the policy window.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Policy } from '../domain/policy';
import {
  REVIEW_SECTIONS,
  REVIEW_SECTION_MAX_CHARS,
  reviewSectionProblem,
  reviewWindow,
  reviewWindowState,
  type ReviewSection,
  type ReviewSections,
} from '../domain/review';
import type { Prisma, Rating, ReviewStatus } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { lockMember } from './checkins';
import { stateOfMember } from './dated-facts';

export interface ReviewExtras {
  workplaceCommentText?: string | null;
  /** A photo or document of the workplace's or local authority's comment, kept by homecell (records.storedFiles). */
  workplaceCommentStoredFileId?: number | null;
  /** A draft from before files were kept (issue 12) holds the channel's file id instead. */
  workplaceCommentFileId?: string | null;
  selfRating?: Rating | null;
}

export interface ReviewContent extends ReviewExtras {
  sections: ReviewSections;
}

export interface ReviewView {
  id: number;
  memberId: number;
  year: number;
  sections: ReviewSections;
  workplaceCommentText: string | null;
  workplaceCommentStoredFileId: number | null;
  workplaceCommentFileId: string | null;
  selfRating: Rating | null;
  cellRating: Rating | null;
  status: ReviewStatus;
  submittedAt: string | null;
}

type ContentProblem =
  { reason: 'section-too-long' | 'section-missing'; section: ReviewSection } | { reason: 'comment-too-long' };

export type ReviewDraftResult =
  | { outcome: 'saved'; review: ReviewView }
  | ({ outcome: 'refused' } & (ContentProblem | { reason: 'already-submitted' }));

export type ReviewSubmitResult =
  | { outcome: 'submitted'; review: ReviewView; duplicate: boolean }
  | ({ outcome: 'refused' } & (
      ContentProblem | { reason: 'review-not-open' | 'review-closed' | 'already-submitted' | 'review-exempt' }
    ));

export class ReviewRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** Saves what the member has written so far; given fields replace the stored ones, missing ones stay. */
  async saveDraft(
    memberId: number,
    year: number,
    sections: Partial<ReviewSections>,
    extras: ReviewExtras = {},
  ): Promise<ReviewDraftResult> {
    const problem = contentProblem(sections, extras, false);
    if (problem) return { outcome: 'refused', ...problem };
    const now = this.clock();
    return this.db.$transaction(async (tx): Promise<ReviewDraftResult> => {
      await lockMember(tx, memberId);
      const before = await tx.review.findUnique({ where: { memberId_year: { memberId, year } } });
      if (before && before.status !== 'draft') return { outcome: 'refused', reason: 'already-submitted' };
      const merged = { ...sectionsOf(before?.sections ?? {}), ...definedOnly(sections) };
      const data = { sections: merged, ...definedOnly(extras), updatedAt: now };
      const saved = before
        ? await tx.review.update({ where: { id: before.id }, data })
        : await tx.review.create({ data: { memberId, year, status: 'draft', ...data, createdAt: now } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'review.draft-saved',
        entity: 'Review',
        entityId: saved.id,
        before: before ? toView(before) : undefined,
        after: toView(saved),
        at: now,
      });
      return { outcome: 'saved', review: toView(saved) };
    });
  }

  /** Submits the review; refused outside the window (member's zone), once submitted, or for an exempt member. */
  async submit(
    memberId: number,
    year: number,
    content: ReviewContent,
    options: { sourceKey: string; now?: Date },
  ): Promise<ReviewSubmitResult> {
    const now = options.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<ReviewSubmitResult> => {
      const member = await lockMember(tx, memberId);
      const earlier = await tx.review.findUnique({ where: { submittedSourceKey: options.sourceKey } });
      if (earlier) return { outcome: 'submitted', review: toView(earlier), duplicate: true };

      const window = reviewWindowState(now, reviewWindow(year, member.timezone, this.policy));
      if (window === 'not-open') return { outcome: 'refused', reason: 'review-not-open' };
      if (window === 'closed') return { outcome: 'refused', reason: 'review-closed' };
      const before = await tx.review.findUnique({ where: { memberId_year: { memberId, year } } });
      // "Miễn đánh giá" is a full exemption in force (or a review the cell marked exempt); a temporary exemption
      // while away still sends the written review.
      const exempt = before?.status === 'exempt' || (await stateOfMember(tx, memberId, now)).fullExemption;
      if (exempt) return { outcome: 'refused', reason: 'review-exempt' };
      if (before && before.status !== 'draft') return { outcome: 'refused', reason: 'already-submitted' };
      const problem = contentProblem(content.sections, content, true);
      if (problem) return { outcome: 'refused', ...problem };

      const data = {
        sections: sectionsOf(content.sections),
        workplaceCommentText: content.workplaceCommentText ?? null,
        workplaceCommentStoredFileId: content.workplaceCommentStoredFileId ?? null,
        workplaceCommentFileId: content.workplaceCommentFileId ?? null,
        selfRating: content.selfRating ?? null,
        status: 'submitted' as const,
        submittedAt: now,
        submittedSourceKey: options.sourceKey,
        updatedAt: now,
      };
      const saved = before
        ? await tx.review.update({ where: { id: before.id }, data })
        : await tx.review.create({ data: { memberId, year, ...data, createdAt: now } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'review.submitted',
        entity: 'Review',
        entityId: saved.id,
        before: before ? toView(before) : undefined,
        after: toView(saved),
        at: now,
      });
      return { outcome: 'submitted', review: toView(saved), duplicate: false };
    });
  }

  async forYear(memberId: number, year: number): Promise<ReviewView | null> {
    const review = await this.db.review.findUnique({ where: { memberId_year: { memberId, year } } });
    return review ? toView(review) : null;
  }
}

function contentProblem(
  sections: Partial<ReviewSections>,
  extras: ReviewExtras,
  requireAll: boolean,
): ContentProblem | undefined {
  const sectionProblem = reviewSectionProblem(sections, { requireAll });
  if (sectionProblem) {
    return {
      reason: sectionProblem.problem === 'too-long' ? 'section-too-long' : 'section-missing',
      section: sectionProblem.section,
    };
  }
  if ((extras.workplaceCommentText?.length ?? 0) > REVIEW_SECTION_MAX_CHARS)
    return { reason: 'comment-too-long' };
  return undefined;
}

/** The four sections as stored JSON, each a string (empty when not written yet). */
function sectionsOf(stored: Prisma.JsonValue | Partial<ReviewSections>): ReviewSections {
  const source = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  const entries = REVIEW_SECTIONS.map((section) => {
    const text = (source as Record<string, unknown>)[section];
    return [section, typeof text === 'string' ? text : ''] as const;
  });
  return Object.fromEntries(entries) as ReviewSections;
}

/** Keeps the keys the caller set, so a draft save of one section leaves the others alone. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}

function toView(row: Prisma.ReviewGetPayload<object>): ReviewView {
  return {
    id: row.id,
    memberId: row.memberId,
    year: row.year,
    sections: sectionsOf(row.sections),
    workplaceCommentText: row.workplaceCommentText,
    workplaceCommentStoredFileId: row.workplaceCommentStoredFileId,
    workplaceCommentFileId: row.workplaceCommentFileId,
    selfRating: row.selfRating,
    cellRating: row.cellRating,
    status: row.status,
    submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
  };
}
