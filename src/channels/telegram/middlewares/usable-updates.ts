// Lets through only the updates the bot serves (messages, button presses, block/unblock) from a user in a chat;
// anything else (inline queries, polls, edits, channel posts, a button on an inline message, a malformed update) is
// skipped quietly. NUL characters are taken out of every text first: PostgreSQL stores none.
import type { MiddlewareFn } from 'grammy';
import { withoutNul } from '../../../records/inbound-updates';
import type { BotContext } from '../context';

export const SERVED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** What every served update must carry for the bot to answer it; Telegram always sends it, a forger may not. */
function wellFormed(ctx: BotContext): boolean {
  const { chat, from } = ctx;
  if (!chat || !from || from.is_bot) return false;
  if (!Number.isSafeInteger(chat.id) || typeof chat.type !== 'string' || !Number.isSafeInteger(from.id))
    return false;
  if (ctx.message && !Number.isSafeInteger(ctx.message.message_id)) return false;
  if (ctx.callbackQuery && (typeof ctx.callbackQuery.id !== 'string' || ctx.callbackQuery.id === ''))
    return false;
  return true;
}

export const usableUpdates: MiddlewareFn<BotContext> = async (ctx, next) => {
  const served = SERVED_UPDATES.some((kind) => ctx.update[kind] !== undefined);
  if (!served || !wellFormed(ctx)) {
    ctx.log.debug({ kinds: Object.keys(ctx.update) }, 'update the bot does not serve, skipped');
    return;
  }
  withoutNul(ctx.update);
  await next();
};
