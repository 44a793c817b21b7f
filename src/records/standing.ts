// Loads a member's facts in a few queries and hands them to the pure standing rule.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { addMonths, currentMonth, monthFromDb, monthToDb } from '../domain/periods';
import { meetingStanding, type MeetingStanding } from '../domain/meeting-standing';
import { meetingYear } from '../domain/meetings';
import type { Policy } from '../domain/policy';
import {
  MISSED_MONTHS_COUNTED,
  memberStanding,
  type MemberFacts,
  type MemberStanding,
} from '../domain/standing';
import { loadDatedFacts, memberIn } from './dated-facts';
import { loadFeeFacts } from './fees';
import { MeetingRecords } from './meetings';
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
    const facts = await this.factsOf(memberId, now);
    return {
      ...memberStanding(facts, policy, now),
      meeting: await this.meetingOf(memberId, facts, now, policy),
    };
  }

  /** The cell's next meeting with the member's answer, and this year's absences without a reason (cell's year). */
  private async meetingOf(
    memberId: number,
    facts: MemberFacts,
    now: Date,
    policy: Policy,
  ): Promise<MeetingStanding | null> {
    const { cell } = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { cell: { select: { id: true, timezone: true } } },
    });
    const year = meetingYear(now, cell.timezone);
    const [next, counts] = await Promise.all([
      this.db.meeting.findFirst({
        where: { cellId: cell.id, status: 'scheduled', startsAt: { gt: now } },
        orderBy: { startsAt: 'asc' },
        select: {
          startsAt: true,
          place: true,
          onlineLink: true,
          answers: { where: { memberId }, select: { reply: true } },
        },
      }),
      new MeetingRecords(this.db, this.clock, policy).unexcusedInYear([memberId], year),
    ]);
    return meetingStanding(
      facts,
      next && {
        startsAt: next.startsAt,
        cellZone: cell.timezone,
        place: next.place,
        onlineLink: next.onlineLink,
        reply: next.answers[0]?.reply ?? null,
      },
      counts.get(memberId) ?? 0,
      now,
      cell.timezone,
      policy,
    );
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
