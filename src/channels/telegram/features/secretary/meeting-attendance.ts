// The attendance of the cell's latest meeting that began: opened pre-filled, a press per member to correct it, Save
// records it (or its correction) for the minutes. Buttons of another cell's or a cancelled meeting change nothing.
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import type { MeetingView } from '../../../../records/meetings';
import type { BotContext } from '../../context';
import { answerRefused, isCellLeader, pressedInOwnChat, refuseButton, type LeaderScope } from './access';
import {
  attendanceDraft,
  dropAttendanceDraft,
  knownReason,
  nextState,
  stateOf,
  showAttendance,
} from './meeting-attendance-view';
import { meetingAction, MEETING_PATTERNS, meetingData } from './meeting-data';
import { languageOf } from './export-language';
import { askMeeting, meetingActor } from './meeting-prompt';
import { answerStale, meetingWhen, ownMeeting } from './meeting-view';

type LeaderContext = BotContext & { member: LeaderScope };

export const meetingAttendance = new Composer<BotContext>();
const chat = meetingAttendance.chatType('private');

/** A meeting whose attendance can be written now: of the presser's cell, begun, not cancelled. */
async function begunMeeting(ctx: LeaderContext, meetingId: number): Promise<MeetingView | null> {
  const meeting = await ownMeeting(ctx, meetingId);
  if (!meeting) return null;
  if (meeting.status === 'cancelled' || meeting.startsAt > ctx.deps.clock()) {
    await answerStale(ctx, meeting);
    return null;
  }
  return meeting;
}

chat.callbackQuery(MEETING_PATTERNS.attendance, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.attendance');
  const meeting = await begunMeeting(ctx, meetingAction(ctx, 'meeting-attendance').meetingId);
  if (!meeting) return;
  await ctx.answerCallbackQuery();
  // Opened again, the screen shows what the records hold, not an unsaved draft from before.
  dropAttendanceDraft(ctx);
  await showAttendance(ctx, meeting, 'send');
});

chat.callbackQuery(MEETING_PATTERNS.cycle, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.attendance');
  const meeting = await begunMeeting(ctx, meetingAction(ctx, 'meeting-cycle').meetingId);
  if (!meeting) return;
  const { memberId } = meetingAction(ctx, 'meeting-cycle');
  const { draft, lines } = await attendanceDraft(ctx, meeting);
  const line = draft.lines.find((entry) => entry.memberId === memberId);
  if (!line) return refuseButton(ctx, 'meeting.attendance');
  const state = nextState(stateOf(line), meeting.onlinePilot);
  line.status = state === 'online' ? 'present' : state;
  line.online = state === 'online';
  if (line.status === 'absent_with_reason') {
    const listed = lines.find((entry) => entry.memberId === memberId)!;
    line.reason = line.reason ?? knownReason(ctx, listed);
  }
  await ctx.answerCallbackQuery();
  await showAttendance(ctx, meeting, 'redraw');
  if (line.status === 'absent_with_reason' && !line.reason) {
    await askMeeting(ctx, {
      kind: 'absence-reason',
      meetingId: meeting.id,
      memberId,
      askedAt: ctx.deps.clock().toISOString(),
    });
  }
});

chat.callbackQuery(MEETING_PATTERNS.save, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.attendance');
  const meeting = await begunMeeting(ctx, meetingAction(ctx, 'meeting-save').meetingId);
  if (!meeting) return;
  const { draft, lines } = await attendanceDraft(ctx, meeting);
  const names = new Map(lines.map((line) => [line.memberId, line.fullName]));
  const missing = draft.lines.filter((line) => line.status === 'absent_with_reason' && !line.reason?.trim());
  await ctx.answerCallbackQuery();
  if (missing.length > 0) {
    await ctx.reply(
      ctx.t('meeting-sec-attendance-reason-missing', {
        names: missing.map((line) => names.get(line.memberId) ?? '').join(', '),
      }),
    );
    return;
  }
  const wasRecorded = lines.some((line) => line.recorded);
  const result = await ctx.deps.records.meetings.recordAttendance(
    meeting.id,
    draft.lines.map((line) => ({
      memberId: line.memberId,
      status: line.status,
      reason: line.reason,
      online: line.online === true,
    })),
    meetingActor(ctx),
  );
  if (result.outcome === 'refused') {
    // The list changed under the draft (a member left the cell): the screen is drawn again from the records.
    dropAttendanceDraft(ctx);
    await ctx.reply(ctx.t('meeting-sec-attendance-refused', { reason: result.reason }));
    return;
  }
  dropAttendanceDraft(ctx);
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const count = (status: string) => draft.lines.filter((line) => line.status === status).length;
  await ctx.reply(
    ctx.t('meeting-sec-attendance-saved', {
      correction: wasRecorded ? 'yes' : 'no',
      changed: result.changed.length,
      listed: draft.lines.length,
      present: count('present'),
      excused: count('absent_with_reason'),
      unexcused: count('absent_without_reason'),
    }),
    {
      reply_markup: new InlineKeyboard().text(
        ctx.t('meeting-sec-button-print'),
        meetingData.printAttendance(meeting.id),
      ),
    },
  );
});

// The attendance list for the minutes, to print and sign: the records write it (and audit it) from what was saved.
chat.callbackQuery(MEETING_PATTERNS.printAttendance, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'meeting.print');
  const meeting = await begunMeeting(ctx, meetingAction(ctx, 'meeting-print').meetingId);
  if (!meeting) return;
  const result = await ctx.deps.records.exports.meetingMinutesPdf(
    ctx.member.id,
    meeting.id,
    await languageOf(ctx),
  );
  if (result.outcome === 'refused') return answerRefused(ctx);
  await ctx.answerCallbackQuery();
  if (result.outcome !== 'exported') {
    await ctx.reply(ctx.t('meeting-sec-print-unavailable', { outcome: result.outcome }));
    return;
  }
  await ctx.replyWithChatAction('upload_document').catch(() => undefined);
  await ctx.replyWithDocument(new InputFile(result.file.bytes, result.file.fileName), {
    caption: ctx.t('meeting-sec-print-caption', { when: await meetingWhen(ctx, meeting) }),
  });
});
