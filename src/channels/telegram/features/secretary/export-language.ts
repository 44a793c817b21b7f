// The words, locale and zone an export is written in: the reader's own language, so a document reads like the chat.
import type { ExportLanguage } from '../../../../records/exports';
import type { BotContext } from '../../context';

export async function languageOf(ctx: BotContext): Promise<ExportLanguage> {
  return {
    t: (key, args) => ctx.t(key, args),
    locale: await ctx.i18n.getLocale(),
    zone: ctx.deps.config.homeTimezone,
  };
}
