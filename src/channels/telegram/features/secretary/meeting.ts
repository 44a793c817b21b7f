// /meeting on Telegram: the channel-neutral screens of src/channels/desk/meeting.ts (the cell's meetings, their
// changes and the latest one's attendance) and their buttons, pressed only in the presser's own chat.
import { Composer } from 'grammy';
import { decodeDeskActionOf, deskActionPattern } from '../../../desk/actions';
import { meetingAuditName, meetingCommand, pressMeeting, type MeetingAction } from '../../../desk/meeting';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';
import { pressedInOwnChat, refuseButton } from './access';
import './meeting-data';

export const meeting = new Composer<BotContext>();
const chat = meeting.chatType('private');

chat.command('meeting', async (ctx) => showDesk(ctx, await meetingCommand(await deskEnv(ctx))));

const MEETING_TYPES = [
  'meeting-schedule',
  'meeting-default',
  'meeting-open',
  'meeting-edit',
  'meeting-cancel',
  'meeting-attendance',
  'meeting-cycle',
  'meeting-save',
  'meeting-document',
  'meeting-print',
] as const;
const MEETING_ACTIONS = deskActionPattern(...MEETING_TYPES);

function meetingActionOf(data: string): MeetingAction | undefined {
  for (const type of MEETING_TYPES) {
    const action = decodeDeskActionOf(type, data);
    if (action) return action;
  }
  return undefined;
}

chat.callbackQuery(MEETING_ACTIONS, async (ctx) => {
  const action = meetingActionOf(ctx.callbackQuery.data)!;
  // A press on a message of another chat: the presser's role says nothing about that chat's buttons.
  if (!pressedInOwnChat(ctx)) return refuseButton(ctx, meetingAuditName(action));
  await showDesk(ctx, await pressMeeting(await deskEnv(ctx), action));
});
