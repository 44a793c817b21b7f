// The typed reason, comment, resolution or question for a decision (the secretary's, or the deciding unit officer's):
// asked after a button, kept in the session, restart-safe.
import { Composer } from 'grammy';
import type { Rating } from '../../../../generated/prisma/client';
import { DECISION_TEXT_MAX_CHARS } from '../../../../records/decisions';
import type { BotContext } from '../../context';
import { isCellLeader, isOfficer, refuseCommand } from './access';
import { answerDecision, type DecisionAnswer } from './outcomes';

/** What the next text answers; plain JSON in the session, so a restart between button and text loses nothing. */
export type DecisionPrompt =
  | { action: 'reject'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'propose'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'officer-reject'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'ask-more'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'dispute'; paymentId: number; memberName: string; askedAt: string }
  | { action: 'rate'; reviewId: number; rating: Rating; memberName: string; askedAt: string }
  | { action: 'contacted'; requestId: number; memberName: string; askedAt: string };

declare module '../../context' {
  interface SessionData {
    /** A decision waiting for the secretary's typed reason, comment or note. */
    decisionPrompt?: DecisionPrompt;
  }
}

/** A reason typed a day later is no longer an answer to the button pressed. */
const PROMPT_TTL_MS = 24 * 3_600_000;

/** Answered by the deciding unit's officers; the other prompts by the cell's secretary or deputy. */
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

export async function askForText(ctx: BotContext, prompt: DecisionPrompt): Promise<void> {
  ctx.session.decisionPrompt = prompt;
  const rating = prompt.action === 'rate' ? ctx.t('lbl-rating', { rating: prompt.rating }) : '';
  await ctx.reply(
    ctx.t(QUESTION[prompt.action], { name: prompt.memberName, rating, max: DECISION_TEXT_MAX_CHARS }),
  );
}

async function decide(ctx: BotContext, prompt: DecisionPrompt, text: string): Promise<DecisionAnswer> {
  const { decisions } = ctx.deps.records;
  const actorId = ctx.member!.id;
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

/** Registered before the forms: while a reason is asked for, the next text is that reason, not a form answer. */
export const decisionPrompts = new Composer<BotContext>();

decisionPrompts.chatType('private').on('message', async (ctx, next) => {
  const prompt = ctx.session.decisionPrompt;
  if (!prompt) return next();
  const command = ctx.entities('bot_command').find((entity) => entity.offset === 0);
  if (command) {
    // Any command ends the question; /cancel says so, others go on to their feature.
    delete ctx.session.decisionPrompt;
    if (command.text.split('@')[0] === '/cancel') {
      await ctx.reply(ctx.t('sec-prompt-cancelled'));
      return;
    }
    return next();
  }
  const age = ctx.deps.records.decisions.now().getTime() - Date.parse(prompt.askedAt);
  if (!(age >= 0 && age < PROMPT_TTL_MS)) {
    delete ctx.session.decisionPrompt;
    await ctx.reply(ctx.t('sec-prompt-expired'));
    return;
  }
  const officerAction = OFFICER_ACTIONS.has(prompt.action);
  if (officerAction ? !isOfficer(ctx) : !isCellLeader(ctx)) {
    // Demoted between the button and the text: the role is read from the records on every update.
    delete ctx.session.decisionPrompt;
    return refuseCommand(ctx, `decision.${prompt.action}`, officerAction ? 'officer' : 'leader');
  }
  const text = ctx.message.text;
  if (text === undefined) {
    await ctx.reply(ctx.t('sec-prompt-text-only'));
    return;
  }
  const answer = await decide(ctx, prompt, text);
  const { result } = answer;
  if (
    result.outcome === 'refused' &&
    (result.reason === 'text-missing' || result.reason === 'text-too-long')
  ) {
    // The question stays open: the secretary sends a shorter (or any) text, or /cancel.
    await ctx.reply(
      ctx.t(result.reason === 'text-missing' ? 'sec-prompt-empty' : 'sec-prompt-too-long', {
        length: text.trim().length,
        max: DECISION_TEXT_MAX_CHARS,
      }),
    );
    return;
  }
  delete ctx.session.decisionPrompt;
  // Forgotten before the secretary reads the outcome: after a kill the next text must not answer this question again.
  await ctx
    .saveSession()
    .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not store the session'));
  await answerDecision(ctx, answer);
});
