// Stores each update in the inbox before it is handled and marks it handled after: a re-delivered update is dropped,
// and one whose handling a kill cut short is handled again by the inbox's take-over (see ../update-processor.ts).
import type { MiddlewareFn } from 'grammy';
import type { Update } from 'grammy/types';
import { fingerprintOf, UPDATE_LEASE_MS } from '../../../records/inbound-updates';
import type { BotContext } from '../context';

/** Renew the lease well before it runs out, so a long handler (an export) is never taken over while it works. */
const RENEW_EVERY_MS = UPDATE_LEASE_MS / 3;

/** Updates already stored and leased by this process (the webhook stores before answering; take-overs lease). */
export type ClaimedUpdates = WeakSet<Update>;

export function telegramFingerprint(update: Update): string {
  return fingerprintOf(update, 'update_id');
}

export function inbox(claimed: ClaimedUpdates): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { inboundUpdates } = ctx.deps.records;
    const updateId = String(ctx.update.update_id);
    if (!claimed.has(ctx.update)) {
      const fresh = await inboundUpdates.claim({
        channel: 'telegram',
        updateId,
        fingerprint: telegramFingerprint(ctx.update),
        payload: ctx.update,
      });
      if (!fresh) {
        ctx.log.info('update already received, not handled again');
        return;
      }
    }
    const renewal = setInterval(() => {
      inboundUpdates
        .renew('telegram', updateId)
        .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not renew the update lease'));
    }, RENEW_EVERY_MS);
    try {
      await next();
    } finally {
      clearInterval(renewal);
      // Handled, refused or answered with an apology: in every case it must not be handled again.
      await inboundUpdates
        .finish('telegram', updateId)
        .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not mark the update handled'));
    }
  };
}
