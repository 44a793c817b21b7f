// Generates a country-sized cell register in SQL (no row passes through Node): members in cells of 30, a fifth away
// in Vietnam or abroad in five zones, with fees, check-ins and absences shaped so every rule has work to do.
import pg from 'pg';

export interface GeneratedCounts {
  members: number;
  away: number;
  cells: number;
  feeMonths: number;
  checkIns: number;
  absences: number;
}

/** Every fifth member is away (a fifth of them on an exemption); cells of 30 with the first member as secretary. */
export async function generateRegister(url: string, members: number): Promise<GeneratedCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cells = Math.ceil(members / 30);
  const run = (sql: string, values: unknown[] = []) => client.query(sql, values);
  try {
    await run(`SET synchronous_commit = off`);
    await run(`INSERT INTO "Unit"(id, code, name, kind, "parentId", path, "createdAt", "updatedAt")
      VALUES (1, 'B', 'Tỉnh ủy (bench)', 'province', NULL, 'B', timestamp '2025-06-01', now())`);
    await run(`INSERT INTO "Unit"(id, code, name, kind, "parentId", path, "createdAt", "updatedAt")
      SELECT 1 + d, 'B-' || d, 'Huyện ủy ' || d, 'district', 1, 'B/B-' || d, timestamp '2025-06-01', now()
      FROM generate_series(1, 20) d`);
    await run(`INSERT INTO "Unit"(id, code, name, kind, "parentId", path, "createdAt", "updatedAt")
      SELECT 100 + g, 'B-' || (1 + (g - 1) % 20) || '-' || g, 'Đảng ủy xã ' || g, 'grassroots', 1 + 1 + (g - 1) % 20,
             'B/B-' || (1 + (g - 1) % 20) || '/B-' || (1 + (g - 1) % 20) || '-' || g, timestamp '2025-06-01', now()
      FROM generate_series(1, 400) g`);
    await run(
      `INSERT INTO "Unit"(id, code, name, kind, "parentId", path, "createdAt", "updatedAt")
      SELECT 1000 + c, 'C' || c, 'Chi bộ ' || c, 'cell', 100 + 1 + (c - 1) % 400, 'B/C' || c, timestamp '2025-06-01', now()
      FROM generate_series(1, $1::int) c`,
      [cells],
    );
    await run(`SELECT setval('"Unit_id_seq"', 1000 + $1::int)`, [cells]);

    const zones = `ARRAY['Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh', 'Asia/Seoul', 'Asia/Tokyo', 'Asia/Taipei',
                         'Europe/Prague', 'America/Los_Angeles']`;
    await run(
      `INSERT INTO "Member"(id, "fullName", "cardNumber", "cellId", role, status, timezone, "monthlyFeeVnd",
                            "recordedSince", "createdAt", "updatedAt")
      SELECT i, 'Đảng viên ' || i, 'BENCH.' || i, 1000 + 1 + (i - 1) / 30,
             CASE WHEN (i - 1) % 30 = 0 THEN 'secretary' ELSE 'member' END::"MemberRole",
             CASE WHEN i % 20 = 0 THEN 'exempted' WHEN i % 5 = 0 THEN 'away' ELSE 'active' END::"MemberStatus",
             CASE WHEN i % 5 = 0 THEN (${zones})[1 + (i / 5) % 7] ELSE 'Asia/Ho_Chi_Minh' END,
             20000, timestamp '2025-06-01', timestamp '2025-06-01', now()
      FROM generate_series(1, $1::int) i`,
      [members],
    );
    await run(`SELECT setval('"Member_id_seq"', $1::int)`, [members]);
    await run(
      `INSERT INTO "ChatIdentity"(channel, "externalId", "memberId", "boundAt")
      SELECT 'telegram', (9000000000 + i)::text, i, timestamp '2025-06-01' FROM generate_series(1, $1::int) i`,
      [members],
    );

    // Away members left 0 to 19 months before October 2026; those in Vietnam transferred temporarily, a third of those
    // abroad officially; exemptions end within the next two months, so reminders and lapses come up.
    await run(`INSERT INTO "Absence"("memberId", kind, "countryCode", "startsOn", "expectedEndOn", arrangement,
                                     "applicationStatus", "createdAt", "updatedAt")
      SELECT m.id,
             CASE WHEN m.timezone = 'Asia/Ho_Chi_Minh' THEN 'domestic' ELSE 'abroad' END::"AbsenceKind",
             CASE m.timezone WHEN 'Asia/Seoul' THEN 'KR' WHEN 'Asia/Tokyo' THEN 'JP' WHEN 'Asia/Taipei' THEN 'TW'
                             WHEN 'Europe/Prague' THEN 'CZ' WHEN 'America/Los_Angeles' THEN 'US' ELSE 'VN' END,
             (date '2026-10-01' - ((m.id / 5) % 20) * interval '1 month')::date,
             CASE WHEN m.status = 'exempted' THEN (date '2026-10-01' + ((m.id / 20) % 60) * interval '1 day')::date END,
             CASE WHEN m.status = 'exempted' THEN 'temporary_exemption'
                  WHEN m.timezone = 'Asia/Ho_Chi_Minh' THEN 'temporary_transfer'
                  WHEN (m.id / 5) % 3 = 0 THEN 'official_transfer' END::"Arrangement",
             CASE WHEN m.status = 'exempted' OR m.timezone = 'Asia/Ho_Chi_Minh' OR (m.id / 5) % 3 = 0
                  THEN 'approved' ELSE 'not_required' END::"ApplicationStatus",
             (date '2026-10-01' - ((m.id / 5) % 20) * interval '1 month'), now()
      FROM "Member" m WHERE m.status IN ('away', 'exempted')`);
    // Monthly check-ins from the month after leaving through September; one in 33 missed September.
    await run(`INSERT INTO "CheckIn"("memberId", month, answers, "submittedAt", "updatedAt")
      SELECT a."memberId", m::date, '{}'::jsonb, m + interval '4 days', now()
      FROM "Absence" a,
           generate_series(date_trunc('month', a."startsOn") + interval '1 month', date '2026-09-01',
                           interval '1 month') m
      WHERE NOT (a."memberId" % 33 = 0 AND m = date '2026-09-01')`);
    // One confirmed payment per member covering January to September; one member in 20 left 1-3 months unpaid.
    await run(
      `INSERT INTO "FeePayment"(id, "memberId", "amountMinor", method, status, "declaredAt")
      SELECT i, i, 180000, 'in_person', 'confirmed', timestamp '2026-09-10' FROM generate_series(1, $1::int) i`,
      [members],
    );
    await run(`SELECT setval('"FeePayment_id_seq"', $1::int)`, [members]);
    await run(
      `INSERT INTO "FeePaymentMonth"("paymentId", "memberId", month)
      SELECT i, i, m::date
      FROM generate_series(1, $1::int) i, generate_series(date '2026-01-01', date '2026-09-01', interval '1 month') m
      WHERE NOT (i % 20 = 7 AND m > date '2026-09-01' - (1 + (i / 20) % 3) * interval '1 month')`,
      [members],
    );
    await run(`VACUUM ANALYZE`);
    const count = async (table: string) =>
      Number((await run(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n as string);
    return {
      members,
      away: Number(
        (await run(`SELECT count(*) AS n FROM "Member" WHERE status <> 'active'`)).rows[0].n as string,
      ),
      cells,
      feeMonths: await count('FeePaymentMonth'),
      checkIns: await count('CheckIn'),
      absences: await count('Absence'),
    };
  } finally {
    await client.end();
  }
}
