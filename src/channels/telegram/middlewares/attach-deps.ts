// First middleware: puts the dependencies and a logger tagged with the update id on the context.
import type { MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../context';

export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id });
    await next();
  };
}
