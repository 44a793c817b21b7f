// The answer to the cell's meeting invitation: "sẽ dự", or "không dự được" with a reason, so a member away is
// recorded absent with a reason; an opinion or report on the agenda may go with it (DOMAIN "The monthly meeting").
import { MEETING_ABSENCE_REASONS, type MeetingAbsenceReason, type MeetingReply } from '../../domain/meetings';
import { formatLocalDateTime } from '../../presentation/formats';
import type { MeetingView } from '../../records/meetings';
import { fileAnswer, textAnswer } from '../answers';
import type { FormDefinition, FormEnv } from '../types';

/** The meeting the member answers: the cell's next one (a second one scheduled later is answered after this one). */
async function nextMeeting(env: FormEnv): Promise<MeetingView | undefined> {
  const upcoming = await env.records.meetings.upcoming(env.member.cellId, env.now);
  return upcoming[0];
}

/** The meeting as the prompt shows it: the cell's time, and the member's own when their clock reads otherwise. */
async function meetingArgs(env: FormEnv) {
  const meeting = await nextMeeting(env);
  if (!meeting)
    return { when: '-', ownWhen: '-', differs: 'no', place: '-', hasAgenda: 'no', agenda: '-', documents: 0 };
  const when = formatLocalDateTime(meeting.startsAt, meeting.cellZone, env.locale);
  const ownWhen = formatLocalDateTime(meeting.startsAt, env.member.timezone, env.locale);
  return {
    when,
    ownWhen,
    differs: when === ownWhen ? 'no' : 'yes',
    place: meeting.place,
    hasAgenda: meeting.agenda.trim() === '' ? 'no' : 'yes',
    agenda: meeting.agenda.trim(),
    documents: (await env.records.meetings.documentsOf(meeting.id)).length,
  };
}

/** A reason in the member's own words: long enough to mean something, short enough for the minutes. */
export const MEETING_REASON_MAX_CHARS = 500;
export const MEETING_OPINION_MAX_CHARS = 4000;

export const meetingAnswerForm: FormDefinition = {
  id: 'meeting',
  titleKey: 'meeting-answer-title',
  command: 'attend',
  onStartCheck: async (env) => ((await nextMeeting(env)) ? undefined : 'meeting-answer-refused-no-meeting'),
  steps: [
    {
      id: 'reply',
      kind: 'choice',
      promptKey: 'meeting-answer-ask-reply',
      labelKey: 'meeting-answer-label-reply',
      promptArgs: (_answers, env) => meetingArgs(env),
      options: [
        { value: 'attending', labelKey: 'meeting-answer-reply-attending' },
        { value: 'not_attending', labelKey: 'meeting-answer-reply-not-attending' },
      ],
    },
    {
      id: 'reason',
      kind: 'choice',
      promptKey: 'meeting-answer-ask-reason',
      labelKey: 'meeting-answer-label-reason',
      when: (answers) => answers.reply === 'not_attending',
      options: MEETING_ABSENCE_REASONS.map((value) => ({
        value,
        labelKey: `meeting-answer-reason-${value.replace(/_/g, '-')}`,
      })),
    },
    {
      id: 'reasonText',
      kind: 'text',
      promptKey: 'meeting-answer-ask-reason-text',
      labelKey: 'meeting-answer-label-reason-text',
      when: (answers) => answers.reply === 'not_attending' && answers.reason === 'other',
      minLength: 3,
      maxLength: MEETING_REASON_MAX_CHARS,
    },
    {
      id: 'opinion',
      kind: 'text',
      promptKey: 'meeting-answer-ask-opinion',
      labelKey: 'meeting-answer-label-opinion',
      optional: true,
      maxLength: MEETING_OPINION_MAX_CHARS,
      multiMessage: true,
    },
    {
      id: 'opinionPhoto',
      kind: 'photo',
      promptKey: 'meeting-answer-ask-opinion-photo',
      labelKey: 'meeting-answer-label-opinion-photo',
      optional: true,
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const meeting = await nextMeeting(env);
    if (!meeting) return { refusedKey: 'meeting-answer-refused-no-meeting' };
    const reply = textAnswer(answers, 'reply') as MeetingReply;
    const reason = (textAnswer(answers, 'reason') ?? null) as MeetingAbsenceReason | null;
    const result = await env.records.meetings.answer(
      meeting.id,
      env.member.id,
      {
        reply,
        reason,
        reasonText: textAnswer(answers, 'reasonText') ?? null,
        opinionText: textAnswer(answers, 'opinion') ?? null,
        opinionFileId: fileAnswer(answers, 'opinionPhoto')?.storedFileId ?? null,
      },
      { sourceKey: idempotencyKey, now: env.now },
    );
    if (result.outcome === 'refused') return { refusedKey: `meeting-answer-refused-${result.reason}` };
    return {
      reference: `MEET-${meeting.id}`,
      ackKey: 'meeting-answer-ack',
      ackArgs: {
        reply,
        when: formatLocalDateTime(meeting.startsAt, meeting.cellZone, env.locale),
        opinion: result.answer.opinionText || result.answer.opinionFileId ? 'yes' : 'no',
      },
    };
  },
};
