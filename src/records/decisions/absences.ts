// The cell's decision on a departure application (exemption or transfer), and on paying fees late or early while exempt.
import { feeArrangementProblem, type FeeArrangementProblem } from '../../domain/fees';
import { addMonths, calendarDateFromDb, monthOf, monthToDb, monthsFrom } from '../../domain/periods';
import type { Policy } from '../../domain/policy';
import type { Arrangement, FeeArrangementKind } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import {
  authorizeCellDecision,
  decisionText,
  writeDecision,
  type DecisionRefusal,
  type Refused,
  type Tx,
} from './common';

/** Applications the cell decides; seasonal work needs none. */
export const DECIDED_ARRANGEMENTS: readonly Arrangement[] = [
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];

export type ApplicationDecision = { approve: true } | { approve: false; reason: string };

export type ApplicationDecisionResult =
  | {
      outcome: 'decided';
      decisionId: number;
      absenceId: number;
      memberId: number;
      memberName: string;
      arrangement: Arrangement;
      approved: boolean;
      /** An approved exemption may come with a fee arrangement the secretary offers next. */
      exemption: boolean;
    }
  | Refused<DecisionRefusal>;

export async function decideApplication(
  tx: Tx,
  actorId: number,
  absenceId: number,
  decision: ApplicationDecision,
  now: Date,
): Promise<ApplicationDecisionResult> {
  const action = decision.approve ? 'absence.application.approve' : 'absence.application.reject';
  const absence = await tx.absence.findUnique({ where: { id: absenceId } });
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    absence?.memberId ?? null,
    action,
    { absenceId },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  if (!absence) return { outcome: 'refused', reason: 'not-found' };

  const reason = decision.approve ? null : decisionText(decision.reason);
  if (reason && 'outcome' in reason) return reason;
  const arrangement = absence.arrangement;
  if (
    !arrangement ||
    !DECIDED_ARRANGEMENTS.includes(arrangement) ||
    absence.applicationStatus !== 'submitted' ||
    absence.endedOn !== null
  ) {
    return { outcome: 'refused', reason: 'already-decided' };
  }

  // Conditional on still being submitted: a second secretary or a double tap decides nothing twice.
  const claimed = await tx.absence.updateMany({
    where: { id: absence.id, applicationStatus: 'submitted' },
    data: {
      applicationStatus: decision.approve ? 'approved' : 'rejected',
      decidedById: actor.id,
      decidedAt: now,
      decisionNote: reason?.text ?? null,
      updatedAt: now,
    },
  });
  if (claimed.count === 0) return { outcome: 'refused', reason: 'already-decided' };
  // No member status is written: an approved exemption or transfer takes effect on its start date, read from the
  // absence by every view (src/domain/member-state.ts); a rejected application changes nothing.

  const endsOn = absence.expectedEndOn ? calendarDateFromDb(absence.expectedEndOn) : '';
  const written = await writeDecision(tx, {
    actor,
    member,
    kind: 'absence-application',
    subjectType: 'Absence',
    subjectId: absence.id,
    outcome: decision.approve ? 'approved' : 'rejected',
    reason: reason?.text ?? null,
    now,
    message: decision.approve
      ? {
          key: 'decision-application-approved',
          args: { arrangement, from: calendarDateFromDb(absence.startsOn), until: endsOn },
        }
      : { key: 'decision-application-rejected', args: { arrangement, reason: reason!.text } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: decision.approve ? 'absence.application.approved' : 'absence.application.rejected',
    entity: 'Absence',
    entityId: absence.id,
    before: {
      applicationStatus: absence.applicationStatus,
      memberId: member.id,
    },
    after: {
      applicationStatus: decision.approve ? 'approved' : 'rejected',
      memberId: member.id,
      decidedById: actor.id,
      decidedAt: now,
      decisionNote: reason?.text ?? null,
      decisionId: written.id,
    },
    at: now,
  });
  return {
    outcome: 'decided',
    decisionId: written.id,
    absenceId: absence.id,
    memberId: member.id,
    memberName: member.fullName,
    arrangement,
    approved: decision.approve,
    exemption: decision.approve && arrangement === 'temporary_exemption',
  };
}

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
