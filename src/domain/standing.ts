// A member's standing at an instant: what is done, due, overdue or at risk, as plain data the bot and scheduler format.
import {
  feeStage,
  isCoveredByArrangement,
  paidMonthSet,
  unpaidMonths,
  type FeeArrangementRange,
  type FeeStage,
  type PaidMonth,
} from './fees';
import {
  addDays,
  addMonths,
  currentMonth,
  dayOfMonthStart,
  daysFrom,
  endOfDay,
  endOfMonth,
  isoIn,
  monthOf,
  today as todayIn,
  wholeMonthsFrom,
  type CalendarDate,
  type MonthKey,
} from './periods';
import type { MeetingStanding } from './meeting-standing';
import type { Policy } from './policy';
import { reviewWindow, reviewWindowState, type ReviewWindowState } from './review';
import {
  isAwayOn,
  stateOn,
  type AbsenceFacts,
  type ApplicationStatusCode,
  type DatedFacts,
  type FullExemptionFacts,
  type MemberState,
  type StateOnDay,
} from './member-state';

export type {
  AbsenceFacts,
  ApplicationStatusCode,
  FullExemptionFacts,
  MemberState,
  MembershipCode,
} from './member-state';
export type ReviewStatusCode = 'draft' | 'submitted' | 'rated' | 'absent_rate_later' | 'exempt';

/** Without a known start the count stops here: a longer gap is far past any threshold a policy could set. */
export const MISSED_MONTHS_COUNTED = 24;

/** The dated facts (membership, absences, full exemptions) and what the member has done, as the loaders read them. */
export interface MemberFacts extends DatedFacts {
  /** The member's IANA zone: every day and month below is the member's own. */
  zone: string;
  /** First month the member's records count from; earlier months are never missed or unpaid. */
  activeSince?: MonthKey;
  /** Months with a check-in; the last few months are enough. */
  checkInMonths: readonly MonthKey[];
  paidMonths: readonly PaidMonth[];
  feeArrangements: readonly FeeArrangementRange[];
  /** The review of the year `now` falls in (member's zone), if any. */
  review: { year: number; status: ReviewStatusCode } | null;
}

export type ReviewStandingStatus =
  'exempt' | 'not-open' | 'not-started' | 'draft' | 'submitted' | 'rated' | 'absent-rate-later' | 'missed';

export type DeadlineKind = 'check-in' | 'fee' | 'exemption-end' | 'return-report' | 'review';

export interface MemberStanding {
  asOf: string;
  /** The monthly meeting, when loaded (StandingRecords.standingOf): null for a member no meeting expects. */
  meeting?: MeetingStanding | null;
  zone: string;
  today: CalendarDate;
  month: MonthKey;
  /** Today's state from the facts in force today (never from when something was filed or approved). */
  state: MemberState;
  /** Full exemption from work and activities in force today: no check-in, no review ("miễn đánh giá"). */
  fullExemption: FullExemptionFacts | null;
  /** A departure filed for a later day: the member is at home until then. */
  upcomingAbsence: AbsenceFacts | null;
  checkIn: {
    /** Members away keep in touch monthly from the month after they leave (filing the departure is that month's contact). */
    required: boolean;
    month: MonthKey;
    done: boolean;
    opensAt: string;
    nudgeAt: string[];
    /** Overdue from this instant: the month's end in the member's zone. */
    deadline: string;
    /** Closed months in a row without a check-in, counting back from last month. */
    missedMonthsRunning: number;
    contactLost: boolean;
  };
  fees: {
    year: number;
    unpaidMonths: MonthKey[];
    unpaidCount: number;
    /** Months of the year a payment names that the cell has not confirmed yet (declared, waiting). */
    declaredMonths: MonthKey[];
    stage: FeeStage;
    currentMonthSettled: boolean;
    currentMonthDeadline: string;
  };
  absence: {
    kind: AbsenceFacts['kind'];
    countryCode: string;
    arrangement: AbsenceFacts['arrangement'];
    applicationStatus: ApplicationStatusCode;
    startsOn: CalendarDate;
    expectedEndOn: CalendarDate | null;
    /** Set for a temporary exemption: the date rule 4 watches. */
    exemptionEndsOn: CalendarDate | null;
    /** Days from today to the end date (0 on the last day, negative once past); null without an end date. */
    daysLeft: number | null;
    reminderDates: CalendarDate[];
    /** The end date passed with neither return nor renewal recorded (rule 4). */
    lapsed: boolean;
    returnReportDueOn: CalendarDate | null;
    monthsAway: number;
    /** Abroad for the policy's months without an official transfer (rule 5). */
    officialTransferOverdue: boolean;
  } | null;
  review: {
    year: number;
    status: ReviewStandingStatus;
    window: ReviewWindowState;
    opensAt: string;
    dueAt: string;
    closesAt: string;
  };
  nextDeadline: { kind: DeadlineKind; at: string } | null;
}

/** The year's months a declared payment names and no confirmed payment does: paid in the member's words only. */
function waitingForConfirmation(paidMonths: MemberFacts['paidMonths'], year: number): MonthKey[] {
  const confirmed = new Set(
    paidMonths.filter((paid) => paid.status === 'confirmed').map((paid) => paid.month),
  );
  const declared = paidMonths
    .filter((paid) => paid.status === 'declared' && !confirmed.has(paid.month))
    .map((paid) => paid.month)
    .filter((month) => month.startsWith(`${year}-`));
  return [...new Set(declared)].sort();
}

export function memberStanding(facts: MemberFacts, policy: Policy, now: Date): MemberStanding {
  const { zone } = facts;
  const month = currentMonth(now, zone);
  const today = todayIn(now, zone);
  const year = Number(month.slice(0, 4));
  const state = stateOn(facts, today);
  const absence = absenceStanding(state.absence, today, policy);

  const away = checkInAsked(state);
  const firstCheckInMonth = firstCheckInMonthOf(state, facts.activeSince);
  const checkedIn = new Set(facts.checkInMonths);
  const missedMonthsRunning = away ? countMissedRunning(checkedIn, month, firstCheckInMonth) : 0;
  const checkIn = {
    required: away && (firstCheckInMonth === undefined || firstCheckInMonth <= month),
    month,
    done: checkedIn.has(month),
    opensAt: isoIn(dayOfMonthStart(month, policy.checkIn.opensOnDay, zone), zone),
    nudgeAt: policy.checkIn.nudgeDays.map((day) => isoIn(dayOfMonthStart(month, day, zone), zone)),
    deadline: isoIn(endOfMonth(month, zone), zone),
    missedMonthsRunning,
    contactLost: missedMonthsRunning >= policy.checkIn.contactLostMonths,
  };

  const unpaid = unpaidMonths({
    year,
    paidMonths: facts.paidMonths,
    arrangements: facts.feeArrangements,
    activeSince: facts.activeSince,
    now,
    zone,
  });
  const fees = {
    year,
    unpaidMonths: unpaid,
    unpaidCount: unpaid.length,
    declaredMonths: waitingForConfirmation(facts.paidMonths, year),
    stage: feeStage(unpaid.length, policy),
    currentMonthSettled:
      paidMonthSet(facts.paidMonths).has(month) || isCoveredByArrangement(month, facts.feeArrangements),
    currentMonthDeadline: checkIn.deadline,
  };

  const window = reviewWindow(year, zone, policy);
  const windowState = reviewWindowState(now, window);
  const review = {
    year,
    status: reviewStatus(facts, state, windowState),
    window: windowState,
    opensAt: isoIn(window.opensAt, zone),
    dueAt: isoIn(window.dueAt, zone),
    closesAt: isoIn(window.closesAt, zone),
  };

  const candidates: Array<[DeadlineKind, Date | undefined]> = [
    ['check-in', checkIn.required && !checkIn.done ? endOfMonth(month, zone) : undefined],
    ['fee', fees.currentMonthSettled ? undefined : endOfMonth(month, zone)],
    ['exemption-end', absence?.expectedEndOn ? endOfDay(absence.expectedEndOn, zone) : undefined],
    [
      'return-report',
      absence?.lapsed && absence.returnReportDueOn ? endOfDay(absence.returnReportDueOn, zone) : undefined,
    ],
    ['review', reviewDeadline(review.status, windowState, window)],
  ];
  const upcoming = candidates
    .filter(
      (candidate): candidate is [DeadlineKind, Date] => candidate[1] !== undefined && candidate[1] > now,
    )
    .sort((a, b) => a[1].getTime() - b[1].getTime());
  const next = upcoming[0];

  return {
    asOf: isoIn(now, zone),
    zone,
    today,
    month,
    state: state.state,
    fullExemption: state.fullExemption,
    upcomingAbsence: state.inCare ? state.upcoming : null,
    checkIn,
    fees,
    absence,
    review,
    nextDeadline: next ? { kind: next[0], at: isoIn(next[1], zone) } : null,
  };
}

function absenceStanding(
  absence: AbsenceFacts | null,
  today: CalendarDate,
  policy: Policy,
): MemberStanding['absence'] {
  if (!absence) return null;
  const endsOn = absence.expectedEndOn;
  const daysLeft = endsOn ? daysFrom(today, endsOn) : null;
  const lapsed = daysLeft !== null && daysLeft < 0;
  const monthsAway = Math.max(0, wholeMonthsFrom(absence.startsOn, today));
  return {
    kind: absence.kind,
    countryCode: absence.countryCode,
    arrangement: absence.arrangement,
    applicationStatus: absence.applicationStatus,
    startsOn: absence.startsOn,
    expectedEndOn: endsOn,
    exemptionEndsOn: absence.arrangement === 'temporary_exemption' ? endsOn : null,
    daysLeft,
    reminderDates: endsOn ? policy.exemption.reminderDaysBefore.map((days) => addDays(endsOn, -days)) : [],
    lapsed,
    returnReportDueOn: endsOn ? addDays(endsOn, policy.return.reportWithinDays) : null,
    monthsAway,
    officialTransferOverdue:
      absence.kind === 'abroad' &&
      absence.arrangement !== 'official_transfer' &&
      monthsAway >= policy.abroad.officialTransferMonths,
  };
}

function countMissedRunning(
  checkedIn: Set<MonthKey>,
  month: MonthKey,
  firstRequired: MonthKey | undefined,
): number {
  let missed = 0;
  for (
    let past = addMonths(month, -1);
    firstRequired === undefined || past >= firstRequired;
    past = addMonths(past, -1)
  ) {
    if (checkedIn.has(past)) break;
    missed += 1;
    if (missed >= MISSED_MONTHS_COUNTED) break;
  }
  return missed;
}

/**
 * Rule 3's "members away", as the sweep asks it too: away from home today, and not on a full exemption (which asks
 * for no check-in, at home or away). A temporary exemption while away still keeps in touch monthly.
 */
export function checkInAsked(state: StateOnDay): boolean {
  return isAwayOn(state) && state.fullExemption === null;
}

/**
 * The first month a check-in is asked for: the month after leaving (filing the departure is that month's contact),
 * once the records count, and after the month a full exemption ended in (its months asked for none).
 */
export function firstCheckInMonthOf(
  state: StateOnDay,
  activeSince: MonthKey | undefined,
): MonthKey | undefined {
  return latestMonth(
    state.absence ? addMonths(monthOf(state.absence.startsOn), 1) : undefined,
    activeSince,
    state.endedFullExemption?.endsOn ? addMonths(monthOf(state.endedFullExemption.endsOn), 1) : undefined,
  );
}

/**
 * "Miễn đánh giá" is for a full exemption from work and activities in force (DOMAIN "Two kinds of exemption"); a
 * temporary exemption while away still sends the written review and is rated later by the cell.
 */
export function isReviewExempt(stored: ReviewStatusCode | undefined, state: StateOnDay): boolean {
  return stored === 'exempt' || state.fullExemption !== null;
}

function reviewStatus(
  facts: MemberFacts,
  state: StateOnDay,
  window: ReviewWindowState,
): ReviewStandingStatus {
  const stored = facts.review?.status;
  if (stored === 'submitted' || stored === 'rated') return stored;
  if (stored === 'absent_rate_later') return 'absent-rate-later';
  if (isReviewExempt(stored, state)) return 'exempt';
  if (window === 'not-open') return 'not-open';
  if (window === 'closed') return 'missed';
  return stored === 'draft' ? 'draft' : 'not-started';
}

function reviewDeadline(
  status: ReviewStandingStatus,
  window: ReviewWindowState,
  dates: { dueAt: Date; closesAt: Date },
): Date | undefined {
  if (status !== 'not-started' && status !== 'draft') return undefined;
  if (window === 'open') return dates.dueAt;
  if (window === 'past-due') return dates.closesAt;
  return undefined;
}

function latestMonth(...months: Array<MonthKey | undefined>): MonthKey | undefined {
  const known = months.filter((month): month is MonthKey => month !== undefined);
  return known.length === 0 ? undefined : known.sort().at(-1);
}
