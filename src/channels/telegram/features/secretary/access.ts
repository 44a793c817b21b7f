// Role gates of the cell's and committee's commands: typed guards on the member the records say is behind the chat.
import { isLeaderScope, isOfficerScope, type LeaderScope, type OfficerScope } from '../../../desk/access';
import type { BotContext } from '../../context';

export type { LeaderScope, OfficerScope };

/** ctx.member is loaded from the records on every update, so a demoted secretary fails this at once. */
export function isCellLeader<C extends BotContext>(ctx: C): ctx is C & { member: LeaderScope } {
  return isLeaderScope(ctx.member);
}

/** Cell leaders and officers: the roles that may look at other members' records (each within their scope). */
export function canReadRecords<C extends BotContext>(
  ctx: C,
): ctx is C & { member: LeaderScope | OfficerScope } {
  return isCellLeader(ctx) || isOfficerScope(ctx.member);
}

function actorOf(ctx: BotContext): { actorId: number | null; actorLabel?: string } {
  if (ctx.member) return { actorId: ctx.member.id };
  return { actorId: null, actorLabel: `telegram:${ctx.from?.id ?? 'unknown'}` };
}

/** A command the caller's role does not allow: a clear answer, and an audit event naming who tried. */
export async function refuseCommand(
  ctx: BotContext,
  action: string,
  needs: 'leader' | 'officer' | 'records',
): Promise<void> {
  await ctx.deps.records.access.denied({
    ...actorOf(ctx),
    action,
    reason: ctx.member ? 'not-allowed' : 'not-bound',
  });
  ctx.log.warn({ action, memberId: ctx.member?.id }, 'command refused');
  if (!ctx.member) {
    await ctx.reply(ctx.t('access-unbound'));
    return;
  }
  await ctx.reply(ctx.t(`access-${needs}-only`));
}

/** A button the caller may not press (demoted, another chat's message, forged): refused and audited, nothing shown. */
export async function refuseButton(ctx: BotContext, action: string): Promise<void> {
  await ctx.deps.records.access.denied({
    ...actorOf(ctx),
    action,
    reason: ctx.member ? 'not-allowed' : 'not-bound',
    target: { data: ctx.callbackQuery?.data ?? null },
  });
  ctx.log.warn({ action, memberId: ctx.member?.id }, 'button refused');
  await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
}

/** A press on a message of another chat: the presser's role says nothing about that chat's buttons. */
export function pressedInOwnChat(ctx: BotContext): boolean {
  return ctx.chat?.id !== undefined && ctx.chat.id === ctx.from?.id;
}

/** A refusal the records gave: an alert on a pressed button, a message after a command. */
export async function answerRefused(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
  else await ctx.reply(ctx.t('access-button-refused'));
}

/** Clears the spinner on a pressed button once the records allowed the action. */
export async function acknowledge(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
}

/** A question answered loses its buttons, so it cannot be pressed twice by mistake; best effort, the records are done. */
export async function closeQuestion(ctx: BotContext, question: string): Promise<void> {
  await ctx
    .editMessageReplyMarkup({ reply_markup: undefined })
    .catch((error: unknown) => ctx.log.warn({ err: error }, `could not close the ${question} question`));
}
