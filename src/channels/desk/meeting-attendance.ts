// The attendance of the cell's latest meeting that began, on every channel: opened pre-filled, a choice per member
// to correct it, Save records it (or its correction) for the minutes, and the list to print. Actions on another
// cell's or a cancelled meeting change nothing.
import type { AttendanceStatus } from '../../domain/meetings';
import type { AttendanceLine, MeetingView } from '../../records/meetings';
import { refusedAction, refusedByRecords } from './access';
import type { DeskActionOf } from './actions';
import { excerpt } from './chunk-lines';
import { askMeetingNow } from './meeting-ask';
import type { AttendanceDraft } from './meeting-state';
import {
  absenceReasonText,
  meetingActor,
  meetingNow,
  meetingWhen,
  ownMeeting,
  staleMeeting,
  type LeaderEnv,
} from './meeting-view';
import type { DeskButton, DeskEnv, DeskReply } from './screen';

/** What the screen shows for a line: joining online is a way of being present. */
export type AttendanceState = AttendanceStatus | 'online';

export function stateOf(line: AttendanceDraft['lines'][number]): AttendanceState {
  return line.status === 'present' && line.online ? 'online' : line.status;
}

/**
 * A choice moves a member one step round: present, (joined online, in an online-pilot cell), absent with a reason,
 * absent without one.
 */
export function nextState(state: AttendanceState, onlinePilot: boolean): AttendanceState {
  if (state === 'present') return onlinePilot ? 'online' : 'absent_with_reason';
  if (state === 'online') return 'absent_with_reason';
  if (state === 'absent_with_reason') return 'absent_without_reason';
  return 'present';
}

/** The reason the records already know for a member's absence: recorded, answered, or their arrangement. */
export function knownReason(env: DeskEnv, line: AttendanceLine): string | null {
  if (line.recorded?.reason) return line.recorded.reason;
  if (line.prefilled.reason) return absenceReasonText(env, line.prefilled.reason);
  if (line.answer?.reply === 'not_attending') {
    return absenceReasonText(env, {
      kind: 'answer',
      reason: line.answer.reason ?? 'other',
      text: line.answer.reasonText,
    });
  }
  if (line.expectation.kind === 'excused') {
    return absenceReasonText(env, { kind: 'arrangement', because: line.expectation.because });
  }
  return null;
}

function freshDraft(env: DeskEnv, meetingId: number, lines: readonly AttendanceLine[]): AttendanceDraft {
  return {
    meetingId,
    lines: lines.map((line) => {
      const status = line.recorded?.status ?? line.prefilled.status;
      return {
        memberId: line.memberId,
        status,
        reason: status === 'absent_with_reason' ? knownReason(env, line) : null,
        online: line.recorded?.online ?? false,
      };
    }),
  };
}

/** The chat's draft for this meeting while it lists the same members; otherwise one started afresh. */
async function attendanceDraft(
  env: DeskEnv,
  meeting: MeetingView,
): Promise<{ draft: AttendanceDraft; lines: AttendanceLine[] }> {
  const lines = (await env.records.meetings.attendanceLines(meeting.id)) ?? [];
  const kept = env.attendanceDraft.get();
  const listed = lines.map((line) => line.memberId).join(',');
  const draft =
    kept?.meetingId === meeting.id && kept.lines.map((line) => line.memberId).join(',') === listed
      ? kept
      : freshDraft(env, meeting.id, lines);
  env.attendanceDraft.set(draft);
  return { draft, lines };
}

/** The screen of the draft; `how` says whether it is a new message or the chosen one redrawn. */
function attendanceScreen(
  env: DeskEnv,
  meeting: MeetingView,
  draft: AttendanceDraft,
  lines: AttendanceLine[],
  how: 'message' | 'update',
): DeskReply {
  const names = new Map(lines.map((line) => [line.memberId, line.fullName]));
  const recorded = lines.some((line) => line.recorded);
  const text = [
    env.t('meeting-sec-attendance-title', { when: meetingWhen(env, meeting), place: meeting.place }),
    env.t('meeting-sec-attendance-source', { recorded: recorded ? 'yes' : 'no' }),
    '',
  ];
  const rows: DeskButton[][] = [];
  for (const [index, line] of draft.lines.entries()) {
    const number = index + 1;
    const mark = env.t('meeting-sec-mark', { status: stateOf(line) });
    text.push(
      env.t('meeting-sec-attendance-line', {
        number,
        mark,
        name: names.get(line.memberId) ?? '',
        status: stateOf(line),
        reason: line.reason ? excerpt(line.reason, 80) : '',
        hasReason: line.reason ? 'yes' : 'no',
      }),
    );
    if (index % 4 === 0) rows.push([]);
    rows[rows.length - 1].push({
      label: `${number} ${mark}`,
      action: { type: 'meeting-cycle', meetingId: meeting.id, memberId: line.memberId },
      listed: number,
    });
  }
  const count = (status: AttendanceStatus) => draft.lines.filter((line) => line.status === status).length;
  if (draft.lines.length === 0) text.push(env.t('meeting-sec-attendance-empty'));
  text.push(
    '',
    env.t('meeting-sec-attendance-summary', {
      listed: draft.lines.length,
      present: count('present'),
      online: draft.lines.filter((line) => stateOf(line) === 'online').length,
      excused: count('absent_with_reason'),
      unexcused: count('absent_without_reason'),
    }),
    env.t('meeting-sec-attendance-help', { pilot: meeting.onlinePilot ? 'yes' : 'no' }),
  );
  rows.push([
    { label: env.t('meeting-sec-button-save'), action: { type: 'meeting-save', meetingId: meeting.id } },
  ]);
  // What is printed is what the records hold: the list is offered once attendance was saved at least once.
  if (recorded) {
    rows.push([
      { label: env.t('meeting-sec-button-print'), action: { type: 'meeting-print', meetingId: meeting.id } },
    ]);
  }
  return how === 'update'
    ? { type: 'update', text: text.join('\n'), buttons: rows, orSend: true }
    : { type: 'message', text: text.join('\n'), buttons: rows };
}

/** A meeting whose attendance can be written now: of the chooser's cell, begun, not cancelled. */
async function begunMeeting(
  env: LeaderEnv,
  meetingId: number,
  data: string,
): Promise<MeetingView | DeskReply[]> {
  const meeting = await ownMeeting(env, meetingId, data);
  if (Array.isArray(meeting)) return meeting;
  if (meeting.status === 'cancelled' || meeting.startsAt > meetingNow(env)) return staleMeeting(env, meeting);
  return meeting;
}

/** Opened (again), the screen shows what the records hold, not an unsaved draft from before. */
export async function openAttendance(env: LeaderEnv, meetingId: number, data: string): Promise<DeskReply[]> {
  const meeting = await begunMeeting(env, meetingId, data);
  if (Array.isArray(meeting)) return meeting;
  env.attendanceDraft.clear();
  const { draft, lines } = await attendanceDraft(env, meeting);
  return [attendanceScreen(env, meeting, draft, lines, 'message')];
}

/** One member moved a step round; a new absence with a reason the records do not know asks for it. */
export async function cycleAttendance(
  env: LeaderEnv,
  action: DeskActionOf<'meeting-cycle'>,
  data: string,
): Promise<DeskReply[]> {
  const meeting = await begunMeeting(env, action.meetingId, data);
  if (Array.isArray(meeting)) return meeting;
  const { draft, lines } = await attendanceDraft(env, meeting);
  const line = draft.lines.find((entry) => entry.memberId === action.memberId);
  if (!line) return refusedAction(env, 'meeting.attendance', data);
  const state = nextState(stateOf(line), meeting.onlinePilot);
  line.status = state === 'online' ? 'present' : state;
  line.online = state === 'online';
  if (line.status === 'absent_with_reason') {
    const listed = lines.find((entry) => entry.memberId === action.memberId)!;
    line.reason = line.reason ?? knownReason(env, listed);
  }
  env.attendanceDraft.set(draft);
  const replies = [attendanceScreen(env, meeting, draft, lines, 'update')];
  if (line.status === 'absent_with_reason' && !line.reason) {
    replies.push(
      ...(await askMeetingNow(env, {
        kind: 'absence-reason',
        meetingId: meeting.id,
        memberId: action.memberId,
      })),
    );
  }
  return replies;
}

/** Save: the draft recorded for the minutes (or as a correction), once every excused absence has its reason. */
export async function saveAttendance(env: LeaderEnv, meetingId: number, data: string): Promise<DeskReply[]> {
  const meeting = await begunMeeting(env, meetingId, data);
  if (Array.isArray(meeting)) return meeting;
  const { draft, lines } = await attendanceDraft(env, meeting);
  const names = new Map(lines.map((line) => [line.memberId, line.fullName]));
  const missing = draft.lines.filter((line) => line.status === 'absent_with_reason' && !line.reason?.trim());
  if (missing.length > 0) {
    return [
      {
        type: 'message',
        text: env.t('meeting-sec-attendance-reason-missing', {
          names: missing.map((line) => names.get(line.memberId) ?? '').join(', '),
        }),
      },
    ];
  }
  const wasRecorded = lines.some((line) => line.recorded);
  const result = await env.records.meetings.recordAttendance(
    meeting.id,
    draft.lines.map((line) => ({
      memberId: line.memberId,
      status: line.status,
      reason: line.reason,
      online: line.online === true,
    })),
    meetingActor(env),
  );
  // Saved, or refused because the list changed under the draft (a member left the cell): either way the screen is
  // drawn again from the records.
  env.attendanceDraft.clear();
  if (result.outcome === 'refused')
    return [{ type: 'message', text: env.t('meeting-sec-attendance-refused', { reason: result.reason }) }];
  const count = (status: string) => draft.lines.filter((line) => line.status === status).length;
  return [
    { type: 'close-actions' },
    {
      type: 'message',
      text: env.t('meeting-sec-attendance-saved', {
        correction: wasRecorded ? 'yes' : 'no',
        changed: result.changed.length,
        listed: draft.lines.length,
        present: count('present'),
        excused: count('absent_with_reason'),
        unexcused: count('absent_without_reason'),
      }),
      buttons: [[{ label: env.t('meeting-sec-button-print'), action: { type: 'meeting-print', meetingId } }]],
    },
  ];
}

/** The attendance list for the minutes, to print and sign: the records write it (and audit it) from what was saved. */
export async function printAttendance(env: LeaderEnv, meetingId: number, data: string): Promise<DeskReply[]> {
  const meeting = await begunMeeting(env, meetingId, data);
  if (Array.isArray(meeting)) return meeting;
  const result = await env.records.exports.meetingMinutesPdf(env.member.id, meeting.id, {
    t: env.t,
    locale: env.formats.locale,
    zone: env.homeTimezone,
  });
  if (result.outcome === 'refused') return refusedByRecords(env);
  if (result.outcome !== 'exported')
    return [{ type: 'message', text: env.t('meeting-sec-print-unavailable', { outcome: result.outcome }) }];
  return [
    {
      type: 'document',
      bytes: result.file.bytes,
      fileName: result.file.fileName,
      caption: env.t('meeting-sec-print-caption', { when: meetingWhen(env, meeting) }),
    },
  ];
}

/** The reason typed for a member marked absent with a reason the records did not know. */
export async function setAbsenceReason(
  env: LeaderEnv,
  meetingId: number,
  memberId: number,
  reason: string,
): Promise<DeskReply[]> {
  const meeting = await env.records.meetings.get(meetingId);
  if (!meeting || meeting.cellId !== env.member.cellId || meeting.status === 'cancelled')
    return [
      { type: 'message', text: env.t('meeting-sec-stale', { status: meeting?.status ?? 'cancelled' }) },
    ];
  const { draft, lines } = await attendanceDraft(env, meeting);
  const line = draft.lines.find((entry) => entry.memberId === memberId);
  if (line) Object.assign(line, { status: 'absent_with_reason', reason });
  env.attendanceDraft.set(draft);
  return [attendanceScreen(env, meeting, draft, lines, 'message')];
}
