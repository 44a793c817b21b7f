// The monthly cell meeting's rules (DOMAIN "The monthly meeting"): who is expected, what the attendance list starts
// from, and how absences without a good reason count per calendar year toward the removal ground.
import { DateTime } from 'luxon';
import type { FeeStage } from './fees';
import { stateOn, type DatedFacts } from './member-state';
import { today, type CalendarDate } from './periods';
import type { Policy } from './policy';

export const ATTENDANCE_STATUSES = ['present', 'absent_with_reason', 'absent_without_reason'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The invitation's choices for "cannot attend"; `other` carries the member's own words. */
export const MEETING_ABSENCE_REASONS = ['working_away', 'ill', 'family', 'on_duty', 'other'] as const;
export type MeetingAbsenceReason = (typeof MEETING_ABSENCE_REASONS)[number];

export type MeetingReply = 'attending' | 'not_attending';

/**
 * How a member stands toward a meeting on its day:
 * - `not-listed`: on a full exemption from activities (miễn sinh hoạt), or no longer in the cell's care;
 * - `excused`: on a temporary exemption, or on a temporary transfer (they attend where they are), until its end date:
 *   absent with a reason unless they came;
 * - `expected`: everyone else, members away without an arrangement included.
 */
export type MeetingExpectation =
  | { kind: 'not-listed' }
  | { kind: 'excused'; because: 'temporary-exemption' | 'temporary-transfer' }
  | { kind: 'expected'; away: boolean };

/** `meetingDay` is the meeting's date in the cell's zone: the facts in force that day decide (DOMAIN rule 11). */
export function meetingExpectation(facts: DatedFacts, meetingDay: CalendarDate): MeetingExpectation {
  const state = stateOn(facts, meetingDay);
  if (!state.inCare || state.state === 'full-exemption') return { kind: 'not-listed' };
  const absence = state.absence;
  // An arrangement excuses only until its end date: a lapsed one (no return, no renewal yet) excuses nothing.
  const inForce = absence !== null && (absence.expectedEndOn === null || absence.expectedEndOn >= meetingDay);
  if (inForce && state.state === 'temporary-exemption')
    return { kind: 'excused', because: 'temporary-exemption' };
  if (inForce && absence.arrangement === 'temporary_transfer' && absence.applicationStatus === 'approved') {
    return { kind: 'excused', because: 'temporary-transfer' };
  }
  return { kind: 'expected', away: absence !== null };
}

export interface MeetingAnswerFacts {
  reply: MeetingReply;
  reason: MeetingAbsenceReason | null;
  reasonText: string | null;
}

/** What the reason column says before it is worded for a reader: the member's choice, or the arrangement. */
export type AttendanceReason =
  | { kind: 'answer'; reason: MeetingAbsenceReason; text: string | null }
  | { kind: 'arrangement'; because: 'temporary-exemption' | 'temporary-transfer' };

export interface PrefilledAttendance {
  status: AttendanceStatus;
  reason: AttendanceReason | null;
}

/**
 * The attendance screen's starting point for one member, for the secretary to confirm or correct: who said they
 * would come is present; who gave a reason, or is excused by an arrangement, is absent with that reason; a member away
 * who did not answer is absent without a reason; a member at home who did not answer is taken as present (the
 * secretary marks who did not come). Null for a member the minutes do not list.
 */
export function prefilledAttendance(
  expectation: MeetingExpectation,
  answer: MeetingAnswerFacts | null,
): PrefilledAttendance | null {
  if (expectation.kind === 'not-listed') return null;
  if (answer?.reply === 'attending') return { status: 'present', reason: null };
  if (answer?.reply === 'not_attending') {
    return {
      status: 'absent_with_reason',
      reason: { kind: 'answer', reason: answer.reason ?? 'other', text: answer.reasonText },
    };
  }
  if (expectation.kind === 'excused') {
    return { status: 'absent_with_reason', reason: { kind: 'arrangement', because: expectation.because } };
  }
  return expectation.away
    ? { status: 'absent_without_reason', reason: null }
    : { status: 'present', reason: null };
}

export interface RecordedAttendance {
  /** The meeting's start. */
  startsAt: Date;
  status: AttendanceStatus;
  /** A cancelled meeting's attendance counts for nothing. */
  meetingCancelled?: boolean;
}

/** The calendar year a meeting falls in, in the cell's zone (a meeting on 31 December at 19:30 is that year's). */
export function meetingYear(startsAt: Date, cellZone: string): number {
  return DateTime.fromJSDate(startsAt, { zone: cellZone }).year;
}

/** Absences without a good reason in `year` (the cell's calendar), as the removal ground counts them. */
export function unexcusedAbsencesInYear(
  attendance: readonly RecordedAttendance[],
  year: number,
  cellZone: string,
): number {
  return attendance.filter(
    (row) =>
      !row.meetingCancelled &&
      row.status === 'absent_without_reason' &&
      meetingYear(row.startsAt, cellZone) === year,
  ).length;
}

/** Where the count stands against the policy: nothing, the secretary's alert, or the flag for the removal review. */
export type AbsenceStage = 'none' | 'alert-secretary' | 'removal-review';

export function absenceStage(unexcused: number, policy: Pick<Policy, 'meetings'>): AbsenceStage {
  if (unexcused >= policy.meetings.unexcusedAbsencesRemovalReview) return 'removal-review';
  if (unexcused >= policy.meetings.unexcusedAbsencesAlertSecretary) return 'alert-secretary';
  return 'none';
}

/** A member's absences without a reason in this year of their cell, as the roster, /member and exports show them. */
export interface YearAbsences {
  year: number;
  unexcused: number;
  /** The meetings' days in the cell's zone, in order. */
  days: CalendarDate[];
  stage: AbsenceStage;
}

export function yearAbsences(year: number, days: readonly CalendarDate[], policy: Policy): YearAbsences {
  const sorted = [...days].sort();
  return { year, unexcused: sorted.length, days: sorted, stage: absenceStage(sorted.length, policy) };
}

/** Which halves of the removal ground a member has reached: the fees, the meetings, or both (DOMAIN "removal"). */
export type RemovalGround = 'fees' | 'meetings' | 'both';

export function removalGround(
  feeStage: FeeStage,
  meetings: Pick<YearAbsences, 'stage'>,
): RemovalGround | null {
  const fees = feeStage === 'eligible-for-removal-review';
  const absent = meetings.stage === 'removal-review';
  if (fees && absent) return 'both';
  if (fees) return 'fees';
  return absent ? 'meetings' : null;
}

/** When the invitation and the reminder the day before are due, for a meeting starting at `startsAt`. */
export function meetingNoticeTimes(startsAt: Date, policy: Policy): { inviteFrom: Date; remindFrom: Date } {
  const start = DateTime.fromJSDate(startsAt);
  return {
    inviteFrom: start.minus({ days: policy.meetings.inviteDaysBefore }).toJSDate(),
    remindFrom: start.minus({ hours: policy.meetings.reminderHoursBefore }).toJSDate(),
  };
}

/** A cell's regular meeting by default: the day of each month and the time, in the cell's zone. */
export interface MeetingDefault {
  dayOfMonth: number;
  /** "HH:mm". */
  time: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isMeetingTime(value: string): boolean {
  return TIME.test(value);
}

function clockOf(rule: MeetingDefault): { hour: number; minute: number } {
  const match = TIME.exec(rule.time);
  if (!match) throw new Error(`not a meeting time: ${rule.time}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The default's meeting in a calendar month of the cell's zone; a day past the month's end (the 31st in April) is its last day. */
export function defaultMeetingInMonth(
  rule: MeetingDefault,
  year: number,
  month: number,
  cellZone: string,
): Date {
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: cellZone });
  const day = Math.min(rule.dayOfMonth, start.daysInMonth!);
  return start.set({ day, ...clockOf(rule) }).toJSDate();
}

/** The next meeting the default gives after `now`: this month's if it has not begun, otherwise next month's. */
export function nextDefaultMeeting(rule: MeetingDefault, now: Date, cellZone: string): Date {
  const local = DateTime.fromISO(today(now, cellZone), { zone: cellZone });
  for (const offset of [0, 1, 2]) {
    const month = local.startOf('month').plus({ months: offset });
    const at = defaultMeetingInMonth(rule, month.year, month.month, cellZone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('unreachable: a month ahead always has the day');
}
