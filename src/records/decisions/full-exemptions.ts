// The grassroots committee's full exemption from work and activities (old age, poor health), recorded by the cell's
// secretary or deputy once decided, and its end: dated facts the standing reads from their day (DOMAIN, two kinds
// of exemption). Nothing is written on the member; the decision is audited and the member told.
import { calendarDateToDb, today } from '../../domain/periods';
import type { FullExemptionReason } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import { lockMember } from '../checkins';
import { authorizeCellDecision, writeDecision, type DecisionRefusal, type Refused, type Tx } from './common';

/** The exemption in force or still to begin: not cancelled, not ended before today. */
async function runningExemption(tx: Tx, memberId: number, day: string) {
  return tx.fullExemption.findFirst({
    where: {
      memberId,
      cancelledAt: null,
      OR: [{ endsOn: null }, { endsOn: { gte: calendarDateToDb(day) } }],
    },
    orderBy: { startsOn: 'desc' },
  });
}

/** The grassroots committee above the cell, which decides (or the nearest committee above it). */
async function decidingUnitOf(tx: Tx, cellId: number): Promise<number | null> {
  const cell = await tx.unit.findUnique({ where: { id: cellId }, select: { parentId: true } });
  return cell?.parentId ?? null;
}

export type FullExemptionResult =
  | { outcome: 'recorded'; exemptionId: number; memberName: string; startsOn: string }
  | Refused<DecisionRefusal | 'already-exempt'>;

export async function recordFullExemption(
  tx: Tx,
  actorId: number,
  memberId: number,
  reason: FullExemptionReason,
  now: Date,
): Promise<FullExemptionResult> {
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    memberId,
    'full-exemption.record',
    { reason },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  // One at a time: the lock makes a double tap or a second leader find the first one.
  const day = today(now, (await lockMember(tx, member.id)).timezone);
  if (await runningExemption(tx, member.id, day)) return { outcome: 'refused', reason: 'already-exempt' };
  const exemption = await tx.fullExemption.create({
    data: {
      memberId: member.id,
      reason,
      startsOn: calendarDateToDb(day),
      decidedByUnitId: await decidingUnitOf(tx, member.cellId),
      createdAt: now,
      updatedAt: now,
    },
  });
  const decision = await writeDecision(tx, {
    actor,
    member,
    kind: 'full-exemption',
    subjectType: 'FullExemption',
    subjectId: exemption.id,
    outcome: 'recorded',
    now,
    message: { key: 'decision-full-exemption-recorded', args: { reason, from: day } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: 'full-exemption.recorded',
    entity: 'FullExemption',
    entityId: exemption.id,
    before: null,
    after: { memberId: member.id, reason, startsOn: day, decisionId: decision.id },
    at: now,
  });
  return { outcome: 'recorded', exemptionId: exemption.id, memberName: member.fullName, startsOn: day };
}

export type FullExemptionEndResult =
  { outcome: 'ended'; memberName: string; endsOn: string } | Refused<DecisionRefusal | 'not-exempt'>;

/** The committee ended it (the member is active again from today): it ends yesterday, on the member's day. */
export async function endFullExemption(
  tx: Tx,
  actorId: number,
  memberId: number,
  now: Date,
): Promise<FullExemptionEndResult> {
  const allowed = await authorizeCellDecision(tx, actorId, memberId, 'full-exemption.end', {}, now);
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  const day = today(now, (await lockMember(tx, member.id)).timezone);
  const running = await runningExemption(tx, member.id, day);
  if (!running) return { outcome: 'refused', reason: 'not-exempt' };
  const yesterday = new Date(calendarDateToDb(day).getTime() - 86_400_000);
  // One that had not begun by yesterday never applied: it is withdrawn rather than given an end before its start.
  const ended = await tx.fullExemption.update({
    where: { id: running.id },
    data:
      running.startsOn > yesterday
        ? { cancelledAt: now, updatedAt: now }
        : { endsOn: yesterday, updatedAt: now },
  });
  const endDay = yesterday.toISOString().slice(0, 10);
  const decision = await writeDecision(tx, {
    actor,
    member,
    kind: 'full-exemption',
    subjectType: 'FullExemption',
    subjectId: running.id,
    outcome: 'ended',
    now,
    message: { key: 'decision-full-exemption-ended', args: { from: day } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: 'full-exemption.ended',
    entity: 'FullExemption',
    entityId: running.id,
    before: { endsOn: running.endsOn?.toISOString().slice(0, 10) ?? null, cancelledAt: null },
    after: {
      endsOn: ended.endsOn?.toISOString().slice(0, 10) ?? null,
      cancelledAt: ended.cancelledAt,
      decisionId: decision.id,
    },
    at: now,
  });
  return { outcome: 'ended', memberName: member.fullName, endsOn: endDay };
}
