// "<name or card number>" after /member, /invite, /unlink and /export: one member found, a choice of several, or a clear no.
import { InlineKeyboard } from 'grammy';
import type { FoundMember } from '../../../../records/roster';
import type { BotContext } from '../../context';
import { refuseCommand } from './access';
import { memberPickData } from './callbacks';

export type LookupPurpose = 'record' | 'invite' | 'review' | 'unlink' | 'exempt';

/** Resolves the query within the caller's scope; replies itself unless exactly one member is found. */
export async function lookupMember(
  ctx: BotContext,
  query: string,
  purpose: LookupPurpose,
): Promise<FoundMember | undefined> {
  if (query.trim() === '') {
    await ctx.reply(ctx.t('sec-lookup-usage', { purpose }));
    return undefined;
  }
  const result = await ctx.deps.records.roster.find(ctx.member!.id, query, { action: `lookup.${purpose}` });
  switch (result.outcome) {
    case 'found':
      return result.member;
    case 'refused':
      await refuseCommand(ctx, `lookup.${purpose}`, 'records');
      return undefined;
    case 'none':
      await ctx.reply(ctx.t('sec-lookup-none', { query: query.trim().slice(0, 100) }));
      return undefined;
    case 'ambiguous': {
      const keyboard = new InlineKeyboard();
      for (const member of result.candidates) {
        keyboard.text(`${member.fullName} · ${member.cardNumber}`, memberPickData(purpose, member.id)).row();
      }
      await ctx.reply(ctx.t('sec-lookup-ambiguous', { count: result.candidates.length }), {
        reply_markup: keyboard,
      });
      return undefined;
    }
  }
}
