// Sends a bound member their home (standing in two lines, a button per thing due): /start, or a text the bot did not
// expect.
import type { Clock } from '../../clock';
import { memberHome } from '../member-home';
import type { BotContext } from './context';
import { telegramMessage } from './outbound';

export async function replyWithHome(ctx: BotContext, clock: Clock): Promise<void> {
  const member = ctx.member!;
  const standing = await ctx.deps.records.standing.standingOf(member.id, clock());
  const locale = await ctx.i18n.getLocale();
  const view = memberHome(standing, member, locale, ctx.deps.translate);
  const message = telegramMessage(view, locale, ctx.deps.translate);
  await ctx.reply(message.text, message.keyboard ? { reply_markup: message.keyboard } : {});
}
