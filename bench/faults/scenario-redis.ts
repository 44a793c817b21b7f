// Scenario 3: Redis (sessions and the delivery queue, REDIS_URL set) stopped for a while during traffic, then started
// again with its data (append-only file). Counted:
// - sessions lost: a member half-way through a check-in who, after the outage, is not offered the question they
//   stopped at (idle members), or whose form went back to an earlier question or was forgotten (members who kept
//   answering through the outage);
// - notifications lost or duplicated: each check-in the records hold that asked for the secretary's call must reach
//   the secretary's chat exactly once.
import type { ChatEvent } from './emulator-protocol';
import { Deployment } from './deployment';
import {
  CONFIRM_LABEL,
  driveToSummary,
  isSummary,
  Member,
  progressOf,
  REFERENCE,
  tokenFor,
  UNFINISHED,
  type Submission,
} from './members';
import { heldRecords } from './records';
import { RedisServer } from './redis';
import { goalZero, info, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { tallyErrors } from './service';
import { inParallel, sleep } from './support';

const STEP_TIMEOUT_MS = 20_000;
const FORGOTTEN = /Tôi chưa hiểu tin nhắn này/;

/** A member whose every answer is watched: the form must never go back to an earlier question or be forgotten. */
class WatchedMember extends Member {
  highest = 0;
  lostAt?: string;

  private watch(reply: ChatEvent | null, sent: string): ChatEvent | null {
    const progress = progressOf(reply);
    if (progress !== undefined) {
      if (progress < this.highest && !this.lostAt)
        this.lostAt = `went back to question ${progress} after ${this.highest}`;
      this.highest = Math.max(this.highest, progress);
    }
    if (reply && FORGOTTEN.test(reply.text) && this.highest > 0 && !this.lostAt)
      this.lostAt = `"${sent}" not understood`;
    return reply;
  }

  override async say(text: string, timeoutMs: number): Promise<ChatEvent | null> {
    return this.watch(await super.say(text, timeoutMs), text);
  }

  override async tap(
    message: ChatEvent,
    label: string | RegExp,
    timeoutMs: number,
    expect: 'new' | 'edit' = 'new',
  ) {
    return this.watch(await super.tap(message, label, timeoutMs, expect), String(label));
  }
}

export async function redisScenario(context: ScenarioContext): Promise<ScenarioReport> {
  const downMs = context.quick ? 10_000 : 30_000;
  const count = context.quick ? 20 : 40;
  const redis = await RedisServer.create();
  const deployment = await Deployment.create({
    ...context.deploy,
    name: 'redis',
    members: count,
    env: { REDIS_URL: redis.url },
  });
  const { emulator } = deployment;
  const startedAt = Date.now();
  const idle = deployment.members.slice(0, count / 2);
  const active = deployment.members
    .slice(count / 2)
    .map((m) => new WatchedMember(emulator, m.index, m.chatId));
  const notes: string[] = [];
  try {
    // Idle members stop at the third question of a check-in and write nothing until Redis is back.
    const stoppedAt = new Map<number, number>();
    await inParallel(idle, 10, async (member) => {
      await member.say('/checkin', STEP_TIMEOUT_MS);
      await member.say(tokenFor('checkin', 0, member.index), STEP_TIMEOUT_MS);
      const health = await member.say('Công nhân xưởng may', STEP_TIMEOUT_MS);
      const progress = progressOf(health);
      if (progress !== undefined) stoppedAt.set(member.index, progress);
    });

    // Active members each file one check-in asking for a call, starting one after another across the outage.
    const submissions: Submission[] = [];
    const window = downMs + 25_000;
    const outageStart = 5000;
    const activeRuns = active.map(async (member, index) => {
      await sleep((index * window) / active.length);
      const submission: Submission = {
        member: member.index,
        round: 0,
        form: 'checkin',
        token: tokenFor('checkin', 0, member.index),
      };
      submissions.push(submission);
      for (let attempt = 0; attempt < 10 && !submission.ack; attempt += 1) {
        if (attempt > 0) await sleep(3000);
        let reply = await member.say('/checkin', STEP_TIMEOUT_MS);
        if (
          reply &&
          UNFINISHED.test(reply.text) &&
          !reply.buttons?.length &&
          !/\(\d+\/\d+\)/.test(reply.text)
        ) {
          reply = await emulator.wait({
            chatId: member.chatId,
            after: reply.seq,
            kinds: ['new'],
            timeoutMs: 5000,
          });
        }
        const result = await driveToSummary(member, reply, submission, {
          typed: index % 2 === 0,
          wantsCall: true,
          stepTimeoutMs: STEP_TIMEOUT_MS,
        });
        if (result.outcome !== 'summary' || !isSummary(result.summary)) continue;
        const button = result.summary.buttons!.find((candidate) => candidate.text === CONFIRM_LABEL)!;
        const pressed = await emulator.press(member.chatId, result.summary.messageId!, {
          data: button.data!,
        });
        if (pressed.error !== undefined) continue;
        const answer = await emulator.wait({
          chatId: member.chatId,
          after: pressed.mark,
          kinds: ['new'],
          timeoutMs: STEP_TIMEOUT_MS,
        });
        const reference = answer ? REFERENCE.exec(answer.text)?.[1] : undefined;
        if (reference) submission.ack = { reference, at: answer!.at };
      }
    });

    await sleep(outageStart);
    const service = deployment.service;
    const downAt = Date.now();
    await redis.stop();
    const statuses: number[] = [];
    while (Date.now() < downAt + downMs) {
      await sleep(1000);
      statuses.push(await service.health(2000));
    }
    await redis.start();
    notes.push(
      `Redis away ${Math.round((Date.now() - downAt) / 1000)} s; /healthz while away: ${[...new Set(statuses)].join('/')}`,
    );
    await Promise.all(activeRuns);
    const alive = service.alive;
    if (!alive) {
      notes.push(`the bot process died: ${service.describeExit()}; restarted by the benchmark`);
      await deployment.start();
    }

    // Idle members come back to their check-in.
    let idleLost = 0;
    await inParallel(idle, 10, async (member) => {
      const expected = stoppedAt.get(member.index);
      let reply = await member.say('/checkin', STEP_TIMEOUT_MS);
      if (reply && !/\(\d+\/\d+\)/.test(reply.text)) {
        reply = await emulator.wait({
          chatId: member.chatId,
          after: reply.seq,
          kinds: ['new'],
          timeoutMs: 5000,
        });
      }
      const progress = progressOf(reply);
      if (expected === undefined || progress !== expected) {
        idleLost += 1;
        if (notes.length < 8)
          notes.push(
            `idle member ${member.index}: stopped at question ${expected ?? '?'}, offered ${progress ?? reply?.text.slice(0, 60) ?? 'nothing'}`,
          );
      }
      await member.say('/cancel', STEP_TIMEOUT_MS);
    });
    const activeLost = active.filter((member) => member.lostAt);
    for (const member of activeLost.slice(0, 3))
      notes.push(`active member ${member.index}: ${member.lostAt}`);

    // Every call the records hold must reach the secretary once; give the delivery time to catch up.
    const tokens = new Set(submissions.map((submission) => submission.token));
    const held = await heldRecords(deployment.databaseUrl);
    const expected = [
      ...new Set(
        held.checkIns
          .filter((row) => row.place && tokens.has(row.place) && row.wantsCall === 'true')
          .map((row) => row.place!),
      ),
    ];
    const deliveries = async () => {
      const events =
        (await emulator.events([deployment.secretary.chatId]))[String(deployment.secretary.chatId)] ?? [];
      const texts = events.filter((event) => event.kind === 'new').map((event) => event.text);
      return expected.map((token) => texts.filter((text) => text.includes(token)).length);
    };
    let delivered = await deliveries();
    for (const deadline = Date.now() + 90_000; Date.now() < deadline && delivered.some((n) => n === 0);) {
      await sleep(2000);
      delivered = await deliveries();
    }
    await sleep(5000);
    delivered = await deliveries();
    const acked = submissions.filter((submission) => submission.ack).length;
    const errors = tallyErrors(deployment.errorLines(startedAt));
    return {
      key: 'redis',
      title: `3. Redis stopped ${downMs / 1000} s (sessions and delivery queue on Redis)`,
      figures: [
        {
          key: 'processAlive',
          label: 'bot process alive after the outage',
          value: alive,
          goal: 'true',
          pass: alive,
        },
        info('idleForms', 'forms in progress, idle through the outage', idle.length),
        goalZero('idleSessionsLost', '  not resumed at the question they stopped at', idleLost),
        info('activeMembers', 'members filing a check-in across the outage', active.length),
        goalZero('activeSessionsLost', '  whose form went back or was forgotten', activeLost.length),
        info('checkInsAcknowledged', '  check-ins acknowledged', acked),
        info('notificationsExpected', "secretary's call alerts the records hold", expected.length),
        goalZero('notificationsLost', '  never delivered', delivered.filter((n) => n === 0).length),
        goalZero(
          'notificationsDuplicated',
          '  delivered more than once',
          delivered.filter((n) => n > 1).length,
        ),
        info(
          'errorLines',
          'error-level log lines',
          Object.values(errors).reduce((a, b) => a + b, 0),
        ),
      ],
      notes: [
        ...notes,
        ...Object.entries(errors)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([message, times]) => `error line ${times}x: ${message}`),
      ],
    };
  } finally {
    await deployment.stop();
    await redis.stop();
  }
}
