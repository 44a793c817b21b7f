// Keeps Telegram's command menu in step with the caller's role and language.
import type { Api } from 'grammy';
import type { Translate } from '../../i18n';
import { SUPPORTED_LOCALES, type Locale } from '../../i18n';
import { commandsFor, descriptionKey, type Audience } from './commands';

function menu(translate: Translate, locale: string, audience: Audience) {
  return commandsFor(audience).map(({ command }) => ({
    command,
    description: translate(locale, descriptionKey(command, audience)),
  }));
}

/** The menu a chat sees before it is bound: in the default language, and in English for English phones. */
export async function setDefaultCommandMenus(
  api: Api,
  translate: Translate,
  defaultLocale: Locale,
): Promise<void> {
  await api.setMyCommands(menu(translate, defaultLocale, 'unbound'));
  for (const locale of SUPPORTED_LOCALES) {
    if (locale === defaultLocale) continue;
    await api.setMyCommands(menu(translate, locale, 'unbound'), { language_code: locale });
  }
}

/** A bound chat's own menu: its role's commands in the member's language. */
export async function setChatCommandMenu(
  api: Api,
  translate: Translate,
  chatId: number,
  locale: string,
  audience: Audience,
): Promise<void> {
  await api.setMyCommands(menu(translate, locale, audience), { scope: { type: 'chat', chat_id: chatId } });
}
