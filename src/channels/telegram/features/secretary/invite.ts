// /invite <card or name>: a fresh one-time invite deep link for a member of the secretary's own cell.
import { Composer } from 'grammy';
import type { BotContext } from '../../context';
import {
  acknowledge,
  answerRefused,
  isCellLeader,
  pressedInOwnChat,
  refuseButton,
  refuseCommand,
} from './access';
import { MEMBER_PICK_PATTERN, pickedMember } from './callbacks';
import { viewFormats } from './format';
import { lookupMember } from './lookup';

export const invite = new Composer<BotContext>();
const chat = invite.chatType('private');

// Such a member could not redeem a code anyway (InviteRecords.redeem refuses them).
const NOT_INVITABLE = ['removed', 'left', 'transferred'];

async function issueInvite(ctx: BotContext, memberId: number): Promise<void> {
  const actor = ctx.member!;
  const found = await ctx.deps.records.roster.memberOfCell(actor.id, memberId, 'invite.issue');
  if (found.outcome === 'refused') return answerRefused(ctx);
  await acknowledge(ctx);
  const { member } = found;
  if (NOT_INVITABLE.includes(member.status)) {
    await ctx.reply(ctx.t('sec-invite-inactive', { name: member.fullName }));
    return;
  }
  const issued = await ctx.deps.records.invites.issue(member.id, { id: actor.id, label: actor.fullName });
  const link = `https://t.me/${ctx.me.username}?start=${issued.code}`;
  await ctx.reply(
    ctx.t('sec-invite-issued', {
      name: member.fullName,
      card: member.cardNumber,
      link,
      code: issued.code,
      expires: (await viewFormats(ctx)).localTime(issued.expiresAt),
      connected: member.connected ? 'yes' : 'no',
    }),
    { link_preview_options: { is_disabled: true } },
  );
}

chat.command('invite', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'invite.issue', 'leader');
  const found = await lookupMember(ctx, ctx.match, 'invite');
  if (found) await issueInvite(ctx, found.id);
});

chat.callbackQuery(MEMBER_PICK_PATTERN, async (ctx, next) => {
  const memberId = pickedMember(ctx, 'invite');
  if (memberId === undefined) return next();
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'invite.issue');
  await issueInvite(ctx, memberId);
});
