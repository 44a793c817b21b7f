// The /meeting questions answered by typing (or sending a file), one at a time: a meeting's time, place, agenda and
// online link, the regular default, a reason for an absence, a document; kept in the session (restart-safe), ended
// by /cancel, bad input changes nothing.
import { Composer } from 'grammy';
import { DateTime } from 'luxon';
import { nextDefaultMeeting } from '../../../../domain/meetings';
import type { Actor } from '../../../../records/meetings';
import type { BotContext } from '../../context';
import { isCellLeader, refuseCommand, type LeaderScope } from './access';
import { fileRefusalError } from '../../../../forms/steps/file';
import { receiveMemberFile, telegramFileOf } from '../../receive-file';
import { setAbsenceReason } from './meeting-attendance-view';
import type { MeetingField, MeetingPrompt } from './meeting-data';
import {
  MEETING_AGENDA_MAX_CHARS,
  MEETING_LINK_MAX_CHARS,
  MEETING_PLACE_MAX_CHARS,
  parseClock,
  parseDayOfMonth,
  parseMeetingLink,
  parseMeetingStart,
  parseMeetingText,
  type Parsed,
} from './meeting-input';
import { meetingWhen, showMeeting, showMeetings } from './meeting-view';

type LeaderContext = BotContext & { member: LeaderScope };

/** A text typed a day later no longer answers the question asked. */
const PROMPT_TTL_MS = 24 * 3_600_000;
const REASON_MAX_CHARS = 500;

export function meetingActor(ctx: LeaderContext): Actor {
  return { id: ctx.member.id, label: ctx.member.fullName };
}

/** "05/01/2027 19:30" a month or so ahead, on the cell's clock: an example that is never in the past. */
async function exampleStart(ctx: BotContext, cellId: number): Promise<string> {
  const zone = await ctx.deps.records.meetings.cellZone(cellId);
  const at = nextDefaultMeeting({ dayOfMonth: 5, time: '19:30' }, ctx.deps.clock(), zone);
  return DateTime.fromJSDate(at, { zone }).toFormat('dd/MM/yyyy HH:mm');
}

async function questionOf(ctx: LeaderContext, prompt: MeetingPrompt): Promise<string> {
  const { meetings } = ctx.deps.records;
  switch (prompt.kind) {
    case 'schedule':
      if (prompt.step === 'when')
        return ctx.t('meeting-sec-ask-when', { example: await exampleStart(ctx, ctx.member.cellId) });
      if (prompt.step === 'place') return ctx.t('meeting-sec-ask-place', { max: MEETING_PLACE_MAX_CHARS });
      return ctx.t('meeting-sec-ask-agenda', { max: MEETING_AGENDA_MAX_CHARS });
    case 'edit': {
      const meeting = await meetings.get(prompt.meetingId);
      const current = !meeting
        ? '-'
        : prompt.field === 'when'
          ? await meetingWhen(ctx, meeting)
          : prompt.field === 'link'
            ? (meeting.onlineLink ?? '-')
            : meeting[prompt.field] || '-';
      const example = await exampleStart(ctx, ctx.member.cellId);
      const max =
        prompt.field === 'place'
          ? MEETING_PLACE_MAX_CHARS
          : prompt.field === 'link'
            ? MEETING_LINK_MAX_CHARS
            : MEETING_AGENDA_MAX_CHARS;
      return ctx.t('meeting-sec-ask-edit', { field: prompt.field, current, example, max });
    }
    case 'default':
      if (prompt.step === 'day') return ctx.t('meeting-sec-ask-default-day');
      if (prompt.step === 'time') return ctx.t('meeting-sec-ask-default-time', { day: prompt.day ?? 1 });
      return ctx.t('meeting-sec-ask-default-place', { max: MEETING_PLACE_MAX_CHARS });
    case 'document': {
      const meeting = await meetings.get(prompt.meetingId);
      return ctx.t('meeting-sec-ask-document', {
        when: meeting ? await meetingWhen(ctx, meeting) : '-',
        max: ctx.deps.files.maxMegabytes,
      });
    }
    case 'absence-reason': {
      const lines = (await meetings.attendanceLines(prompt.meetingId)) ?? [];
      const name = lines.find((line) => line.memberId === prompt.memberId)?.fullName ?? '';
      return ctx.t('meeting-sec-ask-absence-reason', { name, max: REASON_MAX_CHARS });
    }
  }
}

/** Asks the prompt's question; it replaces any other typed question the secretary had open. */
export async function askMeeting(ctx: LeaderContext, prompt: MeetingPrompt): Promise<void> {
  delete ctx.session.decisionPrompt;
  ctx.session.meetingPrompt = prompt;
  await ctx.reply(await questionOf(ctx, prompt));
}

async function refuseInput(ctx: BotContext, parsed: Extract<Parsed<unknown>, { ok: false }>): Promise<void> {
  await ctx.reply(ctx.t(parsed.errorKey, parsed.args ?? {}));
}

/** Forgets the question before the secretary reads the outcome: after a kill the next text must not answer it again. */
async function finish(ctx: BotContext): Promise<void> {
  delete ctx.session.meetingPrompt;
  await ctx
    .saveSession()
    .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not store the session'));
}

async function next(ctx: LeaderContext, prompt: MeetingPrompt): Promise<void> {
  await askMeeting(ctx, { ...prompt, askedAt: ctx.deps.clock().toISOString() });
}

async function answerSchedule(
  ctx: LeaderContext,
  prompt: Extract<MeetingPrompt, { kind: 'schedule' }>,
  text: string,
): Promise<void> {
  const { meetings } = ctx.deps.records;
  const now = ctx.deps.clock();
  if (prompt.step === 'when') {
    const parsed = parseMeetingStart(text, await meetings.cellZone(ctx.member.cellId), now);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    return next(ctx, { ...prompt, step: 'place', startsAt: parsed.value.toISOString() });
  }
  if (prompt.step === 'place') {
    const parsed = parseMeetingText(text, MEETING_PLACE_MAX_CHARS);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    return next(ctx, { ...prompt, step: 'agenda', place: parsed.value });
  }
  const parsed = parseMeetingText(text, MEETING_AGENDA_MAX_CHARS);
  if (!parsed.ok) return refuseInput(ctx, parsed);
  const startsAt = new Date(prompt.startsAt ?? 0);
  if (!(startsAt.getTime() > now.getTime())) {
    // The time typed first has passed while the place and agenda were asked.
    await ctx.reply(ctx.t('meeting-sec-error-past'));
    return next(ctx, { kind: 'schedule', step: 'when', askedAt: '' });
  }
  const meeting = await meetings.schedule(
    ctx.member.cellId,
    { startsAt, place: prompt.place ?? '', agenda: parsed.value },
    meetingActor(ctx),
    now,
  );
  await finish(ctx);
  await ctx.reply(
    ctx.t('meeting-sec-scheduled', { when: await meetingWhen(ctx, meeting), place: meeting.place }),
  );
  await showMeetings(ctx);
}

async function answerEdit(
  ctx: LeaderContext,
  prompt: Extract<MeetingPrompt, { kind: 'edit' }>,
  text: string,
): Promise<void> {
  const { meetings } = ctx.deps.records;
  const now = ctx.deps.clock();
  const meeting = await meetings.get(prompt.meetingId);
  if (!meeting || meeting.cellId !== ctx.member.cellId) {
    await finish(ctx);
    return refuseCommand(ctx, 'meeting.edit', 'leader');
  }
  const field: MeetingField = prompt.field;
  let change: { startsAt: Date } | { place: string } | { agenda: string } | { onlineLink: string };
  if (field === 'when') {
    const parsed = parseMeetingStart(text, meeting.cellZone, now);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    change = { startsAt: parsed.value };
  } else if (field === 'link') {
    const parsed = parseMeetingLink(text);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    change = { onlineLink: parsed.value };
  } else {
    const parsed = parseMeetingText(
      text,
      field === 'place' ? MEETING_PLACE_MAX_CHARS : MEETING_AGENDA_MAX_CHARS,
    );
    if (!parsed.ok) return refuseInput(ctx, parsed);
    change = field === 'place' ? { place: parsed.value } : { agenda: parsed.value };
  }
  const updated = await meetings.update(meeting.id, change, meetingActor(ctx), now);
  await finish(ctx);
  if (!updated) {
    await ctx.reply(ctx.t('meeting-sec-stale', { status: meeting.status }));
    return;
  }
  await ctx.reply(ctx.t('meeting-sec-changed', { field }));
  await showMeeting(ctx, updated);
}

async function answerDefault(
  ctx: LeaderContext,
  prompt: Extract<MeetingPrompt, { kind: 'default' }>,
  text: string,
): Promise<void> {
  if (prompt.step === 'day') {
    const parsed = parseDayOfMonth(text);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    return next(ctx, { ...prompt, step: 'time', day: parsed.value });
  }
  if (prompt.step === 'time') {
    const parsed = parseClock(text);
    if (!parsed.ok) return refuseInput(ctx, parsed);
    return next(ctx, { ...prompt, step: 'place', time: parsed.value });
  }
  const parsed = parseMeetingText(text, MEETING_PLACE_MAX_CHARS);
  if (!parsed.ok) return refuseInput(ctx, parsed);
  const { meetings } = ctx.deps.records;
  const before = await meetings.defaultOf(ctx.member.cellId);
  const rule = await meetings.setDefault(
    ctx.member.cellId,
    {
      dayOfMonth: prompt.day ?? 1,
      time: prompt.time ?? '19:30',
      place: parsed.value,
      onlineLink: before?.onlineLink ?? null,
    },
    meetingActor(ctx),
  );
  await finish(ctx);
  await ctx.reply(
    ctx.t('meeting-sec-default-saved', { day: rule.dayOfMonth, time: rule.time, place: rule.place }),
  );
  await showMeetings(ctx);
}

async function answerAbsenceReason(
  ctx: LeaderContext,
  prompt: Extract<MeetingPrompt, { kind: 'absence-reason' }>,
  text: string,
): Promise<void> {
  const parsed = parseMeetingText(text, REASON_MAX_CHARS);
  if (!parsed.ok) return refuseInput(ctx, parsed);
  await finish(ctx);
  await setAbsenceReason(ctx, prompt.meetingId, prompt.memberId, parsed.value);
}

/** The file the secretary sent for a meeting: downloaded, checked and kept like a member's, then attached. */
async function answerDocument(
  ctx: LeaderContext,
  prompt: Extract<MeetingPrompt, { kind: 'document' }>,
): Promise<void> {
  const meeting = await ctx.deps.records.meetings.get(prompt.meetingId);
  if (!meeting || meeting.cellId !== ctx.member.cellId) {
    await finish(ctx);
    return refuseCommand(ctx, 'meeting.document', 'leader');
  }
  const file = ctx.message ? telegramFileOf(ctx.message) : undefined;
  if (!file) {
    await ctx.reply(ctx.t('meeting-sec-document-file-only'));
    return;
  }
  const received = await receiveMemberFile(ctx, file, 'document');
  if (received.type === 'file-refused') {
    const error = fileRefusalError(received.refusal);
    await ctx.reply(ctx.t(error.key, error.args ?? {}));
    return;
  }
  const added = await ctx.deps.records.meetings.addDocument(
    meeting.id,
    received.storedFileId,
    meetingActor(ctx),
  );
  await finish(ctx);
  if (added.outcome === 'refused') {
    await ctx.reply(ctx.t('meeting-sec-document-refused', { reason: added.reason }));
    return;
  }
  await ctx.reply(
    ctx.t('meeting-sec-document-added', { count: added.count, when: await meetingWhen(ctx, meeting) }),
  );
  await showMeeting(ctx, meeting);
}

/** Registered before the forms and the decisions' prompt: while a meeting question is open, the next text answers it. */
export const meetingPrompts = new Composer<BotContext>();

meetingPrompts.chatType('private').on('message', async (ctx, nextMiddleware) => {
  const prompt = ctx.session.meetingPrompt;
  if (!prompt) return nextMiddleware();
  // A form opened or a decision's reason asked after this question: the newer one is what the text answers.
  const form = ctx.session.form;
  if (ctx.session.decisionPrompt || (form && Date.parse(form.updatedAt) > Date.parse(prompt.askedAt))) {
    delete ctx.session.meetingPrompt;
    return nextMiddleware();
  }
  const command = ctx.entities('bot_command').find((entity) => entity.offset === 0);
  if (command) {
    delete ctx.session.meetingPrompt;
    if (command.text.split('@')[0] === '/cancel') {
      await ctx.reply(ctx.t('meeting-sec-cancelled'));
      return;
    }
    return nextMiddleware();
  }
  const age = ctx.deps.clock().getTime() - Date.parse(prompt.askedAt);
  if (!(age >= 0 && age < PROMPT_TTL_MS)) {
    delete ctx.session.meetingPrompt;
    await ctx.reply(ctx.t('meeting-sec-expired'));
    return;
  }
  if (!isCellLeader(ctx)) {
    // Demoted between the button and the text: the role is read from the records on every update.
    delete ctx.session.meetingPrompt;
    return refuseCommand(ctx, `meeting.${prompt.kind}`, 'leader');
  }
  if (prompt.kind === 'document') return answerDocument(ctx, prompt);
  const text = ctx.message.text;
  if (text === undefined) {
    await ctx.reply(ctx.t('meeting-sec-text-only'));
    return;
  }
  switch (prompt.kind) {
    case 'schedule':
      return answerSchedule(ctx, prompt, text);
    case 'edit':
      return answerEdit(ctx, prompt, text);
    case 'default':
      return answerDefault(ctx, prompt, text);
    case 'absence-reason':
      return answerAbsenceReason(ctx, prompt, text);
  }
});
