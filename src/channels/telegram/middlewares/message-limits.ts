// Refuses texts longer than a Telegram message before any feature reads them.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const MAX_MESSAGE_LENGTH = 4096;

export const messageLimits: MiddlewareFn<BotContext> = async (ctx, next) => {
  const text = ctx.message?.text ?? ctx.message?.caption;
  if (text && text.length > MAX_MESSAGE_LENGTH) {
    await ctx.reply(ctx.t('unhandled-too-long', { length: text.length, max: MAX_MESSAGE_LENGTH }));
    return;
  }
  await next();
};
