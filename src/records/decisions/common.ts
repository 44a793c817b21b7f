// What every cell decision shares: the actor checked against the member's cell, the Decision row, and the member told.
import type { MessageArgs } from '../notifications';
import type { Prisma } from '../../generated/prisma/client';
import { isCellLeader, loadActor, recordDenied, type AccessRefusal, type Actor } from '../access';
import { enqueueMessage } from '../notifications';

export type Tx = Prisma.TransactionClient;

/** Long enough for a paragraph of reasons, short enough to read in a chat and on a printed decision log. */
export const DECISION_TEXT_MAX_CHARS = 1000;

export type TextRefusal = 'text-missing' | 'text-too-long';
export type DecisionRefusal = AccessRefusal | TextRefusal | 'already-decided';

export type Refused<R extends string = DecisionRefusal> = { outcome: 'refused'; reason: R };

/** The member a decision is about, as far as the decision needs them. */
export interface DecisionMember {
  id: number;
  fullName: string;
  cellId: number;
  locale: string;
  status: string;
}

/** A reason, comment or note: trimmed, required, at most DECISION_TEXT_MAX_CHARS. */
export function decisionText(
  raw: string | null | undefined,
): { ok: true; text: string } | Refused<TextRefusal> {
  const text = (raw ?? '').trim();
  if (text === '') return { outcome: 'refused', reason: 'text-missing' };
  if (text.length > DECISION_TEXT_MAX_CHARS) return { outcome: 'refused', reason: 'text-too-long' };
  return { ok: true, text };
}

/**
 * The actor must be a secretary or deputy of the member's cell, as the records say inside this transaction.
 * Every refusal is audited with the action and target, and nothing about the target is returned.
 */
export async function authorizeCellDecision(
  tx: Tx,
  actorId: number,
  memberId: number | null,
  action: string,
  target: Record<string, unknown>,
  now: Date,
): Promise<{ actor: Actor; member: DecisionMember } | Refused<AccessRefusal>> {
  const deny = async (reason: AccessRefusal): Promise<Refused<AccessRefusal>> => {
    await recordDenied(tx, { actorId, action, reason, target, at: now });
    return { outcome: 'refused', reason };
  };
  const actor = await loadActor(tx, actorId);
  if (!actor || !isCellLeader(actor)) return deny('not-allowed');
  if (memberId === null) return deny('not-found');
  const member = await tx.member.findUnique({
    where: { id: memberId },
    select: { id: true, fullName: true, cellId: true, locale: true, status: true },
  });
  if (!member) return deny('not-found');
  if (member.cellId !== actor.cellId) return deny('out-of-scope');
  return { actor, member };
}

export interface DecisionInput {
  actor: Actor;
  member: DecisionMember;
  kind: string;
  subjectType: string;
  subjectId: number;
  outcome: string;
  reason?: string | null;
  now: Date;
  /** The Fluent message that tells the member, in their language, with its variables; omit for internal ones. */
  message?: { key: string; args?: MessageArgs };
}

/** Writes the Decision row and, in the same transaction, the outbox row that tells the member. */
export async function writeDecision(tx: Tx, input: DecisionInput): Promise<{ id: number }> {
  const decision = await tx.decision.create({
    data: {
      unitId: input.member.cellId,
      memberId: input.member.id,
      kind: input.kind,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      outcome: input.outcome,
      reason: input.reason ?? null,
      decidedById: input.actor.id,
      decidedAt: input.now,
    },
    select: { id: true },
  });
  if (input.message) {
    // The scheduler's delivery sends it in the member's language; keyed by the decision, so it is queued once.
    await enqueueMessage(tx, {
      key: `decision:${decision.id}`,
      memberId: input.member.id,
      messageKey: input.message.key,
      ...(input.message.args ? { args: input.message.args } : {}),
      dueAt: input.now,
    });
  }
  return decision;
}
