// The SQL of the unit statistics: one query for the removal ground (fees and meeting absences), one for the meetings
// held, one for everything else, each counted per child unit.
import { Prisma } from '../generated/prisma/client';
import type { Policy } from '../domain/policy';
import { monthInEveryZone, ZONE_EDGE_MARGIN_MS } from '../domain/periods';
import { inCareSql, memberStateSql, stateFactsCtes, stateFactsJoins } from './member-state-sql';

type Fragment = Prisma.Sql;

/**
 * Each member's month now, in their zone. Away from a month's edges it is the same month for everyone: a constant,
 * sparing a time-zone conversion per member (a fifth of the query's time).
 */
function thisMonthOfMembers(now: Date, instant: Fragment): Fragment {
  const everywhere = monthInEveryZone(now);
  if (everywhere !== undefined) return Prisma.sql`${`${everywhere}-01`}::date`;
  return Prisma.sql`date_trunc('month', ${instant} AT TIME ZONE m.timezone)::date`;
}

/**
 * The month a member's records began, for the fee count of `year`: the count only asks whether that month is before
 * the year, so for members recorded well before it (nearly all) any earlier month will do, without a time-zone
 * conversion per member. "Well before": further than any zone is ahead of UTC (recordedSince is stored in UTC).
 */
function recordedBeforeYear(year: number, recordedFrom: Fragment): Fragment {
  const cutoff = new Date(Date.UTC(year, 0, 1) - ZONE_EDGE_MARGIN_MS).toISOString();
  const earlier = `${year - 1}-12-01`;
  return Prisma.sql`CASE WHEN m."recordedSince" < ${cutoff}::timestamp THEN ${earlier}::date ELSE ${recordedFrom} END`;
}

/** The SQL pieces both statistics queries share: the subtree, the year, and each member's zone-local month. */
function statisticsParts(root: { path: string }, year: number, now: Date) {
  const prefix = `${root.path.replace(/[\\%_]/g, (char) => `\\${char}`)}/%`;
  const instant = Prisma.sql`${now.toISOString()}::timestamptz`;
  return {
    // The subtree's units with the child unit each one counts towards: worked out per unit (a few thousand), not
    // per member. Queries join members to it as `u` and read `u.child_path`.
    subtree: Prisma.sql`subtree AS MATERIALIZED (
      SELECT u.id, CASE WHEN u.path = ${root.path} THEN NULL
        ELSE ${root.path} || '/' || split_part(substr(u.path, ${root.path.length + 2}), '/', 1) END AS child_path
      FROM "Unit" u WHERE u.path = ${root.path} OR u.path LIKE ${prefix})`,
    firstMonth: Prisma.sql`make_date(${year}, 1, 1)`,
    lastMonth: Prisma.sql`make_date(${year}, 12, 1)`,
    // Every zone's month now is this earliest one (UTC-12) or the next: fee months are counted against both.
    earliestMonth: Prisma.sql`date_trunc('month', ${instant} AT TIME ZONE 'Etc/GMT+12')::date`,
    thisMonth: thisMonthOfMembers(now, instant),
    recordedFrom: Prisma.sql`date_trunc('month', (m."recordedSince" AT TIME ZONE 'UTC') AT TIME ZONE m.timezone)::date`,
    // In the cells' care at `now`, from the facts in force on each member's own day (stateOn's `inCare`): needs
    // the state CTEs and joins of member-state-sql.
    stateCtes: stateFactsCtes(now),
    current: inCareSql,
  };
}

/**
 * A meeting (aliased `mt`, its cell `mc`) of `year` in its cell's zone. The margin of a day either side keeps the
 * index on the start usable; the exact year is the cell's.
 */
function meetingInYear(year: number): Fragment {
  const from = new Date(Date.UTC(year - 1, 11, 31)).toISOString();
  const until = new Date(Date.UTC(year + 1, 0, 2)).toISOString();
  return Prisma.sql`mt."startsAt" >= ${from}::timestamp AND mt."startsAt" < ${until}::timestamp
    AND extract(year FROM (mt."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE mc.timezone)::int = ${year}`;
}

/**
 * The subtree's cell meetings held in `year` (attendance recorded; cancelled and unrecorded ones count nothing),
 * with the lines of their attendance lists and how many were present, per child unit: the attendance rate.
 */
export function meetingStatisticsQuery(root: { path: string }, year: number, now: Date): Fragment {
  const { subtree } = statisticsParts(root, year, now);
  return Prisma.sql`
    WITH ${subtree},
    held AS (
      SELECT mt.id, u.child_path
      FROM "Meeting" mt JOIN subtree u ON u.id = mt."cellId" JOIN "Unit" mc ON mc.id = mt."cellId"
      WHERE mt.status = 'held' AND ${meetingInYear(year)}
    )
    SELECT h.child_path,
      count(DISTINCT h.id)::int AS "meetingsHeld",
      count(a.id)::int AS "attendanceListed",
      count(a.id) FILTER (WHERE a.status = 'present')::int AS "attendancePresent"
    FROM held h LEFT JOIN "MeetingAttendance" a ON a."meetingId" = h.id
    GROUP BY h.child_path`;
}

/**
 * Unpaid fee months of the year per member (rules 1 and 2), counted into 1, 2, 3+ per child unit, with the
 * members' absences without a reason at the year's meetings (1, 2, 3+), and "eligible" when either half reaches the
 * policy's count.
 * Each member's paid months are one row of MemberFeeYear (a bit mask the database keeps from the fee months), so
 * the query reads one small row per member, not every fee month.
 */
export function feeStatisticsQuery(
  root: { path: string },
  year: number,
  now: Date,
  policy: Policy,
): Fragment {
  const { subtree, stateCtes, firstMonth, lastMonth, thisMonth, recordedFrom, current } = statisticsParts(
    root,
    year,
    now,
  );
  // Bit n of a mask is month n + 1; the months from `first` to `last` of the year as a mask.
  const monthsMask = (first: Fragment, last: Fragment) =>
    Prisma.sql`(((1 << extract(month FROM ${last})::int) - 1) # ((1 << (extract(month FROM ${first})::int - 1)) - 1))`;
  return Prisma.sql`
    WITH ${subtree}, ${stateCtes},
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
    -- The other half of the removal ground: each member's absences without a reason at the year's meetings, the
    -- year read in the meeting cell's zone (a meeting at 00:30 on 1 January there is the new year's); a cancelled
    -- meeting counts nothing. Only absences are read, a few rows per member at most.
    absences AS (
      SELECT a."memberId" AS member_id, count(*)::int AS absences
      FROM "MeetingAttendance" a
      JOIN "Member" m ON m.id = a."memberId" JOIN subtree u ON u.id = m."cellId"
      JOIN "Meeting" mt ON mt.id = a."meetingId" JOIN "Unit" mc ON mc.id = mt."cellId"
      WHERE a.status = 'absent_without_reason' AND mt.status <> 'cancelled' AND ${meetingInYear(year)}
      GROUP BY a."memberId"
    ),
    -- Materialized so each member's due range is worked out once, not again in every expression that reads it.
    ranges AS MATERIALIZED (
      SELECT b.id, b.child_path, b.paid_mask, b.covered_months,
             -- Records count from the earlier of the month the member was recorded and the first month paid;
             -- a payment before this year only matters for members recorded during it.
             greatest(${firstMonth}, least(b.recorded_from, b.first_paid,
               CASE WHEN b.recorded_from > ${firstMonth} AND EXISTS (
                 SELECT 1 FROM "MemberFeeYear" e WHERE e."memberId" = b.id AND e.year < ${year})
               THEN ${firstMonth} END)) AS first_due,
             least(${lastMonth}, (b.this_month - interval '1 month')::date) AS last_due
      FROM (
        SELECT m.id, u.child_path, coalesce(y."paidMask", 0) AS paid_mask,
               coalesce(c.months, 0) AS covered_months, ${recordedBeforeYear(year, recordedFrom)} AS recorded_from,
               ${thisMonth} AS this_month,
               -- The lowest month any payment names: the number of bits below the mask's lowest set bit, plus one.
               CASE WHEN y."anyMask" <> 0
                    THEN make_date(${year}::int, bit_count(((y."anyMask" & -y."anyMask") - 1)::bit(32))::int + 1, 1) END
                 AS first_paid
        FROM "Member" m JOIN subtree u ON u.id = m."cellId"
        LEFT JOIN "MemberFeeYear" y ON y."memberId" = m.id AND y.year = ${year}
        LEFT JOIN covered c ON c.member_id = m.id
        ${stateFactsJoins}
        WHERE ${current}
        -- A fence: the zone conversions above are worked out once per member, not once per use.
        OFFSET 0
      ) b
    ),
    -- Materialized: the count is read by four filters below, and would otherwise be worked out four times.
    unpaid AS MATERIALIZED (
      SELECT r.child_path, coalesce(ab.absences, 0) AS absences,
             CASE WHEN r.last_due < r.first_due THEN 0
                  ELSE greatest(0, extract(month FROM r.last_due)::int - extract(month FROM r.first_due)::int + 1
                    - bit_count((r.paid_mask & ${monthsMask(Prisma.sql`r.first_due`, Prisma.sql`r.last_due`)})::bit(32))
                    - r.covered_months) END AS months
      FROM ranges r LEFT JOIN absences ab ON ab.member_id = r.id
    )
    SELECT child_path,
      count(*) FILTER (WHERE months = 1)::int AS "unpaid1",
      count(*) FILTER (WHERE months = 2)::int AS "unpaid2",
      count(*) FILTER (WHERE months >= 3)::int AS "unpaid3plus",
      count(*) FILTER (WHERE absences = 1)::int AS "absent1",
      count(*) FILTER (WHERE absences = 2)::int AS "absent2",
      count(*) FILTER (WHERE absences >= 3)::int AS "absent3plus",
      -- Either half of the ground is enough; a member with both is one member to review.
      count(*) FILTER (WHERE months >= ${policy.fees.unpaidMonthsRemovalReview}
        OR absences >= ${policy.meetings.unexcusedAbsencesRemovalReview})::int AS "eligibleForRemovalReview"
    FROM unpaid
    GROUP BY child_path`;
}

/**
 * Everything but fees, per child unit: members, away, exempted (the two kinds apart), check-ins this month, reviews,
 * open requests. Away, exempted and transferred are each member's state at `now`, from the facts in force then.
 */
export function memberStatisticsQuery(root: { path: string }, year: number, now: Date): Fragment {
  const { subtree, stateCtes, earliestMonth, thisMonth, recordedFrom, current } = statisticsParts(
    root,
    year,
    now,
  );
  return Prisma.sql`
    WITH ${subtree}, ${stateCtes},
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
      SELECT u.child_path, ${memberStateSql} AS state, ${current} AS current,
             ia.kind AS away_kind, ia.arrangement, ia.application, rv.status::text AS review_status,
             rv."cellRating"::text AS cell_rating,
             coalesce(rq.help_open, 0) AS help_open, coalesce(rq.leave_open, 0) AS leave_open,
             ck.member_id IS NOT NULL AS checked_in,
             -- Members away check in from the month after they left, once their records have begun, and not on
             -- a full exemption nor in the months one held (rule 3; stateOn and firstCheckInMonthOf).
             ${current} AND ia.member_id IS NOT NULL AND ifx.member_id IS NULL
               AND date_trunc('month', ia."startsOn")::date < ${thisMonth}
               AND (efx.ended_on IS NULL OR date_trunc('month', efx.ended_on)::date < ${thisMonth})
               AND CASE WHEN ${recordedFrom} <= ${thisMonth} THEN true
                        ELSE EXISTS (SELECT 1 FROM "FeePaymentMonth" e WHERE e."memberId" = m.id AND e.month <= ${thisMonth})
                   END AS check_in_required
      FROM "Member" m JOIN subtree u ON u.id = m."cellId"
      ${stateFactsJoins}
      LEFT JOIN checked ck ON ck.member_id = m.id AND ck.month = ${thisMonth}
      LEFT JOIN requests rq ON rq.member_id = m.id
      LEFT JOIN "Review" rv ON rv."memberId" = m.id AND rv.year = ${year}
    )
    SELECT child_path,
      count(*) FILTER (WHERE current)::int AS "members",
      count(*) FILTER (WHERE current AND away_kind = 'domestic')::int AS "awayDomestic",
      count(*) FILTER (WHERE current AND away_kind = 'abroad')::int AS "awayAbroad",
      count(*) FILTER (WHERE state = 'temporary-exemption')::int AS "temporaryExemption",
      count(*) FILTER (WHERE state = 'full-exemption')::int AS "fullExemption",
      count(*) FILTER (WHERE current AND arrangement = 'temporary_transfer' AND application = 'approved')::int AS "temporaryTransfer",
      count(*) FILTER (WHERE state = 'transferred')::int AS "transferredOut",
      count(*) FILTER (WHERE state = 'removed')::int AS "removed",
      count(*) FILTER (WHERE check_in_required)::int AS "checkInRequired",
      count(*) FILTER (WHERE check_in_required AND checked_in)::int AS "checkedIn",
      -- "Miễn đánh giá" is a full exemption in force only: a temporary exemption still owes the written review.
      count(*) FILTER (WHERE current AND state <> 'full-exemption' AND review_status IS DISTINCT FROM 'exempt')::int AS "reviewsExpected",
      count(*) FILTER (WHERE current AND review_status IN ('submitted', 'rated', 'absent_rate_later'))::int AS "reviewsSubmitted",
      count(*) FILTER (WHERE current AND review_status = 'rated')::int AS "reviewsRated",
      count(*) FILTER (WHERE current AND review_status = 'rated' AND cell_rating = 'excellent')::int AS "ratedExcellent",
      count(*) FILTER (WHERE current AND review_status = 'rated' AND cell_rating = 'good')::int AS "ratedGood",
      count(*) FILTER (WHERE current AND review_status = 'rated' AND cell_rating = 'complete')::int AS "ratedComplete",
      count(*) FILTER (WHERE current AND review_status = 'rated' AND cell_rating = 'incomplete')::int AS "ratedIncomplete",
      count(*) FILTER (WHERE current AND review_status = 'absent_rate_later')::int AS "reviewsRateLater",
      count(*) FILTER (WHERE current AND state <> 'full-exemption' AND (review_status IS NULL OR review_status = 'draft'))::int AS "reviewsMissing",
      count(*) FILTER (WHERE current AND (state = 'full-exemption' OR review_status = 'exempt'))::int AS "reviewsExempt",
      coalesce(sum(help_open) FILTER (WHERE current), 0)::int AS "openHelpRequests",
      coalesce(sum(leave_open) FILTER (WHERE current), 0)::int AS "openLeaveRequests"
    FROM facts
    GROUP BY child_path`;
}
