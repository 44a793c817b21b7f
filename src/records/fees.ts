// Party fee declarations: the months a payment covers, refused unless the rules let the member pay them now.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import {
  countedFrom,
  paidMonthSet,
  payableMonths,
  unpaidMonths,
  type FeeArrangementRange,
  type FeeFacts,
  type PaidMonth,
} from '../domain/fees';
import { currentMonth, isMonthKey, monthFromDb, monthToDb, type MonthKey } from '../domain/periods';
import type { FeeMethod, FeeStatus, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { lockMember } from './checkins';

export interface FeeDeclaration {
  months: MonthKey[];
  amountMinor: number;
  /** ISO 4217, e.g. VND, KRW; members abroad often pay through family in VND. */
  currency: string;
  method: FeeMethod;
  /** The receipt photo homecell keeps (records.storedFiles). */
  receiptStoredFileId?: number | null;
  /** A draft from before files were kept (issue 12) holds the channel's file id instead. */
  receiptFileId?: string | null;
  sourceKey: string;
  now?: Date;
}

export interface FeePaymentView {
  id: number;
  memberId: number;
  months: MonthKey[];
  amountMinor: number;
  currency: string;
  method: FeeMethod;
  receiptStoredFileId: number | null;
  receiptFileId: string | null;
  status: FeeStatus;
  declaredAt: string;
}

export type FeeDeclareResult =
  | { outcome: 'declared'; payment: FeePaymentView; duplicate: boolean }
  | {
      outcome: 'refused';
      reason:
        | 'no-months'
        | 'invalid-month'
        | 'invalid-amount'
        | 'invalid-currency'
        | 'month-already-paid'
        | 'month-not-payable';
      months: MonthKey[];
    };

type Reader = Pick<Prisma.TransactionClient, 'member' | 'feePaymentMonth' | 'feeArrangement'>;

export class FeeRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async declare(memberId: number, declaration: FeeDeclaration): Promise<FeeDeclareResult> {
    const now = declaration.now ?? this.clock();
    const months = [...new Set(declaration.months)].sort();
    const refused = (
      reason: Extract<FeeDeclareResult, { outcome: 'refused' }>['reason'],
      offending: MonthKey[],
    ) => ({ outcome: 'refused', reason, months: offending }) as const;

    return this.db.$transaction(async (tx): Promise<FeeDeclareResult> => {
      await lockMember(tx, memberId);
      const earlier = await tx.feePayment.findUnique({
        where: { sourceKey: declaration.sourceKey },
        include: { months: true },
      });
      if (earlier) return { outcome: 'declared', payment: toView(earlier), duplicate: true };

      if (months.length === 0) return refused('no-months', []);
      const malformed = months.filter((month) => !isMonthKey(month));
      if (malformed.length > 0) return refused('invalid-month', malformed);
      if (!Number.isSafeInteger(declaration.amountMinor) || declaration.amountMinor <= 0)
        return refused('invalid-amount', []);
      if (!/^[A-Z]{3}$/.test(declaration.currency)) return refused('invalid-currency', []);

      const facts = await loadFeeFacts(tx, memberId, now);
      const paid = paidMonthSet(facts.paidMonths);
      const alreadyPaid = months.filter((month) => paid.has(month));
      if (alreadyPaid.length > 0) return refused('month-already-paid', alreadyPaid);
      const payable = new Set(payableMonths(facts));
      const notPayable = months.filter((month) => !payable.has(month));
      if (notPayable.length > 0) return refused('month-not-payable', notPayable);

      const payment = await tx.feePayment.create({
        data: {
          memberId,
          amountMinor: declaration.amountMinor,
          currency: declaration.currency,
          method: declaration.method,
          receiptStoredFileId: declaration.receiptStoredFileId ?? null,
          receiptFileId: declaration.receiptFileId ?? null,
          status: 'declared',
          declaredAt: now,
          sourceKey: declaration.sourceKey,
          months: { create: months.map((month) => ({ memberId, month: monthToDb(month) })) },
        },
        include: { months: true },
      });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'fee.declared',
        entity: 'FeePayment',
        entityId: payment.id,
        after: toView(payment),
        at: now,
      });
      return { outcome: 'declared', payment: toView(payment), duplicate: false };
    });
  }

  /** Months of `year` unpaid past due in the member's zone (rule 1); approved arrangements excepted (rule 2). */
  async unpaidMonths(memberId: number, year: number, now: Date = this.clock()): Promise<MonthKey[]> {
    return unpaidMonths({ ...(await loadFeeFacts(this.db, memberId, now)), year });
  }

  /** The months the fee form offers: this year's unpaid up to now, and months ahead only under an approved advance. */
  async payableMonths(memberId: number, now: Date = this.clock()): Promise<MonthKey[]> {
    return payableMonths(await loadFeeFacts(this.db, memberId, now));
  }

  async payments(memberId: number): Promise<FeePaymentView[]> {
    const rows = await this.db.feePayment.findMany({
      where: { memberId },
      include: { months: true },
      orderBy: { declaredAt: 'desc' },
    });
    return rows.map(toView);
  }
}

/**
 * The fee facts of a member. Counting starts at the earlier of the month the member was recorded and the first
 * month any payment covers: a member imported mid-year is not "unpaid" for months before the records began.
 */
export async function loadFeeFacts(db: Reader, memberId: number, now: Date): Promise<FeeFacts> {
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { timezone: true, recordedSince: true },
  });
  const [paidRows, arrangementRows] = await Promise.all([
    db.feePaymentMonth.findMany({
      where: { memberId },
      select: { month: true, payment: { select: { status: true } } },
      orderBy: { month: 'asc' },
    }),
    db.feeArrangement.findMany({
      where: { memberId },
      select: { kind: true, firstMonth: true, lastMonth: true },
    }),
  ]);
  const paidMonths: PaidMonth[] = paidRows.map((row) => ({
    month: monthFromDb(row.month),
    status: row.payment.status,
  }));
  const arrangements: FeeArrangementRange[] = arrangementRows.map((row) => ({
    kind: row.kind,
    firstMonth: monthFromDb(row.firstMonth),
    lastMonth: monthFromDb(row.lastMonth),
  }));
  const recordedFrom = currentMonth(member.recordedSince, member.timezone);
  const firstPaid = paidMonths[0]?.month;
  return {
    paidMonths,
    arrangements,
    activeSince: countedFrom(recordedFrom, firstPaid),
    now,
    zone: member.timezone,
  };
}

function toView(row: {
  id: number;
  memberId: number;
  amountMinor: number;
  currency: string;
  method: FeeMethod;
  receiptStoredFileId: number | null;
  receiptFileId: string | null;
  status: FeeStatus;
  declaredAt: Date;
  months: Array<{ month: Date }>;
}): FeePaymentView {
  return {
    id: row.id,
    memberId: row.memberId,
    months: row.months.map((month) => monthFromDb(month.month)).sort(),
    amountMinor: row.amountMinor,
    currency: row.currency,
    method: row.method,
    receiptStoredFileId: row.receiptStoredFileId,
    receiptFileId: row.receiptFileId,
    status: row.status,
    declaredAt: row.declaredAt.toISOString(),
  };
}
