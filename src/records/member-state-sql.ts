// The SQL twin of stateOn (src/domain/member-state.ts) for set-based counts: statistics and the unit tree.
import { Prisma } from '../generated/prisma/client';

type Fragment = Prisma.Sql;

/**
 * CTEs `in_force_absence`, `in_force_full` and `ended_full`: per member, the absence and the full exemption in force on the
 * member's own day at `instant` (a departure filed for a later day is not; a refused or withdrawn application never
 * is). Only members with such rows are converted to their zone, so the cost follows the few away or exempt.
 * The rules are stateOn's: the latest begun absence not ended, and a full exemption not cancelled whose days hold it.
 */
export function stateFactsCtes(instant: Date): Fragment {
  const at = Prisma.sql`${instant.toISOString()}::timestamptz`;
  return Prisma.sql`in_force_absence AS MATERIALIZED (
      SELECT DISTINCT ON (a."memberId") a."memberId" AS member_id, a.kind::text AS kind,
             a.arrangement::text AS arrangement, a."applicationStatus"::text AS application, a."startsOn"
      FROM "Absence" a JOIN "Member" am ON am.id = a."memberId"
      WHERE a."endedOn" IS NULL AND a."applicationStatus" NOT IN ('rejected', 'withdrawn')
        AND a."startsOn" <= (${at} AT TIME ZONE am.timezone)::date
      ORDER BY a."memberId", a."startsOn" DESC
    ),
    in_force_full AS MATERIALIZED (
      SELECT DISTINCT f."memberId" AS member_id
      FROM "FullExemption" f JOIN "Member" fm ON fm.id = f."memberId"
      WHERE f."cancelledAt" IS NULL
        AND f."startsOn" <= (${at} AT TIME ZONE fm.timezone)::date
        AND (f."endsOn" IS NULL OR f."endsOn" >= (${at} AT TIME ZONE fm.timezone)::date)
    ),
    -- The last day of the latest full exemption already over: the months it held asked for no check-in.
    ended_full AS MATERIALIZED (
      SELECT f."memberId" AS member_id, max(f."endsOn") AS ended_on
      FROM "FullExemption" f JOIN "Member" fm ON fm.id = f."memberId"
      WHERE f."cancelledAt" IS NULL AND f."endsOn" < (${at} AT TIME ZONE fm.timezone)::date
      GROUP BY f."memberId"
    )`;
}

/**
 * Joins the CTEs to members aliased `m`: `ia` (absence in force), `ifx` (full exemption in force), `efx` (the end of
 * the latest full exemption already over).
 */
export const stateFactsJoins: Fragment = Prisma.sql`
  LEFT JOIN in_force_absence ia ON ia.member_id = m.id
  LEFT JOIN in_force_full ifx ON ifx.member_id = m.id
  LEFT JOIN ended_full efx ON efx.member_id = m.id`;

/** The member's state, one of MEMBER_STATES, in stateOn's order of precedence. */
export const memberStateSql: Fragment = Prisma.sql`CASE
    WHEN m.status <> 'active' THEN m.status::text
    WHEN ia.arrangement = 'official_transfer' AND ia.application = 'approved' THEN 'transferred'
    WHEN ifx.member_id IS NOT NULL THEN 'full-exemption'
    WHEN ia.arrangement = 'temporary_exemption' AND ia.application = 'approved' THEN 'temporary-exemption'
    WHEN ia.member_id IS NOT NULL THEN 'away'
    ELSE 'active' END`;

/** Still in the home cell's care (stateOn's `inCare`): on the books and not transferred out by an approved transfer. */
export const inCareSql: Fragment = Prisma.sql`(m.status = 'active'
    AND (ia.member_id IS NULL OR ia.arrangement IS DISTINCT FROM 'official_transfer'
         OR ia.application <> 'approved'))`;
