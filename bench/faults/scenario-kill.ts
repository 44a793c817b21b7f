// Scenario 1: kill -9 of the bot during bursts of concurrent submissions (/checkin, /fee, /help_me mixed), restart,
// members go on. Counted from what the members were shown and what the database holds:
// - acknowledged but lost: a reference reached the member, and no row holds that submission under that reference;
// - duplicated: more than one row holds what only one submission typed;
// - stale drafts offered: after a submission was acknowledged, the member was told a form is unfinished, or a
//   Confirm answered with a reference the member had already been given.
import type { ChatEvent } from './emulator-protocol';
import { Deployment } from './deployment';
import {
  COMMANDS,
  CONFIRM_LABEL,
  driveToSummary,
  FORM_KINDS,
  hasButton,
  isSummary,
  REFERENCE,
  tokenFor,
  UNFINISHED,
  type Member,
  type Submission,
} from './members';
import { heldRecords, rowsOf } from './records';
import { goalZero, info, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { chatOf } from './seed';
import { inParallel, log, sleep } from './support';

const STEP_TIMEOUT_MS = 20_000;
/** forms-submit-finished: a draft confirmed before a stop is filed (once) when the member next writes. */
const FINISHED_AFTER_RESTART = /^Lần trước, ngay sau khi/;
const ACK_TIMEOUT_MS = 40_000;

export async function killScenario(context: ScenarioContext): Promise<ScenarioReport> {
  const kills = context.quick ? 1 : 5;
  const count = context.quick ? 30 : 100;
  const deployment = await Deployment.create({ ...context.deploy, name: 'kill', members: count });
  const { emulator } = deployment;
  const submissions: Submission[] = [];
  /** Each member's latest submission, while nothing else happened in that chat since. */
  const latest = new Map<number, Submission>();
  const referencesGiven = new Map<number, Set<string>>();
  const stale: Array<{ submission: Submission; how: string }> = [];
  const lateAcks: string[] = [];
  const reacknowledged: string[] = [];
  const unattributed: string[] = [];
  let preparationFailures = 0;
  const failureSamples: string[] = [];
  const killLog: string[] = [];

  const given = (member: number) => {
    let set = referencesGiven.get(member);
    if (!set) referencesGiven.set(member, (set = new Set()));
    return set;
  };

  /** Presses Confirm on a summary and waits for the member's next new message. */
  const confirm = async (member: Member, summary: ChatEvent, timeoutMs: number) => {
    const button = summary.buttons?.find((candidate) => candidate.text === CONFIRM_LABEL);
    const pressed = await emulator.press(member.chatId, summary.messageId!, { data: button!.data! });
    if (pressed.error !== undefined) return { sentAt: Date.now(), answer: null };
    const sentAt = Date.now();
    const answer = await emulator.wait({
      chatId: member.chatId,
      after: pressed.mark,
      kinds: ['new'],
      timeoutMs,
    });
    return { sentAt, answer };
  };

  /** The member's first look after the previous round: is a filed form offered again? Then leaves the chat clean. */
  async function startForm(member: Member, submission: Submission): Promise<ChatEvent | null> {
    const previous = latest.get(member.index);
    latest.delete(member.index);
    let reply = await member.say(COMMANDS[submission.form], STEP_TIMEOUT_MS);
    const next = (after: ChatEvent, timeoutMs: number) =>
      emulator.wait({ chatId: member.chatId, after: after.seq, kinds: ['new'], timeoutMs });
    for (let attempt = 0; attempt < 4 && reply; attempt += 1) {
      if (FINISHED_AFTER_RESTART.test(reply.text) || (REFERENCE.test(reply.text) && !reply.buttons?.length)) {
        // A confirmed form finished when the member next wrote: its acknowledgement is here or just after.
        const ack = REFERENCE.test(reply.text) ? reply : await next(reply, 5000);
        const reference = ack ? REFERENCE.exec(ack.text)?.[1] : undefined;
        if (reference && given(member.index).has(reference)) reacknowledged.push(reference);
        else if (reference && previous && !previous.ack) {
          previous.ack = { reference, at: ack!.at };
          given(member.index).add(reference);
          lateAcks.push(reference);
        } else if (reference) unattributed.push(reference);
        reply =
          (ack && (await next(ack, 5000))) || (await member.say(COMMANDS[submission.form], STEP_TIMEOUT_MS));
        continue;
      }
      if (!UNFINISHED.test(reply.text)) break;
      // The note may come as its own message before the question it resumes.
      let view: ChatEvent | null = reply;
      if (!view.buttons?.length) {
        view = await emulator.wait({
          chatId: member.chatId,
          after: reply.seq,
          kinds: ['new'],
          timeoutMs: 3000,
        });
      }
      if (view && hasButton(view, /^Tiếp tục/)) view = await member.tap(view, /^Tiếp tục/, STEP_TIMEOUT_MS);
      let how = 'told a form is unfinished';
      let finishedNow = false;
      if (view && isSummary(view)) {
        // As a member who was shown a draft would: confirm it, and see which reference comes back.
        const { answer } = await confirm(member, view, STEP_TIMEOUT_MS);
        const reference = answer ? REFERENCE.exec(answer.text)?.[1] : undefined;
        if (reference && given(member.index).has(reference)) how = 'Confirm answered with an old reference';
        else if (reference && previous && !previous.ack) {
          // The previous submission had not been acknowledged: this is its acknowledgement, late but honest.
          previous.ack = { reference, at: Date.now() };
          given(member.index).add(reference);
          lateAcks.push(reference);
          finishedNow = true;
        }
      } else {
        await member.say('/cancel', STEP_TIMEOUT_MS);
      }
      if (previous?.ack && !finishedNow && !stale.some((entry) => entry.submission === previous))
        stale.push({ submission: previous, how });
      reply = await member.say(COMMANDS[submission.form], STEP_TIMEOUT_MS);
    }
    return reply;
  }

  async function prepare(member: Member, round: number) {
    const form = FORM_KINDS[(member.index + round) % FORM_KINDS.length];
    const submission: Submission = {
      member: member.index,
      round,
      form,
      token: tokenFor(form, round, member.index),
    };
    const first = await startForm(member, submission);
    const result = await driveToSummary(member, first, submission, {
      typed: (member.index + round) % 2 === 0,
      stepTimeoutMs: STEP_TIMEOUT_MS,
    });
    if (result.outcome === 'failed') {
      preparationFailures += 1;
      if (failureSamples.length < 5) failureSamples.push(`${form}: ${result.reason}`);
      await member.say('/cancel', STEP_TIMEOUT_MS);
      return undefined;
    }
    return { member, submission, summary: result.summary };
  }

  async function restart(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await deployment.start();
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        log(`kill: restart failed (${(error as Error).message}); again in 5 s`);
        await sleep(5000);
      }
    }
  }

  try {
    // Rounds 0..kills submit (all but the last with a kill during the burst); a last round only looks for drafts.
    for (let round = 0; round <= kills + 1; round += 1) {
      const lookOnly = round === kills + 1;
      const prepared = (await inParallel(deployment.members, 25, (member) => prepare(member, round))).filter(
        (entry) => entry !== undefined,
      );
      if (lookOnly) {
        await inParallel(prepared, 25, ({ member }) => member.say('/cancel', STEP_TIMEOUT_MS));
        break;
      }
      const killThisRound = round < kills;
      const killAfter = Math.max(1, Math.ceil(prepared.length * (0.3 + Math.random() * 0.5)));
      let acknowledged = 0;
      let killing: Promise<void> | undefined;
      log(
        `kill: round ${round + 1}, ${prepared.length} submissions at once${killThisRound ? `, kill -9 after ${killAfter} acknowledgements` : ''}`,
      );
      await Promise.all(
        prepared.map(async ({ member, submission, summary }) => {
          submissions.push(submission);
          latest.set(member.index, submission);
          const { sentAt, answer } = await confirm(member, summary, ACK_TIMEOUT_MS);
          submission.confirmSentAt = sentAt;
          const reference = answer ? REFERENCE.exec(answer.text)?.[1] : undefined;
          if (!reference) {
            submission.confirmAnswer = answer?.text.slice(0, 100) ?? 'no answer';
            return;
          }
          submission.ack = { reference, at: answer!.at };
          given(member.index).add(reference);
          acknowledged += 1;
          if (killThisRound && !killing && acknowledged >= killAfter) {
            killing = (async () => {
              const service = deployment.service;
              await service.kill9();
              killLog.push(
                `round ${round + 1}: killed pid ${service.pid} after ${acknowledged} acknowledgements`,
              );
              await restart();
            })();
          }
        }),
      );
      if (killThisRound && !killing) {
        // Fewer acknowledgements than planned (a slow bot): the kill still lands after the burst.
        await deployment.service.kill9();
        killLog.push(`round ${round + 1}: killed after the burst (${acknowledged} acknowledgements)`);
        killing = restart();
      }
      await killing;
    }

    const held = await heldRecords(deployment.databaseUrl);
    let lost = 0;
    let duplicated = 0;
    const lostSamples: string[] = [];
    for (const submission of submissions) {
      const { rows, referenceHeld } = rowsOf(submission, held);
      if (rows > 1) duplicated += 1;
      if (submission.ack && !referenceHeld) {
        lost += 1;
        if (lostSamples.length < 5)
          lostSamples.push(`${submission.ack.reference} (${submission.form}, ${rows} rows)`);
      }
    }
    const acked = submissions.filter((submission) => submission.ack).length;
    const unanswered = submissions.filter((submission) => !submission.ack);
    const filed = unanswered.filter((submission) => rowsOf(submission, held).rows > 0);
    // Was the filed record's reference shown in that chat at any time (e.g. later than the member waited)?
    const chatEvents = await emulator.events(deployment.members.map((member) => member.chatId));
    const toldLater = filed.filter((submission) => {
      const texts = (chatEvents[String(chatOf(submission.member))] ?? [])
        .map((event) => event.text)
        .join('\n');
      return rowsOf(submission, held).ids.some((id) =>
        new RegExp(`(CI-\\d{6}|FEE|REQ)-${id}\\b`).test(texts),
      );
    });
    const staleKinds = [...new Set(stale.map((entry) => entry.how))];
    const errors = deployment.errorLines().length;
    return {
      key: 'kill',
      title: `1. kill -9 x${kills} during bursts of ${count} concurrent submissions`,
      figures: [
        info('kills', 'kills (kill -9, then restart)', killLog.length),
        info('submissions', 'submissions confirmed', submissions.length),
        info('acknowledged', 'acknowledged with a reference', acked),
        info('lateAcknowledged', '  of which only after the restart', lateAcks.length),
        info(
          'acknowledgedAgain',
          'an acknowledgement repeated later (same reference)',
          reacknowledged.length,
        ),
        info('notAcknowledged', 'confirmed, never acknowledged', unanswered.length),
        info('notAcknowledgedButFiled', '  of which in the records all the same', filed.length),
        info('filedToldLater', '    of which the reference showed up in the chat later', toldLater.length),
        goalZero('acknowledgedButLost', 'acknowledged but lost', lost),
        goalZero('duplicated', 'duplicated (two records for one submission)', duplicated),
        goalZero('staleDraftsOffered', 'stale drafts offered after an acknowledgement', stale.length),
        info('preparationFailures', 'forms that could not be filled before a burst', preparationFailures),
        info('errorLines', 'error-level log lines', errors),
      ],
      notes: [
        ...killLog,
        ...(staleKinds.length
          ? [
              `stale: ${staleKinds.map((how) => `${stale.filter((s) => s.how === how).length} ${how}`).join(', ')}`,
            ]
          : []),
        ...(unattributed.length
          ? [`references shown that no submission of that member was waiting for: ${unattributed.join(', ')}`]
          : []),
        ...(lostSamples.length ? [`lost: ${lostSamples.join(', ')}`] : []),
        ...(failureSamples.length ? [`preparation failures: ${failureSamples.join(' | ')}`] : []),
        ...(unanswered.length
          ? [
              `never acknowledged, e.g.: ${[...new Set(unanswered.map((s) => s.confirmAnswer))].slice(0, 3).join(' | ')}`,
            ]
          : []),
      ],
    };
  } finally {
    await deployment.stop();
  }
}
