// Monthly check-ins: one per member and month (in the member's zone), every earlier version kept as a revision.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { checkInFiling } from '../domain/check-in-window';
import { isMonthKey, monthFromDb, monthToDb, type MonthKey } from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { enqueueMessage } from './notifications';

/** What the member answered; plain JSON so it can also sit in a session for "same as last month". */
export type CheckInAnswers = Record<string, unknown>;

export interface CheckInView {
  id: number;
  memberId: number;
  month: MonthKey;
  place: string | null;
  answers: CheckInAnswers;
  revision: number;
  /** Filed after its month closed, within the policy's late window (issue 11 §7). */
  late: boolean;
  submittedAt: string;
}

export interface CheckInRevisionView {
  revision: number;
  answers: CheckInAnswers;
  submittedAt: string;
}

export type CheckInSubmitResult =
  | { outcome: 'saved'; checkIn: CheckInView; duplicate: boolean }
  | { outcome: 'refused'; reason: 'month-closed' | 'month-not-open' | 'invalid-month'; month: MonthKey };

type Tx = Prisma.TransactionClient;

export class CheckInRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /**
   * Records this month's check-in. `month`, when the form remembers which month it asked about, must still be
   * the member's current month, or the month just closed while the policy's late window lasts and it has no
   * check-in yet (then it is recorded as late); any other past month is closed and a future one not open.
   */
  async submit(
    memberId: number,
    answers: CheckInAnswers,
    options: { sourceKey: string; now?: Date; month?: MonthKey },
  ): Promise<CheckInSubmitResult> {
    const now = options.now ?? this.clock();
    const json = asJsonObject(answers);
    return this.db.$transaction(async (tx): Promise<CheckInSubmitResult> => {
      const member = await lockMember(tx, memberId);
      const earlier = await tx.checkInRevision.findUnique({
        where: { sourceKey: options.sourceKey },
        include: { checkIn: true },
      });
      if (earlier) return { outcome: 'saved', checkIn: toView(earlier.checkIn), duplicate: true };

      if (options.month !== undefined && !isMonthKey(options.month)) {
        return { outcome: 'refused', reason: 'invalid-month', month: options.month };
      }
      const asked =
        options.month !== undefined
          ? await tx.checkIn.findUnique({
              where: { memberId_month: { memberId, month: monthToDb(options.month) } },
            })
          : null;
      const filing = checkInFiling(options.month, now, member.timezone, this.policy, () => asked !== null);
      if (filing.outcome === 'refused') return filing;
      const { month, late } = filing;

      const place = typeof answers.place === 'string' ? answers.place : null;
      const before =
        asked ??
        (await tx.checkIn.findUnique({
          where: { memberId_month: { memberId, month: monthToDb(month) } },
        }));
      const revision = (before?.revision ?? 0) + 1;
      const saved = before
        ? await tx.checkIn.update({
            where: { id: before.id },
            data: { answers: json, place, revision, submittedAt: now, updatedAt: now },
          })
        : await tx.checkIn.create({
            data: {
              memberId,
              month: monthToDb(month),
              answers: json,
              place,
              late,
              revision,
              submittedAt: now,
              updatedAt: now,
            },
          });
      const written = await tx.checkInRevision.create({
        data: {
          checkInId: saved.id,
          revision,
          answers: json,
          submittedAt: now,
          sourceKey: options.sourceKey,
        },
      });
      // A member asking for a call is told "the secretary will call"; the leaders hear of it now, not at the digest.
      const alreadyAsked = (before?.answers as CheckInAnswers | undefined)?.wantsCall === true;
      if (answers.wantsCall === true && !alreadyAsked) {
        await queueCallRequest(tx, memberId, month, answers, `checkin-call:${written.id}`, now);
      }
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: before ? 'checkin.revised' : late ? 'checkin.submitted-late' : 'checkin.submitted',
        entity: 'CheckIn',
        entityId: saved.id,
        before: before ? toView(before) : undefined,
        after: toView(saved),
        at: now,
      });
      return { outcome: 'saved', checkIn: toView(saved), duplicate: false };
    });
  }

  /** The latest check-in of any month, for "same as last month". */
  async lastCheckIn(memberId: number): Promise<CheckInView | null> {
    const latest = await this.db.checkIn.findFirst({ where: { memberId }, orderBy: { month: 'desc' } });
    return latest ? toView(latest) : null;
  }

  async forMonth(memberId: number, month: MonthKey): Promise<CheckInView | null> {
    const found = await this.db.checkIn.findUnique({
      where: { memberId_month: { memberId, month: monthToDb(month) } },
    });
    return found ? toView(found) : null;
  }

  /** Every version of a month's check-in, oldest first (rule 9: edits keep history). */
  async revisions(memberId: number, month: MonthKey): Promise<CheckInRevisionView[]> {
    const rows = await this.db.checkInRevision.findMany({
      where: { checkIn: { memberId, month: monthToDb(month) } },
      orderBy: { revision: 'asc' },
    });
    return rows.map((row) => ({
      revision: row.revision,
      answers: row.answers as CheckInAnswers,
      submittedAt: row.submittedAt.toISOString(),
    }));
  }
}

/** Tells the secretary and deputies of the member's cell that the member asked for a call in their check-in. */
async function queueCallRequest(
  tx: Tx,
  memberId: number,
  month: MonthKey,
  answers: CheckInAnswers,
  key: string,
  now: Date,
): Promise<void> {
  const member = await tx.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { fullName: true, cellId: true },
  });
  const leaders = await tx.member.findMany({
    where: {
      cellId: member.cellId,
      role: { in: ['secretary', 'deputy_secretary'] },
      status: { notIn: ['removed', 'left', 'transferred'] },
      id: { not: memberId },
    },
    select: { id: true },
  });
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  for (const leader of leaders) {
    await enqueueMessage(tx, {
      key: `${key}:${leader.id}`,
      memberId: leader.id,
      messageKey: 'checkin-call-requested',
      args: {
        name: member.fullName,
        month: `${month.slice(5)}/${month.slice(0, 4)}`,
        place: text(answers.place),
        difficulty: text(answers.difficulty) || 'none',
        details: text(answers.difficultyDetails),
      },
      dueAt: now,
    });
  }
}

/**
 * Locks the member's row for the rest of the transaction, so a member's concurrent submissions (a double tap, a
 * re-delivered update) run one after the other and the idempotency and "already open" checks cannot race.
 */
export async function lockMember(tx: Tx, memberId: number): Promise<{ id: number; timezone: string }> {
  const rows = await tx.$queryRaw<Array<{ id: number; timezone: string }>>`
    SELECT id, timezone FROM "Member" WHERE id = ${memberId} FOR UPDATE`;
  const member = rows[0];
  if (!member) throw new Error(`member ${memberId} not found`);
  return member;
}

/** Drops what JSON cannot hold (undefined, functions) so the stored answers equal what a reader gets back. */
export function asJsonObject(value: Record<string, unknown>): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

function toView(row: {
  id: number;
  memberId: number;
  month: Date;
  place: string | null;
  answers: Prisma.JsonValue;
  revision: number;
  late: boolean;
  submittedAt: Date;
}): CheckInView {
  return {
    id: row.id,
    memberId: row.memberId,
    month: monthFromDb(row.month),
    place: row.place,
    answers: row.answers as CheckInAnswers,
    revision: row.revision,
    late: row.late,
    submittedAt: row.submittedAt.toISOString(),
  };
}
