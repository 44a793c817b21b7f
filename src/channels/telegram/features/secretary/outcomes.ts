// Tells the secretary (or the deciding unit's officer) how a decision went: done (and what the member will be told), or why nothing changed.
import { InlineKeyboard } from 'grammy';
import type { ApplicationStep } from '../../../../domain/applications';
import type {
  ApplicationStepResult,
  FeeArrangementResult,
  FeeDecisionResult,
  RequestDecisionResult,
  ReviewDecisionResult,
} from '../../../../records/decisions';
import type { BotContext } from '../../context';
import { pendingData } from './callbacks';
import { viewFormats } from './format';

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

export async function answerDecision(ctx: BotContext, answer: DecisionAnswer): Promise<void> {
  const { result } = answer;
  if (result.outcome === 'refused') {
    const { key, args } = refusalKey(result.reason);
    await ctx.reply(ctx.t(key, args));
    return;
  }
  switch (answer.kind) {
    case 'step': {
      const done = answer.result as Extract<ApplicationStepResult, { outcome: 'decided' }>;
      const args = { arrangement: done.arrangement, name: done.memberName, unit: done.unitName };
      const text = ctx.t(DONE_KEYS[done.step], args);
      if (!done.exemption) {
        await ctx.reply(text);
        return;
      }
      // An exemption the cell approved itself is when paying late or in advance may be allowed (QĐ 01-QĐ/TW 2026).
      const keyboard = new InlineKeyboard()
        .text(ctx.t('sec-button-fee-late'), pendingData.arrangement('late', done.absenceId))
        .row()
        .text(ctx.t('sec-button-fee-advance'), pendingData.arrangement('advance', done.absenceId));
      await ctx.reply(`${text}\n\n${ctx.t('sec-offer-fee-arrangement')}`, { reply_markup: keyboard });
      return;
    }
    case 'fee': {
      const done = answer.result as Extract<FeeDecisionResult, { outcome: 'decided' }>;
      await ctx.reply(
        ctx.t(done.confirmed ? 'sec-done-confirmed' : 'sec-done-disputed', {
          name: done.memberName,
          months: (await viewFormats(ctx)).months(done.months),
        }),
      );
      return;
    }
    case 'review': {
      const done = answer.result as Extract<ReviewDecisionResult, { outcome: 'decided' }>;
      await ctx.reply(
        done.rating
          ? ctx.t('sec-done-rated', {
              name: done.memberName,
              year: String(done.year),
              rating: ctx.t('lbl-rating', { rating: done.rating }),
            })
          : ctx.t('sec-done-later', { name: done.memberName, year: String(done.year) }),
      );
      return;
    }
    case 'request': {
      const done = answer.result as Extract<RequestDecisionResult, { outcome: 'decided' }>;
      await ctx.reply(ctx.t('sec-done-contacted', { name: done.memberName }));
      return;
    }
    case 'arrangement': {
      const done = answer.result as Extract<FeeArrangementResult, { outcome: 'approved' }>;
      const formats = await viewFormats(ctx);
      await ctx.reply(
        ctx.t('sec-done-fee-arrangement', {
          kind: done.kind,
          name: done.memberName,
          from: formats.month(done.firstMonth),
          to: formats.month(done.lastMonth),
        }),
      );
      return;
    }
  }
}
