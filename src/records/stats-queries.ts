// The SQL of the unit statistics: one query for fees, one for everything else, each counted per child unit.
import { Prisma } from '../generated/prisma/client';
import type { Policy } from '../domain/policy';

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
