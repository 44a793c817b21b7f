// Drops an update that was already handled (Telegram re-delivers after timeouts and restarts).
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const deduplicate: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { processedUpdates } = ctx.deps.records;
  const updateId = ctx.update.update_id;
  if (!(await processedUpdates.claim('telegram', updateId))) {
    ctx.log.info('duplicate update ignored');
    return;
  }
  try {
    await next();
  } catch (error) {
    // A failed update may be retried by Telegram (webhook) and must then be handled, not skipped.
    await processedUpdates.release('telegram', updateId).catch(() => undefined);
    throw error;
  }
};
