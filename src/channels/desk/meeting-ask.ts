// Asking one of the /meeting questions: its text on the reader's clock and language, and the question kept in the
// channel's slot (it replaces any other typed question the secretary had open).
import { DateTime } from 'luxon';
import { nextDefaultMeeting } from '../../domain/meetings';
import { MEETING_AGENDA_MAX_CHARS, MEETING_LINK_MAX_CHARS, MEETING_PLACE_MAX_CHARS } from './meeting-input';
import type { MeetingPrompt } from './meeting-state';
import { meetingNow, meetingWhen, type LeaderEnv } from './meeting-view';
import type { DeskEnv, DeskReply } from './screen';

/** The longest reason typed for a member's absence. */
export const REASON_MAX_CHARS = 500;

/** "05/01/2027 19:30" a month or so ahead, on the cell's clock: an example that is never in the past. */
async function exampleStart(env: DeskEnv, cellId: number): Promise<string> {
  const zone = await env.records.meetings.cellZone(cellId);
  const at = nextDefaultMeeting({ dayOfMonth: 5, time: '19:30' }, meetingNow(env), zone);
  return DateTime.fromJSDate(at, { zone }).toFormat('dd/MM/yyyy HH:mm');
}

async function questionOf(env: LeaderEnv, prompt: MeetingPrompt): Promise<string> {
  const { meetings } = env.records;
  switch (prompt.kind) {
    case 'schedule':
      if (prompt.step === 'when')
        return env.t('meeting-sec-ask-when', { example: await exampleStart(env, env.member.cellId) });
      if (prompt.step === 'place') return env.t('meeting-sec-ask-place', { max: MEETING_PLACE_MAX_CHARS });
      return env.t('meeting-sec-ask-agenda', { max: MEETING_AGENDA_MAX_CHARS });
    case 'edit': {
      const meeting = await meetings.get(prompt.meetingId);
      const current = !meeting
        ? '-'
        : prompt.field === 'when'
          ? meetingWhen(env, meeting)
          : prompt.field === 'link'
            ? (meeting.onlineLink ?? '-')
            : meeting[prompt.field] || '-';
      const example = await exampleStart(env, env.member.cellId);
      const max =
        prompt.field === 'place'
          ? MEETING_PLACE_MAX_CHARS
          : prompt.field === 'link'
            ? MEETING_LINK_MAX_CHARS
            : MEETING_AGENDA_MAX_CHARS;
      return env.t('meeting-sec-ask-edit', { field: prompt.field, current, example, max });
    }
    case 'default':
      if (prompt.step === 'day') return env.t('meeting-sec-ask-default-day');
      if (prompt.step === 'time') return env.t('meeting-sec-ask-default-time', { day: prompt.day ?? 1 });
      return env.t('meeting-sec-ask-default-place', { max: MEETING_PLACE_MAX_CHARS });
    case 'document': {
      const meeting = await meetings.get(prompt.meetingId);
      return env.t('meeting-sec-ask-document', {
        when: meeting ? meetingWhen(env, meeting) : '-',
        max: env.fileMaxMegabytes,
      });
    }
    case 'absence-reason': {
      const lines = (await meetings.attendanceLines(prompt.meetingId)) ?? [];
      const name = lines.find((line) => line.memberId === prompt.memberId)?.fullName ?? '';
      return env.t('meeting-sec-ask-absence-reason', { name, max: REASON_MAX_CHARS });
    }
  }
}

/** Asks the prompt's question; it replaces any other typed question the secretary had open. */
export async function askMeeting(env: LeaderEnv, prompt: MeetingPrompt): Promise<DeskReply[]> {
  env.prompt.clear();
  env.meetingPrompt.set(prompt);
  return [{ type: 'message', text: await questionOf(env, prompt) }];
}

/** A question not yet asked: each kind without its `askedAt`. */
type Unasked<P> = P extends MeetingPrompt ? Omit<P, 'askedAt'> : never;

/** Asks a question now (the clock's instant is when it was asked). */
export function askMeetingNow(env: LeaderEnv, prompt: Unasked<MeetingPrompt>): Promise<DeskReply[]> {
  return askMeeting(env, { ...prompt, askedAt: meetingNow(env).toISOString() });
}
