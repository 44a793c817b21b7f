// Statistics of a unit's subtree, per child unit: one set-based query over the path prefix, no query per member.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { currentMonth } from '../domain/periods';
import type { Policy } from '../domain/policy';
import { Prisma, type UnitKind } from '../generated/prisma/client';
import { loadActor, recordDenied, unitInSubtree, type AccessRefusal } from './access';
import { recordAudit } from './audit';

export const STATS_COUNTS = [
  'members',
  'awayDomestic',
  'awayAbroad',
  'exempted',
  'temporaryTransfer',
  'transferredOut',
  'removed',
  'checkInRequired',
  'checkedIn',
  'unpaid1',
  'unpaid2',
  'unpaid3plus',
  'eligibleForRemovalReview',
  'reviewsExpected',
  'reviewsSubmitted',
  'reviewsRated',
  'reviewsRateLater',
  'reviewsMissing',
  'reviewsExempt',
  'openHelpRequests',
  'openLeaveRequests',
] as const;
export type StatsCount = (typeof STATS_COUNTS)[number];
export type StatsCounts = Record<StatsCount, number>;

export interface StatsUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
}

export interface UnitStatistics {
  unit: StatsUnit;
  year: number;
  /** The instant the figures are for, ISO; "this month" is each member's own month at that instant. */
  asOf: string;
  removalReviewMonths: number;
  total: StatsCounts;
  children: Array<{ unit: StatsUnit; counts: StatsCounts }>;
}

export type StatsResult =
  | { outcome: 'computed'; statistics: UnitStatistics }
  | { outcome: 'unknown-unit' }
  | { outcome: 'refused'; reason: AccessRefusal };

export interface StatsOptions {
  /** Default: the year it is now in `zone`. */
  year?: number;
  now?: Date;
  /** The home cells' zone, for the default year; default Asia/Ho_Chi_Minh. */
  zone?: string;
}

type FeeRow = { child_path: string | null } & Pick<
  StatsCounts,
  'unpaid1' | 'unpaid2' | 'unpaid3plus' | 'eligibleForRemovalReview'
>;
type MemberRow = { child_path: string | null } & Omit<
  StatsCounts,
  'unpaid1' | 'unpaid2' | 'unpaid3plus' | 'eligibleForRemovalReview'
>;

export class StatsRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  async unitByCode(code: string): Promise<StatsUnit | null> {
    return this.db.unit.findUnique({
      where: { code },
      select: { id: true, code: true, name: true, kind: true, path: true },
    });
  }

  /**
   * For a committee officer: their own unit (no code) or a unit inside their subtree; anything else is refused
   * and audited. Viewing is audited too, as an officer reading the subtree's aggregates.
   */
  async forOfficer(
    actorId: number,
    code: string | undefined,
    options: StatsOptions = {},
  ): Promise<StatsResult> {
    const actor = await loadActor(this.db, actorId);
    const deny = async (reason: AccessRefusal): Promise<StatsResult> => {
      await recordDenied(this.db, { actorId, action: 'stats.read', reason, target: { code: code ?? null } });
      return { outcome: 'refused', reason };
    };
    if (!actor?.officerUnit) return deny('not-allowed');
    const unit = code ? await this.unitByCode(code) : await this.unitByCode(actor.officerUnit.code);
    // An unknown code and a unit outside the subtree get the same answer: the officer learns nothing of other trees.
    if (!unit || !unitInSubtree(unit.path, actor.officerUnit.path)) return deny('out-of-scope');
    const statistics = await this.compute(unit, options);
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action: 'stats.read',
      entity: 'Unit',
      entityId: unit.id,
      after: { code: unit.code, year: statistics.year },
    });
    return { outcome: 'computed', statistics };
  }

  /** Unchecked: for the CLI (an admin on the server) and for callers that checked access themselves. */
  async compute(unit: StatsUnit, options: StatsOptions = {}): Promise<UnitStatistics> {
    const now = options.now ?? this.clock();
    const year = options.year ?? Number(currentMonth(now, options.zone ?? 'Asia/Ho_Chi_Minh').slice(0, 4));
    // A unit holding most members reads the year's whole fee index in order (parallel, no per-member probes).
    const [sizes] = await this.db.$queryRaw<Array<{ inside: number; everyone: number }>>`
      SELECT count(*) FILTER (WHERE u.path = ${unit.path} OR starts_with(u.path, ${`${unit.path}/`}))::int AS inside,
             count(*)::int AS everyone
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"`;
    const wholeFeeIndex = (sizes?.inside ?? 0) * 2 >= (sizes?.everyone ?? 0);
    // The two halves run at once on two connections (two cores). Counting a few million fee months per member
    // goes fastest as a parallel, ordered walk of the (member, month) index: hash aggregation is turned off for
    // that query, and both get the sort memory their 200,000-row joins need.
    const run = <T>(query: Prisma.Sql, ordered: boolean) =>
      this.db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
          if (ordered) {
            await tx.$executeRaw`SET LOCAL enable_hashagg = off`;
            await tx.$executeRaw`SET LOCAL parallel_setup_cost = 100`;
            await tx.$executeRaw`SET LOCAL parallel_tuple_cost = 0.001`;
          }
          return tx.$queryRaw<T[]>(query);
        },
        { timeout: 120_000 },
      );
    const [feeRows, memberRows] = await Promise.all([
      run<FeeRow>(feeStatisticsQuery(unit, year, now, this.policy, { wholeFeeIndex }), wholeFeeIndex),
      run<MemberRow>(memberStatisticsQuery(unit, year, now), false),
    ]);
    const byChild = new Map<string | null, StatsCounts>();
    for (const row of [...memberRows, ...feeRows]) {
      const counts = byChild.get(row.child_path) ?? emptyCounts();
      for (const key of STATS_COUNTS)
        if (key in row) counts[key] += (row as unknown as Record<string, number>)[key] ?? 0;
      byChild.set(row.child_path, counts);
    }
    const children = await this.db.unit.findMany({
      where: { parentId: unit.id },
      select: { id: true, code: true, name: true, kind: true, path: true },
      orderBy: { code: 'asc' },
    });
    const total = emptyCounts();
    for (const counts of byChild.values()) for (const key of STATS_COUNTS) total[key] += counts[key];
    return {
      unit,
      year,
      asOf: now.toISOString(),
      removalReviewMonths: this.policy.fees.unpaidMonthsRemovalReview,
      total,
      children: children.map((child) => ({ unit: child, counts: byChild.get(child.path) ?? emptyCounts() })),
    };
  }
}

type Fragment = Prisma.Sql;

/** The SQL pieces both statistics queries share: the subtree, the year, and each member's zone-local month. */
function statisticsParts(root: { path: string }, year: number, now: Date) {
  const prefix = `${root.path.replace(/[\\%_]/g, (char) => `\\${char}`)}/%`;
  const instant = Prisma.sql`${now.toISOString()}::timestamptz`;
  return {
    inSubtree: Prisma.sql`(u.path = ${root.path} OR u.path LIKE ${prefix})`,
    childPath: Prisma.sql`CASE WHEN u.path = ${root.path} THEN NULL
      ELSE ${root.path} || '/' || split_part(substr(u.path, ${root.path.length + 2}), '/', 1) END`,
    firstMonth: Prisma.sql`make_date(${year}, 1, 1)`,
    lastMonth: Prisma.sql`make_date(${year}, 12, 1)`,
    // Every zone's month now is this earliest one (UTC-12) or the next: fee months are counted against both.
    earliestMonth: Prisma.sql`date_trunc('month', ${instant} AT TIME ZONE 'Etc/GMT+12')::date`,
    thisMonth: Prisma.sql`date_trunc('month', ${instant} AT TIME ZONE m.timezone)::date`,
    recordedFrom: Prisma.sql`date_trunc('month', (m."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE m.timezone)::date`,
    current: Prisma.sql`m.status IN ('active', 'away', 'exempted')`,
  };
}

/**
 * Unpaid fee months of the year per member (rules 1 and 2), counted into 1, 2, 3+ and "eligible" per child unit.
 * Fee months, the one big table, are counted per member in one aggregate: over the year's whole index when the
 * unit holds most members (a province), or only for the subtree's members.
 */
export function feeStatisticsQuery(
  root: { path: string },
  year: number,
  now: Date,
  policy: Policy,
  options: { wholeFeeIndex: boolean },
): Fragment {
  const { inSubtree, childPath, firstMonth, lastMonth, earliestMonth, thisMonth, recordedFrom, current } =
    statisticsParts(root, year, now);
  const feeFilter = options.wholeFeeIndex
    ? Prisma.empty
    : Prisma.sql`AND f."memberId" IN (SELECT m.id FROM "Member" m JOIN "Unit" u ON u.id = m."cellId" WHERE ${inSubtree})`;
  return Prisma.sql`
    WITH fees AS (
      SELECT f."memberId" AS member_id, min(f.month) AS first_paid,
             count(*) FILTER (WHERE f.month < ${earliestMonth}) AS paid_before,
             count(*) FILTER (WHERE f.month = ${earliestMonth}) AS paid_at
      FROM "FeePaymentMonth" f
      WHERE f.month >= ${firstMonth} AND f.month <= ${lastMonth} ${feeFilter}
      GROUP BY f."memberId"
    ),
    disputed AS (
      -- Disputed payments are few: their ids from the (status, id) index, then their months by payment id.
      SELECT f."memberId" AS member_id,
             count(*) FILTER (WHERE f.month < ${earliestMonth}) AS paid_before,
             count(*) FILTER (WHERE f.month = ${earliestMonth}) AS paid_at
      FROM "FeePaymentMonth" f
      WHERE f."paymentId" = ANY (ARRAY(SELECT p.id FROM "FeePayment" p WHERE p.status = 'disputed'))
        AND f.month >= ${firstMonth} AND f.month <= ${lastMonth}
      GROUP BY f."memberId"
    ),
    covered AS (
      -- Months an approved late/advance arrangement covers and no standing payment pays (rule 2): not unpaid.
      -- Arrangements are few: each is expanded into its months within the member's due range.
      SELECT a."memberId" AS member_id, count(DISTINCT g.month) AS months
      FROM "FeeArrangement" a JOIN "Member" m ON m.id = a."memberId"
      CROSS JOIN LATERAL generate_series(greatest(a."firstMonth", ${firstMonth})::timestamp,
                                         least(a."lastMonth", ${lastMonth})::timestamp, interval '1 month') AS g(month)
      WHERE a."firstMonth" <= ${lastMonth} AND a."lastMonth" >= ${firstMonth}
        AND g.month::date < ${thisMonth}
        AND NOT EXISTS (
          SELECT 1 FROM "FeePaymentMonth" pf JOIN "FeePayment" pp ON pp.id = pf."paymentId"
          WHERE pf."memberId" = m.id AND pf.month = g.month::date AND pp.status <> 'disputed')
        AND g.month::date >= least(${recordedFrom},
          (SELECT min(e.month) FROM "FeePaymentMonth" e WHERE e."memberId" = m.id))
      GROUP BY a."memberId"
    ),
    -- Materialized so each member's due range is worked out once, not again in every expression that reads it.
    ranges AS MATERIALIZED (
      SELECT m.id, ${childPath} AS child_path,
             -- Records count from the earlier of the month the member was recorded and the first month paid;
             -- a payment before this year only matters for members recorded during it.
             greatest(${firstMonth}, least(${recordedFrom}, fe.first_paid,
               CASE WHEN ${recordedFrom} > ${firstMonth} AND EXISTS (
                 SELECT 1 FROM "FeePaymentMonth" e WHERE e."memberId" = m.id AND e.month < ${firstMonth})
               THEN ${firstMonth} END)) AS first_due,
             least(${lastMonth}, (${thisMonth} - interval '1 month')::date) AS last_due,
             coalesce(fe.paid_before, 0) - coalesce(d.paid_before, 0)
               + CASE WHEN ${thisMonth} > ${earliestMonth} THEN coalesce(fe.paid_at, 0) - coalesce(d.paid_at, 0) ELSE 0 END
               + coalesce(c.months, 0) AS paid_months
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
      LEFT JOIN fees fe ON fe.member_id = m.id
      LEFT JOIN disputed d ON d.member_id = m.id
      LEFT JOIN covered c ON c.member_id = m.id
      WHERE ${inSubtree} AND ${current}
    ),
    -- Materialized: the count is read by four filters below, and would otherwise be worked out four times.
    unpaid AS MATERIALIZED (
      SELECT r.child_path,
             CASE WHEN r.last_due < r.first_due THEN 0
                  ELSE greatest(0, (date_part('year', r.last_due) - date_part('year', r.first_due)) * 12
                                   + date_part('month', r.last_due) - date_part('month', r.first_due) + 1
                                   - r.paid_months) END AS months
      FROM ranges r
    )
    SELECT child_path,
      count(*) FILTER (WHERE months = 1)::int AS "unpaid1",
      count(*) FILTER (WHERE months = 2)::int AS "unpaid2",
      count(*) FILTER (WHERE months >= 3)::int AS "unpaid3plus",
      count(*) FILTER (WHERE months >= ${policy.fees.unpaidMonthsRemovalReview})::int AS "eligibleForRemovalReview"
    FROM unpaid
    GROUP BY child_path`;
}

/** Everything but fees, per child unit: members, away, check-ins this month, reviews, open requests. */
export function memberStatisticsQuery(root: { path: string }, year: number, now: Date): Fragment {
  const { inSubtree, childPath, earliestMonth, thisMonth, recordedFrom, current } = statisticsParts(
    root,
    year,
    now,
  );
  return Prisma.sql`
    WITH away AS (
      SELECT DISTINCT ON (a."memberId") a."memberId" AS member_id, a.kind::text AS kind,
             a.arrangement::text AS arrangement, a."applicationStatus"::text AS application, a."startsOn"
      FROM "Absence" a
      WHERE a."endedOn" IS NULL AND a."applicationStatus" NOT IN ('rejected', 'withdrawn')
      ORDER BY a."memberId", a."startsOn" DESC
    ),
    checked AS (
      SELECT ci."memberId" AS member_id, ci.month FROM "CheckIn" ci WHERE ci.month >= ${earliestMonth}
    ),
    requests AS (
      SELECT q."memberId" AS member_id,
             count(*) FILTER (WHERE q.kind = 'difficulty') AS help_open,
             count(*) FILTER (WHERE q.kind = 'leave') AS leave_open
      FROM "Request" q WHERE q.status = 'open'
      GROUP BY q."memberId"
    ),
    -- Materialized for the same reason: each fact is read by several filters.
    facts AS MATERIALIZED (
      SELECT ${childPath} AS child_path, m.status::text AS status, ${current} AS current,
             a.kind AS away_kind, a.arrangement, a.application, rv.status::text AS review_status,
             coalesce(rq.help_open, 0) AS help_open, coalesce(rq.leave_open, 0) AS leave_open,
             ck.member_id IS NOT NULL AS checked_in,
             -- Members away check in from the month after they left, once their records have begun (rule 3).
             ${current} AND (a.member_id IS NOT NULL OR m.status IN ('away', 'exempted'))
               AND (a.member_id IS NULL OR date_trunc('month', a."startsOn")::date < ${thisMonth})
               AND CASE WHEN ${recordedFrom} <= ${thisMonth} THEN true
                        ELSE EXISTS (SELECT 1 FROM "FeePaymentMonth" e WHERE e."memberId" = m.id AND e.month <= ${thisMonth})
                   END AS check_in_required
      FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
      LEFT JOIN away a ON a.member_id = m.id
      LEFT JOIN checked ck ON ck.member_id = m.id AND ck.month = ${thisMonth}
      LEFT JOIN requests rq ON rq.member_id = m.id
      LEFT JOIN "Review" rv ON rv."memberId" = m.id AND rv.year = ${year}
      WHERE ${inSubtree}
    )
    SELECT child_path,
      count(*) FILTER (WHERE current)::int AS "members",
      count(*) FILTER (WHERE current AND away_kind = 'domestic')::int AS "awayDomestic",
      count(*) FILTER (WHERE current AND away_kind = 'abroad')::int AS "awayAbroad",
      count(*) FILTER (WHERE status = 'exempted')::int AS "exempted",
      count(*) FILTER (WHERE current AND arrangement = 'temporary_transfer' AND application = 'approved')::int AS "temporaryTransfer",
      count(*) FILTER (WHERE status = 'transferred')::int AS "transferredOut",
      count(*) FILTER (WHERE status = 'removed')::int AS "removed",
      count(*) FILTER (WHERE check_in_required)::int AS "checkInRequired",
      count(*) FILTER (WHERE check_in_required AND checked_in)::int AS "checkedIn",
      count(*) FILTER (WHERE current AND status <> 'exempted' AND review_status IS DISTINCT FROM 'exempt')::int AS "reviewsExpected",
      count(*) FILTER (WHERE current AND review_status IN ('submitted', 'rated', 'absent_rate_later'))::int AS "reviewsSubmitted",
      count(*) FILTER (WHERE current AND review_status = 'rated')::int AS "reviewsRated",
      count(*) FILTER (WHERE current AND review_status = 'absent_rate_later')::int AS "reviewsRateLater",
      count(*) FILTER (WHERE current AND status <> 'exempted' AND (review_status IS NULL OR review_status = 'draft'))::int AS "reviewsMissing",
      count(*) FILTER (WHERE current AND (status = 'exempted' OR review_status = 'exempt'))::int AS "reviewsExempt",
      coalesce(sum(help_open) FILTER (WHERE current), 0)::int AS "openHelpRequests",
      coalesce(sum(leave_open) FILTER (WHERE current), 0)::int AS "openLeaveRequests"
    FROM facts
    GROUP BY child_path`;
}

export function emptyCounts(): StatsCounts {
  return Object.fromEntries(STATS_COUNTS.map((key) => [key, 0])) as StatsCounts;
}
