// /status: the member's own standing, in their language and time zone.
import { Composer } from 'grammy';
import type { Clock } from '../../../clock';
import { standingReport } from '../../standing-report';
import type { BotContext } from '../context';

export function statusFeature(clock: Clock): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('status', async (ctx) => {
    if (!ctx.member) {
      await ctx.reply(ctx.t('forms-unbound'));
      return;
    }
    const standing = await ctx.deps.records.standing.standingOf(ctx.member.id, clock());
    await ctx.reply(standingReport(standing, ctx.member, await ctx.i18n.getLocale(), ctx.deps.translate));
  });
  return composer;
}
