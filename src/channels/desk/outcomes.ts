// Tells the secretary (or the deciding unit's officer) how a decision went: done (and what the member will be
// told), or why nothing changed.
import type { ApplicationStep } from '../../domain/applications';
import type {
  ApplicationStepResult,
  FeeArrangementResult,
  FeeDecisionResult,
  RequestDecisionResult,
  ReviewDecisionResult,
} from '../../records/decisions';
import type { DeskEnv, DeskReply } from './screen';

export type DecisionAnswer =
  | { kind: 'step'; result: ApplicationStepResult }
  | { kind: 'fee'; result: FeeDecisionResult }
  | { kind: 'review'; result: ReviewDecisionResult }
  | { kind: 'request'; result: RequestDecisionResult }
  | { kind: 'arrangement'; result: FeeArrangementResult };

/** What the secretary (cell steps) or the officer (the deciding unit's steps) reads once a step is taken. */
const DONE_KEYS: Record<ApplicationStep, string> = {
  propose: 'sec-done-proposed',
  'cell-approve': 'sec-done-approved',
  'cell-reject': 'sec-done-rejected',
  approve: 'officer-done-approved',
  reject: 'officer-done-rejected',
  'ask-more': 'officer-done-asked',
};

/** Refusals the secretary can do nothing about read alike: "not allowed or no longer valid", leaking nothing. */
function refusalKey(reason: string): { key: string; args?: Record<string, string> } {
  switch (reason) {
    case 'already-decided':
      return { key: 'sec-already-decided' };
    case 'member-exempt':
      return { key: 'sec-review-member-exempt' };
    case 'no-exemption':
    case 'already-arranged':
    case 'outlasts-exemption':
    case 'too-long':
    case 'ends-before-start':
      return { key: 'sec-arrangement-refused', args: { reason } };
    case 'cell-decides':
    case 'committee-decides':
    case 'no-deciding-unit':
    case 'not-an-application':
      return { key: 'sec-application-refused', args: { reason } };
    default:
      return { key: 'access-button-refused' };
  }
}

/** The message saying how the decision went. */
export function decisionOutcome(env: DeskEnv, answer: DecisionAnswer): DeskReply {
  const { t, formats } = env;
  const { result } = answer;
  if (result.outcome === 'refused') {
    const { key, args } = refusalKey(result.reason);
    return { type: 'message', text: t(key, args) };
  }
  switch (answer.kind) {
    case 'step': {
      const done = answer.result as Extract<ApplicationStepResult, { outcome: 'decided' }>;
      const text = t(DONE_KEYS[done.step], {
        arrangement: done.arrangement,
        name: done.memberName,
        unit: done.unitName,
      });
      if (!done.exemption) return { type: 'message', text };
      // An exemption the cell approved itself is when paying late or in advance may be allowed (QĐ 01-QĐ/TW 2026).
      return {
        type: 'message',
        text: `${text}\n\n${t('sec-offer-fee-arrangement')}`,
        buttons: [
          [
            {
              label: t('sec-button-fee-late'),
              action: { type: 'fee-arrangement', kind: 'late', id: done.absenceId },
            },
          ],
          [
            {
              label: t('sec-button-fee-advance'),
              action: { type: 'fee-arrangement', kind: 'advance', id: done.absenceId },
            },
          ],
        ],
      };
    }
    case 'fee': {
      const done = answer.result as Extract<FeeDecisionResult, { outcome: 'decided' }>;
      return {
        type: 'message',
        text: t(done.confirmed ? 'sec-done-confirmed' : 'sec-done-disputed', {
          name: done.memberName,
          months: formats.months(done.months),
        }),
      };
    }
    case 'review': {
      const done = answer.result as Extract<ReviewDecisionResult, { outcome: 'decided' }>;
      return {
        type: 'message',
        text: done.rating
          ? t('sec-done-rated', {
              name: done.memberName,
              year: String(done.year),
              rating: t('lbl-rating', { rating: done.rating }),
            })
          : t('sec-done-later', { name: done.memberName, year: String(done.year) }),
      };
    }
    case 'request': {
      const done = answer.result as Extract<RequestDecisionResult, { outcome: 'decided' }>;
      return { type: 'message', text: t('sec-done-contacted', { name: done.memberName }) };
    }
    case 'arrangement': {
      const done = answer.result as Extract<FeeArrangementResult, { outcome: 'approved' }>;
      return {
        type: 'message',
        text: t('sec-done-fee-arrangement', {
          kind: done.kind,
          name: done.memberName,
          from: formats.month(done.firstMonth),
          to: formats.month(done.lastMonth),
        }),
      };
    }
  }
}
