// Fluent translations from locales/<lang>/*.ftl; Vietnamese first, English second. Channel-neutral: the scheduler,
// the CLI and every channel translate through this; the Telegram bot's per-update plugin is channels/telegram/i18n.ts.
import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const SUPPORTED_LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const LOCALES_DIR = path.resolve(__dirname, '..', 'locales');

/** Unicode isolation marks around variables show up as stray boxes on older phones. */
export const FLUENT_BUNDLE_OPTIONS = { useIsolating: false } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The translator the scheduler, the CLI and the channels use, given the reader's locale. */
export type Translate = (locale: string, key: string, variables?: Record<string, string | number>) => string;

/** Every locale's messages, read once. A broken .ftl file stops the start with the file named. */
export interface Translations {
  defaultLocale: Locale;
  t(locale: string, key: string, variables?: Record<string, FluentVariable>): string;
}

function loadBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, FLUENT_BUNDLE_OPTIONS);
  const dir = path.join(LOCALES_DIR, locale);
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ftl'))
    .sort()) {
    const errors = bundle.addResource(new FluentResource(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (errors.length > 0) throw new Error(`locales/${locale}/${file}: ${errors.map(String).join('; ')}`);
  }
  return bundle;
}

export function createI18n(defaultLocale: Locale): Translations {
  const bundles = new Map(SUPPORTED_LOCALES.map((locale) => [locale, loadBundle(locale)]));
  return {
    defaultLocale,
    t(locale, key, variables) {
      // The reader's language, then the default one; a key in neither shows as {key}, as the bot's plugin does.
      for (const candidate of [isLocale(locale) ? locale : defaultLocale, defaultLocale]) {
        const bundle = bundles.get(candidate)!;
        const message = bundle.getMessage(key);
        if (message?.value) return bundle.formatPattern(message.value, variables);
      }
      return `{${key}}`;
    },
  };
}

export function translator(translations: Translations, defaultLocale: Locale): Translate {
  return (locale, key, variables) =>
    translations.t(isLocale(locale) ? locale : defaultLocale, key, variables);
}
