// The cell's rating of a submitted year-end review, or "absent from the meeting, rate later" (HD 21-HD/BTCTW 2019).
import type { Rating } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import { stateOfMember } from '../dated-facts';
import {
  authorizeCellDecision,
  decisionText,
  writeDecision,
  type DecisionRefusal,
  type Refused,
  type Tx,
} from './common';

export const RATINGS: readonly Rating[] = ['excellent', 'good', 'complete', 'incomplete'];

export type ReviewDecision = { rating: Rating; comment: string } | { absent: true };

export type ReviewDecisionResult =
  | {
      outcome: 'decided';
      decisionId: number;
      reviewId: number;
      memberName: string;
      year: number;
      rating: Rating | null;
    }
  | Refused<DecisionRefusal | 'invalid-rating' | 'member-exempt'>;

export async function decideReview(
  tx: Tx,
  actorId: number,
  reviewId: number,
  decision: ReviewDecision,
  now: Date,
): Promise<ReviewDecisionResult> {
  const rating = 'rating' in decision ? decision.rating : null;
  const action = rating ? 'review.rate' : 'review.absent';
  const review = await tx.review.findUnique({ where: { id: reviewId } });
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    review?.memberId ?? null,
    action,
    { reviewId },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  if (!review) return { outcome: 'refused', reason: 'not-found' };
  if (rating !== null && !RATINGS.includes(rating)) return { outcome: 'refused', reason: 'invalid-rating' };
  const comment = 'comment' in decision ? decisionText(decision.comment) : null;
  if (comment && 'outcome' in comment) return comment;
  // Absent members are rated once their review is in; "rate later" is not a second postponement.
  const open = rating ? ['submitted', 'absent_rate_later'] : ['submitted'];
  if (!open.includes(review.status)) return { outcome: 'refused', reason: 'already-decided' };
  // Members on a full exemption in force are not rated (DOMAIN duty 4); a temporary exemption is rated later.
  if ((await stateOfMember(tx, member.id, now)).fullExemption) {
    return { outcome: 'refused', reason: 'member-exempt' };
  }

  const claimed = await tx.review.updateMany({
    where: { id: review.id, status: review.status },
    data: rating
      ? {
          status: 'rated',
          cellRating: rating,
          cellComment: comment!.text,
          ratedById: actor.id,
          ratedAt: now,
          updatedAt: now,
        }
      : { status: 'absent_rate_later', updatedAt: now },
  });
  if (claimed.count === 0) return { outcome: 'refused', reason: 'already-decided' };

  const written = await writeDecision(tx, {
    actor,
    member,
    kind: 'review-rating',
    subjectType: 'Review',
    subjectId: review.id,
    outcome: rating ?? 'absent-rate-later',
    reason: comment?.text ?? null,
    now,
    message: rating
      ? { key: 'decision-review-rated', args: { year: String(review.year), rating, comment: comment!.text } }
      : { key: 'decision-review-rate-later', args: { year: String(review.year) } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: rating ? 'review.rated' : 'review.absent-rate-later',
    entity: 'Review',
    entityId: review.id,
    before: { status: review.status, cellRating: review.cellRating, memberId: member.id },
    after: {
      status: rating ? 'rated' : 'absent_rate_later',
      cellRating: rating,
      cellComment: comment?.text ?? null,
      ratedById: rating ? actor.id : null,
      ratedAt: rating ? now : null,
      memberId: member.id,
      decisionId: written.id,
    },
    at: now,
  });
  return {
    outcome: 'decided',
    decisionId: written.id,
    reviewId: review.id,
    memberName: member.fullName,
    year: review.year,
    rating,
  };
}
