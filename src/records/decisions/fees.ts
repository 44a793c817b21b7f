// The cell confirms a declared fee payment, or disputes it with a reason (a disputed payment pays nothing).
import { monthFromDb } from '../../domain/periods';
import { recordAudit } from '../audit';
import {
  authorizeCellDecision,
  decisionText,
  writeDecision,
  type DecisionRefusal,
  type Refused,
  type Tx,
} from './common';

export type FeeDecision = { confirm: true } | { confirm: false; reason: string };

export type FeeDecisionResult =
  | {
      outcome: 'decided';
      decisionId: number;
      paymentId: number;
      memberName: string;
      confirmed: boolean;
      months: string[];
    }
  | Refused<DecisionRefusal>;

export async function decidePayment(
  tx: Tx,
  actorId: number,
  paymentId: number,
  decision: FeeDecision,
  now: Date,
): Promise<FeeDecisionResult> {
  const action = decision.confirm ? 'fee.payment.confirm' : 'fee.payment.dispute';
  const payment = await tx.feePayment.findUnique({ where: { id: paymentId }, include: { months: true } });
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    payment?.memberId ?? null,
    action,
    { paymentId },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  if (!payment) return { outcome: 'refused', reason: 'not-found' };
  const reason = decision.confirm ? null : decisionText(decision.reason);
  if (reason && 'outcome' in reason) return reason;
  if (payment.status !== 'declared') return { outcome: 'refused', reason: 'already-decided' };

  const status = decision.confirm ? 'confirmed' : 'disputed';
  const claimed = await tx.feePayment.updateMany({
    where: { id: payment.id, status: 'declared' },
    data: decision.confirm
      ? { status, confirmedById: actor.id, confirmedAt: now }
      : { status, disputeReason: reason!.text, confirmedById: actor.id, confirmedAt: now },
  });
  if (claimed.count === 0) return { outcome: 'refused', reason: 'already-decided' };

  const months = payment.months.map((row) => monthFromDb(row.month)).sort();
  const written = await writeDecision(tx, {
    actor,
    member,
    kind: 'fee-payment',
    subjectType: 'FeePayment',
    subjectId: payment.id,
    outcome: status,
    reason: reason?.text ?? null,
    now,
    message: decision.confirm
      ? {
          key: 'decision-fee-confirmed',
          args: {
            months,
            amount: { amountMinor: payment.amountMinor, currency: payment.currency },
          },
        }
      : { key: 'decision-fee-disputed', args: { months, reason: reason!.text } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: decision.confirm ? 'fee.payment.confirmed' : 'fee.payment.disputed',
    entity: 'FeePayment',
    entityId: payment.id,
    before: { status: payment.status, memberId: member.id, months },
    after: {
      status,
      memberId: member.id,
      months,
      confirmedById: actor.id,
      confirmedAt: now,
      disputeReason: reason?.text ?? null,
      decisionId: written.id,
    },
    at: now,
  });
  return {
    outcome: 'decided',
    decisionId: written.id,
    paymentId: payment.id,
    memberName: member.fullName,
    confirmed: decision.confirm,
    months,
  };
}
