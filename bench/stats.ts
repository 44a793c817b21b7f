// bench:stats: `homecell stats` for a province of 200,000 members (goal: at most 2 s), and the query alone in-process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createDatabase } from '../src/db/client';
import { loadPolicy } from '../src/domain/policy';
import { StatsRecords } from '../src/records/stats';
import { compiledCli, log, machine, MEMBERS, PROVINCE, provinceDatabase, YEAR } from './province';

const run = promisify(execFile);
const RUNS = 3;

async function main(): Promise<void> {
  const bin = compiledCli();
  const { url, server, generatedSeconds } = await provinceDatabase();
  const lines: string[] = [];
  try {
    const db = createDatabase(url, { poolSize: 2 });
    const stats = new StatsRecords(db, () => new Date(), loadPolicy());
    const unit = (await stats.unitByCode(PROVINCE))!;
    const querySeconds: number[] = [];
    let members = 0;
    for (let index = 0; index < RUNS; index += 1) {
      const started = process.hrtime.bigint();
      const result = await stats.compute(unit, { year: YEAR });
      querySeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      members = result.total.members;
    }
    await db.$disconnect();
    if (members !== MEMBERS) throw new Error(`expected ${MEMBERS} members in the statistics, got ${members}`);

    const command = ['stats', PROVINCE, '--year', String(YEAR)];
    const cliSeconds: number[] = [];
    let output = '';
    for (let index = 0; index < RUNS; index += 1) {
      const started = process.hrtime.bigint();
      const result = await run(process.execPath, [bin, ...command], {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', BOT_TOKEN: '' },
      });
      cliSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      output = result.stdout;
    }
    const best = (values: number[]) => Math.min(...values).toFixed(2);
    const all = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
    lines.push(
      `- data: ${MEMBERS.toLocaleString('en')} members in 1 province, 10 districts, 150 grassroots, 1,500 cells; 2% away; 12 months of check-ins (members away) and fees (everyone): about 2.3 million fee months${generatedSeconds ? ` (generated in ${generatedSeconds.toFixed(0)} s)` : ''}`,
      `- statistics query in-process (StatsRecords.compute, ${RUNS} runs): ${all(querySeconds)} s; best ${best(querySeconds)} s`,
      `- \`homecell ${command.join(' ')}\` end to end, compiled CLI (node start, connect, query, print; ${RUNS} runs): ${all(cliSeconds)} s; best ${best(cliSeconds)} s`,
      `- goal: at most 2 s: ${Math.min(...cliSeconds) <= 2 ? 'met' : 'NOT met'} (best CLI run), query ${Math.min(...querySeconds) <= 2 ? 'within' : 'over'} 2 s`,
      '',
      'Output (first lines):',
      '```',
      ...output.split('\n').slice(0, 8),
      '```',
      '',
      'Machine:',
      '```',
      ...machine(),
      '```',
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.stop();
  }
  log('done');
}

void main().catch((error: unknown) => {
  log(String((error as Error).stack ?? error));
  process.exit(1);
});
