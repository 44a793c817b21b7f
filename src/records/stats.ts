// Statistics of a unit's subtree, per child unit: one set-based query over the path prefix, no query per member.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { currentMonth } from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { Prisma, UnitKind } from '../generated/prisma/client';
import { loadActor, recordDenied, unitInSubtree, type AccessRefusal } from './access';
import { recordAudit } from './audit';
import { feeStatisticsQuery, meetingStatisticsQuery, memberStatisticsQuery } from './stats-queries';

export const STATS_COUNTS = [
  'members',
  'awayDomestic',
  'awayAbroad',
  'temporaryExemption',
  'fullExemption',
  'temporaryTransfer',
  'transferredOut',
  'removed',
  'checkInRequired',
  'checkedIn',
  'unpaid1',
  'unpaid2',
  'unpaid3plus',
  'eligibleForRemovalReview',
  'meetingsHeld',
  'attendanceListed',
  'attendancePresent',
  'absent1',
  'absent2',
  'absent3plus',
  'reviewsExpected',
  'reviewsSubmitted',
  'reviewsRated',
  // The cell's ratings of the reviews rated, as the committees' reports count them.
  'ratedExcellent',
  'ratedGood',
  'ratedComplete',
  'ratedIncomplete',
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
  /** The meeting half of the removal ground: this many absences without a reason in the year. */
  removalReviewAbsences: number;
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

type RemovalGroundCount =
  'unpaid1' | 'unpaid2' | 'unpaid3plus' | 'absent1' | 'absent2' | 'absent3plus' | 'eligibleForRemovalReview';
type MeetingCount = 'meetingsHeld' | 'attendanceListed' | 'attendancePresent';
type FeeRow = { child_path: string | null } & Pick<StatsCounts, RemovalGroundCount>;
type MeetingRow = { child_path: string | null } & Pick<StatsCounts, MeetingCount>;
type MemberRow = { child_path: string | null } & Omit<StatsCounts, RemovalGroundCount | MeetingCount>;

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
      await recordDenied(this.db, {
        actorId,
        action: 'stats.read',
        reason,
        target: { code: code ?? null },
        at: this.clock(),
      });
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
      at: this.clock(),
    });
    return { outcome: 'computed', statistics };
  }

  /** Unchecked: for the CLI (an admin on the server) and for callers that checked access themselves. */
  async compute(unit: StatsUnit, options: StatsOptions = {}): Promise<UnitStatistics> {
    const now = options.now ?? this.clock();
    const year = options.year ?? Number(currentMonth(now, options.zone ?? 'Asia/Ho_Chi_Minh').slice(0, 4));
    // The two big queries run at once on two connections (two cores), each with the sort memory its 200,000-row
    // joins need; the meetings (a dozen a cell a year) are a small third.
    const run = <T>(query: Prisma.Sql) =>
      this.db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
          return tx.$queryRaw<T[]>(query);
        },
        { timeout: 120_000 },
      );
    const [feeRows, memberRows, meetingRows] = await Promise.all([
      run<FeeRow>(feeStatisticsQuery(unit, year, now, this.policy)),
      run<MemberRow>(memberStatisticsQuery(unit, year, now)),
      this.db.$queryRaw<MeetingRow[]>(meetingStatisticsQuery(unit, year, now)),
    ]);
    const byChild = new Map<string | null, StatsCounts>();
    for (const row of [...memberRows, ...feeRows, ...meetingRows]) {
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
      removalReviewAbsences: this.policy.meetings.unexcusedAbsencesRemovalReview,
      total,
      children: children.map((child) => ({ unit: child, counts: byChild.get(child.path) ?? emptyCounts() })),
    };
  }
}

export function emptyCounts(): StatsCounts {
  return Object.fromEntries(STATS_COUNTS.map((key) => [key, 0])) as StatsCounts;
}
