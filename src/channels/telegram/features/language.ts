// /language: switch between Vietnamese and English; stored on the member record once the chat is bound.
import { Composer, InlineKeyboard } from 'grammy';
import { SUPPORTED_LOCALES, isLocale } from '../../../i18n';
import type { BotContext } from '../context';
import { syncCommandMenu } from '../middlewares/command-menu';

export const language = new Composer<BotContext>();
const CALLBACK = /^language:set:([a-z]{2})$/;

language.chatType('private').command('language', async (ctx) => {
  const keyboard = new InlineKeyboard();
  for (const locale of SUPPORTED_LOCALES)
    keyboard.text(ctx.t(`language-name-${locale}`), `language:set:${locale}`);
  await ctx.reply(ctx.t('language-choose'), { reply_markup: keyboard });
});

language.chatType('private').callbackQuery(CALLBACK, async (ctx) => {
  const locale = ctx.match[1];
  if (!isLocale(locale)) {
    await ctx.answerCallbackQuery({ text: ctx.t('unhandled-stale-button') });
    return;
  }
  if (ctx.member) {
    await ctx.deps.records.members.setLocale(ctx.member.id, locale);
    ctx.member.locale = locale;
    await syncCommandMenu(ctx);
  } else {
    ctx.session.locale = locale;
  }
  ctx.i18n.useLocale(locale);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('language-changed')).catch(() => ctx.reply(ctx.t('language-changed')));
});
