// /dashboard: a single-use sign-in link to the committee web dashboard, for an officer or a cell's secretary or deputy.
import { Composer } from 'grammy';
import type { BotContext } from '../context';

export const dashboard = new Composer<BotContext>();

dashboard.chatType('private').command('dashboard', async (ctx) => {
  if (!ctx.member) {
    await ctx.reply(ctx.t('forms-unbound'));
    return;
  }
  const { records, config } = ctx.deps;
  // The records decide from the role they hold now, not from the menu the chat was shown.
  const link = await records.dashboard.issueLink(ctx.member.id, {
    id: ctx.member.id,
    label: ctx.member.fullName,
  });
  if (link.outcome !== 'issued') {
    await records.access.denied({ actorId: ctx.member.id, action: 'dashboard.link', reason: 'not-allowed' });
    await ctx.reply(ctx.t('dashboard-bot-not-allowed'));
    return;
  }
  await ctx.reply(
    ctx.t('dashboard-bot-link', {
      url: `${config.publicUrl}/dashboard/sign-in?token=${link.token}`,
      minutes: records.policy.dashboard.linkLifetimeMinutes,
    }),
    // A preview would fetch the page (harmless, the button uses the link) but show the token to the chat's cache.
    { link_preview_options: { is_disabled: true } },
  );
});
