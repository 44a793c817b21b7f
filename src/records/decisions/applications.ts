// A departure application's steps (DOMAIN duty 3): the cell records its proposal, the deciding level's officers
// approve, reject or ask for more; each step one transaction with a Decision row, an audit event and the member told.
import {
  decidingLevelOf,
  decidingUnitOf,
  nextStage,
  officerCovers,
  secretaryToldOf,
  type ApplicationStage,
  type ApplicationStep,
  type UnitLevel,
} from '../../domain/applications';
import { calendarDateFromDb } from '../../domain/periods';
import type { Policy } from '../../domain/policy';
import type { Arrangement } from '../../generated/prisma/client';
import { loadActor, recordDenied, type AccessRefusal, type Actor } from '../access';
import { cellLeadersToTell } from '../absence-changes';
import { recordAudit } from '../audit';
import { enqueueMessage } from '../notifications';
import { authorizeCellDecision, decisionText, type DecisionMember, type Refused, type Tx } from './common';

export type ApplicationStepInput =
  | { step: 'propose'; note: string }
  | { step: 'cell-approve' }
  | { step: 'cell-reject'; reason: string }
  | { step: 'approve' }
  | { step: 'reject'; reason: string }
  | { step: 'ask-more'; question: string };

export type ApplicationStepRefusal =
  | AccessRefusal
  | 'text-missing'
  | 'text-too-long'
  | 'already-decided'
  | 'cell-decides'
  | 'committee-decides'
  | 'not-an-application'
  /** The tree has no unit of the deciding level (or above) over the cell. */
  | 'no-deciding-unit';

export type ApplicationStepResult =
  | {
      outcome: 'decided';
      step: ApplicationStep;
      stage: ApplicationStage;
      decisionId: number;
      absenceId: number;
      memberId: number;
      memberName: string;
      arrangement: Arrangement;
      /** The unit that decides (or decided): its name for the texts. */
      unitName: string;
      /** An exemption the cell itself approved: the secretary may allow paying the fee late or early next. */
      exemption: boolean;
    }
  | Refused<ApplicationStepRefusal>;

/** The audit action of each step, and the Decision row's outcome. */
const STEP_NAMES: Record<ApplicationStep, { action: string; outcome: string }> = {
  propose: { action: 'absence.application.proposed', outcome: 'proposed' },
  'cell-approve': { action: 'absence.application.approved', outcome: 'approved' },
  'cell-reject': { action: 'absence.application.rejected', outcome: 'rejected' },
  approve: { action: 'absence.application.approved', outcome: 'approved' },
  reject: { action: 'absence.application.rejected', outcome: 'rejected' },
  'ask-more': { action: 'absence.application.more-asked', outcome: 'more-asked' },
};

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitLevel;
  path: string;
}

/** The cell and the units above it, nearest first. */
async function chainFromCell(tx: Tx, cellPath: string): Promise<UnitRow[]> {
  const codes = cellPath.split('/');
  const units = await tx.unit.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, name: true, kind: true, path: true },
  });
  // Only units whose path is a prefix of the cell's are its ancestors (codes are unique, paths follow the tree).
  return units
    .filter((unit) => cellPath === unit.path || cellPath.startsWith(`${unit.path}/`))
    .sort((a, b) => b.path.length - a.path.length);
}

function textOf(input: ApplicationStepInput): string | null | undefined {
  if (input.step === 'propose') return input.note;
  if (input.step === 'cell-reject' || input.step === 'reject') return input.reason;
  if (input.step === 'ask-more') return input.question;
  return undefined;
}

export async function takeApplicationStep(
  tx: Tx,
  actorId: number,
  absenceId: number,
  input: ApplicationStepInput,
  policy: Policy,
  now: Date,
): Promise<ApplicationStepResult> {
  const { step } = input;
  const { action, outcome } = STEP_NAMES[step];
  const attempted = `absence.application.${step}`;
  const absence = await tx.absence.findUnique({
    where: { id: absenceId },
    include: {
      member: { select: { id: true, fullName: true, cellId: true, locale: true, status: true, cell: true } },
      decidingUnit: { select: { id: true, code: true, name: true, kind: true, path: true } },
    },
  });

  let actor: Actor;
  let member: DecisionMember;
  const deny = async (reason: AccessRefusal): Promise<Refused<AccessRefusal>> => {
    await recordDenied(tx, { actorId, action: attempted, reason, target: { absenceId }, at: now });
    return { outcome: 'refused', reason };
  };
  if (step === 'propose' || step === 'cell-approve' || step === 'cell-reject') {
    const allowed = await authorizeCellDecision(
      tx,
      actorId,
      absence?.memberId ?? null,
      attempted,
      { absenceId },
      now,
    );
    if ('outcome' in allowed) return allowed;
    ({ actor, member } = allowed);
  } else {
    // The deciding unit's officers, or officers of a unit above it; nobody else, whatever the button says.
    const found = await loadActor(tx, actorId);
    if (!found || found.role !== 'committee_officer' || !found.officerUnit) return deny('not-allowed');
    if (!absence) return deny('not-found');
    if (!absence.decidingUnit || !officerCovers(found.officerUnit.path, absence.decidingUnit.path)) {
      return deny('out-of-scope');
    }
    actor = found;
    member = absence.member;
  }
  if (!absence) return { outcome: 'refused', reason: 'not-found' };
  const arrangement = absence.arrangement;
  if (!arrangement) return { outcome: 'refused', reason: 'not-an-application' };

  const raw = textOf(input);
  const text = raw === undefined ? null : decisionText(raw);
  if (text && 'outcome' in text) return text;

  const stage = absence.endedOn === null ? absence.applicationStatus : 'withdrawn';
  const level = decidingLevelOf(arrangement, policy);
  const next = nextStage(stage, step, level);
  if ('refused' in next) return { outcome: 'refused', reason: next.refused };

  // Proposing fixes the unit that decides, as the policy says on that day; the cell deciding itself is that unit.
  let decidingUnit = absence.decidingUnit;
  if (step === 'propose' || step === 'cell-approve') {
    const chain = await chainFromCell(tx, absence.member.cell.path);
    const unit = decidingUnitOf(chain, level);
    if (!unit) return { outcome: 'refused', reason: 'no-deciding-unit' };
    decidingUnit = unit;
  }
  const unitId = decidingUnit?.id ?? absence.member.cellId;
  const unitName = decidingUnit?.name ?? absence.member.cell.name;

  const decided = next.stage === 'approved' || next.stage === 'rejected';
  // Conditional on the stage read above: a second secretary, a second officer or a double tap changes nothing twice.
  const claimed = await tx.absence.updateMany({
    where: { id: absence.id, applicationStatus: stage, endedOn: null },
    data: {
      applicationStatus: next.stage,
      updatedAt: now,
      ...(step === 'propose'
        ? { decidingUnitId: unitId, proposedById: actor.id, proposedAt: now, proposalNote: text!.text }
        : {}),
      ...(step === 'ask-more' ? { moreAskedAt: now, moreAskedQuestion: text!.text } : {}),
      ...(step === 'cell-approve' ? { decidingUnitId: unitId } : {}),
      ...(decided ? { decidedById: actor.id, decidedAt: now, decisionNote: text?.text ?? null } : {}),
    },
  });
  if (claimed.count === 0) return { outcome: 'refused', reason: 'already-decided' };
  // No member status is written: an approved exemption or transfer takes effect on its start date, read from the
  // absence by every view (src/domain/member-state.ts); a rejected application changes nothing.

  const decision = await tx.decision.create({
    data: {
      // The unit whose decision it is: the cell for its own steps, the deciding unit for the committee's.
      unitId: step === 'propose' || step === 'cell-reject' ? member.cellId : unitId,
      memberId: member.id,
      kind: 'absence-application',
      subjectType: 'Absence',
      subjectId: absence.id,
      outcome,
      reason: text?.text ?? null,
      decidedById: actor.id,
      decidedAt: now,
    },
    select: { id: true },
  });
  const dates = {
    arrangement,
    from: calendarDateFromDb(absence.startsOn),
    until: absence.expectedEndOn ? calendarDateFromDb(absence.expectedEndOn) : '',
    unit: unitName,
  };
  const reason = text?.text ?? '';
  const toMember: Record<ApplicationStep, { key: string; args: Record<string, string> }> = {
    propose: { key: 'decision-application-proposed', args: dates },
    'cell-approve': { key: 'decision-application-approved', args: dates },
    'cell-reject': { key: 'decision-application-rejected', args: { arrangement, reason } },
    approve: { key: 'decision-application-approved-by-unit', args: dates },
    reject: { key: 'decision-application-rejected-by-unit', args: { arrangement, unit: unitName, reason } },
    'ask-more': { key: 'decision-application-more-asked', args: { arrangement, unit: unitName } },
  };
  await enqueueMessage(tx, {
    key: `decision:${decision.id}`,
    memberId: member.id,
    messageKey: toMember[step].key,
    args: toMember[step].args,
    dueAt: now,
  });
  if (secretaryToldOf(step)) {
    // The committee's answer reaches the cell that proposed: approved, rejected with the reason, or its question.
    const secretaryKey = {
      approve: 'decision-application-approved-secretary',
      reject: 'decision-application-rejected-secretary',
      'ask-more': 'decision-application-more-asked-secretary',
    }[step as 'approve' | 'reject' | 'ask-more'];
    for (const leader of await cellLeadersToTell(tx, member.cellId)) {
      await enqueueMessage(tx, {
        key: `decision:${decision.id}:cell:${leader.id}`,
        memberId: leader.id,
        messageKey: secretaryKey,
        args: { ...dates, member: member.fullName, text: reason },
        dueAt: now,
      });
    }
  }
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action,
    entity: 'Absence',
    entityId: absence.id,
    before: { applicationStatus: stage, memberId: member.id, decidingUnitId: absence.decidingUnitId },
    after: {
      applicationStatus: next.stage,
      memberId: member.id,
      decidingUnitId: unitId,
      text: text?.text ?? null,
      decisionId: decision.id,
    },
    at: now,
  });
  return {
    outcome: 'decided',
    step,
    stage: next.stage,
    decisionId: decision.id,
    absenceId: absence.id,
    memberId: member.id,
    memberName: member.fullName,
    arrangement,
    unitName,
    exemption: step === 'cell-approve' && arrangement === 'temporary_exemption',
  };
}
