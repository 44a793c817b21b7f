// The year-end self-review (form 2C): its window in the member's zone and what a complete submission holds.
import { dayOfMonth, dayOfMonthStart, endOfDay, monthKey } from './periods';
import type { Policy } from './policy';

export const REVIEW_SECTIONS = ['strengths', 'shortcomings', 'progress', 'direction'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];
export type ReviewSections = Record<ReviewSection, string>;
/** Long enough for a page of form 2C per section, short enough for a phone keyboard and a chat message. */
export const REVIEW_SECTION_MAX_CHARS = 4000;

export interface ReviewWindow {
  year: number;
  opensAt: Date;
  /** Start of the cell's year-end meeting day: reviews are due before it. */
  dueAt: Date;
  /** End of the last day a review is accepted (late ones allow the catch-up rating of HD 21-HD/BTCTW). */
  closesAt: Date;
}

export type ReviewWindowState = 'not-open' | 'open' | 'past-due' | 'closed';

export function reviewWindow(year: number, zone: string, policy: Pick<Policy, 'review'>): ReviewWindow {
  const { opensMonth, opensDay, dueMonth, dueDay, closesMonth, closesDay } = policy.review;
  return {
    year,
    opensAt: dayOfMonthStart(monthKey(year, opensMonth), opensDay, zone),
    dueAt: dayOfMonthStart(monthKey(year, dueMonth), dueDay, zone),
    closesAt: endOfDay(dayOfMonth(monthKey(year, closesMonth), closesDay), zone),
  };
}

export function reviewWindowState(now: Date, window: ReviewWindow): ReviewWindowState {
  if (now < window.opensAt) return 'not-open';
  if (now < window.dueAt) return 'open';
  if (now < window.closesAt) return 'past-due';
  return 'closed';
}

export type ReviewSectionProblem = { section: ReviewSection; problem: 'too-long' | 'missing' };

/** The first section that is too long, or (for a submission) empty; undefined when all are fine. */
export function reviewSectionProblem(
  sections: Partial<Record<ReviewSection, string>>,
  options: { requireAll: boolean },
): ReviewSectionProblem | undefined {
  for (const section of REVIEW_SECTIONS) {
    const text = sections[section] ?? '';
    if (text.length > REVIEW_SECTION_MAX_CHARS) return { section, problem: 'too-long' };
    if (options.requireAll && text.trim() === '') return { section, problem: 'missing' };
  }
  return undefined;
}
