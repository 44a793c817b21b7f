// The notification rules (DOMAIN product rules 1-5, 7, 8, and the monthly meeting's in meeting-items.ts): what is due for one member now, each with a stable key.
import { isCoveredByArrangement, paidMonthSet, feeStage } from './fees';
import { meetingItems, type MemberMeetingFacts } from './meeting-items';
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import { stateOn, type StateOnDay } from './member-state';
import {
  MISSED_MONTHS_COUNTED,
  checkInAsked,
  firstCheckInMonthOf,
  isReviewExempt,
  type MemberFacts,
} from './standing';
import type { CalendarBook, ZoneCalendar } from './zone-calendar';

/** Who hears of an item: the member (in the day's nudge), the secretary in the daily digest, or at once. */
export type ItemAudience = 'member' | 'digest' | 'alert';

export const DUE_RULES = [
  // to the member, in the day's nudge
  'checkin-open',
  'checkin-nudge',
  'fee-unpaid',
  'exemption-ending',
  'absence-lapsed',
  'return-report',
  'abroad-transfer-guidance',
  'review-nudge',
  'meeting-invite',
  'meeting-reminder',
  'meeting-absent',
  // to the secretary, in the daily digest
  'checkin-overdue',
  'contact-lost',
  'fee-overdue',
  'review-missing',
  // to the secretary at once
  'fee-alert-secretary',
  'fee-removal-review',
  'exemption-lapsed',
  'return-report-late',
  'abroad-transfer-overdue',
  'request-difficulty',
  'request-leave',
  'meeting-absence-alert',
  'meeting-removal-review',
  // told by the delivery, not the sweep: a member blocked the bot (403 or "chat not found")
  'member-unreachable',
] as const;
export type DueRule = (typeof DUE_RULES)[number];

/** Forms a nudge's button opens; the member-journey forms have exactly these ids ('back' is /back's return). */
export const NUDGE_FORM_IDS = [
  'checkin',
  'fee',
  'review',
  'renewal',
  'return-report',
  'host-review',
  'back',
  'meeting',
] as const;
export type NudgeFormId = (typeof NUDGE_FORM_IDS)[number];

/** Plain JSON the message needs; dates stay 'YYYY-MM-DD' and months 'YYYY-MM' until formatted for the reader. */
export type ItemVars = Record<string, string | number | boolean | string[]>;

export interface DueItem {
  /** member, rule, period, stage: the same situation always gives the same key, so it is told once. */
  key: string;
  rule: DueRule;
  audience: ItemAudience;
  /** The member the item is about. */
  memberId: number;
  /** When the situation began (the stage's date in the member's zone, a cell deadline in the cell's). */
  dueAt: Date;
  vars: ItemVars;
  /** What the member can do about it, in this order: each form is an action of the nudge (a button, a number). */
  forms?: NudgeFormId[];
}

/** The request's text is not here: the alert refers to the request, and its text is read when the alert is sent. */
export interface OpenRequestFacts {
  id: number;
  kind: 'difficulty' | 'leave';
  createdAt: Date;
}

export interface NotificationSubject {
  memberId: number;
  fullName: string;
  /** The home cell's zone: the year-end meeting is the cell's deadline. */
  cellZone: string;
  /** Bound to a chat and not known to have blocked the bot: member items are only made for such members. */
  reachable: boolean;
  facts: MemberFacts;
  openRequests: readonly OpenRequestFacts[];
  /** The latest absence whose end homecell recorded (by /back or by the cell), and what its return has sent. */
  lastReturn?: ReturnFacts | null;
  /** The cell's meetings to come and the member's absences without a reason (DOMAIN "The monthly meeting"). */
  meetings?: MemberMeetingFacts;
}

/** An ended absence and what the return owes (DOMAIN duty 5): the report, and from abroad the confirmed review. */
export interface ReturnFacts {
  absenceId: number;
  kind: 'domestic' | 'abroad';
  /** The day the member was home again, in the member's zone. */
  endedOn: CalendarDate;
  reportIn: boolean;
  hostReviewIn: boolean;
}

export function dueItems(subject: NotificationSubject, calendars: CalendarBook, policy: Policy): DueItem[] {
  const { facts } = subject;
  const requests = requestAlerts(subject);
  const calendar = calendars.of(facts.zone);
  // The state on the member's own day, from the facts in force then (DOMAIN rule 11), as memberStanding reads it.
  const state = stateOn(facts, calendar.today);
  // Transferred out, removed or left: the cell that now holds them reminds them.
  if (!state.inCare) return requests;
  const items = [
    ...checkInItems(subject, state, calendar, policy),
    ...feeItems(subject, calendar, policy),
    ...absenceItems(subject, state, calendar, policy),
    ...returnItems(subject, state, calendar, policy),
    ...reviewItems(subject, state, calendar, calendars.of(subject.cellZone), policy),
    ...meetingItems(subject, calendar, calendars.of(subject.cellZone), policy),
    ...requests,
  ];
  return subject.reachable ? items : items.filter((item) => item.audience !== 'member');
}

/**
 * Rule 3, as memberStanding counts it: a monthly check-in while away, from the month after leaving; none on a full
 * exemption (at home or away), nor before a departure's date.
 */
function checkInItems(
  subject: NotificationSubject,
  state: StateOnDay,
  calendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  const { facts, memberId } = subject;
  if (!checkInAsked(state)) return [];
  const firstRequired = firstCheckInMonthOf(state, facts.activeSince);
  const checkedIn = new Set(facts.checkInMonths);
  const items: DueItem[] = [];
  const month = calendar.month;

  const stage = calendar.checkInStage();
  if ((firstRequired === undefined || firstRequired <= month) && !checkedIn.has(month) && stage) {
    items.push({
      key: `checkin:${memberId}:${month}:${stage.stage}`,
      rule: stage.stage === 'open' ? 'checkin-open' : 'checkin-nudge',
      audience: 'member',
      memberId,
      dueAt: calendar.dayStart(stage.startsOn),
      vars: { month, lastDay: calendar.lastDayOfMonth(month) },
      forms: ['checkin'],
    });
  }

  let missed = 0;
  for (
    let past = calendar.lastMonth;
    (firstRequired === undefined || past >= firstRequired) && !checkedIn.has(past);
    past = calendar.shiftMonth(past, -1)
  ) {
    missed += 1;
    if (missed >= MISSED_MONTHS_COUNTED) break;
  }
  if (missed >= 1) {
    items.push({
      key: `checkin:${memberId}:${calendar.lastMonth}:overdue`,
      rule: 'checkin-overdue',
      audience: 'digest',
      memberId,
      dueAt: calendar.monthEnd(calendar.lastMonth),
      vars: { member: subject.fullName, month: calendar.lastMonth },
    });
  }
  if (missed >= policy.checkIn.contactLostMonths) {
    // One alert per run of missed months: the run is named by its first month, so a longer run stays one key.
    const firstMissed = calendar.shiftMonth(calendar.month, -missed);
    items.push({
      key: `contact-lost:${memberId}:${firstMissed}`,
      rule: 'contact-lost',
      audience: 'digest',
      memberId,
      dueAt: calendar.monthEnd(calendar.shiftMonth(firstMissed, policy.checkIn.contactLostMonths - 1)),
      vars: { member: subject.fullName, months: missed, since: firstMissed },
    });
  }
  return items;
}

/**
 * Rules 1-2: unpaid months of the year whose last month is over (January still counts last December). Keys name
 * the newest unpaid month, so each month that goes unpaid is told once, at the stage it brings.
 */
function feeItems(subject: NotificationSubject, calendar: ZoneCalendar, policy: Policy): DueItem[] {
  const { facts, memberId } = subject;
  const year = Number(calendar.lastMonth.slice(0, 4));
  const paid = paidMonthSet(facts.paidMonths);
  const unpaid = calendar
    .closedMonthsOf(year)
    .filter(
      (month) =>
        (facts.activeSince === undefined || month >= facts.activeSince) &&
        !paid.has(month) &&
        !isCoveredByArrangement(month, facts.feeArrangements),
    );
  const stage = feeStage(unpaid.length, policy);
  if (stage === 'clear') return [];
  const latest = unpaid.at(-1)!;
  const dueAt = calendar.monthEnd(latest);
  const vars = { months: unpaid, count: unpaid.length, year, stage };
  const about = { member: subject.fullName, ...vars };
  const items: DueItem[] = [
    {
      key: `fee:${memberId}:${latest}:nudge`,
      rule: 'fee-unpaid',
      audience: 'member',
      memberId,
      dueAt,
      vars,
      forms: ['fee'],
    },
  ];
  if (stage === 'nudge') {
    items.push({
      key: `fee:${memberId}:${latest}:overdue`,
      rule: 'fee-overdue',
      audience: 'digest',
      memberId,
      dueAt,
      vars: about,
    });
  } else if (stage === 'alert-secretary') {
    items.push({
      key: `fee:${memberId}:${latest}:alert-secretary`,
      rule: 'fee-alert-secretary',
      audience: 'alert',
      memberId,
      dueAt,
      vars: { ...about, removalAt: policy.fees.unpaidMonthsRemovalReview },
    });
  } else {
    items.push({
      key: `fee:${memberId}:${latest}:removal-review`,
      rule: 'fee-removal-review',
      audience: 'alert',
      memberId,
      dueAt,
      vars: about,
    });
  }
  return items;
}

/** Rules 4 and 5: an approved exemption running out, and a long stay abroad without an official transfer. */
function absenceItems(
  subject: NotificationSubject,
  state: StateOnDay,
  calendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  // The absence in force today: a departure filed for a later day is not one yet.
  const absence = state.absence;
  const { memberId } = subject;
  if (!absence) return [];
  const items: DueItem[] = [];
  const endsOn = absence.expectedEndOn;
  const renewable =
    (absence.arrangement === 'temporary_exemption' || absence.arrangement === 'temporary_transfer') &&
    absence.applicationStatus === 'approved' &&
    endsOn !== null;
  // A renewal filed to follow the end date takes over from its first day: until then nothing is asked twice.
  const renewalFiled = endsOn !== null && state.upcoming?.startsOn === calendar.addDays(endsOn, 1);
  if (renewable && !renewalFiled && calendar.daysUntil(endsOn) < 0) {
    // Rule 4, told to the member too: report the return with /back, or apply for a renewal (one tap).
    items.push({
      key: `lapsed:${memberId}:${endsOn}:member`,
      rule: 'absence-lapsed',
      audience: 'member',
      memberId,
      dueAt: calendar.dayStart(calendar.addDays(endsOn, 1)),
      vars: { arrangement: absence.arrangement!, endsOn },
      forms: ['back', 'renewal'],
    });
  }
  if (absence.arrangement === 'temporary_exemption' && absence.applicationStatus === 'approved' && endsOn) {
    const daysLeft = calendar.daysUntil(endsOn);
    if (daysLeft < 0) {
      items.push({
        key: `exemption:${memberId}:${endsOn}:lapsed`,
        rule: 'exemption-lapsed',
        audience: 'alert',
        memberId,
        dueAt: calendar.dayStart(calendar.addDays(endsOn, 1)),
        vars: { member: subject.fullName, endsOn },
      });
    } else if (!renewalFiled) {
      // Offsets come in descending order (policy check): the last one reached is the latest reminder.
      const reached = policy.exemption.reminderDaysBefore.filter((days) => daysLeft <= days).at(-1);
      if (reached !== undefined) {
        items.push({
          key: `exemption:${memberId}:${endsOn}:before-${reached}`,
          rule: 'exemption-ending',
          audience: 'member',
          memberId,
          dueAt: calendar.dayStart(calendar.addDays(endsOn, -reached)),
          vars: { endsOn, daysLeft },
          forms: ['back', 'renewal'],
        });
      }
    }
  }
  const monthsAway = Math.max(0, calendar.monthsSince(absence.startsOn));
  if (
    absence.kind === 'abroad' &&
    absence.arrangement !== 'official_transfer' &&
    monthsAway >= policy.abroad.officialTransferMonths
  ) {
    const vars = { country: absence.countryCode, months: monthsAway, since: absence.startsOn };
    const situation = `abroad:${memberId}:${absence.startsOn}`;
    items.push(
      {
        key: `${situation}:transfer-guidance`,
        rule: 'abroad-transfer-guidance',
        audience: 'member',
        memberId,
        dueAt: calendar.now,
        vars,
      },
      {
        key: `${situation}:transfer-overdue`,
        rule: 'abroad-transfer-overdue',
        audience: 'alert',
        memberId,
        dueAt: calendar.now,
        vars: { member: subject.fullName, ...vars },
      },
    );
  }
  return items;
}

/**
 * DOMAIN duty 5 (policy `return.*`): after a return homecell recorded, what it still owes the cell (the report, and
 * from abroad the host organisation's confirmed review) is asked for every few days until it is in, the first time a
 * period after the return; once the policy's days are past the secretary is alerted, once.
 */
function returnItems(
  subject: NotificationSubject,
  state: StateOnDay,
  calendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  const returned = subject.lastReturn;
  // Away again: the next return will owe its own report.
  if (!returned || state.absence !== null || state.upcoming !== null) return [];
  const report = !returned.reportIn;
  const hostReview = policy.return.hostReviewAbroad && returned.kind === 'abroad' && !returned.hostReviewIn;
  if (!report && !hostReview) return [];
  const { memberId } = subject;
  const { reportWithinDays, nudgeEveryDays } = policy.return;
  const daysSince = -calendar.daysUntil(returned.endedOn);
  const dueOn = calendar.addDays(returned.endedOn, reportWithinDays);
  const late = daysSince > reportWithinDays;
  const vars = { returnedOn: returned.endedOn, dueOn, report, hostReview };
  const situation = `return:${memberId}:${returned.absenceId}`;
  const items: DueItem[] = [];
  const period = Math.floor(daysSince / nudgeEveryDays);
  if (period >= 1) {
    items.push({
      key: `${situation}:nudge-${period}`,
      rule: 'return-report',
      audience: 'member',
      memberId,
      dueAt: calendar.dayStart(calendar.addDays(returned.endedOn, period * nudgeEveryDays)),
      vars: { ...vars, late },
      forms: [report ? 'return-report' : 'host-review'],
    });
  }
  if (late) {
    items.push({
      key: `${situation}:late`,
      rule: 'return-report-late',
      audience: 'alert',
      memberId,
      dueAt: calendar.dayStart(calendar.addDays(dueOn, 1)),
      vars: { member: subject.fullName, ...vars },
    });
  }
  return items;
}

/**
 * Rule 7: weekly nudges from the opening day while the review is accepted (late ones still earn the catch-up
 * rating), and, once the cell's meeting day has begun in the cell's zone, the member listed as missing.
 */
function reviewItems(
  subject: NotificationSubject,
  state: StateOnDay,
  calendar: ZoneCalendar,
  cellCalendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  const { facts, memberId } = subject;
  const stored = facts.review?.status;
  if (stored === 'submitted' || stored === 'rated' || stored === 'absent_rate_later') return [];
  // Members on a full exemption in force are "miễn đánh giá": neither nudged nor missing. A temporary exemption
  // while away is not: the written review is still due, and the cell rates it later.
  if (isReviewExempt(stored, state)) return [];

  const year = calendar.year;
  const own = calendar.reviewWindow(year);
  const cell = cellCalendar.reviewWindow(year);
  const { nudgeEveryDays } = policy.review;
  const { opensOn, dueOn } = calendar.reviewDates(year);
  const late = calendar.now >= cell.dueAt;
  const items: DueItem[] = [];
  if (calendar.now >= own.opensAt && calendar.now < own.closesAt) {
    const week = Math.floor(-calendar.daysUntil(opensOn) / nudgeEveryDays);
    items.push({
      key: `review:${memberId}:${year}:week-${week}`,
      rule: 'review-nudge',
      audience: 'member',
      memberId,
      dueAt: calendar.dayStart(calendar.addDays(opensOn, week * nudgeEveryDays)),
      vars: { year, dueOn, late },
      forms: ['review'],
    });
  }
  // The member's year, not the cell's: on the cell's 1 January a member still in 31 December is not listed again.
  if (late && calendar.now < own.closesAt) {
    items.push({
      key: `review:${memberId}:${year}:missing`,
      rule: 'review-missing',
      audience: 'digest',
      memberId,
      dueAt: cell.dueAt,
      vars: { member: subject.fullName, year },
    });
  }
  return items;
}

/**
 * Rule 8: a member's "difficulties" or "thinking of leaving" request reaches the secretary at once. The alert names
 * the request only: its text and the member's name (political opinion, Decree 13/2023) stay in the records, read
 * when the alert is rendered, and are not copied into the outbox.
 */
export function requestAlerts(subject: Pick<NotificationSubject, 'memberId' | 'openRequests'>): DueItem[] {
  return subject.openRequests.map((request) => ({
    key: `request:${request.id}`,
    rule: request.kind === 'leave' ? 'request-leave' : 'request-difficulty',
    audience: 'alert',
    memberId: subject.memberId,
    dueAt: request.createdAt,
    vars: { request: request.id },
  }));
}
