// The attendance screen of a meeting that has begun: one line per member the minutes list, started from what is
// recorded (else the answers and arrangements), kept as a draft in the session until Save.
import { InlineKeyboard } from 'grammy';
import type { AttendanceStatus } from '../../../../domain/meetings';
import type { AttendanceLine, MeetingView } from '../../../../records/meetings';
import type { BotContext } from '../../context';
import type { LeaderScope } from './access';
import { excerpt } from './format';
import { meetingData, type AttendanceDraft } from './meeting-data';
import { absenceReasonText, meetingWhen } from './meeting-view';

type LeaderContext = BotContext & { member: LeaderScope };

/** A press moves a member one step round: present, absent with a reason, absent without one. */
export const NEXT_STATUS: Record<AttendanceStatus, AttendanceStatus> = {
  present: 'absent_with_reason',
  absent_with_reason: 'absent_without_reason',
  absent_without_reason: 'present',
};

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
        mark: ctx.t('meeting-sec-mark', { status: line.status }),
        name: names.get(line.memberId) ?? '',
        status: line.status,
        reason: line.reason ? excerpt(line.reason, 80) : '',
        hasReason: line.reason ? 'yes' : 'no',
      }),
    );
    keyboard.text(
      `${number} ${ctx.t('meeting-sec-mark', { status: line.status })}`,
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
      excused: count('absent_with_reason'),
      unexcused: count('absent_without_reason'),
    }),
    ctx.t('meeting-sec-attendance-help'),
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
