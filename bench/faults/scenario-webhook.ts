// Scenario 5: webhook mode under a burst. Every bound member's /status is POSTed to the webhook at the same moment, with
// the secret header, as Telegram would; a call that fails or is not answered 200 within 10 s is retried (same update,
// up to 3 times, a second apart), as Telegram retries. Counted: the time each first POST took to be answered (p50,
// p95, max) and updates lost: members who never got a reply in their chat.
import { Deployment, webhookMessage } from './deployment';
import { goalZero, info, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { tallyErrors } from './service';
import { percentile, sleep } from './support';
import { webhookFloor } from './webhook-floor';

const RETRIES = 3;

export async function webhookScenario(context: ScenarioContext): Promise<ScenarioReport> {
  const count = context.quick ? 100 : 500;
  const deployment = await Deployment.create({
    ...context.deploy,
    name: 'webhook',
    members: count,
    webhook: true,
  });
  const { emulator } = deployment;
  const startedAt = Date.now();
  try {
    await sleep(2000);
    // Measured just before the burst, on the same machine under the same load.
    const floor = await webhookFloor(count);
    await sleep(1000);
    const mark = await emulator.mark();
    const firstTimes: number[] = [];
    const statuses: Record<string, number> = {};
    let retried = 0;
    let gaveUp = 0;
    const burstStart = Date.now();
    await Promise.all(
      deployment.members.map(async (member) => {
        const update = webhookMessage(member.chatId, '/status');
        for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
          if (attempt > 0) {
            retried += 1;
            await sleep(1000);
          }
          const { status, ms } = await deployment.postUpdate(update, 10_000);
          if (attempt === 0) firstTimes.push(ms);
          statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
          if (status === 200) return;
        }
        gaveUp += 1;
      }),
    );
    const postsDone = Date.now();
    // Every member must eventually see an answer in their chat.
    const chats = deployment.members.map((member) => member.chatId);
    /** When each member first saw a reply, for those who did. */
    const firstReplies = async () => {
      const events = await emulator.events(chats, mark);
      return chats
        .map((chat) => (events[String(chat)] ?? []).find((event) => event.kind === 'new')?.at)
        .filter((at): at is number => at !== undefined);
    };
    let replied = await firstReplies();
    for (
      const deadline = Date.now() + 60_000;
      replied.length < count && Date.now() < deadline;
      await sleep(1000)
    ) {
      replied = await firstReplies();
    }
    const replies = replied.length;
    const lastReply = Math.max(postsDone, ...replied);
    const p95 = percentile(firstTimes, 0.95);
    const errors = tallyErrors(deployment.errorLines(startedAt));
    return {
      key: 'webhook',
      title: `5. webhook: ${count} concurrent valid posts`,
      figures: [
        info('posts', 'updates posted at once', count),
        info('p50Ms', 'time to answer the POST, p50 (ms)', Math.round(percentile(firstTimes, 0.5))),
        {
          key: 'p95Ms',
          label: 'time to answer the POST, p95 (ms)',
          value: Math.round(p95),
          goal: '< 250',
          pass: p95 < 250,
        },
        info('floorP95Ms', 'same burst to a server that only answers, p95 (ms)', Math.round(floor.p95Ms)),
        info('overFloor', 'p95 over that floor (ratio)', Math.round((p95 / floor.p95Ms) * 100) / 100),
        info('maxMs', 'time to answer the POST, max (ms)', Math.round(Math.max(...firstTimes))),
        info('retried', 'posts retried (failed or not 200 within 10 s)', retried),
        info(
          'responses',
          'HTTP statuses of all posts',
          Object.entries(statuses)
            .map(([s, n]) => `${s === '0' ? 'none' : s}: ${n}`)
            .join(', '),
        ),
        goalZero('updatesLost', 'updates lost (member never got a reply)', count - replies),
        info(
          'secondsToLastReply',
          'seconds from the burst to the last first reply',
          Math.round((lastReply - burstStart) / 100) / 10,
        ),
        info(
          'errorLines',
          'error-level log lines',
          Object.values(errors).reduce((a, b) => a + b, 0),
        ),
      ],
      notes: [
        ...(gaveUp ? [`${gaveUp} updates were given up after ${RETRIES} retries`] : []),
        ...Object.entries(errors)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([line, times]) => `error line ${times}x: ${line}`),
      ],
    };
  } finally {
    await deployment.stop();
  }
}
