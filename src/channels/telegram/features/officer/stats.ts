// /stats [unit-code] [year]: a committee officer's statistics of their subtree, with a line per child unit.
import { Composer } from 'grammy';
import { childStatsLine, statsSummaryLines } from '../../../../presentation/unit-stats';
import type { BotContext } from '../../context';
import { isOfficer, refuseCommand } from '../secretary/access';
import { viewFormats } from '../secretary/format';
import { chunkLines } from '../../../desk/chunk-lines';

export const stats = new Composer<BotContext>();

function parseArgs(args: string): { code?: string; year?: number } {
  const parts = args
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  const year = parts.find((part) => /^\d{4}$/.test(part));
  const code = parts.find((part) => part !== year);
  return { ...(code ? { code } : {}), ...(year ? { year: Number(year) } : {}) };
}

stats.chatType('private').command('stats', async (ctx) => {
  if (!isOfficer(ctx)) return refuseCommand(ctx, 'stats.read', 'officer');
  const { code, year } = parseArgs(ctx.match);
  const result = await ctx.deps.records.stats.forOfficer(ctx.member.id, code, {
    ...(year ? { year } : {}),
    zone: ctx.deps.config.homeTimezone,
  });
  if (result.outcome !== 'computed') {
    await ctx.reply(ctx.t('officer-stats-refused', { code: code ?? '' }));
    return;
  }
  const { statistics } = result;
  const lines = [
    ctx.t('officer-stats-title', {
      unit: statistics.unit.name,
      year: String(statistics.year),
      asOf: (await viewFormats(ctx)).localTime(statistics.asOf),
    }),
    '',
    ...statsSummaryLines(ctx.t, statistics),
  ];
  if (statistics.children.length > 0) {
    lines.push('', ctx.t('officer-stats-children'));
    for (const child of statistics.children) lines.push(childStatsLine(ctx.t, child.unit, child.counts));
  }
  lines.push('', ctx.t('officer-stats-footer'));
  for (const text of chunkLines(lines)) await ctx.reply(text);
});
