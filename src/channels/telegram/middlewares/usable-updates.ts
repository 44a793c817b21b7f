// Lets through only the updates the bot serves (messages, button presses, block/unblock) from a user in a chat;
// anything else (inline queries, polls, edits, channel posts, a button on an inline message) is skipped quietly.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const SERVED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export const usableUpdates: MiddlewareFn<BotContext> = async (ctx, next) => {
  const served = SERVED_UPDATES.some((kind) => ctx.update[kind] !== undefined);
  if (!served || !ctx.chat || !ctx.from || ctx.from.is_bot) {
    ctx.log.debug({ kinds: Object.keys(ctx.update) }, 'update the bot does not serve, skipped');
    return;
  }
  await next();
};
