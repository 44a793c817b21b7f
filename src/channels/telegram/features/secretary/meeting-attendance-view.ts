// The attendance screen of a meeting that has begun: one line per member the minutes list, started from what is
// recorded (else the answers and arrangements), kept as a draft in the session until Save.
import { InlineKeyboard } from 'grammy';
import type { AttendanceStatus } from '../../../../domain/meetings';
import type { AttendanceLine, MeetingView } from '../../../../records/meetings';
import type { BotContext } from '../../context';
import type { LeaderScope } from './access';
import { excerpt } from '../../../desk/chunk-lines';
import { meetingData, type AttendanceDraft } from './meeting-data';
import { absenceReasonText, meetingWhen } from './meeting-view';

type LeaderContext = BotContext & { member: LeaderScope };

/** What the screen shows for a line: joining online is a way of being present. */
export type AttendanceState = AttendanceStatus | 'online';

export function stateOf(line: AttendanceDraft['lines'][number]): AttendanceState {
  return line.status === 'present' && line.online ? 'online' : line.status;
}

/**
 * A press moves a member one step round: present, (joined online, in an online-pilot cell), absent with a reason,
 * absent without one.
 */
export function nextState(state: AttendanceState, onlinePilot: boolean): AttendanceState {
  if (state === 'present') return onlinePilot ? 'online' : 'absent_with_reason';
  if (state === 'online') return 'absent_with_reason';
  if (state === 'absent_with_reason') return 'absent_without_reason';
  return 'present';
}

/** The reason the records already know for a member's absence: recorded, answered, or their arrangement. */
export function knownReason(ctx: BotContext, line: AttendanceLine): string | null {
  if (line.recorded?.reason) return line.recorded.reason;
  if (line.prefilled.reason) return absenceReasonText(ctx, line.prefilled.reason);
  if (line.answer?.reply === 'not_attending') {
    return absenceReasonText(ctx, {
      kind: 'answer',
      reason: line.answer.reason ?? 'other',
      text: line.answer.reasonText,
    });
  }
  if (line.expectation.kind === 'excused') {
    return absenceReasonText(ctx, { kind: 'arrangement', because: line.expectation.because });
  }
  return null;
}

function freshDraft(ctx: BotContext, meetingId: number, lines: readonly AttendanceLine[]): AttendanceDraft {
  return {
    meetingId,
    lines: lines.map((line) => {
      const status = line.recorded?.status ?? line.prefilled.status;
      return {
        memberId: line.memberId,
        status,
        reason: status === 'absent_with_reason' ? knownReason(ctx, line) : null,
        online: line.recorded?.online ?? false,
      };
    }),
  };
}

/** The session's draft for this meeting while it lists the same members; otherwise one started afresh. */
export async function attendanceDraft(
  ctx: BotContext,
  meeting: MeetingView,
): Promise<{ draft: AttendanceDraft; lines: AttendanceLine[] }> {
  const lines = (await ctx.deps.records.meetings.attendanceLines(meeting.id)) ?? [];
  const kept = ctx.session.meetingAttendance;
  const listed = lines.map((line) => line.memberId).join(',');
  const draft =
    kept?.meetingId === meeting.id && kept.lines.map((line) => line.memberId).join(',') === listed
      ? kept
      : freshDraft(ctx, meeting.id, lines);
  ctx.session.meetingAttendance = draft;
  return { draft, lines };
}

/** Forgets the draft, so the screen opens on what the records hold (after Save, or when opened again). */
export function dropAttendanceDraft(ctx: BotContext): void {
  delete ctx.session.meetingAttendance;
}

async function render(
  ctx: BotContext,
  meeting: MeetingView,
  draft: AttendanceDraft,
  lines: AttendanceLine[],
) {
  const names = new Map(lines.map((line) => [line.memberId, line.fullName]));
  const recorded = lines.some((line) => line.recorded);
  const text = [
    ctx.t('meeting-sec-attendance-title', { when: await meetingWhen(ctx, meeting), place: meeting.place }),
    ctx.t('meeting-sec-attendance-source', { recorded: recorded ? 'yes' : 'no' }),
    '',
  ];
  const keyboard = new InlineKeyboard();
  for (const [index, line] of draft.lines.entries()) {
    const number = index + 1;
    text.push(
      ctx.t('meeting-sec-attendance-line', {
        number,
        mark: ctx.t('meeting-sec-mark', { status: stateOf(line) }),
        name: names.get(line.memberId) ?? '',
        status: stateOf(line),
        reason: line.reason ? excerpt(line.reason, 80) : '',
        hasReason: line.reason ? 'yes' : 'no',
      }),
    );
    keyboard.text(
      `${number} ${ctx.t('meeting-sec-mark', { status: stateOf(line) })}`,
      meetingData.cycle(meeting.id, line.memberId),
    );
    if (number % 4 === 0) keyboard.row();
  }
  const count = (status: AttendanceStatus) => draft.lines.filter((line) => line.status === status).length;
  if (draft.lines.length === 0) text.push(ctx.t('meeting-sec-attendance-empty'));
  text.push(
    '',
    ctx.t('meeting-sec-attendance-summary', {
      listed: draft.lines.length,
      present: count('present'),
      online: draft.lines.filter((line) => stateOf(line) === 'online').length,
      excused: count('absent_with_reason'),
      unexcused: count('absent_without_reason'),
    }),
    ctx.t('meeting-sec-attendance-help', { pilot: meeting.onlinePilot ? 'yes' : 'no' }),
  );
  keyboard.row().text(ctx.t('meeting-sec-button-save'), meetingData.save(meeting.id));
  // What is printed is what the records hold: the list is offered once attendance was saved at least once.
  if (lines.some((line) => line.recorded)) {
    keyboard.row().text(ctx.t('meeting-sec-button-print'), meetingData.printAttendance(meeting.id));
  }
  return { text: text.join('\n'), keyboard };
}

/** Sends the screen as a new message, or (after a press on it) redraws the pressed one. */
export async function showAttendance(
  ctx: BotContext,
  meeting: MeetingView,
  how: 'send' | 'redraw',
): Promise<void> {
  const { draft, lines } = await attendanceDraft(ctx, meeting);
  const { text, keyboard } = await render(ctx, meeting, draft, lines);
  if (how === 'redraw' && ctx.callbackQuery?.message) {
    const edited = await ctx.editMessageText(text, { reply_markup: keyboard }).then(
      () => true,
      (error: unknown) => {
        ctx.log.warn({ err: error }, 'could not redraw the attendance screen');
        return false;
      },
    );
    if (edited) return;
  }
  await ctx.reply(text, { reply_markup: keyboard });
}

/** The reason typed for a member marked absent with a reason the records did not know. */
export async function setAbsenceReason(
  ctx: LeaderContext,
  meetingId: number,
  memberId: number,
  reason: string,
): Promise<void> {
  const meeting = await ctx.deps.records.meetings.get(meetingId);
  if (!meeting || meeting.cellId !== ctx.member.cellId || meeting.status === 'cancelled') {
    await ctx.reply(ctx.t('meeting-sec-stale', { status: meeting?.status ?? 'cancelled' }));
    return;
  }
  const { draft } = await attendanceDraft(ctx, meeting);
  const line = draft.lines.find((entry) => entry.memberId === memberId);
  if (line) Object.assign(line, { status: 'absent_with_reason', reason });
  await showAttendance(ctx, meeting, 'send');
}
