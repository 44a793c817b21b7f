// The reader's formats in a Telegram update: their language, instants on the cell's clock (the home zone).
import { readerFormats, type ReaderFormats } from '../../../../presentation/formats';
import type { BotContext } from '../../context';

/** Dates, months, amounts in the reader's language; instants on the cell's clock (the home zone), where they work. */
export async function viewFormats(ctx: BotContext): Promise<ReaderFormats> {
  return readerFormats(await ctx.i18n.getLocale(), ctx.deps.config.homeTimezone, ctx.deps.translate);
}
