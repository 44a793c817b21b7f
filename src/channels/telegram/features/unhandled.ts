// Registered last: a clear answer to anything no feature handled, writing nothing.
import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { replyWithHome } from '../home';

export const unhandled = new Composer<BotContext>();
const private_ = unhandled.chatType('private');

private_.command('cancel', async (ctx) => {
  await ctx.reply(ctx.t('unhandled-cancel-nothing'));
});

private_.on('message:text', async (ctx) => {
  const command = ctx.entities('bot_command').find((entity) => entity.offset === 0);
  if (command) {
    await ctx.reply(ctx.t('unhandled-unknown-command', { command: command.text.split('@')[0] }));
    return;
  }
  // A member who writes without a command is shown where they stand and what they can do now.
  if (ctx.member) await replyWithHome(ctx, ctx.deps.clock);
  else await ctx.reply(ctx.t('unhandled-text'));
});

private_.on('message', async (ctx) => {
  await ctx.reply(ctx.t('unhandled-media'));
});

private_.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('unhandled-stale-button'), show_alert: true });
});
