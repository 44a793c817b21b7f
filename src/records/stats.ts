// Statistics of a unit's subtree, per child unit: one set-based query over the path prefix, no query per member.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { currentMonth } from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { UnitKind } from '../generated/prisma/client';
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

type Row = { child_path: string | null } & StatsCounts;

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
    const rows = await this.db.$queryRaw<Row[]>`
      WITH root AS (SELECT path FROM "Unit" WHERE id = ${unit.id}),
      cells AS (
        SELECT u.id AS cell_id,
               CASE WHEN u.path = r.path THEN NULL
                    ELSE r.path || '/' || split_part(substr(u.path, length(r.path) + 2), '/', 1) END AS child_path
        FROM "Unit" u CROSS JOIN root r
        WHERE u.path = r.path OR starts_with(u.path, r.path || '/')
      ),
      m AS (
        SELECT m.id, m.status::text AS status, c.child_path,
               m.status::text IN ('active', 'away', 'exempted') AS current,
               date_trunc('month', ${now.toISOString()}::timestamptz AT TIME ZONE m.timezone)::date AS this_month,
               date_trunc('month', (m."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE m.timezone)::date AS recorded_from
        FROM "Member" m JOIN cells c ON c.cell_id = m."cellId"
      ),
      paid AS (
        SELECT f."memberId" AS member_id, min(f.month) AS first_paid,
               count(*) FILTER (WHERE f.month >= make_date(${year}, 1, 1) AND f.month <= make_date(${year}, 12, 1)
                                  AND f.month < m.this_month) AS rows_in_range
        FROM "FeePaymentMonth" f JOIN m ON m.id = f."memberId"
        GROUP BY f."memberId"
      ),
      disputed AS (
        SELECT f."memberId" AS member_id, count(*) AS rows_in_range
        FROM "FeePayment" p JOIN "FeePaymentMonth" f ON f."paymentId" = p.id JOIN m ON m.id = f."memberId"
        WHERE p.status = 'disputed' AND f.month >= make_date(${year}, 1, 1)
          AND f.month <= make_date(${year}, 12, 1) AND f.month < m.this_month
        GROUP BY f."memberId"
      ),
      fee_range AS (
        SELECT m.id AS member_id,
               greatest(make_date(${year}, 1, 1), least(m.recorded_from, coalesce(p.first_paid, m.recorded_from))) AS first_month,
               least(make_date(${year}, 12, 1), (m.this_month - interval '1 month')::date) AS last_month,
               coalesce(p.rows_in_range, 0) - coalesce(d.rows_in_range, 0) AS paid_months
        FROM m LEFT JOIN paid p ON p.member_id = m.id LEFT JOIN disputed d ON d.member_id = m.id
        WHERE m.current
      ),
      covered AS (
        -- Months an approved late/advance arrangement covers and no standing payment pays (rule 2): not unpaid.
        SELECT r.member_id, count(DISTINCT g.month) AS months
        FROM fee_range r JOIN "FeeArrangement" a ON a."memberId" = r.member_id
        CROSS JOIN LATERAL generate_series(greatest(a."firstMonth", r.first_month)::timestamp,
                                           least(a."lastMonth", r.last_month)::timestamp, interval '1 month') AS g(month)
        WHERE NOT EXISTS (
          SELECT 1 FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
          WHERE f."memberId" = r.member_id AND f.month = g.month::date AND p.status <> 'disputed')
        GROUP BY r.member_id
      ),
      unpaid AS (
        SELECT r.member_id,
               greatest(0, CASE WHEN r.last_month < r.first_month THEN 0
                 ELSE ((date_part('year', r.last_month) - date_part('year', r.first_month)) * 12
                       + date_part('month', r.last_month) - date_part('month', r.first_month))::int + 1 END
                 - r.paid_months - coalesce(c.months, 0)) AS months
        FROM fee_range r LEFT JOIN covered c ON c.member_id = r.member_id
      ),
      away AS (
        SELECT DISTINCT ON (a."memberId") a."memberId" AS member_id, a.kind::text AS kind,
               a.arrangement::text AS arrangement, a."applicationStatus"::text AS application, a."startsOn"
        FROM "Absence" a JOIN m ON m.id = a."memberId"
        WHERE a."endedOn" IS NULL AND a."applicationStatus" NOT IN ('rejected', 'withdrawn')
        ORDER BY a."memberId", a."startsOn" DESC
      ),
      checked AS (
        SELECT ci."memberId" AS member_id FROM "CheckIn" ci JOIN m ON m.id = ci."memberId" AND ci.month = m.this_month
      ),
      requests AS (
        SELECT q."memberId" AS member_id,
               count(*) FILTER (WHERE q.kind = 'difficulty') AS help_open,
               count(*) FILTER (WHERE q.kind = 'leave') AS leave_open
        FROM "Request" q JOIN m ON m.id = q."memberId"
        WHERE q.status = 'open'
        GROUP BY q."memberId"
      ),
      per_member AS (
        SELECT m.child_path, m.status, m.current, a.kind AS away_kind, a.arrangement, a.application,
               u.months AS unpaid,
               m.current AND (a.member_id IS NOT NULL OR m.status IN ('away', 'exempted'))
                 AND (a.member_id IS NULL OR date_trunc('month', a."startsOn")::date < m.this_month)
                 AND least(m.recorded_from, coalesce(p.first_paid, m.recorded_from)) <= m.this_month AS check_in_required,
               ck.member_id IS NOT NULL AS checked_in,
               rv.status::text AS review_status,
               coalesce(rq.help_open, 0) AS help_open, coalesce(rq.leave_open, 0) AS leave_open
        FROM m
        LEFT JOIN away a ON a.member_id = m.id
        LEFT JOIN unpaid u ON u.member_id = m.id
        LEFT JOIN paid p ON p.member_id = m.id
        LEFT JOIN checked ck ON ck.member_id = m.id
        LEFT JOIN requests rq ON rq.member_id = m.id
        LEFT JOIN "Review" rv ON rv."memberId" = m.id AND rv.year = ${year}
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
        count(*) FILTER (WHERE unpaid = 1)::int AS "unpaid1",
        count(*) FILTER (WHERE unpaid = 2)::int AS "unpaid2",
        count(*) FILTER (WHERE unpaid >= 3)::int AS "unpaid3plus",
        count(*) FILTER (WHERE unpaid >= ${this.policy.fees.unpaidMonthsRemovalReview})::int AS "eligibleForRemovalReview",
        count(*) FILTER (WHERE current AND status <> 'exempted' AND review_status IS DISTINCT FROM 'exempt')::int AS "reviewsExpected",
        count(*) FILTER (WHERE current AND review_status IN ('submitted', 'rated', 'absent_rate_later'))::int AS "reviewsSubmitted",
        count(*) FILTER (WHERE current AND review_status = 'rated')::int AS "reviewsRated",
        count(*) FILTER (WHERE current AND review_status = 'absent_rate_later')::int AS "reviewsRateLater",
        count(*) FILTER (WHERE current AND status <> 'exempted' AND (review_status IS NULL OR review_status = 'draft'))::int AS "reviewsMissing",
        count(*) FILTER (WHERE current AND (status = 'exempted' OR review_status = 'exempt'))::int AS "reviewsExempt",
        coalesce(sum(help_open) FILTER (WHERE current), 0)::int AS "openHelpRequests",
        coalesce(sum(leave_open) FILTER (WHERE current), 0)::int AS "openLeaveRequests"
      FROM per_member
      GROUP BY child_path`;

    const children = await this.db.unit.findMany({
      where: { parentId: unit.id },
      select: { id: true, code: true, name: true, kind: true, path: true },
      orderBy: { code: 'asc' },
    });
    const byPath = new Map(rows.map((row) => [row.child_path, row]));
    const total = emptyCounts();
    for (const row of rows) for (const key of STATS_COUNTS) total[key] += row[key];
    return {
      unit,
      year,
      asOf: now.toISOString(),
      removalReviewMonths: this.policy.fees.unpaidMonthsRemovalReview,
      total,
      children: children.map((child) => ({ unit: child, counts: countsOf(byPath.get(child.path)) })),
    };
  }
}

export function emptyCounts(): StatsCounts {
  return Object.fromEntries(STATS_COUNTS.map((key) => [key, 0])) as StatsCounts;
}

function countsOf(row: Row | undefined): StatsCounts {
  const counts = emptyCounts();
  if (row) for (const key of STATS_COUNTS) counts[key] = row[key];
  return counts;
}
