// The decisions of an opened pending item on every channel: one choice decides, or asks for the reason, comment or
// note first; the typed answer then decides. The question is kept by the channel (restart-safe) and expires.
import { DECISION_TEXT_MAX_CHARS } from '../../records/decisions';
import type { PendingKind } from '../../records/pending';
import { isLeaderScope, isOfficerScope, refusedByRecords, refusedCommand } from './access';
import type { DeskActionOf } from './actions';
import { decisionOutcome, type DecisionAnswer } from './outcomes';
import type { DecisionPrompt, DeskEnv, DeskReply } from './screen';

const ACCESS_REFUSALS: readonly string[] = ['not-bound', 'not-allowed', 'out-of-scope', 'not-found'];

/** A reason typed a day later is no longer an answer to the decision chosen. */
const PROMPT_TTL_MS = 24 * 3_600_000;

/** Answered by the deciding unit's officers; the other questions by the cell's secretary or deputy. */
const OFFICER_ACTIONS: ReadonlySet<DecisionPrompt['action']> = new Set(['officer-reject', 'ask-more']);

const QUESTION: Record<DecisionPrompt['action'], string> = {
  reject: 'sec-prompt-reject',
  propose: 'sec-prompt-propose',
  'officer-reject': 'officer-prompt-reject',
  'ask-more': 'officer-prompt-ask-more',
  dispute: 'sec-prompt-dispute',
  rate: 'sec-prompt-rate',
  contacted: 'sec-prompt-contacted',
};

type PromptOf = (memberName: string, askedAt: string) => DecisionPrompt;

/** Asks for a text only while the item still awaits this reader; otherwise says why, as a decision would. */
async function promptIfPending(
  env: DeskEnv,
  kind: PendingKind,
  id: number,
  prompt: PromptOf,
): Promise<DeskReply[]> {
  const state = await env.records.pending.stillPending(env.member!.id, kind, id);
  if (state.outcome === 'refused') return refusedByRecords(env);
  if (state.outcome === 'decided')
    return [{ type: 'close-actions' }, { type: 'message', text: env.t('sec-already-decided') }];
  const asked = prompt(state.memberName, env.records.decisions.now().toISOString());
  env.prompt.set(asked);
  const rating = asked.action === 'rate' ? env.t('lbl-rating', { rating: asked.rating }) : '';
  return [
    {
      type: 'message',
      text: env.t(QUESTION[asked.action], { name: asked.memberName, rating, max: DECISION_TEXT_MAX_CHARS }),
    },
  ];
}

/**
 * A one-choice decision: a refusal the reader cannot fix (another cell, a forged id, no longer a leader) reads as
 * any refused action; otherwise the spent choices are closed and the outcome said.
 */
function finishTap(env: DeskEnv, answer: DecisionAnswer): DeskReply[] {
  const { result } = answer;
  if (result.outcome === 'refused' && ACCESS_REFUSALS.includes(result.reason)) return refusedByRecords(env);
  const spent =
    result.outcome !== 'refused' ||
    result.reason === 'already-decided' ||
    result.reason === 'already-arranged' ||
    result.reason === 'committee-decides';
  return [...(spent ? [{ type: 'close-actions' as const }] : []), decisionOutcome(env, answer)];
}

/** A cell leader's (checked by the caller) decision on an item of /pending, or the fee arrangement offered after an approval. */
export async function cellDecision(
  env: DeskEnv,
  action: DeskActionOf<'pending-decide' | 'pending-rate' | 'fee-arrangement'>,
): Promise<DeskReply[]> {
  const actorId = env.member!.id;
  const { decisions } = env.records;
  const { id } = action;
  if (action.type === 'pending-rate') {
    const { rating } = action;
    return promptIfPending(env, 'review', id, (memberName, askedAt) => ({
      action: 'rate',
      reviewId: id,
      rating,
      memberName,
      askedAt,
    }));
  }
  if (action.type === 'fee-arrangement')
    return finishTap(env, {
      kind: 'arrangement',
      result: await decisions.approveFeeArrangement(actorId, id, action.kind),
    });
  switch (action.verb) {
    case 'approve':
      // Only where the policy leaves the decision to the cell; otherwise the records refuse it.
      return finishTap(env, {
        kind: 'step',
        result: await decisions.applicationStep(actorId, id, { step: 'cell-approve' }),
      });
    case 'confirm':
      return finishTap(env, {
        kind: 'fee',
        result: await decisions.decidePayment(actorId, id, { confirm: true }),
      });
    case 'later':
      return finishTap(env, {
        kind: 'review',
        result: await decisions.decideReview(actorId, id, { absent: true }),
      });
    case 'propose':
    case 'reject': {
      const asked = action.verb;
      return promptIfPending(env, 'application', id, (memberName, askedAt) => ({
        action: asked,
        absenceId: id,
        memberName,
        askedAt,
      }));
    }
    case 'dispute':
      return promptIfPending(env, 'fee', id, (memberName, askedAt) => ({
        action: 'dispute',
        paymentId: id,
        memberName,
        askedAt,
      }));
    case 'contacted':
      return promptIfPending(env, 'request', id, (memberName, askedAt) => ({
        action: 'contacted',
        requestId: id,
        memberName,
        askedAt,
      }));
  }
}

/** The deciding unit's officer (checked by the caller) on a proposed application: approve at once, or reject / ask the cell, with a text. */
export async function officerDecision(
  env: DeskEnv,
  action: DeskActionOf<'officer-decide'>,
): Promise<DeskReply[]> {
  const { id } = action;
  if (action.verb === 'approve')
    return finishTap(env, {
      kind: 'step',
      result: await env.records.decisions.applicationStep(env.member!.id, id, { step: 'approve' }),
    });
  const asked = action.verb === 'reject' ? 'officer-reject' : 'ask-more';
  return promptIfPending(env, 'application', id, (memberName, askedAt) => ({
    action: asked,
    absenceId: id,
    memberName,
    askedAt,
  }));
}

async function decideWithText(env: DeskEnv, prompt: DecisionPrompt, text: string): Promise<DecisionAnswer> {
  const { decisions } = env.records;
  const actorId = env.member!.id;
  switch (prompt.action) {
    case 'reject':
      return {
        kind: 'step',
        result: await decisions.applicationStep(actorId, prompt.absenceId, {
          step: 'cell-reject',
          reason: text,
        }),
      };
    case 'propose':
      return {
        kind: 'step',
        result: await decisions.applicationStep(actorId, prompt.absenceId, { step: 'propose', note: text }),
      };
    case 'officer-reject':
      return {
        kind: 'step',
        result: await decisions.applicationStep(actorId, prompt.absenceId, { step: 'reject', reason: text }),
      };
    case 'ask-more':
      return {
        kind: 'step',
        result: await decisions.applicationStep(actorId, prompt.absenceId, {
          step: 'ask-more',
          question: text,
        }),
      };
    case 'dispute':
      return {
        kind: 'fee',
        result: await decisions.decidePayment(actorId, prompt.paymentId, { confirm: false, reason: text }),
      };
    case 'rate':
      return {
        kind: 'review',
        result: await decisions.decideReview(actorId, prompt.reviewId, {
          rating: prompt.rating,
          comment: text,
        }),
      };
    case 'contacted':
      return { kind: 'request', result: await decisions.markContacted(actorId, prompt.requestId, text) };
  }
}

/** What a reader sends while a question is open: its text, a command, or something that is not text. */
export type PromptInput =
  { type: 'text'; text: string } | { type: 'command'; command: string } | { type: 'other' };

/**
 * The answer to the open question, or undefined when none is open (or a command other than /cancel ends it and
 * goes on to its own feature).
 */
export async function answerPrompt(env: DeskEnv, input: PromptInput): Promise<DeskReply[] | undefined> {
  const prompt = env.prompt.get();
  if (!prompt) return undefined;
  if (input.type === 'command') {
    // Any command ends the question; /cancel says so, others go on to their feature.
    env.prompt.clear();
    return input.command === 'cancel'
      ? [{ type: 'message', text: env.t('sec-prompt-cancelled') }]
      : undefined;
  }
  const age = env.records.decisions.now().getTime() - Date.parse(prompt.askedAt);
  if (!(age >= 0 && age < PROMPT_TTL_MS)) {
    env.prompt.clear();
    return [{ type: 'message', text: env.t('sec-prompt-expired') }];
  }
  const officerAction = OFFICER_ACTIONS.has(prompt.action);
  if (officerAction ? !isOfficerScope(env.member) : !isLeaderScope(env.member)) {
    // Demoted between the choice and the text: the role is read from the records on every update.
    env.prompt.clear();
    return refusedCommand(env, `decision.${prompt.action}`, officerAction ? 'officer' : 'leader');
  }
  if (input.type === 'other') return [{ type: 'message', text: env.t('sec-prompt-text-only') }];
  const { text } = input;
  const answer = await decideWithText(env, prompt, text);
  const { result } = answer;
  if (
    result.outcome === 'refused' &&
    (result.reason === 'text-missing' || result.reason === 'text-too-long')
  ) {
    // The question stays open: the reader sends a shorter (or any) text, or /cancel.
    return [
      {
        type: 'message',
        text: env.t(result.reason === 'text-missing' ? 'sec-prompt-empty' : 'sec-prompt-too-long', {
          length: text.trim().length,
          max: DECISION_TEXT_MAX_CHARS,
        }),
      },
    ];
  }
  env.prompt.clear();
  // Forgotten before the reader sees the outcome: after a kill the next text must not answer this question again.
  await env.prompt
    .save()
    .catch((error: unknown) => env.log.warn({ err: error }, 'could not store the session'));
  return [decisionOutcome(env, answer)];
}
