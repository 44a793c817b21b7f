// /start [code]: binds the chat to the member an invite was issued for, or greets a bound member.
import { Composer } from 'grammy';
import type { RedeemResult } from '../../../records/invites';
import type { BotContext } from '../context';
import { syncCommandMenu } from '../middlewares/command-menu';
import { replyWithHome } from '../home';

export const start = new Composer<BotContext>();

/** The admins read of an attack in the log: counts only, never a code. */
function reportWrongTry(ctx: BotContext, result: RedeemResult): void {
  if (result.outcome !== 'invalid' && result.outcome !== 'used' && result.outcome !== 'expired') return;
  if (result.globalLimitReached) {
    ctx.log.warn(
      result.globalLimitReached,
      'invite codes: the wrong tries of all chats reached the limit; every code is refused for a while',
    );
  }
  if (result.cellTold !== undefined) {
    ctx.log.warn(
      { cellId: result.cellTold, state: result.outcome },
      "invite codes: a cell's used or expired code was tried; its secretary is told",
    );
  }
}

start.chatType('private').command('start', async (ctx) => {
  const code = ctx.match.trim();
  if (ctx.member) {
    await syncCommandMenu(ctx, true);
    if (code) await ctx.reply(ctx.t('start-already-bound', { name: ctx.member.fullName }));
    else await replyWithHome(ctx, ctx.deps.clock);
    return;
  }
  if (!code) {
    await ctx.reply(ctx.t('start-unbound'));
    return;
  }
  const result = await ctx.deps.records.invites.redeem(code, 'telegram', String(ctx.from.id));
  reportWrongTry(ctx, result);
  switch (result.outcome) {
    case 'bound': {
      ctx.member = await ctx.deps.records.members.findByChat('telegram', String(ctx.from.id));
      // The member's stored language wins over whatever the chat used before binding.
      await ctx.i18n.renegotiateLocale();
      ctx.session.locale = undefined;
      // Forced: a chat bound again after an unlink still remembers the menu it had, which the unlink removed.
      await syncCommandMenu(ctx, true);
      await ctx.reply(ctx.t('start-welcome', { name: ctx.member!.fullName, cell: ctx.member!.cellName }));
      ctx.log.info({ memberId: result.memberId }, 'chat bound to member');
      return;
    }
    case 'invalid':
      await ctx.reply(
        result.lockedMinutes !== undefined
          ? ctx.t('start-code-invalid-locked', { minutes: result.lockedMinutes })
          : ctx.t('start-code-invalid', { remaining: result.remainingTries }),
      );
      return;
    case 'used':
      await ctx.reply(ctx.t('start-code-used'));
      return;
    case 'expired':
      await ctx.reply(ctx.t('start-code-expired'));
      return;
    case 'cooldown':
      await ctx.reply(ctx.t('start-cooldown', { minutes: result.minutes }));
      return;
    case 'paused':
      await ctx.reply(ctx.t('start-invites-paused', { minutes: result.minutes }));
      return;
    case 'member-has-other-chat':
      await ctx.reply(ctx.t('start-member-has-other-chat', { name: result.memberName }));
      return;
    case 'member-inactive':
      await ctx.reply(ctx.t('start-member-inactive'));
      return;
    case 'chat-already-bound':
      // Bound between loading the member and redeeming (a double tap): greet as bound.
      await ctx.reply(ctx.t('start-welcome-back', { name: '', cell: '' }));
      return;
  }
});
