// Scenario 2: PostgreSQL stopped (`pg_ctl stop -m fast`) for a while, then started, several times, while members write.
// Counted: outages the bot process lived through; members' messages that got no answer at all (no message, edit or
// button answer before their next message); outages after which a fresh /status worked without a restart;
// /healthz answering 503 all through the outage and 200 after it.
import { Deployment } from './deployment';
import { goalZero, info, type Figure, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { tallyErrors } from './service';
import { sleep } from './support';
import { Traffic } from './traffic';

const ofAll = (key: string, label: string, count: number, total: number): Figure => ({
  key,
  label,
  value: `${count} of ${total}`,
  goal: `${total} of ${total}`,
  pass: count === total,
});

export async function postgresScenario(context: ScenarioContext): Promise<ScenarioReport> {
  const outages = context.quick ? 2 : 5;
  const downMs = context.quick ? 10_000 : 30_000;
  const count = context.quick ? 16 : 31;
  const deployment = await Deployment.create({ ...context.deploy, name: 'postgres', members: count });
  const { emulator } = deployment;
  const probe = deployment.members.at(-1)!;
  const traffic = new Traffic(emulator, deployment.members.slice(0, -1), downMs + 15_000);
  const windows: Array<{ from: number; to: number }> = [];
  const notes: string[] = [];
  let alive = 0;
  let recovered = 0;
  let health503 = 0;
  let health200After = 0;
  const startedAt = Date.now();
  try {
    traffic.start();
    await sleep(5000);
    for (let outage = 1; outage <= outages; outage += 1) {
      const service = deployment.service;
      const downAt = Date.now();
      await context.server.stop();
      // /healthz once a second while the database is away (the first second is the server going down).
      const statuses: number[] = [];
      while (Date.now() < downAt + downMs) {
        await sleep(1000);
        if (Date.now() - downAt > 1500) statuses.push(await service.health(2000));
      }
      await context.server.start();
      const upAt = Date.now();
      const downStatuses = [...new Set(statuses)].join('/');
      if (statuses.length > 0 && statuses.every((status) => status === 503)) health503 += 1;
      let line = `outage ${outage}: ${Math.round((upAt - downAt) / 1000)} s, /healthz while down: ${downStatuses}`;
      if (!service.alive) {
        line += `; the bot process died: ${service.describeExit()}; restarted by the benchmark`;
        await deployment.start();
      } else {
        alive += 1;
        let healthy = false;
        for (const deadline = Date.now() + 30_000; Date.now() < deadline && !healthy; await sleep(500)) {
          healthy = (await service.health(2000)) === 200;
        }
        if (healthy) health200After += 1;
        // A member who was not writing during the outage asks for their standing, as anyone would after it.
        let status = await probe.say('/status', 15_000);
        if (!status || !/Tình hình/.test(status.text)) status = await probe.say('/status', 15_000);
        const works = Boolean(status && /Tình hình/.test(status.text));
        if (works && service.alive) recovered += 1;
        line += `; /healthz after: ${healthy ? 200 : 'not 200 within 30 s'}; fresh /status: ${works ? 'answered' : `"${status?.text.slice(0, 60) ?? 'no answer'}"`}`;
      }
      windows.push({ from: downAt, to: Date.now() });
      notes.push(line);
      await sleep(10_000);
    }
    await traffic.stop();
    await sleep(3000);
    const events = await emulator.events(deployment.members.map((member) => member.chatId));
    const missing = traffic.unanswered(events, Date.now());
    const inOutage = missing.filter((message) =>
      windows.some((w) => message.sentAt >= w.from && message.sentAt <= w.to),
    );
    const sentInOutage = traffic.sent.filter((m) =>
      windows.some((w) => m.sentAt >= w.from && m.sentAt <= w.to),
    );
    const errors = tallyErrors(deployment.errorLines(startedAt));
    const top = Object.entries(errors)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([message, times]) => `${times}x ${message}`);
    return {
      key: 'postgres',
      title: `2. PostgreSQL stopped ${downMs / 1000} s x${outages} during traffic (${count - 1} members writing)`,
      figures: [
        ofAll('processAlive', 'bot process alive after the outage', alive, outages),
        info('messagesSent', 'messages sent by members', traffic.sent.length),
        info('messagesSentDuringOutages', '  of which during an outage or its recovery', sentInOutage.length),
        goalZero('unanswered', 'messages without any answer', missing.length),
        info('unansweredDuringOutages', '  of which sent during an outage or its recovery', inOutage.length),
        ofAll(
          'recoveredWithoutRestart',
          'fresh /status answered after the outage, no restart',
          recovered,
          outages,
        ),
        ofAll('healthz503WhileDown', '/healthz 503 all through the outage', health503, outages),
        ofAll('healthz200After', '/healthz 200 after the outage', health200After, outages),
        info(
          'errorLines',
          'error-level log lines',
          Object.values(errors).reduce((a, b) => a + b, 0),
        ),
      ],
      notes: [
        ...notes,
        ...(top.length ? [`most frequent error lines: ${top.join(' | ')}`] : []),
        ...(missing.length
          ? [`unanswered, e.g.: ${[...new Set(missing.map((m) => m.text))].slice(0, 5).join(', ')}`]
          : []),
      ],
    };
  } finally {
    await traffic.stop();
    await deployment.stop();
  }
}
