// /full_exemption <card or name>: the secretary or deputy records the grassroots committee's decision to exempt a
// member from work and activities (old age, poor health), or its end. The records re-check role, cell and state.
import { Composer, InlineKeyboard } from 'grammy';
import { viewFormats } from './format';
import type { BotContext } from '../../context';
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
import { FULL_EXEMPTION_PATTERN, fullExemptionData, MEMBER_PICK_PATTERN, pickedMember } from './callbacks';
import { lookupMember } from './lookup';

export const fullExemption = new Composer<BotContext>();
const chat = fullExemption.chatType('private');

async function askWhich(ctx: BotContext, memberId: number, name: string): Promise<void> {
  await acknowledge(ctx);
  const keyboard = new InlineKeyboard()
    .text(ctx.t('sec-full-exemption-button-age'), fullExemptionData('age', memberId))
    .row()
    .text(ctx.t('sec-full-exemption-button-health'), fullExemptionData('health', memberId))
    .row()
    .text(ctx.t('sec-full-exemption-button-end'), fullExemptionData('end', memberId));
  await ctx.reply(ctx.t('sec-full-exemption-ask', { name }), { reply_markup: keyboard });
}

chat.command('full_exemption', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'full-exemption.request', 'leader');
  const found = await lookupMember(ctx, ctx.match, 'exempt');
  if (found) await askWhich(ctx, found.id, found.fullName);
});

chat.callbackQuery(MEMBER_PICK_PATTERN, async (ctx, next) => {
  const memberId = pickedMember(ctx, 'exempt');
  if (memberId === undefined) return next();
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'full-exemption.request');
  // The member's cell and the presser's role read again: a button is only a hint.
  const found = await ctx.deps.records.roster.memberOfCell(ctx.member.id, memberId, 'full-exemption.request');
  if (found.outcome === 'refused') return answerRefused(ctx);
  await askWhich(ctx, found.member.id, found.member.fullName);
});

chat.callbackQuery(FULL_EXEMPTION_PATTERN, async (ctx) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'full-exemption.decide');
  const { choice, memberId } = decodeDeskActionOf('full-exemption', ctx.callbackQuery.data)!;
  const { decisions } = ctx.deps.records;
  if (choice === 'end') {
    const ended = await decisions.endFullExemption(ctx.member.id, memberId);
    if (ended.outcome === 'refused') {
      if (ended.reason !== 'not-exempt') return answerRefused(ctx);
      await acknowledge(ctx);
      await ctx.reply(ctx.t('sec-full-exemption-not-exempt'));
      return;
    }
    await acknowledge(ctx);
    await closeQuestion(ctx, 'full-exemption');
    await ctx.reply(
      ctx.t('sec-full-exemption-ended', {
        name: ended.memberName,
        until: (await viewFormats(ctx)).date(ended.endsOn),
      }),
    );
    return;
  }
  const recorded = await decisions.recordFullExemption(ctx.member.id, memberId, choice);
  if (recorded.outcome === 'refused') {
    if (recorded.reason !== 'already-exempt') return answerRefused(ctx);
    await acknowledge(ctx);
    await ctx.reply(ctx.t('sec-full-exemption-already'));
    return;
  }
  await acknowledge(ctx);
  await closeQuestion(ctx, 'full-exemption');
  await ctx.reply(
    ctx.t('sec-full-exemption-recorded', {
      name: recorded.memberName,
      reason: choice,
      from: (await viewFormats(ctx)).date(recorded.startsOn),
    }),
  );
});
