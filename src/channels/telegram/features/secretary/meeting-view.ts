// The /meeting screens as the secretary reads them: the cell's coming meetings and default, one meeting to change.
import { InlineKeyboard } from 'grammy';
import type { AttendanceReason } from '../../../../domain/meetings';
import { formatLocalDateTime } from '../../../../presentation/formats';
import { MEETING_DOCUMENTS_MAX, type MeetingView } from '../../../../records/meetings';
import type { BotContext } from '../../context';
import type { LeaderScope } from './access';
import { excerpt } from '../../../desk/chunk-lines';
import { meetingData } from './meeting-data';

type LeaderContext = BotContext & { member: LeaderScope };

/** "05/01/2027 19:30": on the cell's clock, where the meeting is held, whoever reads it. */
export async function meetingWhen(ctx: BotContext, meeting: Pick<MeetingView, 'startsAt' | 'cellZone'>) {
  return formatLocalDateTime(meeting.startsAt, meeting.cellZone, await ctx.i18n.getLocale());
}

/** The reason column of the minutes, worded from the member's answer or their arrangement. */
export function absenceReasonText(ctx: BotContext, reason: AttendanceReason): string {
  if (reason.kind === 'arrangement')
    return ctx.t('meeting-sec-reason-arrangement', { because: reason.because });
  const text = reason.text?.trim();
  if (reason.reason === 'other' && text) return text;
  const worded = ctx.t('meeting-sec-reason-answer', { reason: reason.reason });
  return text ? `${worded}: ${text}` : worded;
}

/** A meeting of the presser's own cell, or a refusal already answered (another cell's id, or none). */
export async function ownMeeting(ctx: LeaderContext, meetingId: number): Promise<MeetingView | null> {
  const meeting = await ctx.deps.records.meetings.get(meetingId);
  if (meeting && meeting.cellId === ctx.member.cellId) return meeting;
  await ctx.deps.records.access.denied({
    actorId: ctx.member.id,
    action: 'meeting.button',
    reason: 'out-of-scope',
    target: { data: ctx.callbackQuery?.data ?? null },
  });
  ctx.log.warn({ meetingId, memberId: ctx.member.id }, 'meeting button of another cell refused');
  await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
  return null;
}

/** A meeting that was cancelled, held or begun since its screen was shown: said on the button, nothing changed. */
export async function answerStale(ctx: BotContext, meeting: MeetingView): Promise<void> {
  await ctx.answerCallbackQuery({
    text: ctx.t('meeting-sec-stale', { status: meeting.status }),
    show_alert: true,
  });
}

async function answerCounts(ctx: BotContext, meeting: MeetingView) {
  const lines = (await ctx.deps.records.meetings.attendanceLines(meeting.id)) ?? [];
  return {
    attending: lines.filter((line) => line.answer?.reply === 'attending').length,
    absent: lines.filter((line) => line.answer?.reply === 'not_attending').length,
    listed: lines.length,
  };
}

/** /meeting: the coming meetings with their answers so far, the regular default, the latest begun one. */
export async function showMeetings(ctx: LeaderContext): Promise<void> {
  const { meetings } = ctx.deps.records;
  const cellId = ctx.member.cellId;
  const now = ctx.deps.clock();
  const [upcoming, rule, latest] = await Promise.all([
    meetings.upcoming(cellId, now),
    meetings.defaultOf(cellId),
    meetings.latestBegun(cellId, now),
  ]);
  const lines = [ctx.t('meeting-sec-title', { cell: ctx.member.cellName }), ''];
  lines.push(
    rule
      ? ctx.t('meeting-sec-default', { day: rule.dayOfMonth, time: rule.time, place: rule.place })
      : ctx.t('meeting-sec-default-none'),
    '',
  );
  const keyboard = new InlineKeyboard();
  if (upcoming.length === 0) lines.push(ctx.t('meeting-sec-upcoming-none'));
  else lines.push(ctx.t('meeting-sec-upcoming-header'));
  for (const [index, meeting] of upcoming.entries()) {
    const number = index + 1;
    lines.push(
      ctx.t('meeting-sec-upcoming-line', {
        number,
        when: await meetingWhen(ctx, meeting),
        place: meeting.place,
      }),
      ctx.t('meeting-sec-agenda', { agenda: meeting.agenda ? excerpt(meeting.agenda, 200) : '-' }),
      ctx.t('meeting-sec-answers', await answerCounts(ctx, meeting)),
    );
    keyboard.text(String(number), meetingData.open(meeting.id));
    if (number % 4 === 0) keyboard.row();
  }
  if (upcoming.length > 0) {
    keyboard.row();
    lines.push('', ctx.t('meeting-sec-upcoming-footer'));
  }
  if (latest) {
    const recorded = ((await meetings.attendanceLines(latest.id)) ?? []).some((line) => line.recorded);
    lines.push(
      '',
      ctx.t('meeting-sec-latest', {
        when: await meetingWhen(ctx, latest),
        place: latest.place,
        recorded: recorded ? 'yes' : 'no',
      }),
    );
  }
  keyboard.text(ctx.t('meeting-sec-button-schedule'), meetingData.schedule).row();
  keyboard.text(
    ctx.t('meeting-sec-button-set-default', { set: rule ? 'yes' : 'no' }),
    meetingData.setDefault,
  );
  if (rule) keyboard.text(ctx.t('meeting-sec-button-clear-default'), meetingData.clearDefault);
  keyboard.row();
  if (latest) {
    keyboard.text(
      ctx.t('meeting-sec-button-attendance', { when: await meetingWhen(ctx, latest) }),
      meetingData.attendance(latest.id),
    );
  }
  await ctx.reply(lines.join('\n'), { reply_markup: keyboard });
}

/** One coming meeting: what it is, and the buttons to change or cancel it. */
export async function showMeeting(ctx: LeaderContext, meeting: MeetingView): Promise<void> {
  const counts = await answerCounts(ctx, meeting);
  const documents = await ctx.deps.records.meetings.documentsOf(meeting.id);
  const text = [
    ctx.t('meeting-sec-meeting-title', { when: await meetingWhen(ctx, meeting) }),
    ctx.t('meeting-sec-field-place', { place: meeting.place }),
    ctx.t('meeting-sec-field-agenda', { agenda: meeting.agenda || '-' }),
    ...(meeting.onlinePilot ? [ctx.t('meeting-sec-field-link', { link: meeting.onlineLink ?? '-' })] : []),
    ctx.t('meeting-sec-field-documents', {
      count: documents.length,
      names: documents.map((document) => document.fileName).join(', '),
    }),
    ctx.t('meeting-sec-answers', counts),
  ].join('\n');
  const keyboard = new InlineKeyboard()
    .text(ctx.t('meeting-sec-button-edit', { field: 'when' }), meetingData.edit('when', meeting.id))
    .row()
    .text(ctx.t('meeting-sec-button-edit', { field: 'place' }), meetingData.edit('place', meeting.id))
    .row()
    .text(ctx.t('meeting-sec-button-edit', { field: 'agenda' }), meetingData.edit('agenda', meeting.id))
    .row();
  // Only an online-pilot cell meets online (HD 03-HD/TW, 2022): the others have no link to change.
  if (meeting.onlinePilot) {
    keyboard
      .text(ctx.t('meeting-sec-button-edit', { field: 'link' }), meetingData.edit('link', meeting.id))
      .row();
  }
  if (documents.length < MEETING_DOCUMENTS_MAX) {
    keyboard.text(ctx.t('meeting-sec-button-document'), meetingData.attachDocument(meeting.id)).row();
  }
  keyboard.text(ctx.t('meeting-sec-button-cancel'), meetingData.cancel(meeting.id));
  await ctx.reply(text, { reply_markup: keyboard });
}
