// The steps of a departure application (DOMAIN duty 3): the cell proposes by resolution, the deciding level decides.
import type { DecidingLevel, Policy } from './policy';

export type ApplicationArrangement =
  'seasonal' | 'temporary_transfer' | 'temporary_exemption' | 'official_transfer';

export type UnitLevel = 'province' | 'district' | 'grassroots' | 'cell';

/** Levels from the top; a parent always ranks lower than its child (a level may be skipped). */
export const LEVEL_RANK: Record<UnitLevel, number> = { province: 0, district: 1, grassroots: 2, cell: 3 };

/** Where an application is: with the cell, with the deciding level, or decided. */
export type ApplicationStage =
  'not_required' | 'submitted' | 'proposed' | 'approved' | 'rejected' | 'withdrawn';

/**
 * What may be done to an application: the cell proposes it (with its resolution), approves or rejects it itself when
 * it decides, or declines to propose it; the deciding level approves, rejects, or asks the cell for more.
 */
export type ApplicationStep = 'propose' | 'cell-approve' | 'cell-reject' | 'approve' | 'reject' | 'ask-more';

/** Steps the cell takes; the others belong to the deciding level's officers. */
export const CELL_STEPS: readonly ApplicationStep[] = ['propose', 'cell-approve', 'cell-reject'];

export type StepRefusal =
  /** Decided, withdrawn, or not waiting for this side any more. */
  | 'already-decided'
  /** The cell decides this kind itself: there is nobody to propose to. */
  | 'cell-decides'
  /** A committee decides this kind: the cell proposes, it does not approve. */
  | 'committee-decides'
  /** Nobody decides this kind (seasonal work). */
  | 'not-an-application';

export type StepOutcome = { stage: ApplicationStage } | { refused: StepRefusal };

/** The level that decides an arrangement under the policy (a committee may delegate to its cells). */
export function decidingLevelOf(arrangement: ApplicationArrangement, policy: Pick<Policy, 'applications'>) {
  const { applications } = policy;
  const level: Record<ApplicationArrangement, DecidingLevel> = {
    seasonal: applications.seasonalDecidedBy,
    temporary_transfer: applications.temporaryTransferDecidedBy,
    temporary_exemption: applications.temporaryExemptionDecidedBy,
    official_transfer: applications.officialTransferDecidedBy,
  };
  return level[arrangement];
}

/**
 * The unit that decides for a member of the cell at the head of `chainFromCell` (the cell, its parent, ... the root):
 * the nearest unit of the deciding level, or the nearest above it when the tree skips that level. Undefined when
 * nobody decides, or no unit of that level or above exists.
 */
export function decidingUnitOf<U extends { kind: UnitLevel }>(
  chainFromCell: readonly U[],
  level: DecidingLevel,
): U | undefined {
  if (level === 'none') return undefined;
  if (level === 'cell') return chainFromCell[0];
  return chainFromCell.slice(1).find((unit) => LEVEL_RANK[unit.kind] <= LEVEL_RANK[level]);
}

/**
 * The unit the cell's overdue business escalates to (product rule 12): the grassroots committee above the cell, or
 * the nearest unit above when the tree has none.
 */
export function escalationUnitOf<U extends { kind: UnitLevel }>(chainFromCell: readonly U[]): U | undefined {
  return decidingUnitOf(chainFromCell, 'grassroots');
}

/** The stage an application moves to by a step, or why the step cannot be taken now. */
export function nextStage(stage: ApplicationStage, step: ApplicationStep, level: DecidingLevel): StepOutcome {
  if (level === 'none' || stage === 'not_required') return { refused: 'not-an-application' };
  if (CELL_STEPS.includes(step)) {
    if (stage !== 'submitted') return { refused: 'already-decided' };
    if (step === 'cell-reject') return { stage: 'rejected' };
    if (step === 'propose') return level === 'cell' ? { refused: 'cell-decides' } : { stage: 'proposed' };
    return level === 'cell' ? { stage: 'approved' } : { refused: 'committee-decides' };
  }
  if (stage !== 'proposed') return { refused: 'already-decided' };
  if (step === 'approve') return { stage: 'approved' };
  if (step === 'reject') return { stage: 'rejected' };
  // Asked for more: back with the cell, which proposes again with what was asked.
  return { stage: 'submitted' };
}

/** Who is told of a step besides the member (always told): the secretary hears what the committee did. */
export function secretaryToldOf(step: ApplicationStep): boolean {
  return !CELL_STEPS.includes(step);
}

/** Whether an officer working for `officerUnitPath` may see and decide what `decidingUnitPath` decides. */
export function officerCovers(officerUnitPath: string, decidingUnitPath: string): boolean {
  return decidingUnitPath === officerUnitPath || decidingUnitPath.startsWith(`${officerUnitPath}/`);
}
