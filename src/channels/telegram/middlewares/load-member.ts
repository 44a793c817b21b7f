// Loads the member bound to this chat from the records; roles always come from there, never from the chat.
import type { MiddlewareFn } from 'grammy';
import { isLocale } from '../../../i18n';
import type { RecentChatLocales } from '../chat-locales';
import type { BotContext } from '../context';

/** Remembers the member's language too, for an apology when the records cannot be read on a later update. */
export function loadMember(chatLocales: RecentChatLocales): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.from && ctx.chat?.type === 'private') {
      ctx.member = await ctx.deps.records.members.findByChat('telegram', String(ctx.from.id));
      if (ctx.member && isLocale(ctx.member.locale)) chatLocales.remember(ctx.chat.id, ctx.member.locale);
    }
    await next();
  };
}
