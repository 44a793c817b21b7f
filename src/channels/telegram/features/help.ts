// /help: the commands of the caller's role, or how to get an invite when the chat is not bound.
import { Composer } from 'grammy';
import { audienceOf, commandsFor, descriptionKey } from '../commands';
import type { BotContext } from '../context';

export const help = new Composer<BotContext>();

help.chatType('private').command('help', async (ctx) => {
  if (!ctx.member) {
    await ctx.reply(ctx.t('help-unbound'));
    return;
  }
  const audience = audienceOf(ctx.member);
  const lines = commandsFor(audience).map(({ command }) =>
    ctx.t('help-line', { command, description: ctx.t(descriptionKey(command, audience)) }),
  );
  await ctx.reply([ctx.t('help-header'), '', ...lines, '', ctx.t('help-footer')].join('\n'));
});
