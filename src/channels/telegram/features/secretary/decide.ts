// The decision buttons of an opened pending item: one tap decides, or asks for the reason, comment or note first.
import { Composer } from 'grammy';
import type { BotContext } from '../../context';
import type { PendingKind } from '../../../../records/pending';
import { isCellLeader, pressedInOwnChat, refuseButton } from './access';
import { PENDING_PATTERNS, ratingOf } from './callbacks';
import { answerDecision, type DecisionAnswer } from './outcomes';
import { askForText, type DecisionPrompt } from './prompt';

export const decide = new Composer<BotContext>();
const ACCESS_REFUSALS: readonly string[] = ['not-bound', 'not-allowed', 'out-of-scope', 'not-found'];
const chat = decide.chatType('private');

chat.callbackQuery(/^pd:/, async (ctx, next) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'pending.button');
  await next();
});

/** The pressed keyboard goes away once used, so the same decision is not offered twice on screen. */
async function clearKeyboard(ctx: BotContext): Promise<void> {
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
}

/** Asks for a text only while the item still awaits this cell; otherwise says why, as a decision would. */
export async function promptIfPending(
  ctx: BotContext,
  kind: PendingKind,
  id: number,
  prompt: (memberName: string, askedAt: string) => DecisionPrompt,
): Promise<void> {
  const state = await ctx.deps.records.pending.stillPending(ctx.member!.id, kind, id);
  if (state.outcome === 'refused') {
    await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  if (state.outcome === 'decided') {
    await clearKeyboard(ctx);
    await ctx.reply(ctx.t('sec-already-decided'));
    return;
  }
  await askForText(ctx, prompt(state.memberName, ctx.deps.records.decisions.now().toISOString()));
}

/**
 * Answers a one-tap decision: a refusal the secretary cannot fix (another cell, a forged id, no longer a leader)
 * is an alert on the button, like any refused button; anything else is a message saying what happened.
 */
export async function finishTap(ctx: BotContext, answer: DecisionAnswer): Promise<void> {
  const { result } = answer;
  if (result.outcome === 'refused' && ACCESS_REFUSALS.includes(result.reason)) {
    await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  if (
    result.outcome !== 'refused' ||
    result.reason === 'already-decided' ||
    result.reason === 'already-arranged' ||
    result.reason === 'committee-decides'
  ) {
    await clearKeyboard(ctx);
  }
  await answerDecision(ctx, answer);
}

chat.callbackQuery(PENDING_PATTERNS.decide, async (ctx) => {
  const action = ctx.match[1];
  const id = Number(ctx.match[2]);
  const actorId = ctx.member!.id;
  const { decisions } = ctx.deps.records;
  switch (action) {
    case 'approve':
      // Only where the policy leaves the decision to the cell; otherwise the records refuse it.
      return finishTap(ctx, {
        kind: 'step',
        result: await decisions.applicationStep(actorId, id, { step: 'cell-approve' }),
      });
    case 'propose':
      return promptIfPending(ctx, 'application', id, (memberName, askedAt) => ({
        action: 'propose',
        absenceId: id,
        memberName,
        askedAt,
      }));
    case 'confirm':
      return finishTap(ctx, {
        kind: 'fee',
        result: await decisions.decidePayment(actorId, id, { confirm: true }),
      });
    case 'later':
      return finishTap(ctx, {
        kind: 'review',
        result: await decisions.decideReview(actorId, id, { absent: true }),
      });
    case 'reject':
      return promptIfPending(ctx, 'application', id, (memberName, askedAt) => ({
        action: 'reject',
        absenceId: id,
        memberName,
        askedAt,
      }));
    case 'dispute':
      return promptIfPending(ctx, 'fee', id, (memberName, askedAt) => ({
        action: 'dispute',
        paymentId: id,
        memberName,
        askedAt,
      }));
    case 'contacted':
      return promptIfPending(ctx, 'request', id, (memberName, askedAt) => ({
        action: 'contacted',
        requestId: id,
        memberName,
        askedAt,
      }));
  }
});

chat.callbackQuery(PENDING_PATTERNS.rate, async (ctx) => {
  const id = Number(ctx.match[2]);
  const rating = ratingOf(ctx.match[1]);
  await promptIfPending(ctx, 'review', id, (memberName, askedAt) => ({
    action: 'rate',
    reviewId: id,
    rating,
    memberName,
    askedAt,
  }));
});

chat.callbackQuery(PENDING_PATTERNS.arrangement, async (ctx) => {
  const kind = ctx.match[1] === 'late' ? 'late' : 'advance';
  const result = await ctx.deps.records.decisions.approveFeeArrangement(
    ctx.member!.id,
    Number(ctx.match[2]),
    kind,
  );
  await finishTap(ctx, { kind: 'arrangement', result });
});
