// /end_absence <card or name> <date>: the cell records that a member's absence ended (on or before today: the member
// is home from that day, and the return report is owed) or that an exemption now ends earlier (a later date).
import { Composer } from 'grammy';
import { DateTime } from 'luxon';
import type { CalendarDate } from '../../../../domain/periods';
import { viewFormats } from './format';
import type { BotContext } from '../../context';
import { answerRefused, isCellLeader, refuseCommand } from './access';
import { lookupMember } from './lookup';

export const endAbsence = new Composer<BotContext>();

/** "15/03/2027", "15.3.2027" or "2027-03-15" at the end of the text; the rest names the member. */
function splitDate(text: string): { query: string; day: CalendarDate } | undefined {
  const match = /\s(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$|\s(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(
    ` ${text}`,
  );
  if (!match) return undefined;
  const [year, month, day] = match[1]
    ? [Number(match[3]), Number(match[2]), Number(match[1])]
    : [Number(match[4]), Number(match[5]), Number(match[6])];
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  if (!date.isValid) return undefined;
  return { query: ` ${text}`.slice(0, match.index).trim(), day: date.toISODate() };
}

endAbsence.chatType('private').command('end_absence', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'absence.end', 'leader');
  const parsed = splitDate(ctx.match);
  if (!parsed || parsed.query === '') {
    await ctx.reply(ctx.t('sec-end-absence-usage'));
    return;
  }
  const found = await lookupMember(ctx, parsed.query, 'record');
  if (!found) return;
  const result = await ctx.deps.records.absenceChanges.endByCell(ctx.member.id, found.id, parsed.day);
  if (result.outcome === 'refused') {
    if (['not-bound', 'not-allowed', 'out-of-scope', 'not-found'].includes(result.reason))
      return answerRefused(ctx);
    await ctx.reply(ctx.t('sec-end-absence-refused', { reason: result.reason, name: found.fullName }));
    return;
  }
  await ctx.reply(
    ctx.t(result.outcome === 'ended' ? 'sec-end-absence-ended' : 'sec-end-absence-shortened', {
      name: result.memberName,
      day: (await viewFormats(ctx)).date(result.day),
      arrangements: result.arrangementsFitted,
    }),
  );
});
