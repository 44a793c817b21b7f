// Fluent translations from locales/<lang>/*.ftl; Vietnamese first, English second.
import path from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';

export const SUPPORTED_LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const LOCALES_DIR = path.resolve(__dirname, '..', 'locales');

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function createI18n<C extends Context>(
  defaultLocale: Locale,
  localeNegotiator?: (ctx: C) => string | undefined | Promise<string | undefined>,
): I18n<C> {
  return new I18n<C>({
    defaultLocale,
    directory: LOCALES_DIR,
    // Unicode isolation marks around variables show up as stray boxes on older phones.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator,
  });
}

/** The translator the scheduler and CLI use, where there is no incoming update. */
export type Translate = (locale: string, key: string, variables?: Record<string, string | number>) => string;

export function translator<C extends Context>(i18n: I18n<C>, defaultLocale: Locale): Translate {
  return (locale, key, variables) => i18n.t(isLocale(locale) ? locale : defaultLocale, key, variables);
}
