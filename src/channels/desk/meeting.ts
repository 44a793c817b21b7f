// /meeting on every channel: the cell's coming meetings and regular default for its secretary or deputy, and the
// actions to schedule, change or cancel a meeting, set or clear the default, and write the latest one's attendance;
// the typed answers are in meeting-prompt.ts, the attendance in meeting-attendance.ts.
import { isLeaderScope, refusedAction, refusedCommand } from './access';
import { encodeDeskAction, type DeskAction, type DeskActionOf } from './actions';
import { cycleAttendance, openAttendance, printAttendance, saveAttendance } from './meeting-attendance';
import { askMeetingNow } from './meeting-ask';
import {
  meetingActor,
  meetingNow,
  meetingScreen,
  meetingsScreen,
  meetingWhen,
  ownMeeting,
  staleMeeting,
  type LeaderEnv,
} from './meeting-view';
import type { MeetingView } from '../../records/meetings';
import type { DeskEnv, DeskReply } from './screen';

export type MeetingAction = Extract<DeskAction, { type: `meeting-${string}` }>;

export async function meetingCommand(env: DeskEnv): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'meeting.read', 'leader');
  return [await meetingsScreen(env as LeaderEnv)];
}

/** A meeting still to come of the chooser's cell; a cancelled, held or begun one is answered as stale. */
async function comingMeeting(
  env: LeaderEnv,
  meetingId: number,
  data: string,
): Promise<MeetingView | DeskReply[]> {
  const found = await ownMeeting(env, meetingId, data);
  if (Array.isArray(found)) return found;
  if (found.status !== 'scheduled' || found.startsAt <= meetingNow(env)) return staleMeeting(env, found);
  return found;
}

/** The audit's name of a meeting action the chooser may not take. */
export function meetingAuditName(action: MeetingAction): string {
  switch (action.type) {
    case 'meeting-schedule':
      return 'meeting.schedule';
    case 'meeting-default':
      return 'meeting.default';
    case 'meeting-open':
      return 'meeting.open';
    case 'meeting-edit':
      return 'meeting.edit';
    case 'meeting-document':
      return 'meeting.document';
    case 'meeting-cancel':
      return 'meeting.cancel';
    case 'meeting-print':
      return 'meeting.print';
    default:
      return 'meeting.attendance';
  }
}

async function cancelMeeting(
  env: LeaderEnv,
  action: DeskActionOf<'meeting-cancel'>,
  data: string,
): Promise<DeskReply[]> {
  const found = await comingMeeting(env, action.meetingId, data);
  if (Array.isArray(found)) return found;
  const when = meetingWhen(env, found);
  if (action.step === 'ask') {
    // Members may have answered already: cancelling is asked once more.
    return [
      {
        type: 'message',
        text: env.t('meeting-sec-cancel-ask', { when, place: found.place }),
        buttons: [
          [
            {
              label: env.t('meeting-sec-button-cancel-yes'),
              action: { type: 'meeting-cancel', step: 'yes', meetingId: found.id },
            },
          ],
          [
            {
              label: env.t('meeting-sec-button-cancel-no'),
              action: { type: 'meeting-cancel', step: 'no', meetingId: found.id },
            },
          ],
        ],
      },
    ];
  }
  if (action.step === 'no')
    return [{ type: 'close-actions' }, { type: 'message', text: env.t('meeting-sec-cancel-kept', { when }) }];
  const cancelled = await env.records.meetings.cancel(found.id, meetingActor(env));
  if (!cancelled)
    return [
      { type: 'close-actions' },
      { type: 'message', text: env.t('meeting-sec-stale', { status: found.status }) },
    ];
  return [
    { type: 'close-actions' },
    { type: 'message', text: env.t('meeting-sec-cancelled-meeting', { when, place: found.place }) },
    await meetingsScreen(env),
  ];
}

/** A meeting action chosen on /meeting's screens, checked against the chooser's role now. */
export async function pressMeeting(env: DeskEnv, action: MeetingAction): Promise<DeskReply[]> {
  const data = encodeDeskAction(action);
  if (!isLeaderScope(env.member)) return refusedAction(env, meetingAuditName(action), data);
  const leader = env as LeaderEnv;
  switch (action.type) {
    case 'meeting-schedule':
      return askMeetingNow(leader, { kind: 'schedule', step: 'when' });
    case 'meeting-default': {
      if (action.change === 'set') return askMeetingNow(leader, { kind: 'default', step: 'day' });
      const cleared = await env.records.meetings.clearDefault(leader.member.cellId, meetingActor(leader));
      return [
        { type: 'close-actions' },
        { type: 'message', text: env.t('meeting-sec-default-cleared', { cleared: cleared ? 'yes' : 'no' }) },
        await meetingsScreen(leader),
      ];
    }
    case 'meeting-open': {
      const found = await comingMeeting(leader, action.meetingId, data);
      return Array.isArray(found) ? found : [await meetingScreen(leader, found)];
    }
    case 'meeting-edit': {
      const found = await comingMeeting(leader, action.meetingId, data);
      if (Array.isArray(found)) return found;
      // A link action is only offered for an online-pilot cell: one forged for another cell changes nothing.
      if (action.field === 'link' && !found.onlinePilot) return refusedAction(env, 'meeting.edit', data);
      return askMeetingNow(leader, { kind: 'edit', field: action.field, meetingId: found.id });
    }
    case 'meeting-document': {
      const found = await comingMeeting(leader, action.meetingId, data);
      if (Array.isArray(found)) return found;
      return askMeetingNow(leader, { kind: 'document', meetingId: found.id });
    }
    case 'meeting-cancel':
      return cancelMeeting(leader, action, data);
    case 'meeting-attendance':
      return openAttendance(leader, action.meetingId, data);
    case 'meeting-cycle':
      return cycleAttendance(leader, action, data);
    case 'meeting-save':
      return saveAttendance(leader, action.meetingId, data);
    case 'meeting-print':
      return printAttendance(leader, action.meetingId, data);
  }
}
