// /unlink <card or name>: removes a member's chat connection after they changed phone, so a new invite can bind the
// new account. Asks for confirmation; the records re-check everything when the secretary confirms.
import { Composer, InlineKeyboard } from 'grammy';
import { DateTime } from 'luxon';
import type { BotContext } from '../../context';
import { viewFormats } from './format';
import type { ConnectedMember } from '../../../../records/connections';
import {
  acknowledge,
  answerRefused,
  closeQuestion,
  isCellLeader,
  pressedInOwnChat,
  refuseButton,
  refuseCommand,
} from './access';
import { decodeDeskActionOf } from '../../../desk/actions';
import { MEMBER_PICK_PATTERN, memberPickData, pickedMember, UNLINK_PATTERNS, unlinkData } from './callbacks';
import { lookupMember } from './lookup';

export const unlink = new Composer<BotContext>();
const chat = unlink.chatType('private');

/** The day the member's first chat was bound, on the cell's calendar. */
async function boundOn(ctx: BotContext, member: ConnectedMember): Promise<string> {
  const first = member.connections[0];
  const day = DateTime.fromJSDate(first.boundAt).setZone(ctx.deps.config.homeTimezone).toISODate()!;
  return (await viewFormats(ctx)).date(day);
}

async function askToConfirm(ctx: BotContext, memberId: number): Promise<void> {
  const found = await ctx.deps.records.connections.forLeader(ctx.member!.id, memberId);
  if (found.outcome === 'refused') return answerRefused(ctx);
  await acknowledge(ctx);
  if (found.outcome === 'self') {
    await ctx.reply(ctx.t('sec-unlink-self'));
    return;
  }
  const { member } = found;
  if (member.connections.length === 0) {
    await ctx.reply(ctx.t('sec-unlink-not-connected', { name: member.fullName }), {
      reply_markup: inviteButton(ctx, member.id),
    });
    return;
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t('sec-unlink-button-confirm'), unlinkData.confirm(member.id, member.connections[0].id))
    .row()
    .text(ctx.t('sec-unlink-button-cancel'), unlinkData.cancel(member.id));
  await ctx.reply(
    ctx.t('sec-unlink-confirm', {
      name: member.fullName,
      card: member.cardNumber,
      since: await boundOn(ctx, member),
    }),
    { reply_markup: keyboard },
  );
}

/** After an unlink the secretary's next step is a new invite: the same button /invite's choice of a name uses. */
function inviteButton(ctx: BotContext, memberId: number): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t('sec-unlink-button-invite'), memberPickData('invite', memberId));
}

chat.command('unlink', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'unlink.request', 'leader');
  const found = await lookupMember(ctx, ctx.match, 'unlink');
  if (found) await askToConfirm(ctx, found.id);
});

chat.callbackQuery(MEMBER_PICK_PATTERN, async (ctx, next) => {
  const memberId = pickedMember(ctx, 'unlink');
  if (memberId === undefined) return next();
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'unlink.request');
  await askToConfirm(ctx, memberId);
});

chat.callbackQuery(UNLINK_PATTERNS.confirm, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'unlink.confirm');
  const { memberId, connectionId } = decodeDeskActionOf('unlink-confirm', ctx.callbackQuery.data)!;
  const result = await ctx.deps.records.connections.unlinkByLeader(ctx.member.id, memberId, connectionId);
  switch (result.outcome) {
    case 'refused':
      return answerRefused(ctx);
    case 'self':
      await acknowledge(ctx);
      await ctx.reply(ctx.t('sec-unlink-self'));
      return;
    case 'stale':
      await ctx.answerCallbackQuery({ text: ctx.t('sec-unlink-stale'), show_alert: true });
      await closeQuestion(ctx, 'unlink');
      return;
    case 'unlinked': {
      await acknowledge(ctx);
      await closeQuestion(ctx, 'unlink');
      const { member } = result;
      ctx.log.info({ memberId: member.id, chats: member.connections.length }, 'chat connection removed');
      // The old chat keeps the menu of a bound member until told otherwise; best effort, the records are done.
      for (const connection of member.connections) {
        if (connection.channel !== 'telegram') continue;
        await ctx.api
          .deleteMyCommands({ scope: { type: 'chat', chat_id: Number(connection.externalId) } })
          .catch((error: unknown) => ctx.log.warn({ err: error }, "could not reset the old chat's menu"));
      }
      await ctx.reply(ctx.t('sec-unlink-done', { name: member.fullName }), {
        reply_markup: inviteButton(ctx, member.id),
      });
      return;
    }
  }
});

chat.callbackQuery(UNLINK_PATTERNS.cancel, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'unlink.confirm');
  await acknowledge(ctx);
  await closeQuestion(ctx, 'unlink');
  await ctx.reply(ctx.t('sec-unlink-cancelled'));
});
