// Benchmark: the sweep over a generated country-sized register (default 1,000,000 members, 200,000 away) against a
// plain full scan of the same rows in the same run. Usage: npm run bench:sweep [-- --members N]
import pg from 'pg';
import pino from 'pino';
import { createDatabase } from '../src/db/client';
import { loadPolicy } from '../src/domain/policy';
import { createRecords } from '../src/records';
import { runSweep, type SweepResult } from '../src/scheduler/sweep';
import { generateRegister } from './sweep-register';
import { benchDatabase, log, machine, measured } from './scheduler-bench-support';

/** A weekday morning in Vietnam, 20 October 2026: the day-20 check-in nudge for everyone away. */
const AT = new Date('2026-10-20T09:00:00+07:00');
const CURSOR_ROWS = 20_000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Every row the sweep reads, the same columns, straight through a server-side cursor: the floor to compare with. */
async function plainScan(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const queries = [
    `SELECT m.id, m."fullName", m.role::text, m.status::text, m.timezone, m.locale, m."cellId", u.timezone,
            m.reachable, m."preferredHourFrom", m."preferredHourTo", m."createdAt"
     FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"`,
    `SELECT "memberId" FROM "ChatIdentity"`,
    `SELECT f."memberId", to_char(f.month, 'YYYY-MM'), p.status::text
     FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"`,
    `SELECT "memberId", kind::text, to_char("firstMonth", 'YYYY-MM'), to_char("lastMonth", 'YYYY-MM')
     FROM "FeeArrangement"`,
    `SELECT "memberId", to_char(month, 'YYYY-MM') FROM "CheckIn"`,
    `SELECT "memberId", kind::text, "countryCode", arrangement::text, "applicationStatus"::text,
            to_char("startsOn", 'YYYY-MM-DD'), to_char("expectedEndOn", 'YYYY-MM-DD')
     FROM "Absence" WHERE "endedOn" IS NULL`,
    `SELECT "memberId", year, status::text FROM "Review"`,
    `SELECT id, "memberId", kind::text, text, "createdAt" FROM "Request" WHERE status = 'open'`,
  ];
  let rows = 0;
  try {
    for (const query of queries) {
      await client.query('BEGIN');
      await client.query(`DECLARE scan NO SCROLL CURSOR FOR ${query}`);
      for (;;) {
        const batch = await client.query(`FETCH ${CURSOR_ROWS} FROM scan`);
        rows += batch.rowCount ?? 0;
        if ((batch.rowCount ?? 0) < CURSOR_ROWS) break;
      }
      await client.query('COMMIT');
    }
  } finally {
    await client.end();
  }
  return rows;
}

async function main(): Promise<void> {
  const members = Number(argument('--members') ?? 1_000_000);
  log(`machine:\n${machine()}`);
  const database = await benchDatabase();
  try {
    log(`generating ${members} members...`);
    const generated = await measured(() => generateRegister(database.url, members));
    log(`generated in ${generated.seconds.toFixed(1)} s: ${JSON.stringify(generated.result)}`);

    const policy = loadPolicy();
    const db = createDatabase(database.url, { poolSize: 8 });
    const records = createRecords(db, () => AT, policy);
    const sweep = () =>
      runSweep({ records, policy, logger: pino({ level: 'silent' }) }, { now: AT, batchSize: 5000 });
    const summary = (run: {
      seconds: number;
      peakRssMb: number;
      peakHeapMb: number;
      result: SweepResult;
    }) => ({
      seconds: Number(run.seconds.toFixed(1)),
      peakRssMb: run.peakRssMb,
      peakHeapMb: run.peakHeapMb,
      counts: run.result.counts,
    });

    const scanBefore = await measured(() => plainScan(database.url));
    log(
      `plain scan: ${scanBefore.seconds.toFixed(1)} s, ${scanBefore.result} rows, peak RSS ${scanBefore.peakRssMb} MB`,
    );
    const first = await measured(sweep);
    log(`first sweep (writes the day's items): ${JSON.stringify(summary(first))}`);
    const scanAfter = await measured(() => plainScan(database.url));
    log(`plain scan again: ${scanAfter.seconds.toFixed(1)} s`);
    const second = await measured(sweep);
    log(`second sweep (everything told already): ${JSON.stringify(summary(second))}`);
    await db.$disconnect();

    const scanSeconds = (scanBefore.seconds + scanAfter.seconds) / 2;
    const report = {
      members,
      at: AT.toISOString(),
      generated: generated.result,
      plainScan: { seconds: Number(scanSeconds.toFixed(1)), rows: scanBefore.result },
      firstSweep: { ...summary(first), ratioToScan: Number((first.seconds / scanSeconds).toFixed(2)) },
      secondSweep: { ...summary(second), ratioToScan: Number((second.seconds / scanSeconds).toFixed(2)) },
      goals: { withinThreeTimesTheScan: true, under60Seconds: true, under512Mb: true },
    };
    report.goals = {
      withinThreeTimesTheScan: Math.max(first.seconds, second.seconds) <= 3 * scanSeconds,
      under60Seconds: Math.max(first.seconds, second.seconds) < 60,
      under512Mb: Math.max(first.peakRssMb, second.peakRssMb) < 512,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:sweep failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
