// Party fee rules: which months of a year are unpaid past due, which a member may pay now, and the stage they reach.
import {
  addMonths,
  currentMonth,
  monthKey,
  monthOf,
  monthRange,
  monthsFrom,
  type CalendarDate,
  type MonthKey,
} from './periods';
import type { Policy } from './policy';

export type FeeStatus = 'declared' | 'confirmed' | 'disputed';

/** A month some payment covers, with that payment's status. */
export interface PaidMonth {
  month: MonthKey;
  status: FeeStatus;
}

/** A cell's approval to pay late or in advance for a range of months (both ends included). */
export interface FeeArrangementRange {
  kind: 'late' | 'advance';
  firstMonth: MonthKey;
  lastMonth: MonthKey;
}

export interface FeeFacts {
  paidMonths: readonly PaidMonth[];
  /** Approved arrangements only; a pending request is not an approval. */
  arrangements: readonly FeeArrangementRange[];
  /** First month the member is counted from (joined, or records begin); earlier months are never unpaid. */
  activeSince?: MonthKey;
  now: Date;
  /** The member's IANA zone: a month is over when it is over where the member is. */
  zone: string;
}

/**
 * The first month a member is counted from: the earlier of the month the member was recorded (in the member's zone)
 * and the first month any payment covers, so a member imported mid-year is not "unpaid" before the records began.
 */
export function countedFrom(recordedFrom: MonthKey, firstPaid: MonthKey | undefined): MonthKey {
  return firstPaid !== undefined && firstPaid < recordedFrom ? firstPaid : recordedFrom;
}

/** Months paid by a declared or confirmed payment; a disputed payment pays nothing until it is resolved. */
export function paidMonthSet(paidMonths: readonly PaidMonth[]): Set<MonthKey> {
  return new Set(paidMonths.filter((paid) => paid.status !== 'disputed').map((paid) => paid.month));
}

export function isCoveredByArrangement(
  month: MonthKey,
  arrangements: readonly FeeArrangementRange[],
): boolean {
  return arrangements.some((range) => range.firstMonth <= month && month <= range.lastMonth);
}

/**
 * Months of `year` that are past due (over in the member's zone) and neither paid nor covered by an
 * approved late/advance arrangement (DOMAIN product rules 1 and 2): the count the removal ground is about.
 */
export function unpaidMonths(facts: FeeFacts & { year: number }): MonthKey[] {
  const thisMonth = currentMonth(facts.now, facts.zone);
  const paid = paidMonthSet(facts.paidMonths);
  const from = maxMonth(monthKey(facts.year, 1), facts.activeSince);
  const lastPastDue = minMonth(monthKey(facts.year, 12), addMonths(thisMonth, -1));
  return monthRange(from, lastPastDue).filter(
    (month) => !paid.has(month) && !isCoveredByArrangement(month, facts.arrangements),
  );
}

/**
 * Months a member may declare a payment for now: this year's unpaid months up to the current one, months an
 * approved late arrangement allows, and months ahead only inside an approved advance arrangement (rule 2).
 */
export function payableMonths(facts: FeeFacts): MonthKey[] {
  const thisMonth = currentMonth(facts.now, facts.zone);
  const yearStart = monthKey(Number(thisMonth.slice(0, 4)), 1);
  const candidates = new Set<MonthKey>([
    thisMonth,
    ...monthRange(maxMonth(yearStart, facts.activeSince), thisMonth),
  ]);
  for (const range of facts.arrangements) {
    const allowed =
      range.kind === 'late'
        ? monthRange(range.firstMonth, minMonth(range.lastMonth, thisMonth))
        : monthRange(maxMonth(range.firstMonth, addMonths(thisMonth, 1)), range.lastMonth);
    for (const month of allowed) candidates.add(month);
  }
  const paid = paidMonthSet(facts.paidMonths);
  return [...candidates].filter((month) => !paid.has(month)).sort();
}

export type FeeStage = 'clear' | 'nudge' | 'alert-secretary' | 'eligible-for-removal-review';

/** What the unpaid count of a year calls for; the product flags, the cell proposes, the committee decides. */
export function feeStage(unpaidCount: number, policy: Pick<Policy, 'fees'>): FeeStage {
  if (unpaidCount >= policy.fees.unpaidMonthsRemovalReview) return 'eligible-for-removal-review';
  if (unpaidCount >= policy.fees.unpaidMonthsAlertSecretary) return 'alert-secretary';
  if (unpaidCount >= policy.fees.unpaidMonthsNudge) return 'nudge';
  return 'clear';
}

export type FeeArrangementProblem = 'ends-before-start' | 'too-long' | 'outlasts-exemption';

/** Why a late/advance range can't be approved, if it can't: at most policy months, never past the exemption. */
export function feeArrangementProblem(
  range: { firstMonth: MonthKey; lastMonth: MonthKey; exemptionEndsOn?: CalendarDate | null },
  policy: Pick<Policy, 'feeArrangement'>,
): FeeArrangementProblem | undefined {
  if (range.lastMonth < range.firstMonth) return 'ends-before-start';
  if (monthsFrom(range.firstMonth, range.lastMonth) + 1 > policy.feeArrangement.maxMonths) return 'too-long';
  if (
    policy.feeArrangement.limitedToExemption &&
    range.exemptionEndsOn &&
    range.lastMonth > monthOf(range.exemptionEndsOn)
  ) {
    return 'outlasts-exemption';
  }
  return undefined;
}

export type FittedArrangement =
  | { outcome: 'kept' }
  | { outcome: 'cut'; lastMonth: MonthKey }
  /** No month of it is left inside the exemption: the approval ends. */
  | { outcome: 'ended' };

/**
 * Rule 2 when an exemption is shortened or ends early: a late/advance approval keeps only the months the exemption
 * still reaches. `exemptionLastDay` is its last day now (the day before the return, or the new end date); null when
 * the exemption is no fact any more (withdrawn or refused).
 */
export function fittedArrangement(
  range: FeeArrangementRange,
  exemptionLastDay: CalendarDate | null,
  policy: Pick<Policy, 'feeArrangement'>,
): FittedArrangement {
  if (!policy.feeArrangement.limitedToExemption) return { outcome: 'kept' };
  if (exemptionLastDay === null) return { outcome: 'ended' };
  const lastMonth = monthOf(exemptionLastDay);
  if (range.lastMonth <= lastMonth) return { outcome: 'kept' };
  if (lastMonth < range.firstMonth) return { outcome: 'ended' };
  return { outcome: 'cut', lastMonth };
}

function maxMonth(month: MonthKey, other: MonthKey | undefined): MonthKey {
  return other !== undefined && other > month ? other : month;
}

function minMonth(month: MonthKey, other: MonthKey): MonthKey {
  return other < month ? other : month;
}
