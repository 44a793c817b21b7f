// The Telegram side of the desk's gates: a press counts only in the presser's own chat, and a refused press is
// audited and answered as every desk refusal is (src/channels/desk/access.ts), as an alert on the button.
import { refusedAction } from '../../../desk/access';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';

/** A press on a message of another chat: the presser's role says nothing about that chat's buttons. */
export function pressedInOwnChat(ctx: BotContext): boolean {
  return ctx.chat?.id !== undefined && ctx.chat.id === ctx.from?.id;
}

/** A button the caller may not press (another chat's message, forged): refused and audited, nothing shown. */
export async function refuseButton(ctx: BotContext, action: string): Promise<void> {
  await showDesk(ctx, await refusedAction(await deskEnv(ctx), action, ctx.callbackQuery?.data ?? null));
}
