// The bot serves members one to one; in a group it says so once and then stays silent.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const privateOnly: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (!ctx.chat || ctx.chat.type === 'private') return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery();
    return;
  }
  if (ctx.chat.type === 'channel' || ctx.session.groupNoticeSent) return;
  ctx.session.groupNoticeSent = true;
  await ctx.reply(ctx.t('private-only'));
};
