// /pending and its decisions on Telegram: the channel-neutral screens of src/channels/desk, shown as buttons.
import { Composer } from 'grammy';
import { deskActionPattern, decodeDeskAction } from '../../../desk/actions';
import { pendingCommand } from '../../../desk/pending';
import { pressDesk } from '../../../desk/press';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';
import { pressedInOwnChat, refuseButton } from './access';

export const pending = new Composer<BotContext>();
const chat = pending.chatType('private');

chat.command('pending', async (ctx) => showDesk(ctx, await pendingCommand(await deskEnv(ctx))));

const PENDING_ACTIONS = deskActionPattern(
  'pending-page',
  'pending-open',
  'pending-decide',
  'pending-rate',
  'fee-arrangement',
  'officer-page',
  'officer-open',
  'officer-decide',
);

chat.callbackQuery(PENDING_ACTIONS, async (ctx) => {
  const data = ctx.callbackQuery.data;
  const action = decodeDeskAction(data)!;
  // A press on a message of another chat: the presser's role says nothing about that chat's buttons.
  if (!pressedInOwnChat(ctx))
    return refuseButton(ctx, action.type.startsWith('officer') ? 'officer.pending.button' : 'pending.button');
  const replies = await pressDesk(await deskEnv(ctx), action);
  if (replies) await showDesk(ctx, replies);
});
