// The cell's decision on paying fees late or early while exempt. Departure applications go through the steps of
// ./applications.ts (the cell proposes, the deciding level decides).
import { feeArrangementProblem, type FeeArrangementProblem } from '../../domain/fees';
import { addMonths, calendarDateFromDb, monthOf, monthToDb, monthsFrom } from '../../domain/periods';
import type { Policy } from '../../domain/policy';
import type { Arrangement, FeeArrangementKind } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import { authorizeCellDecision, writeDecision, type DecisionRefusal, type Refused, type Tx } from './common';

/** Arrangements that are applications (someone decides them); seasonal work needs none. */
export const DECIDED_ARRANGEMENTS: readonly Arrangement[] = [
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];

export type FeeArrangementResult =
  | {
      outcome: 'approved';
      decisionId: number;
      arrangementId: number;
      memberName: string;
      kind: FeeArrangementKind;
      firstMonth: string;
      lastMonth: string;
    }
  | Refused<DecisionRefusal | 'no-exemption' | 'already-arranged' | FeeArrangementProblem>;

/**
 * Lets a member on an approved exemption pay late or in advance for the exemption's months (QĐ 01-QĐ/TW 2026):
 * from the month it starts to the month it ends, never longer than the policy allows or past the exemption.
 */
export async function approveFeeArrangement(
  tx: Tx,
  actorId: number,
  absenceId: number,
  kind: FeeArrangementKind,
  policy: Policy,
  now: Date,
): Promise<FeeArrangementResult> {
  const absence = await tx.absence.findUnique({ where: { id: absenceId } });
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    absence?.memberId ?? null,
    'fee.arrangement.approve',
    {
      absenceId,
      kind,
    },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  if (
    !absence ||
    absence.arrangement !== 'temporary_exemption' ||
    absence.applicationStatus !== 'approved' ||
    absence.endedOn !== null ||
    !absence.expectedEndOn
  ) {
    return { outcome: 'refused', reason: 'no-exemption' };
  }
  const exemptionEndsOn = calendarDateFromDb(absence.expectedEndOn);
  const firstMonth = monthOf(calendarDateFromDb(absence.startsOn));
  const lastWanted = monthOf(exemptionEndsOn);
  const lastAllowed = addMonths(firstMonth, policy.feeArrangement.maxMonths - 1);
  const lastMonth = monthsFrom(lastAllowed, lastWanted) > 0 ? lastAllowed : lastWanted;
  const problem = feeArrangementProblem({ firstMonth, lastMonth, exemptionEndsOn }, policy);
  if (problem) return { outcome: 'refused', reason: problem };
  const overlapping = await tx.feeArrangement.findFirst({
    where: {
      memberId: member.id,
      firstMonth: { lte: monthToDb(lastMonth) },
      lastMonth: { gte: monthToDb(firstMonth) },
    },
    select: { id: true },
  });
  if (overlapping) return { outcome: 'refused', reason: 'already-arranged' };

  const arrangement = await tx.feeArrangement.create({
    data: {
      memberId: member.id,
      kind,
      firstMonth: monthToDb(firstMonth),
      lastMonth: monthToDb(lastMonth),
      decidedById: actor.id,
      decidedAt: now,
      note: `absence:${absence.id}`,
    },
  });
  const written = await writeDecision(tx, {
    actor,
    member,
    kind: 'fee-arrangement',
    subjectType: 'FeeArrangement',
    subjectId: arrangement.id,
    outcome: `approved-${kind}`,
    now,
    message: { key: 'decision-fee-arrangement-approved', args: { kind, from: firstMonth, to: lastMonth } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: 'fee.arrangement.approved',
    entity: 'FeeArrangement',
    entityId: arrangement.id,
    after: {
      memberId: member.id,
      kind,
      firstMonth,
      lastMonth,
      absenceId: absence.id,
      decisionId: written.id,
    },
    at: now,
  });
  return {
    outcome: 'approved',
    decisionId: written.id,
    arrangementId: arrangement.id,
    memberName: member.fullName,
    kind,
    firstMonth,
    lastMonth,
  };
}
