// What /status says of the monthly meeting: the next one (on the cell's clock and the member's own), whether the
// member answered, and this year's absences without a reason against the removal ground.
import { DateTime } from 'luxon';
import { absenceStage, meetingExpectation, type AbsenceStage, type MeetingReply } from './meetings';
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import type { DatedFacts } from './member-state';

export interface NextMeetingFacts {
  startsAt: Date;
  cellZone: string;
  place: string;
  onlineLink: string | null;
  reply: MeetingReply | null;
}

export interface MeetingStanding {
  next: {
    day: CalendarDate;
    time: string;
    /** The member's own day and time, when they live in another zone than the cell's. */
    own: { day: CalendarDate; time: string } | null;
    place: string;
    onlineLink: string | null;
    reply: MeetingReply | null;
    /** Excused by a temporary exemption or transfer in force that day: told, not asked. */
    excused: boolean;
  } | null;
  /** The cell's calendar year the count is for. */
  year: number;
  unexcused: number;
  stage: AbsenceStage;
}

function wallClock(instant: Date, zone: string): { day: CalendarDate; time: string } {
  const at = DateTime.fromJSDate(instant, { zone });
  return { day: at.toISODate() as CalendarDate, time: at.toFormat('HH:mm') };
}

/** Null for a member the meetings do not expect at all (full exemption, or no longer in the cell's care). */
export function meetingStanding(
  facts: DatedFacts & { zone: string },
  next: NextMeetingFacts | null,
  unexcused: number,
  now: Date,
  cellZone: string,
  policy: Policy,
): MeetingStanding | null {
  const todayAtCell = wallClock(now, cellZone).day;
  if (meetingExpectation(facts, todayAtCell).kind === 'not-listed') return null;
  let shown: MeetingStanding['next'] = null;
  if (next) {
    const atCell = wallClock(next.startsAt, next.cellZone);
    const expectation = meetingExpectation(facts, atCell.day);
    if (expectation.kind !== 'not-listed') {
      const own = wallClock(next.startsAt, facts.zone);
      shown = {
        ...atCell,
        own: own.day !== atCell.day || own.time !== atCell.time ? own : null,
        place: next.place,
        onlineLink: next.onlineLink,
        reply: next.reply,
        excused: expectation.kind === 'excused',
      };
    }
  }
  return {
    next: shown,
    year: DateTime.fromJSDate(now, { zone: cellZone }).year,
    unexcused,
    stage: absenceStage(unexcused, policy),
  };
}
