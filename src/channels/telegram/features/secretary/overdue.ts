// /overdue: who in the cell is late on what, most at risk first (removal review, two unpaid months, two absences
// without a reason, lapsed absence, no contact).
import { Composer } from 'grammy';
import type { OverdueEntry, OverdueReason } from '../../../../records/roster';
import type { BotContext } from '../../context';
import { isCellLeader, refuseCommand } from './access';
import type { ReaderFormats } from '../../../../presentation/formats';
import { viewFormats } from './format';
import { chunkLines } from '../../../desk/chunk-lines';

export const overdue = new Composer<BotContext>();

function reasonText(ctx: BotContext, f: ReaderFormats, entry: OverdueEntry, reason: OverdueReason): string {
  const { standing, meetingAbsences: meetings } = entry;
  return ctx.t('sec-overdue-reason', {
    reason,
    ground: entry.removalGround ?? 'fees',
    absences: meetings.unexcused,
    days: meetings.days.map((day) => f.date(day)).join(', '),
    year: String(meetings.year),
    unpaid: standing.fees.unpaidCount,
    months: f.months(standing.fees.unpaidMonths),
    missed: standing.checkIn.missedMonthsRunning,
    ended: f.dateOr(standing.absence?.expectedEndOn, '-'),
    away: standing.absence?.monthsAway ?? 0,
  });
}

overdue.chatType('private').command('overdue', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'overdue.read', 'leader');
  const result = await ctx.deps.records.roster.overdue(ctx.member.id);
  if (result.outcome === 'refused') return refuseCommand(ctx, 'overdue.read', 'leader');
  if (result.entries.length === 0) {
    await ctx.reply(ctx.t('sec-overdue-none', { cell: ctx.member.cellName }));
    return;
  }
  const formats = await viewFormats(ctx);
  const lines = [
    ctx.t('sec-overdue-header', { cell: ctx.member.cellName, count: result.entries.length }),
    '',
  ];
  result.entries.forEach((entry, index) => {
    lines.push(
      ctx.t('sec-overdue-member', { number: index + 1, name: entry.fullName, card: entry.cardNumber }),
    );
    for (const reason of entry.reasons) lines.push(`   • ${reasonText(ctx, formats, entry, reason)}`);
  });
  lines.push('', ctx.t('sec-overdue-footer'));
  for (const text of chunkLines(lines)) await ctx.reply(text);
});
