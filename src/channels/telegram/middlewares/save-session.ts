// Lets a feature write the session at once instead of when the update ends: a form's end must be stored before the
// member is told it was filed, or a kill in between shows them the filed form again as unfinished.
import type { MiddlewareFn, StorageAdapter } from 'grammy';
import type { BotContext, SessionData } from '../context';

export function saveSession(
  storage: StorageAdapter<SessionData>,
  keyOf: (ctx: BotContext) => string | undefined,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.saveSession = async () => {
      const key = keyOf(ctx);
      if (key !== undefined) await storage.write(key, ctx.session);
    };
    await next();
  };
}
