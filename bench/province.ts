// The province the statistics and export benchmarks run on: 200,000 members generated in SQL (generate_series), kept
// in an embedded PostgreSQL between runs so `bench:stats` and `bench:export` share one generation.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { migrate } from '../src/db/migrator';

export const PROVINCE = 'BP';
/** The district exported by bench:export: exactly this many members. */
export const DISTRICT = 'BP-D01';
export const DISTRICT_MEMBERS = 15_000;
export const MEMBERS = 200_000;
export const YEAR = 2026;
const DISTRICTS = 10;
const COMMUNES_PER_DISTRICT = 15;
const CELLS_PER_COMMUNE = 10;
const DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), 'homecell-bench-province');

export const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * The CLI as it runs in production (compiled JavaScript, not TypeScript through tsx), built into a temporary
 * directory so the shared dist/ is left alone; returns the path of its bin script.
 */
export function compiledCli(): string {
  const root = path.join(os.tmpdir(), 'homecell-bench-build');
  const repo = path.resolve(__dirname, '..');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
  log('compiling the CLI (tsc -p tsconfig.build.json) ...');
  try {
    execSync(`npx tsc -p tsconfig.build.json --outDir ${path.join(root, 'dist')}`, {
      cwd: repo,
      stdio: 'pipe',
    });
  } catch {
    // Type errors elsewhere in a working tree still emit JavaScript; the check below is what matters.
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'index.js'))) throw new Error('the CLI did not compile');
  fs.copyFileSync(path.join(repo, 'bin', 'homecell.cjs'), path.join(root, 'bin', 'homecell.cjs'));
  fs.copyFileSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
  for (const shared of ['node_modules', 'locales', 'prisma'])
    fs.symlinkSync(path.join(repo, shared), path.join(root, shared));
  return path.join(root, 'bin', 'homecell.cjs');
}

export function machine(): string[] {
  const free = execSync('free -g', { encoding: 'utf8' }).trim();
  return [
    `nproc: ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown cpu'})`,
    ...free.split('\n'),
    `node: ${process.version}`,
  ];
}

/** The embedded server with the province, generated on first use (or again with BENCH_FRESH=1). */
export async function provinceDatabase(): Promise<{
  url: string;
  server: EmbeddedDatabase;
  generatedSeconds?: number;
}> {
  if (process.env.BENCH_FRESH === '1') fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(DATA_DIR, { recursive: true });
  // As root the server runs as the 'postgres' user, which must be able to enter the directory.
  fs.chmodSync(DATA_DIR, 0o755);
  const server = await startEmbeddedPostgres(DATA_DIR, pino({ level: 'warn' }));
  await migrate(server.url);
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const existing = await client.query(`SELECT count(*)::int AS n FROM "Member"`);
    if (existing.rows[0].n === MEMBERS) return { url: server.url, server };
    if (existing.rows[0].n !== 0)
      throw new Error(`${DATA_DIR} holds another data set: rerun with BENCH_FRESH=1`);
    const started = Date.now();
    await generate(client);
    return { url: server.url, server, generatedSeconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

// Who is away is a fact (an absence), no longer a member status: the member's number (from the card) picks them.
const MEMBER_NUMBER = `substring(m."cardNumber" from 3)::int`;
const EXEMPTED = `(${MEMBER_NUMBER} % 100 = 0)`;
const AWAY = `(${MEMBER_NUMBER} % 50 = 0)`;

async function generate(client: pg.Client): Promise<void> {
  const run = async (label: string, sql: string) => {
    const started = Date.now();
    const result = await client.query(sql);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  log(`generating ${MEMBERS} members in ${DATA_DIR} ...`);
  await client.query(`SET synchronous_commit = off`);
  await run(
    'province',
    `INSERT INTO "Unit"(code, name, kind, path, "createdAt", "updatedAt")
    VALUES ('${PROVINCE}', 'Tỉnh ủy Bình Phước (bench)', 'province', '${PROVINCE}', timestamp '2025-06-01', now())`,
  );
  await run(
    'districts',
    `INSERT INTO "Unit"(code, name, kind, "parentId", path, "createdAt", "updatedAt")
    SELECT 'BP-D' || lpad(d::text, 2, '0'), 'Huyện ủy ' || d, 'district', p.id, 'BP/BP-D' || lpad(d::text, 2, '0'),
           timestamp '2025-06-01', now()
    FROM generate_series(1, ${DISTRICTS}) d, "Unit" p WHERE p.code = '${PROVINCE}'`,
  );
  await run(
    'communes',
    `INSERT INTO "Unit"(code, name, kind, "parentId", path, "createdAt", "updatedAt")
    SELECT d.code || '-G' || lpad(g::text, 2, '0'), 'Đảng ủy xã ' || d.code || '-' || g, 'grassroots', d.id,
           d.path || '/' || d.code || '-G' || lpad(g::text, 2, '0'), timestamp '2025-06-01', now()
    FROM generate_series(1, ${COMMUNES_PER_DISTRICT}) g, "Unit" d WHERE d.kind = 'district'`,
  );
  await run(
    'cells',
    `INSERT INTO "Unit"(code, name, kind, "parentId", path, "createdAt", "updatedAt")
    SELECT g.code || '-C' || lpad(c::text, 2, '0'), 'Chi bộ ' || g.code || '-' || c, 'cell', g.id,
           g.path || '/' || g.code || '-C' || lpad(c::text, 2, '0'), timestamp '2025-06-01', now()
    FROM generate_series(1, ${CELLS_PER_COMMUNE}) c, "Unit" g WHERE g.kind = 'grassroots'`,
  );

  // The first district's cells take exactly DISTRICT_MEMBERS members; the others share the rest.
  const inDistrict = COMMUNES_PER_DISTRICT * CELLS_PER_COMMUNE;
  const elsewhere = (DISTRICTS - 1) * COMMUNES_PER_DISTRICT * CELLS_PER_COMMUNE;
  await client.query(`CREATE TEMP TABLE cell_slots AS
    SELECT id, starts_with(path, 'BP/${DISTRICT}/') AS first,
           row_number() OVER (PARTITION BY starts_with(path, 'BP/${DISTRICT}/') ORDER BY id) - 1 AS slot
    FROM "Unit" WHERE kind = 'cell'`);
  // Members are dealt to cells in turn, so the first round makes each cell's first member its secretary.
  // 2% away: every 50th member; of them every other one exempted abroad, the rest away in Vietnam.
  await run(
    'members',
    `INSERT INTO "Member"("fullName", "cardNumber", "birthYear", "cellId", role, status, locale, timezone,
                                  "monthlyFeeVnd", "recordedSince", "createdAt", "updatedAt")
    SELECT 'Đảng viên Thử ' || i, 'BP' || lpad(i::text, 7, '0'), 1960 + i % 45, c.id,
           (CASE WHEN i <= ${inDistrict} OR (i > ${DISTRICT_MEMBERS} AND i <= ${DISTRICT_MEMBERS + elsewhere})
                 THEN 'secretary' ELSE 'member' END)::"MemberRole",
           'active'::"MemberStatus",
           CASE WHEN i % 7 = 0 THEN 'en' ELSE 'vi' END,
           CASE WHEN i % 100 = 0 THEN (ARRAY['Asia/Seoul', 'Asia/Tokyo', 'Asia/Taipei', 'Europe/Prague'])[1 + (i / 100) % 4]
                ELSE 'Asia/Ho_Chi_Minh' END,
           20000 + (i % 5) * 5000, timestamp '2025-06-01', timestamp '2025-06-01', now()
    FROM generate_series(1, ${MEMBERS}) i
    JOIN cell_slots c ON c.first = (i <= ${DISTRICT_MEMBERS})
     AND c.slot = CASE WHEN i <= ${DISTRICT_MEMBERS} THEN (i - 1) % ${inDistrict} ELSE (i - ${DISTRICT_MEMBERS} - 1) % ${elsewhere} END`,
  );
  await run(
    'absences',
    `INSERT INTO "Absence"("memberId", kind, place, "countryCode", "startsOn", "expectedEndOn", arrangement,
                                  "applicationStatus", reason, "createdAt", "updatedAt")
    SELECT m.id,
           (CASE WHEN ${EXEMPTED} THEN 'abroad' ELSE 'domestic' END)::"AbsenceKind",
           CASE WHEN ${EXEMPTED} THEN 'Công ty ở nước ngoài' ELSE 'Khu công nghiệp Bình Dương' END,
           CASE WHEN ${EXEMPTED} THEN (ARRAY['KR', 'JP', 'TW', 'CZ'])[1 + (m.id / 100) % 4] ELSE 'VN' END,
           date '2025-10-01',
           CASE WHEN ${EXEMPTED} THEN date '2026-09-30' + (m.id % 200) ELSE date '2026-09-30' END,
           (CASE WHEN ${EXEMPTED} THEN 'temporary_exemption' ELSE 'temporary_transfer' END)::"Arrangement",
           (CASE WHEN m.id % 300 = 0 THEN 'submitted' ELSE 'approved' END)::"ApplicationStatus",
           'Đi làm ăn xa', timestamp '2025-09-20', now()
    FROM "Member" m WHERE ${AWAY}`,
  );
  // Check-ins: members away report most months (one in seven skipped).
  await run(
    'check-ins',
    `INSERT INTO "CheckIn"("memberId", month, place, answers, "submittedAt", "updatedAt")
    SELECT m.id, make_date(${YEAR}, mo, 1), 'Nơi làm việc', '{}'::jsonb, make_timestamp(${YEAR}, mo, 5, 9, 0, 0), now()
    FROM "Member" m, generate_series(1, 12) mo
    WHERE ${AWAY} AND (m.id * 3 + mo) % 7 <> 0`,
  );
  // Fees: one payment a member a month, ids computed so the months need no lookup; about 3% of months unpaid.
  await run(
    'fee payments',
    `INSERT INTO "FeePayment"(id, "memberId", "amountMinor", currency, method, status, "declaredAt",
                                      "confirmedAt")
    SELECT (m.id - 1) * 12 + mo, m.id, m."monthlyFeeVnd", 'VND',
           (ARRAY['bank_transfer', 'family', 'in_person', 'public_portal'])[1 + (m.id + mo) % 4]::"FeeMethod",
           (CASE WHEN (m.id + mo) % 499 = 0 THEN 'disputed' WHEN mo >= 11 THEN 'declared' ELSE 'confirmed' END)::"FeeStatus",
           make_timestamp(${YEAR}, mo, 10, 3, 0, 0), make_timestamp(${YEAR}, mo, 15, 3, 0, 0)
    FROM "Member" m, generate_series(1, 12) mo
    WHERE (m.id * 31 + mo * 7) % 37 <> 0 AND NOT (m.id % 97 = 0 AND mo BETWEEN 6 AND 9)`,
  );
  await run(
    'fee months',
    `INSERT INTO "FeePaymentMonth"("paymentId", "memberId", month)
    SELECT p.id, p."memberId", make_date(${YEAR}, (p.id - 1) % 12 + 1, 1) FROM "FeePayment" p`,
  );
  await client.query(`SELECT setval('"FeePayment_id_seq"', (SELECT max(id) FROM "FeePayment"))`);
  await run(
    'reviews',
    `INSERT INTO "Review"("memberId", year, sections, status, "selfRating", "cellRating", "submittedAt",
                                 "ratedAt", "createdAt", "updatedAt")
    SELECT m.id, ${YEAR}, jsonb_build_object('strengths', 'Hoàn thành tốt công việc được giao.', 'shortcomings', 'Còn hạn chế.',
                                             'progress', 'Đã tiến bộ.', 'direction', 'Tiếp tục phấn đấu.'),
           (CASE WHEN ${EXEMPTED} THEN 'exempt' WHEN m.id % 3 = 0 THEN 'rated' ELSE 'submitted' END)::"ReviewStatus",
           'good', CASE WHEN m.id % 3 = 0 AND NOT ${EXEMPTED} THEN 'good'::"Rating" END,
           timestamp '${YEAR}-11-20', CASE WHEN m.id % 3 = 0 THEN timestamp '${YEAR}-12-01' END,
           timestamp '${YEAR}-11-01', now()
    FROM "Member" m WHERE m.id % 10 < 7 OR ${EXEMPTED}`,
  );
  await run(
    'requests',
    `INSERT INTO "Request"("memberId", kind, text, status, "createdAt")
    SELECT m.id, (CASE WHEN (m.id / 450) % 2 = 0 THEN 'difficulty' ELSE 'leave' END)::"RequestKind", 'Em gặp khó khăn.',
           (CASE WHEN (m.id / 450) % 3 = 0 THEN 'contacted' ELSE 'open' END)::"RequestStatus", timestamp '${YEAR}-10-01'
    FROM "Member" m WHERE m.id % 450 = 0`,
  );
  await run(
    'decisions',
    `INSERT INTO "Decision"("unitId", "memberId", kind, "subjectType", "subjectId", outcome, reason,
                                   "decidedById", "decidedAt")
    SELECT m."cellId", m.id, 'absence-application', 'Absence', a.id, 'approved', NULL, NULL, timestamp '${YEAR}-01-15'
    FROM "Absence" a JOIN "Member" m ON m.id = a."memberId" WHERE a."applicationStatus" = 'approved'`,
  );
  const started = Date.now();
  await client.query('VACUUM ANALYZE');
  log(`  vacuum analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
