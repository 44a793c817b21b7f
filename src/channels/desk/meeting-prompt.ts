// The /meeting questions answered by typing (or sending a file), one at a time, on every channel: a meeting's time,
// place, agenda and online link, the regular default, a reason for an absence, a document; kept by the channel
// (restart-safe), ended by /cancel, bad input changes nothing.
import { fileRefusalError } from '../../forms/steps/file';
import type { FormInput } from '../../forms';
import { isLeaderScope, refusedCommand } from './access';
import { askMeetingNow, REASON_MAX_CHARS } from './meeting-ask';
import { setAbsenceReason } from './meeting-attendance';
import {
  MEETING_AGENDA_MAX_CHARS,
  MEETING_PLACE_MAX_CHARS,
  parseClock,
  parseDayOfMonth,
  parseMeetingLink,
  parseMeetingStart,
  parseMeetingText,
  type Parsed,
} from './meeting-input';
import type { MeetingPrompt } from './meeting-state';
import {
  meetingActor,
  meetingNow,
  meetingScreen,
  meetingsScreen,
  meetingWhen,
  type LeaderEnv,
} from './meeting-view';
import type { DeskEnv, DeskReply } from './screen';

/** A text typed a day later no longer answers the question asked. */
const PROMPT_TTL_MS = 24 * 3_600_000;

/** A file the channel received for the open question, kept (or refused) only when the question wants a file. */
export type MeetingFileInput = Extract<FormInput, { type: 'file' } | { type: 'file-refused' }>;

/** What the secretary sends while a meeting question is open. */
export type MeetingPromptInput =
  | { type: 'text'; text: string }
  | { type: 'command'; command: string }
  /** A photo or document; `receive` downloads, checks and keeps it (the channel's own way of getting files). */
  | { type: 'file'; receive: () => Promise<MeetingFileInput> }
  | { type: 'other' };

function refuseInput(env: DeskEnv, parsed: Extract<Parsed<unknown>, { ok: false }>): DeskReply[] {
  return [{ type: 'message', text: env.t(parsed.errorKey, parsed.args ?? {}) }];
}

/** Forgets the question before the secretary reads the outcome: after a kill the next text must not answer it again. */
async function finish(env: DeskEnv): Promise<void> {
  env.meetingPrompt.clear();
  await env.meetingPrompt
    .save()
    .catch((error: unknown) => env.log.warn({ err: error }, 'could not store the session'));
}

async function answerSchedule(
  env: LeaderEnv,
  prompt: Extract<MeetingPrompt, { kind: 'schedule' }>,
  text: string,
): Promise<DeskReply[]> {
  const { meetings } = env.records;
  const now = meetingNow(env);
  if (prompt.step === 'when') {
    const parsed = parseMeetingStart(text, await meetings.cellZone(env.member.cellId), now);
    if (!parsed.ok) return refuseInput(env, parsed);
    return askMeetingNow(env, { ...prompt, step: 'place', startsAt: parsed.value.toISOString() });
  }
  if (prompt.step === 'place') {
    const parsed = parseMeetingText(text, MEETING_PLACE_MAX_CHARS);
    if (!parsed.ok) return refuseInput(env, parsed);
    return askMeetingNow(env, { ...prompt, step: 'agenda', place: parsed.value });
  }
  const parsed = parseMeetingText(text, MEETING_AGENDA_MAX_CHARS);
  if (!parsed.ok) return refuseInput(env, parsed);
  const startsAt = new Date(prompt.startsAt ?? 0);
  if (!(startsAt.getTime() > now.getTime())) {
    // The time typed first has passed while the place and agenda were asked.
    return [
      { type: 'message', text: env.t('meeting-sec-error-past') },
      ...(await askMeetingNow(env, { kind: 'schedule', step: 'when' })),
    ];
  }
  const meeting = await meetings.schedule(
    env.member.cellId,
    { startsAt, place: prompt.place ?? '', agenda: parsed.value },
    meetingActor(env),
    now,
  );
  await finish(env);
  return [
    {
      type: 'message',
      text: env.t('meeting-sec-scheduled', { when: meetingWhen(env, meeting), place: meeting.place }),
    },
    await meetingsScreen(env),
  ];
}

async function answerEdit(
  env: LeaderEnv,
  prompt: Extract<MeetingPrompt, { kind: 'edit' }>,
  text: string,
): Promise<DeskReply[]> {
  const { meetings } = env.records;
  const now = meetingNow(env);
  const meeting = await meetings.get(prompt.meetingId);
  if (!meeting || meeting.cellId !== env.member.cellId) {
    await finish(env);
    return refusedCommand(env, 'meeting.edit', 'leader');
  }
  const { field } = prompt;
  let change: { startsAt: Date } | { place: string } | { agenda: string } | { onlineLink: string };
  if (field === 'when') {
    const parsed = parseMeetingStart(text, meeting.cellZone, now);
    if (!parsed.ok) return refuseInput(env, parsed);
    change = { startsAt: parsed.value };
  } else if (field === 'link') {
    const parsed = parseMeetingLink(text);
    if (!parsed.ok) return refuseInput(env, parsed);
    change = { onlineLink: parsed.value };
  } else {
    const parsed = parseMeetingText(
      text,
      field === 'place' ? MEETING_PLACE_MAX_CHARS : MEETING_AGENDA_MAX_CHARS,
    );
    if (!parsed.ok) return refuseInput(env, parsed);
    change = field === 'place' ? { place: parsed.value } : { agenda: parsed.value };
  }
  const updated = await meetings.update(meeting.id, change, meetingActor(env), now);
  await finish(env);
  if (!updated) return [{ type: 'message', text: env.t('meeting-sec-stale', { status: meeting.status }) }];
  return [
    { type: 'message', text: env.t('meeting-sec-changed', { field }) },
    await meetingScreen(env, updated),
  ];
}

async function answerDefault(
  env: LeaderEnv,
  prompt: Extract<MeetingPrompt, { kind: 'default' }>,
  text: string,
): Promise<DeskReply[]> {
  if (prompt.step === 'day') {
    const parsed = parseDayOfMonth(text);
    if (!parsed.ok) return refuseInput(env, parsed);
    return askMeetingNow(env, { ...prompt, step: 'time', day: parsed.value });
  }
  if (prompt.step === 'time') {
    const parsed = parseClock(text);
    if (!parsed.ok) return refuseInput(env, parsed);
    return askMeetingNow(env, { ...prompt, step: 'place', time: parsed.value });
  }
  const parsed = parseMeetingText(text, MEETING_PLACE_MAX_CHARS);
  if (!parsed.ok) return refuseInput(env, parsed);
  const { meetings } = env.records;
  const before = await meetings.defaultOf(env.member.cellId);
  const rule = await meetings.setDefault(
    env.member.cellId,
    {
      dayOfMonth: prompt.day ?? 1,
      time: prompt.time ?? '19:30',
      place: parsed.value,
      onlineLink: before?.onlineLink ?? null,
    },
    meetingActor(env),
  );
  await finish(env);
  return [
    {
      type: 'message',
      text: env.t('meeting-sec-default-saved', { day: rule.dayOfMonth, time: rule.time, place: rule.place }),
    },
    await meetingsScreen(env),
  ];
}

async function answerAbsenceReason(
  env: LeaderEnv,
  prompt: Extract<MeetingPrompt, { kind: 'absence-reason' }>,
  text: string,
): Promise<DeskReply[]> {
  const parsed = parseMeetingText(text, REASON_MAX_CHARS);
  if (!parsed.ok) return refuseInput(env, parsed);
  await finish(env);
  return setAbsenceReason(env, prompt.meetingId, prompt.memberId, parsed.value);
}

/** The file the secretary sent for a meeting: kept like a member's (by the channel), then attached. */
async function answerDocument(
  env: LeaderEnv,
  prompt: Extract<MeetingPrompt, { kind: 'document' }>,
  input: Exclude<MeetingPromptInput, { type: 'command' }>,
): Promise<DeskReply[]> {
  const meeting = await env.records.meetings.get(prompt.meetingId);
  if (!meeting || meeting.cellId !== env.member.cellId) {
    await finish(env);
    return refusedCommand(env, 'meeting.document', 'leader');
  }
  if (input.type !== 'file') return [{ type: 'message', text: env.t('meeting-sec-document-file-only') }];
  const received = await input.receive();
  if (received.type === 'file-refused') {
    const error = fileRefusalError(received.refusal);
    return [{ type: 'message', text: env.t(error.key, error.args ?? {}) }];
  }
  const added = await env.records.meetings.addDocument(meeting.id, received.storedFileId, meetingActor(env));
  await finish(env);
  if (added.outcome === 'refused')
    return [{ type: 'message', text: env.t('meeting-sec-document-refused', { reason: added.reason }) }];
  return [
    {
      type: 'message',
      text: env.t('meeting-sec-document-added', { count: added.count, when: meetingWhen(env, meeting) }),
    },
    await meetingScreen(env, meeting),
  ];
}

/**
 * The answer to the open meeting question; undefined when none is open, when a decision's question was asked after
 * it (that one is answered), or when a command other than /cancel ends it and goes on to its own feature.
 */
export async function answerMeetingPrompt(
  env: DeskEnv,
  input: MeetingPromptInput,
): Promise<DeskReply[] | undefined> {
  const prompt = env.meetingPrompt.get();
  if (!prompt) return undefined;
  if (env.prompt.get()) {
    env.meetingPrompt.clear();
    return undefined;
  }
  if (input.type === 'command') {
    env.meetingPrompt.clear();
    return input.command === 'cancel'
      ? [{ type: 'message', text: env.t('meeting-sec-cancelled') }]
      : undefined;
  }
  const age = meetingNow(env).getTime() - Date.parse(prompt.askedAt);
  if (!(age >= 0 && age < PROMPT_TTL_MS)) {
    env.meetingPrompt.clear();
    return [{ type: 'message', text: env.t('meeting-sec-expired') }];
  }
  if (!isLeaderScope(env.member)) {
    // Demoted between the choice and the text: the role is read from the records on every update.
    env.meetingPrompt.clear();
    return refusedCommand(env, `meeting.${prompt.kind}`, 'leader');
  }
  const leader = env as LeaderEnv;
  if (prompt.kind === 'document') return answerDocument(leader, prompt, input);
  if (input.type !== 'text') return [{ type: 'message', text: env.t('meeting-sec-text-only') }];
  switch (prompt.kind) {
    case 'schedule':
      return answerSchedule(leader, prompt, input.text);
    case 'edit':
      return answerEdit(leader, prompt, input.text);
    case 'default':
      return answerDefault(leader, prompt, input.text);
    case 'absence-reason':
      return answerAbsenceReason(leader, prompt, input.text);
  }
}
