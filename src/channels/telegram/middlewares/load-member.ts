// Loads the member bound to this chat from the records; roles always come from there, never from the chat.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const loadMember: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.from && ctx.chat?.type === 'private') {
    ctx.member = await ctx.deps.records.members.findByChat('telegram', String(ctx.from.id));
  }
  await next();
};
