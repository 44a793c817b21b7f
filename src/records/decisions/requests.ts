// The secretary records that a member who asked for help (or to leave) was contacted, with a note of the talk.
import { recordAudit } from '../audit';
import {
  authorizeCellDecision,
  decisionText,
  writeDecision,
  type DecisionRefusal,
  type Refused,
  type Tx,
} from './common';

export type RequestDecisionResult =
  | { outcome: 'decided'; decisionId: number; requestId: number; memberName: string }
  | Refused<DecisionRefusal>;

export async function markContacted(
  tx: Tx,
  actorId: number,
  requestId: number,
  note: string,
  now: Date,
): Promise<RequestDecisionResult> {
  const request = await tx.request.findUnique({ where: { id: requestId } });
  const allowed = await authorizeCellDecision(
    tx,
    actorId,
    request?.memberId ?? null,
    'request.contacted',
    { requestId },
    now,
  );
  if ('outcome' in allowed) return allowed;
  const { actor, member } = allowed;
  if (!request) return { outcome: 'refused', reason: 'not-found' };
  const text = decisionText(note);
  if ('outcome' in text) return text;
  if (request.status !== 'open') return { outcome: 'refused', reason: 'already-decided' };

  const claimed = await tx.request.updateMany({
    where: { id: request.id, status: 'open' },
    data: { status: 'contacted', handledById: actor.id, handledAt: now, note: text.text },
  });
  if (claimed.count === 0) return { outcome: 'refused', reason: 'already-decided' };
  // The note is the cell's own record of a personal talk: the member is not sent a message about it.
  const written = await writeDecision(tx, {
    actor,
    member,
    kind: `request-${request.kind}`,
    subjectType: 'Request',
    subjectId: request.id,
    outcome: 'contacted',
    reason: text.text,
    now,
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: 'request.contacted',
    entity: 'Request',
    entityId: request.id,
    before: { status: request.status, memberId: member.id },
    after: {
      status: 'contacted',
      memberId: member.id,
      handledById: actor.id,
      handledAt: now,
      note: text.text,
      decisionId: written.id,
    },
    at: now,
  });
  return { outcome: 'decided', decisionId: written.id, requestId: request.id, memberName: member.fullName };
}
