// /meeting: the cell's coming meetings and regular default for its secretary or deputy, with the buttons to schedule,
// change or cancel a meeting and to set or clear the default; the typed answers are in meeting-prompt.ts.
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../../context';
import { isCellLeader, pressedInOwnChat, refuseButton, refuseCommand } from './access';
import { closeQuestion } from './access';
import { meetingAction, MEETING_PATTERNS, meetingData } from './meeting-data';
import { askMeeting, meetingActor } from './meeting-prompt';
import { answerStale, meetingWhen, ownMeeting, showMeeting, showMeetings } from './meeting-view';

export const meeting = new Composer<BotContext>();
const chat = meeting.chatType('private');

chat.command('meeting', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'meeting.read', 'leader');
  await showMeetings(ctx);
});

chat.callbackQuery(MEETING_PATTERNS.schedule, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.schedule');
  await ctx.answerCallbackQuery();
  await askMeeting(ctx, { kind: 'schedule', step: 'when', askedAt: ctx.deps.clock().toISOString() });
});

chat.callbackQuery(MEETING_PATTERNS.setDefault, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.default');
  await ctx.answerCallbackQuery();
  await askMeeting(ctx, { kind: 'default', step: 'day', askedAt: ctx.deps.clock().toISOString() });
});

chat.callbackQuery(MEETING_PATTERNS.clearDefault, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.default');
  await ctx.answerCallbackQuery();
  const cleared = await ctx.deps.records.meetings.clearDefault(ctx.member.cellId, meetingActor(ctx));
  await closeQuestion(ctx, 'meeting');
  await ctx.reply(ctx.t('meeting-sec-default-cleared', { cleared: cleared ? 'yes' : 'no' }));
  await showMeetings(ctx);
});

/** A meeting still to come of the presser's cell; a cancelled, held or begun one is answered as stale. */
async function comingMeeting(ctx: Parameters<typeof ownMeeting>[0], meetingId: number) {
  const found = await ownMeeting(ctx, meetingId);
  if (!found) return null;
  if (found.status !== 'scheduled' || found.startsAt <= ctx.deps.clock()) {
    await answerStale(ctx, found);
    return null;
  }
  return found;
}

chat.callbackQuery(MEETING_PATTERNS.open, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.open');
  const found = await comingMeeting(ctx, meetingAction(ctx, 'meeting-open').meetingId);
  if (!found) return;
  await ctx.answerCallbackQuery();
  await showMeeting(ctx, found);
});

chat.callbackQuery(MEETING_PATTERNS.edit, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.edit');
  const { field, meetingId } = meetingAction(ctx, 'meeting-edit');
  const found = await comingMeeting(ctx, meetingId);
  if (!found) return;
  // A link button is only drawn for an online-pilot cell: one forged for another cell changes nothing.
  if (field === 'link' && !found.onlinePilot) return refuseButton(ctx, 'meeting.edit');
  await ctx.answerCallbackQuery();
  await askMeeting(ctx, {
    kind: 'edit',
    field,
    meetingId: found.id,
    askedAt: ctx.deps.clock().toISOString(),
  });
});

chat.callbackQuery(MEETING_PATTERNS.attachDocument, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.document');
  const found = await comingMeeting(ctx, meetingAction(ctx, 'meeting-document').meetingId);
  if (!found) return;
  await ctx.answerCallbackQuery();
  await askMeeting(ctx, { kind: 'document', meetingId: found.id, askedAt: ctx.deps.clock().toISOString() });
});

chat.callbackQuery(MEETING_PATTERNS.cancel, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.cancel');
  const { step, meetingId } = meetingAction(ctx, 'meeting-cancel');
  const found = await comingMeeting(ctx, meetingId);
  if (!found) return;
  await ctx.answerCallbackQuery();
  const when = await meetingWhen(ctx, found);
  if (step === 'ask') {
    // Members may have answered already: cancelling is asked once more.
    const keyboard = new InlineKeyboard()
      .text(ctx.t('meeting-sec-button-cancel-yes'), meetingData.cancelConfirmed(found.id))
      .row()
      .text(ctx.t('meeting-sec-button-cancel-no'), meetingData.cancelKept(found.id));
    await ctx.reply(ctx.t('meeting-sec-cancel-ask', { when, place: found.place }), {
      reply_markup: keyboard,
    });
    return;
  }
  await closeQuestion(ctx, 'meeting cancel');
  if (step === 'no') {
    await ctx.reply(ctx.t('meeting-sec-cancel-kept', { when }));
    return;
  }
  const cancelled = await ctx.deps.records.meetings.cancel(found.id, meetingActor(ctx));
  if (!cancelled) {
    await ctx.reply(ctx.t('meeting-sec-stale', { status: found.status }));
    return;
  }
  await ctx.reply(ctx.t('meeting-sec-cancelled-meeting', { when, place: found.place }));
  await showMeetings(ctx);
});
