// The year-end self-review, form 2C (DOMAIN duty 4, product rule 7): four sections, the workplace's comment, a self-rating.
import { formatDate } from '../../presentation/formats';
import { currentMonth, isoIn } from '../../domain/periods';
import {
  REVIEW_SECTIONS,
  REVIEW_SECTION_MAX_CHARS,
  reviewWindow,
  reviewWindowState,
} from '../../domain/review';
import type { ReviewSection } from '../../domain/review';
import type { Rating } from '../../generated/prisma/client';
import { fileAnswer, textAnswer } from '../answers';
import type { Answers, FormDefinition, FormEnv, StepDefinition, SubmitResult } from '../types';

export const RATINGS: readonly Rating[] = ['excellent', 'good', 'complete', 'incomplete'];

/** The review year is the calendar year in the member's own zone. */
const reviewYear = (env: FormEnv) => Number(currentMonth(env.now, env.member.timezone).slice(0, 4));

function windowOf(env: FormEnv) {
  const window = reviewWindow(reviewYear(env), env.member.timezone, env.records.policy);
  return { window, state: reviewWindowState(env.now, window) };
}

/** A section the member already saved as a draft is offered back as one tap. */
function savedSection(section: ReviewSection) {
  return async (_answers: Answers, env: FormEnv): Promise<string | undefined> => {
    const saved = await env.records.reviews.forYear(env.member.id, reviewYear(env));
    const text = saved?.status === 'draft' ? saved.sections[section] : '';
    return text ? text : undefined;
  };
}

/** Part 3's prompt says "if none, write “Không có”" (form 2C): there that answer is a complete one. */
const NONE_ALLOWED: readonly ReviewSection[] = ['progress'];

const sectionSteps: StepDefinition[] = REVIEW_SECTIONS.map((section) => ({
  id: section,
  kind: 'text',
  promptKey: `review-ask-${section}`,
  labelKey: `review-label-${section}`,
  minLength: (env: FormEnv) => env.records.policy.review.sectionMinChars,
  acceptsNone: NONE_ALLOWED.includes(section),
  tooShortKey: `review-error-too-short-${section}`,
  maxLength: REVIEW_SECTION_MAX_CHARS,
  multiMessage: true,
  prefill: savedSection(section),
  prefillLabelKey: 'review-keep-draft',
}));

export const reviewForm: FormDefinition = {
  id: 'review',
  titleKey: 'review-title',
  command: 'review',
  onStartCheck: async (env) => {
    const standing = await env.records.standing.standingOf(env.member.id, env.now);
    switch (standing.review.status) {
      case 'exempt':
        return 'review-exempt';
      case 'submitted':
      case 'rated':
      case 'absent-rate-later':
        return 'review-already-submitted';
      case 'missed':
        return 'review-closed';
      default:
        return undefined;
    }
  },
  steps: [
    ...sectionSteps,
    {
      id: 'commentText',
      kind: 'text',
      promptKey: 'review-ask-comment-text',
      labelKey: 'review-label-comment-text',
      optional: true,
      maxLength: REVIEW_SECTION_MAX_CHARS,
      multiMessage: true,
    },
    {
      id: 'commentFile',
      kind: 'document',
      promptKey: 'review-ask-comment-file',
      labelKey: 'review-label-comment-file',
      optional: true,
    },
    {
      id: 'selfRating',
      kind: 'choice',
      promptKey: 'review-ask-self-rating',
      labelKey: 'review-label-self-rating',
      options: RATINGS.map((value) => ({ value, labelKey: `review-rating-${value}` })),
    },
  ],
  submit: async (answers, env, idempotencyKey): Promise<SubmitResult> => {
    const commentText = textAnswer(answers, 'commentText') ?? null;
    const commentFile = fileAnswer(answers, 'commentFile');
    // Form 2C carries the comment of the workplace or local authority: typed, photographed, or both.
    if (!commentText && !commentFile) return { refusedKey: 'review-refused-comment-missing' };
    const sections = Object.fromEntries(
      REVIEW_SECTIONS.map((section) => [section, textAnswer(answers, section) ?? '']),
    ) as Record<ReviewSection, string>;
    const content = {
      sections,
      workplaceCommentText: commentText,
      workplaceCommentStoredFileId: commentFile?.storedFileId ?? null,
      workplaceCommentFileId: commentFile?.fileId ?? null,
      selfRating: (textAnswer(answers, 'selfRating') as Rating | undefined) ?? null,
    };
    const year = reviewYear(env);
    const { window, state } = windowOf(env);
    if (state === 'not-open') {
      // Drafts are welcome any time; submission waits for the window, so the text is kept in the records.
      const saved = await env.records.reviews.saveDraft(env.member.id, year, content.sections, content);
      if (saved.outcome === 'refused') return { refusedKey: `review-refused-${saved.reason}` };
      return {
        reference: `REV-${year}-${saved.review.id}`,
        ackKey: 'review-ack-draft',
        ackArgs: { opens: formatDate(isoIn(window.opensAt, env.member.timezone).slice(0, 10), env.locale) },
      };
    }
    const result = await env.records.reviews.submit(env.member.id, year, content, {
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `review-refused-${result.reason}` };
    return {
      reference: `REV-${year}-${result.review.id}`,
      ackKey: 'review-ack',
      ackArgs: { year: String(year), late: state === 'past-due' ? 'yes' : 'no' },
    };
  },
};
