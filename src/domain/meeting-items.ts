// The monthly meeting's notification rules (DOMAIN "The monthly meeting"): the invitation and the reminder the day
// before to every member expected, a kind word after an absence without a reason, and the other half of the removal
// ground (absences without a reason in the year) to the secretary at the policy's counts.
import type { DueItem } from './due-items';
import {
  absenceStage,
  meetingExpectation,
  meetingNoticeTimes,
  unexcusedAbsencesInYear,
  type MeetingReply,
} from './meetings';
import type { MemberFacts } from './standing';
import type { Policy } from './policy';
import type { ZoneCalendar } from './zone-calendar';

/** A meeting of the member's cell still to come, and the member's answer to it so far. */
export interface UpcomingMeetingFacts {
  id: number;
  startsAt: Date;
  place: string;
  /** The online-pilot cells' meeting link (HD 03-HD/TW, 2022). */
  onlineLink: string | null;
  reply: MeetingReply | null;
}

/** A meeting the secretary recorded the member absent from without a good reason (cancelled meetings left out). */
export interface UnexcusedAbsenceFacts {
  meetingId: number;
  startsAt: Date;
}

export interface MemberMeetingFacts {
  upcoming: readonly UpcomingMeetingFacts[];
  unexcused: readonly UnexcusedAbsenceFacts[];
}

/**
 * The kind word after an absence is news only for a while: absences imported from the months before the cell
 * started with homecell, or recorded long after the meeting, are not told to the member as if they were new.
 */
export const ABSENCE_TOLD_WITHIN_DAYS = 31;

interface MeetingSubject {
  memberId: number;
  fullName: string;
  facts: MemberFacts;
  meetings?: MemberMeetingFacts;
}

/** `calendar` is the member's zone, `cellCalendar` the cell's: the meeting is held at the cell's wall-clock time. */
export function meetingItems(
  subject: MeetingSubject,
  calendar: ZoneCalendar,
  cellCalendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  const meetings = subject.meetings;
  if (!meetings) return [];
  return [
    ...noticeItems(subject, meetings.upcoming, calendar, cellCalendar, policy),
    ...absenceItems(subject, meetings.unexcused, cellCalendar, policy),
  ];
}

/**
 * From the policy's days before, an invitation to whoever has not answered; from the policy's hours before, a
 * reminder to whoever still has not (it replaces an invitation not sent yet). Only members the meeting expects: not
 * those on a full exemption, nor those excused by a temporary exemption or transfer.
 */
function noticeItems(
  subject: MeetingSubject,
  upcoming: readonly UpcomingMeetingFacts[],
  calendar: ZoneCalendar,
  cellCalendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  const { memberId } = subject;
  const now = calendar.now;
  const items: DueItem[] = [];
  for (const meeting of upcoming) {
    if (meeting.startsAt <= now) continue;
    const { inviteFrom, remindFrom } = meetingNoticeTimes(meeting.startsAt, policy);
    if (now < inviteFrom) continue;
    const atCell = cellCalendar.wallClock(meeting.startsAt);
    if (meetingExpectation(subject.facts, atCell.day).kind !== 'expected') continue;
    // Whoever answered is not asked again (the policy's reminder is for members who have not answered).
    if (meeting.reply !== null) continue;
    const reminding = now >= remindFrom;
    const own = calendar.wallClock(meeting.startsAt);
    items.push({
      key: `meeting:${memberId}:${meeting.id}:${reminding ? 'reminder' : 'invite'}`,
      rule: reminding ? 'meeting-reminder' : 'meeting-invite',
      audience: 'member',
      memberId,
      dueAt: reminding ? remindFrom : inviteFrom,
      vars: {
        meeting: meeting.id,
        day: atCell.day,
        time: atCell.time,
        // A member in Seoul reads 21:30 for the cell's 19:30: both are said when they differ.
        ownDay: own.day,
        ownTime: own.time,
        zoneDiffers: own.day !== atCell.day || own.time !== atCell.time,
        place: meeting.place,
        online: meeting.onlineLink !== null,
        link: meeting.onlineLink ?? '-',
      },
      forms: ['meeting'],
    });
  }
  return items;
}

/**
 * The member is told, kindly, of their latest absence without a reason and how to give one next time; the secretary
 * hears at once when the year's count reaches the alert, and again when it reaches the removal review (never a
 * removal: the cell decides).
 */
function absenceItems(
  subject: MeetingSubject,
  unexcused: readonly UnexcusedAbsenceFacts[],
  cellCalendar: ZoneCalendar,
  policy: Policy,
): DueItem[] {
  if (unexcused.length === 0) return [];
  const { memberId } = subject;
  const zone = cellCalendar.zone;
  const items: DueItem[] = [];
  const counted = (year: number) =>
    unexcusedAbsencesInYear(
      unexcused.map((row) => ({ startsAt: row.startsAt, status: 'absent_without_reason' as const })),
      year,
      zone,
    );
  const latest = [...unexcused].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).at(-1)!;
  const latestDay = cellCalendar.wallClock(latest.startsAt).day;
  if (cellCalendar.daysUntil(latestDay) >= -ABSENCE_TOLD_WITHIN_DAYS && latest.startsAt <= cellCalendar.now) {
    const year = Number(latestDay.slice(0, 4));
    items.push({
      key: `meeting:${memberId}:${latest.meetingId}:absent`,
      rule: 'meeting-absent',
      audience: 'member',
      memberId,
      dueAt: latest.startsAt,
      vars: { day: latestDay, year, count: counted(year) },
    });
  }

  const year = cellCalendar.year;
  const inYear = unexcused
    .filter((row) => cellCalendar.wallClock(row.startsAt).day.startsWith(`${year}-`))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const count = counted(year);
  const stage = absenceStage(count, policy);
  if (stage === 'none' || inYear.length === 0) return items;
  const vars = {
    member: subject.fullName,
    count,
    year,
    days: inYear.map((row) => cellCalendar.wallClock(row.startsAt).day),
    removalAt: policy.meetings.unexcusedAbsencesRemovalReview,
  };
  items.push({
    key: `meeting-absence:${memberId}:${year}:${stage}`,
    rule: stage === 'alert-secretary' ? 'meeting-absence-alert' : 'meeting-removal-review',
    audience: 'alert',
    memberId,
    dueAt: inYear.at(-1)!.startsAt,
    vars,
  });
  return items;
}
