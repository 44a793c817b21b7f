// The dated facts a member's state is derived from (open absences, full exemptions), read one way for every loader.
import type { Database } from '../db/client';
import {
  stateOn,
  type AbsenceFacts,
  type FullExemptionFacts,
  type MembershipCode,
  type StateOnDay,
} from '../domain/member-state';
import { today } from '../domain/periods';
import { Prisma, type MemberStatus } from '../generated/prisma/client';

export interface DatedFactsOfMember {
  absences: AbsenceFacts[];
  fullExemptions: FullExemptionFacts[];
}

/**
 * An absence on record: not ended, and not a refused or withdrawn application (those change nothing). It may begin
 * later: the domain decides from its date whether it is in force (src/domain/member-state.ts).
 */
export const OPEN_ABSENCE: Prisma.AbsenceWhereInput = {
  endedOn: null,
  applicationStatus: { notIn: ['rejected', 'withdrawn'] },
};

/** The stored status is only what is not a dated fact (see the MemberStatus enum). */
export function membershipOf(status: MemberStatus): MembershipCode {
  return status;
}

interface DatedRow {
  what: 'absence' | 'full-exemption';
  memberId: number;
  data: Record<string, string | null>;
}

/**
 * Open absences and full exemptions (not cancelled) of the members `memberCondition` picks, as a condition on the
 * "memberId" column: `Prisma.sql\`"memberId" = ANY(...)\``. One round trip; these rows are few (most members have
 * none), and the standing, the roster, the exports and the sweep all read them through here, so they cannot disagree.
 */
export async function loadDatedFacts(
  db: Pick<Database, '$queryRaw'>,
  memberCondition: Prisma.Sql,
): Promise<Map<number, DatedFactsOfMember>> {
  const rows = await db.$queryRaw<DatedRow[]>`
    SELECT 'absence' AS what, "memberId",
           json_build_object('kind', kind, 'countryCode', "countryCode", 'arrangement', arrangement,
                             'applicationStatus', "applicationStatus",
                             'startsOn', to_char("startsOn", 'YYYY-MM-DD'),
                             'expectedEndOn', to_char("expectedEndOn", 'YYYY-MM-DD')) AS data
    FROM "Absence"
    WHERE ${memberCondition} AND "endedOn" IS NULL AND "applicationStatus" NOT IN ('rejected', 'withdrawn')
    UNION ALL
    SELECT 'full-exemption', "memberId",
           json_build_object('reason', reason, 'startsOn', to_char("startsOn", 'YYYY-MM-DD'),
                             'endsOn', to_char("endsOn", 'YYYY-MM-DD'))
    FROM "FullExemption"
    WHERE ${memberCondition} AND "cancelledAt" IS NULL`;
  const facts = new Map<number, DatedFactsOfMember>();
  for (const row of rows) {
    let entry = facts.get(row.memberId);
    if (!entry) facts.set(row.memberId, (entry = { absences: [], fullExemptions: [] }));
    if (row.what === 'absence') entry.absences.push(row.data as unknown as AbsenceFacts);
    else entry.fullExemptions.push(row.data as unknown as FullExemptionFacts);
  }
  return facts;
}

export const NO_DATED_FACTS: Readonly<DatedFactsOfMember> = Object.freeze({
  absences: [],
  fullExemptions: [],
});

/** `"memberId" = ANY(ids)` for loadDatedFacts. */
export function memberIn(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`"memberId" = ANY(${[...ids]}::int[])`;
}

/** One member's state at `now` on their own day (inside a transaction too): what a form or a decision checks. */
export async function stateOfMember(
  db: Pick<Database, '$queryRaw' | 'member'>,
  memberId: number,
  now: Date,
): Promise<StateOnDay> {
  const [member, dated] = await Promise.all([
    db.member.findUniqueOrThrow({ where: { id: memberId }, select: { status: true, timezone: true } }),
    loadDatedFacts(db, memberIn([memberId])),
  ]);
  return stateOn(
    { membership: membershipOf(member.status), ...(dated.get(memberId) ?? NO_DATED_FACTS) },
    today(now, member.timezone),
  );
}
