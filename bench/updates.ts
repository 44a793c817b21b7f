// Benchmark: update throughput. N members each complete /checkin through the Bot API emulator (its own process) over
// HTTP, against the service as a deployer runs it (src/main.ts in its own process): long polling with the runner and
// the webhook with its secret, sessions in PostgreSQL and then in Redis; then the same harness against a grammY bot
// that answers "ok" (the framework's ceiling on this machine). Each mode runs a paced cohort (a steady offered rate:
// the goal's updates/s and latency) and a burst cohort (everyone at once: what the bot can take, against the ceiling).
// Usage: npm run bench:updates [-- --members N] [-- --rate R] [-- --only polling-postgres,...] [-- --profile]
//   [-- --keep-logs]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmulatorProcess } from './faults/emulator';
import { query } from './faults/postgres';
import { ServiceProcess } from './faults/service';
import { cleanUpAll, freePort, log, onCleanup, percentile, sleep } from './faults/support';
import {
  benchDatabase,
  machine,
  redisServerInstalled,
  seedBoundMembers,
  startRedis,
} from './scheduler-bench-support';
import { runCohort, type CohortResult } from './updates/cohort';
import { topCosts } from './updates/profile';

const TOKEN = '4242424242:updates-benchmark-token-abcdefghij';
const FIRST_CHAT = 7_700_000_001;
const STEP_TIMEOUT_MS = 180_000;
const GOAL_RATE = 300;
const GOAL_P99_MS = 500;

interface Mode {
  key: string;
  bot: 'homecell' | 'trivial';
  transport: 'polling' | 'webhook';
  sessions?: 'postgres' | 'redis';
}

/** Each ceiling runs just after the first mode on its transport: a shared machine's load changes by the minute. */
const MODES: Mode[] = [
  { key: 'polling-postgres', bot: 'homecell', transport: 'polling', sessions: 'postgres' },
  { key: 'ceiling-polling', bot: 'trivial', transport: 'polling' },
  { key: 'webhook-postgres', bot: 'homecell', transport: 'webhook', sessions: 'postgres' },
  { key: 'ceiling-webhook', bot: 'trivial', transport: 'webhook' },
  { key: 'polling-redis', bot: 'homecell', transport: 'polling', sessions: 'redis' },
  { key: 'webhook-redis', bot: 'homecell', transport: 'webhook', sessions: 'redis' },
];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface CohortFigures {
  updates: number;
  updatesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  failures: number;
}

interface ModeFigures {
  mode: string;
  paced?: CohortFigures;
  burst: CohortFigures;
  queriesPerUpdate?: number;
  /** Bot API calls the bot made per update, by method. */
  apiCallsPerUpdate: Record<string, number>;
  checkInsStoredOnce?: boolean;
  ceilingRatio?: number;
  notes: string[];
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

function figures(result: CohortResult): CohortFigures {
  return {
    updates: result.updates,
    updatesPerSecond: round(result.updates / result.seconds, 1),
    p50Ms: Math.round(percentile(result.latenciesMs, 0.5)),
    p95Ms: Math.round(percentile(result.latenciesMs, 0.95)),
    p99Ms: Math.round(percentile(result.latenciesMs, 0.99)),
    failures: result.failures.length + (result.updates - result.latenciesMs.length),
  };
}

interface QueryCounts {
  queries: number;
  /** Statement text (its first 160 characters) and how often it was sent. */
  statements: Array<[string, number]>;
}

/** The bot process's count of statements sent to PostgreSQL so far (bench/updates/count-queries.cjs). */
async function queriesSoFar(service: ServiceProcess, file: string): Promise<QueryCounts> {
  fs.rmSync(file, { force: true });
  process.kill(service.pid, 'SIGUSR2');
  for (let attempt = 0; attempt < 100 && !fs.existsSync(file); attempt += 1) await sleep(20);
  await sleep(20);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as QueryCounts;
}

/** The statements sent most often between two counts, per update. */
function topStatements(before: QueryCounts, after: QueryCounts, updates: number, count = 12): string[] {
  const earlier = new Map(before.statements);
  return after.statements
    .map(([text, times]) => [text, times - (earlier.get(text) ?? 0)] as const)
    .filter(([, times]) => times > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([text, times]) => `${(times / updates).toFixed(2).padStart(6)}  ${text}`);
}

/** Members whose check-in the records do not hold exactly once, with the place they typed. */
async function checkInsNotStoredOnce(url: string, places: Map<number, string>): Promise<string[]> {
  const rows = await query<{ memberId: number; place: string | null; revisions: string }>(
    url,
    `SELECT c."memberId", c.place, count(r.id)::text AS revisions
       FROM "CheckIn" c LEFT JOIN "CheckInRevision" r ON r."checkInId" = c.id GROUP BY c.id`,
  );
  const held = new Map<number, Array<{ place: string | null; revisions: number }>>();
  for (const row of rows) {
    const list = held.get(row.memberId) ?? [];
    list.push({ place: row.place, revisions: Number(row.revisions) });
    held.set(row.memberId, list);
  }
  const wrong: string[] = [];
  for (const [memberId, place] of places) {
    const found = held.get(memberId) ?? [];
    if (found.length !== 1 || found[0].place !== place || found[0].revisions !== 1)
      wrong.push(`member ${memberId}: ${found.length} check-ins (${JSON.stringify(found)})`);
  }
  for (const memberId of held.keys())
    if (!places.has(memberId)) wrong.push(`member ${memberId}: not in a cohort`);
  return wrong;
}

async function runMode(
  mode: Mode,
  options: { members: number; rate: number; workDir: string; textsPerMember: number; profile: boolean },
): Promise<ModeFigures> {
  const { members: count, workDir } = options;
  const notes: string[] = [];
  const homecell = mode.bot === 'homecell';
  // The paced cohort is members 1..N, the burst N+1..2N: each member checks in once.
  const total = homecell ? 2 * count : count;
  const chats = Array.from({ length: total }, (_, index) => FIRST_CHAT + index);
  const cohort = (from: number) =>
    chats.slice(from, from + count).map((chatId, index) => ({ memberId: from + index + 1, chatId }));

  const database = homecell ? await benchDatabase() : undefined;
  // An interrupted run stops its PostgreSQL and Redis too (the emulator and the bot register themselves).
  const closeDatabase = onCleanup(() => database?.close());
  const redis = mode.sessions === 'redis' ? await startRedis() : undefined;
  const stopRedis = onCleanup(() => redis?.stop());
  const emulator = await EmulatorProcess.start(TOKEN);
  let service: ServiceProcess | undefined;
  try {
    if (database) await seedBoundMembers(database.url, total, FIRST_CHAT, new Date());
    await emulator.users(chats);
    const port = await freePort();
    const queryFile = path.join(workDir, `${mode.key}.queries`);
    const profileDir = path.join(workDir, `${mode.key}-profile`);
    service = ServiceProcess.start({
      serviceDir: path.resolve(__dirname, '..'),
      entry: homecell ? 'src/main.ts' : 'bench/updates/trivial-bot.ts',
      nodeArgs: [
        ...(homecell ? ['--require', path.join(__dirname, 'updates', 'count-queries.cjs')] : []),
        ...(options.profile && homecell ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ],
      logFile: path.join(workDir, `${mode.key}.log`),
      env: {
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATA_DIR: path.join(workDir, `data-${mode.key}`),
        BENCH_QUERY_COUNT_FILE: queryFile,
        ...(database ? { DATABASE_URL: database.url } : {}),
        ...(redis ? { REDIS_URL: redis.url } : {}),
        ...(mode.transport === 'webhook'
          ? {
              BOT_MODE: 'webhook',
              WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/bench-${crypto.randomBytes(4).toString('hex')}`,
              WEBHOOK_SECRET: crypto.randomBytes(18).toString('base64url'),
            }
          : {}),
      },
    });
    await service.ready();
    await sleep(1000);
    const callsBefore = (await emulator.stats()).calls;

    // What the service queries with no update at all (the delivery's polls, the inbox's recovery) is not the updates'.
    const idleSeconds = 5;
    const none: QueryCounts = { queries: 0, statements: [] };
    const idleStart = homecell ? await queriesSoFar(service, queryFile) : none;
    if (homecell) await sleep(idleSeconds * 1000);
    const idleEnd = homecell ? await queriesSoFar(service, queryFile) : none;

    const periodMs = (count / options.rate) * 1000;
    const paced = homecell
      ? await runCohort(emulator, { members: cohort(0), periodMs, stepTimeoutMs: STEP_TIMEOUT_MS })
      : undefined;
    if (paced) log(`${mode.key}: paced cohort ${JSON.stringify(figures(paced))}`);
    const burst = await runCohort(emulator, {
      members: cohort(homecell ? count : 0),
      periodMs: 0,
      stepTimeoutMs: STEP_TIMEOUT_MS,
      textsPerMember: homecell ? undefined : options.textsPerMember,
    });
    log(`${mode.key}: burst cohort ${JSON.stringify(figures(burst))}`);
    const queriesEnd = homecell ? await queriesSoFar(service, queryFile) : none;

    const callsAfter = (await emulator.stats()).calls;
    const allUpdates = (paced?.updates ?? 0) + burst.updates;
    const apiCallsPerUpdate = Object.fromEntries(
      Object.entries(callsAfter)
        .map(
          ([method, calls]) => [method, round((calls - (callsBefore[method] ?? 0)) / allUpdates, 2)] as const,
        )
        .filter(([method, perUpdate]) => perUpdate > 0 && method !== 'getUpdates')
        .sort((a, b) => b[1] - a[1]),
    );
    const result: ModeFigures = {
      mode: mode.key,
      paced: paced && figures(paced),
      burst: figures(burst),
      apiCallsPerUpdate,
      notes,
    };
    for (const failure of [...(paced?.failures ?? []), ...burst.failures].slice(0, 3)) notes.push(failure);
    if (homecell) {
      const seconds = (paced?.seconds ?? 0) + burst.seconds;
      const idlePerSecond = (idleEnd.queries - idleStart.queries) / idleSeconds;
      const updates = (paced?.updates ?? 0) + burst.updates;
      result.queriesPerUpdate = round(
        (queriesEnd.queries - idleEnd.queries - idlePerSecond * seconds) / updates,
        1,
      );
      notes.push(`${round(idlePerSecond, 1)} queries/s with no update (background), left out of the figure`);
      if (options.profile)
        notes.push(
          'statements per update:',
          ...topStatements(idleEnd, queriesEnd, updates).map((line) => `  ${line}`),
        );
      await service.stop();
      const wrong = await checkInsNotStoredOnce(
        database!.url,
        new Map([...(paced?.places ?? []), ...burst.places]),
      );
      result.checkInsStoredOnce = wrong.length === 0;
      if (wrong.length > 0) notes.push(`${wrong.length} check-ins not stored exactly once, e.g. ${wrong[0]}`);
      if (options.profile) {
        const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
        if (file) notes.push(...topCosts(path.join(profileDir, file)));
      }
    }
    const errors = service.errorLines().length;
    if (errors > 0) notes.push(`${errors} error-level log lines (${path.join(workDir, `${mode.key}.log`)})`);
    return result;
  } finally {
    await service?.stop();
    await emulator.stop();
    await stopRedis();
    await closeDatabase();
  }
}

function cohortLine(label: string, cohort: CohortFigures, extra = ''): string {
  return `  ${label.padEnd(7)} ${String(cohort.updatesPerSecond).padStart(7)} updates/s  latency p50 ${cohort.p50Ms} ms, p95 ${cohort.p95Ms} ms, p99 ${cohort.p99Ms} ms  (${cohort.updates} updates, ${cohort.failures} failed)${extra}`;
}

async function main(): Promise<void> {
  const members = Number(argument('--members') ?? 2000);
  const rate = Number(argument('--rate') ?? GOAL_RATE);
  const only = argument('--only')?.split(',');
  const profile = process.argv.includes('--profile');
  const startedAt = new Date();
  const load = () => fs.readFileSync('/proc/loadavg', 'utf8').trim();
  const loadBefore = load();
  log(`machine:\n${machine()}\nload average before: ${loadBefore}`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-updates-'));
  fs.chmodSync(workDir, 0o755);
  const haveRedis = redisServerInstalled();
  const results: ModeFigures[] = [];
  let textsPerMember = 7;
  for (const mode of MODES) {
    if (only && !only.includes(mode.key)) continue;
    if (mode.sessions === 'redis' && !haveRedis) {
      process.stdout.write(
        `${mode.key}: skipped, redis-server is not installed (apt-get install redis-server)\n`,
      );
      continue;
    }
    log(`${mode.key}: ${members} members`);
    const result = await runMode(mode, { members, rate, workDir, textsPerMember, profile });
    // The ceiling's members send as many updates as a check-in took here.
    if (mode.bot === 'homecell' && results.every((earlier) => earlier.mode.startsWith('ceiling')))
      textsPerMember = Math.max(1, Math.round(result.burst.updates / members));
    results.push(result);
  }
  const ceilingOf = (transport: string) =>
    results.find((result) => result.mode === `ceiling-${transport}`)?.burst.updatesPerSecond;
  for (const result of results) {
    const ceiling = ceilingOf(result.mode.split('-')[0]);
    if (!result.mode.startsWith('ceiling') && ceiling)
      result.ceilingRatio = round(result.burst.updatesPerSecond / ceiling, 2);
  }

  const loadAfter = load();
  const lines = [`bench:updates, ${members} members, paced at ${rate} updates/s offered`];
  for (const result of results) {
    lines.push(`${result.mode}:`);
    if (result.paced) {
      const pass = result.paced.updatesPerSecond >= GOAL_RATE && result.paced.p99Ms < GOAL_P99_MS;
      lines.push(
        cohortLine(
          'paced',
          result.paced,
          `  goal >= ${GOAL_RATE}/s, p99 < ${GOAL_P99_MS} ms: ${pass ? 'met' : 'NOT met'}`,
        ),
      );
    }
    lines.push(
      cohortLine(
        'burst',
        result.burst,
        result.ceilingRatio !== undefined ? `  ${result.ceilingRatio} of the ceiling` : '',
      ),
    );
    lines.push(
      `  Bot API calls per update: ${Object.entries(result.apiCallsPerUpdate)
        .map(([method, calls]) => `${method} ${calls}`)
        .join(', ')}`,
    );
    if (result.queriesPerUpdate !== undefined)
      lines.push(`  database queries per update: ${result.queriesPerUpdate}`);
    if (result.checkInsStoredOnce !== undefined)
      lines.push(`  every check-in stored exactly once: ${result.checkInsStoredOnce ? 'yes' : 'NO'}`);
    for (const note of result.notes) lines.push(`  ${note}`);
  }
  lines.push(`load average before: ${loadBefore}; after: ${loadAfter}`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const served = results.filter((result) => result.paced);
  const summary = {
    benchmark: 'updates',
    date: startedAt.toISOString(),
    members,
    offeredUpdatesPerSecond: rate,
    nproc: os.cpus().length,
    loadBefore,
    loadAfter,
    // The worst mode's: the goals hold in each mode.
    updatesPerSecond: served.length
      ? Math.min(...served.map((result) => result.paced!.updatesPerSecond))
      : null,
    p99Ms: served.length ? Math.max(...served.map((result) => result.paced!.p99Ms)) : null,
    ceilingUpdatesPerSecond: ceilingOf('polling') ?? null,
    allStoredOnce: served.every((result) => result.checkInsStoredOnce),
    modes: Object.fromEntries(results.map(({ mode, notes: _notes, ...figures }) => [mode, figures])),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (process.argv.includes('--keep-logs')) log(`logs and profiles kept in ${workDir}`);
  else fs.rmSync(workDir, { recursive: true, force: true });
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping everything this benchmark started`);
    void cleanUpAll().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench:updates failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUpAll();
    process.exit(process.exitCode ?? 0);
  });
