// Loads a member's facts in a few queries and hands them to the pure standing rule.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { addMonths, currentMonth, monthFromDb, monthToDb } from '../domain/periods';
import type { Policy } from '../domain/policy';
import {
  MISSED_MONTHS_COUNTED,
  memberStanding,
  type MemberFacts,
  type MemberStanding,
} from '../domain/standing';
import { loadDatedFacts, memberIn } from './dated-facts';
import { loadFeeFacts } from './fees';
import { memberFactsOf } from './member-facts';

export class StandingRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  async standingOf(
    memberId: number,
    now: Date = this.clock(),
    policy: Policy = this.policy,
  ): Promise<MemberStanding> {
    return memberStanding(await this.factsOf(memberId, now), policy, now);
  }

  async factsOf(memberId: number, now: Date = this.clock()): Promise<MemberFacts> {
    const member = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { timezone: true, status: true },
    });
    const month = currentMonth(now, member.timezone);
    const [fees, checkIns, dated, review] = await Promise.all([
      loadFeeFacts(this.db, memberId, now),
      this.db.checkIn.findMany({
        where: { memberId, month: { gte: monthToDb(addMonths(month, -MISSED_MONTHS_COUNTED)) } },
        select: { month: true },
      }),
      loadDatedFacts(this.db, memberIn([memberId])),
      this.db.review.findUnique({
        where: { memberId_year: { memberId, year: Number(month.slice(0, 4)) } },
        select: { year: true, status: true },
      }),
    ]);
    return memberFactsOf({
      member,
      dated: dated.get(memberId),
      activeSince: fees.activeSince,
      checkInMonths: checkIns.map((row) => monthFromDb(row.month)),
      paidMonths: fees.paidMonths,
      feeArrangements: fees.arrangements,
      review,
    });
  }
}
