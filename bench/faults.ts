// Benchmark: the faults a deployment meets (kill -9, PostgreSQL and Redis outages, junk updates, a webhook under load),
// run against the service as a deployer runs it: a real PostgreSQL server, redis-server, the bot in its own process
// against the Bot API emulator in another. Every figure is counted from what the emulator received and what the
// database holds. Usage: npm run bench:faults [-- --quick] [-- --only kill|postgres|redis|fuzz|webhook]
//   [-- --ref <commit>] (run the service from a clean checkout of that commit) [-- --keep-logs]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PostgresServer } from './faults/postgres';
import { formatReport, figuresJson, type ScenarioReport } from './faults/report';
import type { ScenarioContext } from './faults/scenario';
import { fuzzScenario } from './faults/scenario-fuzz';
import { killScenario } from './faults/scenario-kill';
import { postgresScenario } from './faults/scenario-postgres';
import { redisScenario } from './faults/scenario-redis';
import { webhookScenario } from './faults/scenario-webhook';
import { seedTemplate } from './faults/seed';
import { cleanUpAll, log, onCleanup } from './faults/support';
import { machine } from './scheduler-bench-support';

const SCENARIOS: Array<{
  key: string;
  members: (quick: boolean) => number;
  run: (c: ScenarioContext) => Promise<ScenarioReport>;
}> = [
  { key: 'kill', members: (quick) => (quick ? 30 : 100), run: killScenario },
  { key: 'postgres', members: (quick) => (quick ? 16 : 31), run: postgresScenario },
  { key: 'redis', members: (quick) => (quick ? 20 : 40), run: redisScenario },
  { key: 'fuzz', members: () => 20, run: fuzzScenario },
  { key: 'webhook', members: (quick) => (quick ? 100 : 500), run: webhookScenario },
];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** The checkout the service runs from: this working tree, or a clean worktree of --ref sharing node_modules. */
function checkout(workDir: string, ref: string | undefined): string {
  const root = path.resolve(__dirname, '..');
  if (!ref) return root;
  const dir = path.join(workDir, 'checkout');
  git(root, 'worktree', 'add', '--detach', dir, ref);
  onCleanup(() => {
    git(root, 'worktree', 'remove', '--force', dir);
  });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/prisma-generate.cjs'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = argument('--only');
  const selected = SCENARIOS.filter(
    (scenario, index) =>
      !only || only.split(',').some((name) => name === scenario.key || name === String(index + 1)),
  );
  if (selected.length === 0)
    throw new Error(`--only: no scenario ${only} (kill, postgres, redis, fuzz, webhook)`);
  const startedAt = new Date();
  log(`machine:\n${machine()}`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-faults-'));
  fs.chmodSync(workDir, 0o755);
  const keepLogs = process.argv.includes('--keep-logs');
  onCleanup(() => {
    if (keepLogs) log(`logs kept in ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  });
  const serviceDir = checkout(workDir, argument('--ref'));
  const commit = git(serviceDir, 'rev-parse', '--short', 'HEAD');
  const dirty =
    git(serviceDir, 'status', '--porcelain', '--untracked-files=no', '--', 'src', 'prisma', 'locales') !== '';
  log(`service: ${serviceDir} at ${commit}${dirty ? ' with uncommitted changes in src/prisma/locales' : ''}`);

  const server = await PostgresServer.create();
  log(`PostgreSQL 15 on port ${server.port}`);
  await seedTemplate(
    server,
    serviceDir,
    workDir,
    Math.max(...selected.map((scenario) => scenario.members(quick))),
  );
  const context: ScenarioContext = { server, quick, deploy: { server, serviceDir, workDir } };

  const reports: ScenarioReport[] = [];
  for (const scenario of selected) {
    const started = Date.now();
    log(`scenario ${scenario.key}: starting`);
    try {
      reports.push(await scenario.run(context));
    } catch (error) {
      log(`scenario ${scenario.key} could not run: ${(error as Error).stack ?? String(error)}`);
      reports.push({
        key: scenario.key,
        title: `${scenario.key}: could not run`,
        figures: [{ key: 'ran', label: 'scenario ran to the end', value: false, goal: 'true', pass: false }],
        notes: [(error as Error).message.split('\n')[0].slice(0, 300)],
      });
    }
    const report = reports.at(-1)!;
    report.figures.push({
      key: 'seconds',
      label: 'wall time (s)',
      value: Math.round((Date.now() - started) / 1000),
    });
    process.stdout.write(`${formatReport(report)}\n`);
  }
  process.stdout.write(
    `\n${figuresJson(reports, {
      benchmark: 'faults',
      date: startedAt.toISOString(),
      commit,
      uncommittedChanges: dirty,
      quick,
      minutes: Number(((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)),
    })}\n`,
  );
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
    process.stderr.write(`bench:faults failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUpAll();
    // Open handles of finished child processes must not keep the benchmark waiting.
    process.exit(process.exitCode ?? 0);
  });
