// bench:updates' people: a cohort of members who each complete /checkin through the emulator (by the buttons and
// replies a person would send), or, against the stand-in bot, send as many texts; every update's reply latency is
// timed from just before it was sent to the bot's answer arriving in the chat. A cohort is paced (each member acts
// once per period, the members' phases spread evenly, so the cohort offers a steady rate) or a burst (all at once,
// each member acting as soon as the last answer came: what the bot can take).
import type { ChatEvent } from '../faults/emulator-protocol';
import type { EmulatorProcess } from '../faults/emulator';
import {
  CONFIRM_LABEL,
  driveToSummary,
  Member,
  REFERENCE,
  tokenFor,
  type Submission,
} from '../faults/members';
import { sleep } from '../faults/support';

export interface CohortOptions {
  /** Chats of the cohort's members, and their member numbers in the records (same order). */
  members: Array<{ memberId: number; chatId: number }>;
  /** Milliseconds between one member's actions; 0: a burst. */
  periodMs: number;
  stepTimeoutMs: number;
  /** Texts each member sends the stand-in bot instead of checking in. */
  textsPerMember?: number;
}

export interface CohortResult {
  updates: number;
  latenciesMs: number[];
  seconds: number;
  /** The place each member typed, by member number: what the records must hold once. */
  places: Map<number, string>;
  failures: string[];
}

class TimedMember extends Member {
  constructor(
    emulator: EmulatorProcess,
    index: number,
    chatId: number,
    private readonly result: CohortResult,
    private nextDue: number,
    private readonly periodMs: number,
  ) {
    super(emulator, index, chatId);
  }

  override async say(text: string, timeoutMs: number): Promise<ChatEvent | null> {
    await this.pace();
    const sentAt = Date.now();
    return this.timed(sentAt, await super.say(text, timeoutMs));
  }

  override async tap(
    message: ChatEvent,
    label: string | RegExp,
    timeoutMs: number,
    expect: 'new' | 'edit' = 'new',
  ): Promise<ChatEvent | null> {
    await this.pace();
    const sentAt = Date.now();
    return this.timed(sentAt, await super.tap(message, label, timeoutMs, expect));
  }

  /** A member behind its schedule (the bot was slow) acts at once: the offered rate is kept, not lowered. */
  private async pace(): Promise<void> {
    const wait = this.nextDue - Date.now();
    if (wait > 0) await sleep(wait);
    this.nextDue += this.periodMs;
  }

  private timed(sentAt: number, reply: ChatEvent | null): ChatEvent | null {
    this.result.updates += 1;
    if (reply) this.result.latenciesMs.push(reply.at - sentAt);
    return reply;
  }
}

async function checkIn(member: TimedMember, result: CohortResult, timeoutMs: number): Promise<void> {
  const submission: Submission = {
    member: member.index,
    round: 1,
    form: 'checkin',
    token: tokenFor('checkin', 1, member.index),
  };
  result.places.set(member.index, submission.token);
  const first = await member.say('/checkin', timeoutMs);
  const driven = await driveToSummary(member, first, submission, { typed: false, stepTimeoutMs: timeoutMs });
  if (driven.outcome !== 'summary') {
    result.failures.push(`member ${member.index}: ${driven.reason}`);
    return;
  }
  const ack = await member.tap(driven.summary, CONFIRM_LABEL, timeoutMs);
  if (!ack || !REFERENCE.test(ack.text))
    result.failures.push(`member ${member.index}: confirm answered ${ack?.text.slice(0, 80) ?? 'nothing'}`);
}

async function sendTexts(member: TimedMember, result: CohortResult, count: number, timeoutMs: number) {
  for (let step = 0; step < count; step += 1) {
    const reply = await member.say(`bước ${step + 1}`, timeoutMs);
    if (!reply) {
      result.failures.push(`member ${member.index}: no answer to text ${step + 1}`);
      return;
    }
  }
}

export async function runCohort(emulator: EmulatorProcess, options: CohortOptions): Promise<CohortResult> {
  const result: CohortResult = { updates: 0, latenciesMs: [], seconds: 0, places: new Map(), failures: [] };
  const started = Date.now();
  const count = options.members.length;
  await Promise.all(
    options.members.map(({ memberId, chatId }, position) => {
      const member = new TimedMember(
        emulator,
        memberId,
        chatId,
        result,
        started + (position * options.periodMs) / count,
        options.periodMs,
      );
      return options.textsPerMember
        ? sendTexts(member, result, options.textsPerMember, options.stepTimeoutMs)
        : checkIn(member, result, options.stepTimeoutMs);
    }),
  );
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
