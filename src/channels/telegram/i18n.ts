// The Telegram bot's translations per update (ctx.t, ctx.i18n): grammY's Fluent plugin over the same locale files.
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import { FLUENT_BUNDLE_OPTIONS, LOCALES_DIR, type Locale } from '../../i18n';

export function createBotI18n<C extends Context>(
  defaultLocale: Locale,
  localeNegotiator?: (ctx: C) => string | undefined | Promise<string | undefined>,
): I18n<C> {
  return new I18n<C>({
    defaultLocale,
    directory: LOCALES_DIR,
    fluentBundleOptions: FLUENT_BUNDLE_OPTIONS,
    localeNegotiator,
  });
}
