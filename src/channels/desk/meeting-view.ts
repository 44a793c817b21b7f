// The /meeting screens as the secretary reads them, on every channel: the cell's coming meetings and default, one
// meeting to change, and the refusals of a meeting action (another cell's meeting, one no longer to come).
import type { AttendanceReason } from '../../domain/meetings';
import { formatLocalDateTime } from '../../presentation/formats';
import { MEETING_DOCUMENTS_MAX, type Actor, type MeetingView } from '../../records/meetings';
import type { LeaderScope } from './access';
import type { DeskButton, DeskEnv, DeskReply } from './screen';
import { excerpt } from './chunk-lines';

export type LeaderEnv = DeskEnv & { member: LeaderScope };

export function meetingActor(env: LeaderEnv): Actor {
  return { id: env.member.id, label: env.member.fullName };
}

/** The rules' clock, the one the records write with. */
export function meetingNow(env: DeskEnv): Date {
  return env.records.decisions.now();
}

/** "05/01/2027 19:30": on the cell's clock, where the meeting is held, whoever reads it. */
export function meetingWhen(env: DeskEnv, meeting: Pick<MeetingView, 'startsAt' | 'cellZone'>): string {
  return formatLocalDateTime(meeting.startsAt, meeting.cellZone, env.formats.locale);
}

/** The reason column of the minutes, worded from the member's answer or their arrangement. */
export function absenceReasonText(env: DeskEnv, reason: AttendanceReason): string {
  if (reason.kind === 'arrangement')
    return env.t('meeting-sec-reason-arrangement', { because: reason.because });
  const text = reason.text?.trim();
  if (reason.reason === 'other' && text) return text;
  const worded = env.t('meeting-sec-reason-answer', { reason: reason.reason });
  return text ? `${worded}: ${text}` : worded;
}

/** A meeting of the chooser's own cell, or the refusal to give (another cell's id, or none), audited. */
export async function ownMeeting(
  env: LeaderEnv,
  meetingId: number,
  data: string,
): Promise<MeetingView | DeskReply[]> {
  const meeting = await env.records.meetings.get(meetingId);
  if (meeting && meeting.cellId === env.member.cellId) return meeting;
  await env.records.access.denied({
    actorId: env.member.id,
    action: 'meeting.button',
    reason: 'out-of-scope',
    target: { data },
  });
  env.log.warn({ meetingId, memberId: env.member.id }, 'meeting button of another cell refused');
  return [{ type: 'refused', text: env.t('access-button-refused') }];
}

/** A meeting that was cancelled, held or begun since its screen was shown: said, nothing changed. */
export function staleMeeting(env: DeskEnv, meeting: MeetingView): DeskReply[] {
  return [{ type: 'refused', text: env.t('meeting-sec-stale', { status: meeting.status }) }];
}

async function answerCounts(env: DeskEnv, meeting: MeetingView) {
  const lines = (await env.records.meetings.attendanceLines(meeting.id)) ?? [];
  return {
    attending: lines.filter((line) => line.answer?.reply === 'attending').length,
    absent: lines.filter((line) => line.answer?.reply === 'not_attending').length,
    listed: lines.length,
  };
}

/** Buttons four to a row. */
function rowsOf(buttons: readonly DeskButton[]): DeskButton[][] {
  const rows: DeskButton[][] = [];
  for (let index = 0; index < buttons.length; index += 4) rows.push(buttons.slice(index, index + 4));
  return rows;
}

/** /meeting: the coming meetings with their answers so far, the regular default, the latest begun one. */
export async function meetingsScreen(env: LeaderEnv): Promise<DeskReply> {
  const { meetings } = env.records;
  const cellId = env.member.cellId;
  const now = meetingNow(env);
  const [upcoming, rule, latest] = await Promise.all([
    meetings.upcoming(cellId, now),
    meetings.defaultOf(cellId),
    meetings.latestBegun(cellId, now),
  ]);
  const lines = [env.t('meeting-sec-title', { cell: env.member.cellName }), ''];
  lines.push(
    rule
      ? env.t('meeting-sec-default', { day: rule.dayOfMonth, time: rule.time, place: rule.place })
      : env.t('meeting-sec-default-none'),
    '',
  );
  if (upcoming.length === 0) lines.push(env.t('meeting-sec-upcoming-none'));
  else lines.push(env.t('meeting-sec-upcoming-header'));
  const opens: DeskButton[] = [];
  for (const [index, meeting] of upcoming.entries()) {
    const number = index + 1;
    lines.push(
      env.t('meeting-sec-upcoming-line', { number, when: meetingWhen(env, meeting), place: meeting.place }),
      env.t('meeting-sec-agenda', { agenda: meeting.agenda ? excerpt(meeting.agenda, 200) : '-' }),
      env.t('meeting-sec-answers', await answerCounts(env, meeting)),
    );
    opens.push({
      label: String(number),
      action: { type: 'meeting-open', meetingId: meeting.id },
      listed: number,
    });
  }
  const rows = rowsOf(opens);
  if (upcoming.length > 0) lines.push('', env.t('meeting-sec-upcoming-footer'));
  if (latest) {
    const recorded = ((await meetings.attendanceLines(latest.id)) ?? []).some((line) => line.recorded);
    lines.push(
      '',
      env.t('meeting-sec-latest', {
        when: meetingWhen(env, latest),
        place: latest.place,
        recorded: recorded ? 'yes' : 'no',
      }),
    );
  }
  rows.push([{ label: env.t('meeting-sec-button-schedule'), action: { type: 'meeting-schedule' } }]);
  rows.push([
    {
      label: env.t('meeting-sec-button-set-default', { set: rule ? 'yes' : 'no' }),
      action: { type: 'meeting-default', change: 'set' },
    },
    ...(rule
      ? [
          {
            label: env.t('meeting-sec-button-clear-default'),
            action: { type: 'meeting-default', change: 'clear' },
          } as const,
        ]
      : []),
  ]);
  if (latest) {
    rows.push([
      {
        label: env.t('meeting-sec-button-attendance', { when: meetingWhen(env, latest) }),
        action: { type: 'meeting-attendance', meetingId: latest.id },
      },
    ]);
  }
  return { type: 'message', text: lines.join('\n'), buttons: rows };
}

/** One coming meeting: what it is, and the actions to change or cancel it. */
export async function meetingScreen(env: LeaderEnv, meeting: MeetingView): Promise<DeskReply> {
  const counts = await answerCounts(env, meeting);
  const documents = await env.records.meetings.documentsOf(meeting.id);
  const text = [
    env.t('meeting-sec-meeting-title', { when: meetingWhen(env, meeting) }),
    env.t('meeting-sec-field-place', { place: meeting.place }),
    env.t('meeting-sec-field-agenda', { agenda: meeting.agenda || '-' }),
    ...(meeting.onlinePilot ? [env.t('meeting-sec-field-link', { link: meeting.onlineLink ?? '-' })] : []),
    env.t('meeting-sec-field-documents', {
      count: documents.length,
      names: documents.map((document) => document.fileName).join(', '),
    }),
    env.t('meeting-sec-answers', counts),
  ].join('\n');
  const edit = (field: 'when' | 'place' | 'agenda' | 'link'): DeskButton[] => [
    {
      label: env.t('meeting-sec-button-edit', { field }),
      action: { type: 'meeting-edit', field, meetingId: meeting.id },
    },
  ];
  const rows = [edit('when'), edit('place'), edit('agenda')];
  // Only an online-pilot cell meets online (HD 03-HD/TW, 2022): the others have no link to change.
  if (meeting.onlinePilot) rows.push(edit('link'));
  if (documents.length < MEETING_DOCUMENTS_MAX) {
    rows.push([
      {
        label: env.t('meeting-sec-button-document'),
        action: { type: 'meeting-document', meetingId: meeting.id },
      },
    ]);
  }
  rows.push([
    {
      label: env.t('meeting-sec-button-cancel'),
      action: { type: 'meeting-cancel', step: 'ask', meetingId: meeting.id },
    },
  ]);
  return { type: 'message', text, buttons: rows };
}
