// The cell's (and the deciding unit's) decisions, each one transaction: the actor re-checked, the change, a Decision row, an audit event, the member told.
import type { Clock } from '../../clock';
import type { Database } from '../../db/client';
import type { Policy } from '../../domain/policy';
import type { FeeArrangementKind } from '../../generated/prisma/client';
import { approveFeeArrangement } from './absences';
import { takeApplicationStep, type ApplicationStepInput } from './applications';
import { decidePayment, type FeeDecision } from './fees';
import { endFullExemption, recordFullExemption } from './full-exemptions';
import { markContacted } from './requests';
import { decideReview, type ReviewDecision } from './reviews';

export { DECISION_TEXT_MAX_CHARS, type DecisionRefusal } from './common';
export { RATINGS } from './reviews';
export type { FeeArrangementResult } from './absences';
export type { ApplicationStepInput, ApplicationStepResult } from './applications';
export type { FeeDecisionResult } from './fees';
export type { FullExemptionEndResult, FullExemptionResult } from './full-exemptions';
export type { RequestDecisionResult } from './requests';
export type { ReviewDecisionResult } from './reviews';

export class DecisionRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** The records' clock, so a prompt's age is measured on the same time as the decisions. */
  now(): Date {
    return this.clock();
  }

  /** A step of a departure application: the cell's proposal or own decision, or the deciding unit's decision. */
  applicationStep(actorId: number, absenceId: number, input: ApplicationStepInput, now = this.clock()) {
    return this.db.$transaction((tx) => takeApplicationStep(tx, actorId, absenceId, input, this.policy, now));
  }

  approveFeeArrangement(actorId: number, absenceId: number, kind: FeeArrangementKind, now = this.clock()) {
    return this.db.$transaction((tx) =>
      approveFeeArrangement(tx, actorId, absenceId, kind, this.policy, now),
    );
  }

  decidePayment(actorId: number, paymentId: number, decision: FeeDecision, now = this.clock()) {
    return this.db.$transaction((tx) => decidePayment(tx, actorId, paymentId, decision, now));
  }

  decideReview(actorId: number, reviewId: number, decision: ReviewDecision, now = this.clock()) {
    return this.db.$transaction((tx) => decideReview(tx, actorId, reviewId, decision, now));
  }

  /** The grassroots committee's full exemption (age, health) of a member, from today on the member's day. */
  recordFullExemption(actorId: number, memberId: number, reason: 'age' | 'health', now = this.clock()) {
    return this.db.$transaction((tx) => recordFullExemption(tx, actorId, memberId, reason, now));
  }

  /** The committee ended the member's full exemption: it ends yesterday, and the member is active from today. */
  endFullExemption(actorId: number, memberId: number, now = this.clock()) {
    return this.db.$transaction((tx) => endFullExemption(tx, actorId, memberId, now));
  }

  markContacted(actorId: number, requestId: number, note: string, now = this.clock()) {
    return this.db.$transaction((tx) => markContacted(tx, actorId, requestId, note, now));
  }
}
