// The answer to an update whose handling failed: a short apology in the member's language (the default when it is
// unknown), as a reply to a message or as an alert on a pressed button. It needs neither the session nor ctx.t.
import { GrammyError } from 'grammy';
import { isLocale, type Locale } from '../../i18n';
import type { RecentChatLocales } from './chat-locales';
import type { BotContext, BotDeps } from './context';

export function localeForApology(ctx: BotContext, deps: BotDeps, chatLocales: RecentChatLocales): Locale {
  const known = ctx.member?.locale;
  if (isLocale(known)) return known;
  const remembered = ctx.chat ? chatLocales.of(ctx.chat.id) : undefined;
  if (remembered) return remembered;
  const phone = ctx.from?.language_code;
  return isLocale(phone) ? phone : deps.config.defaultLocale;
}

export async function apologise(ctx: BotContext, locale: Locale, deps: BotDeps): Promise<void> {
  const text = deps.translate(locale, 'error-internal');
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text, show_alert: true }).catch(() => undefined);
  } else if (ctx.chat?.type === 'private' && ctx.message) {
    await ctx.reply(text).catch(() => undefined);
  }
}

/**
 * Telegram refusing a call the bot made for a member who left (blocked the bot, deleted the chat), for a button
 * pressed too long ago to answer, or for a message already as asked is ordinary traffic, not a fault of homecell.
 */
export function isOrdinaryRefusal(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  return (
    error.error_code === 403 ||
    /chat not found|query is too old|query id is invalid|message is not modified/i.test(error.description)
  );
}
