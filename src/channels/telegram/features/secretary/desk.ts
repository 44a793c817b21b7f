// The cell's and committee's channel-neutral screens (src/channels/desk) on Telegram: /pending, /members, /member,
// /overdue, /invite, /unlink, /stats, /full_exemption, /end_absence, /export and their buttons.
import { Composer } from 'grammy';
import { decodeDeskAction, deskActionPattern, type DeskAction } from '../../../desk/actions';
import { endAbsenceCommand } from '../../../desk/end-absence';
import { exportCommand } from '../../../desk/export';
import { fullExemptionCommand } from '../../../desk/full-exemption';
import { inviteCommand } from '../../../desk/invite';
import { memberCommand } from '../../../desk/member-record';
import { pendingCommand } from '../../../desk/pending';
import { pressDesk } from '../../../desk/press';
import { membersCommand, overdueCommand } from '../../../desk/roster';
import { statsCommand } from '../../../desk/stats';
import { unlinkCommand } from '../../../desk/unlink';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';
import { pressedInOwnChat, refuseButton } from './access';

export const desk = new Composer<BotContext>();
const chat = desk.chatType('private');

chat.command('pending', async (ctx) => showDesk(ctx, await pendingCommand(await deskEnv(ctx))));
chat.command('members', async (ctx) => showDesk(ctx, await membersCommand(await deskEnv(ctx))));
chat.command('member', async (ctx) => showDesk(ctx, await memberCommand(await deskEnv(ctx), ctx.match)));
chat.command('overdue', async (ctx) => showDesk(ctx, await overdueCommand(await deskEnv(ctx))));
chat.command('invite', async (ctx) => showDesk(ctx, await inviteCommand(await deskEnv(ctx), ctx.match)));
chat.command('unlink', async (ctx) => showDesk(ctx, await unlinkCommand(await deskEnv(ctx), ctx.match)));
chat.command('stats', async (ctx) => showDesk(ctx, await statsCommand(await deskEnv(ctx), ctx.match)));
chat.command('full_exemption', async (ctx) =>
  showDesk(ctx, await fullExemptionCommand(await deskEnv(ctx), ctx.match)),
);
chat.command('export', async (ctx) => {
  // Building a record book takes a while: Telegram shows "sending a file…" meanwhile.
  await ctx.replyWithChatAction('upload_document').catch(() => undefined);
  await showDesk(ctx, await exportCommand(await deskEnv(ctx), ctx.match));
});
chat.command('end_absence', async (ctx) =>
  showDesk(ctx, await endAbsenceCommand(await deskEnv(ctx), ctx.match)),
);

const DESK_ACTIONS = deskActionPattern(
  'pending-page',
  'pending-open',
  'pending-decide',
  'pending-rate',
  'fee-arrangement',
  'officer-page',
  'officer-open',
  'officer-decide',
  'member-pick',
  'full-exemption',
  'unlink-confirm',
  'unlink-cancel',
);

/** The audit's name of a press refused because it came from another chat. */
function refusedAs(action: DeskAction): string {
  switch (action.type) {
    case 'officer-page':
    case 'officer-open':
    case 'officer-decide':
      return 'officer.pending.button';
    case 'member-pick':
      return {
        record: 'record.read',
        invite: 'invite.issue',
        unlink: 'unlink.request',
        exempt: 'full-exemption.request',
        review: 'export.review-pdf',
      }[action.purpose];
    case 'full-exemption':
      return 'full-exemption.decide';
    case 'unlink-confirm':
    case 'unlink-cancel':
      return 'unlink.confirm';
    default:
      return 'pending.button';
  }
}

chat.callbackQuery(DESK_ACTIONS, async (ctx) => {
  const action = decodeDeskAction(ctx.callbackQuery.data)!;
  // A press on a message of another chat: the presser's role says nothing about that chat's buttons.
  if (!pressedInOwnChat(ctx)) return refuseButton(ctx, refusedAs(action));
  await showDesk(ctx, await pressDesk(await deskEnv(ctx), action));
});
