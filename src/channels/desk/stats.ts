// /stats [unit-code] [year]: a committee officer's statistics of their subtree, with a line per child unit.
import { childStatsLine, statsSummaryLines } from '../../presentation/unit-stats';
import { isOfficerScope, refusedCommand } from './access';
import { chunkLines } from './chunk-lines';
import type { DeskEnv, DeskReply } from './screen';

function parseArgs(args: string): { code?: string; year?: number } {
  const parts = args
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  const year = parts.find((part) => /^\d{4}$/.test(part));
  const code = parts.find((part) => part !== year);
  return { ...(code ? { code } : {}), ...(year ? { year: Number(year) } : {}) };
}

export async function statsCommand(env: DeskEnv, args: string): Promise<DeskReply[]> {
  if (!isOfficerScope(env.member)) return refusedCommand(env, 'stats.read', 'officer');
  const { code, year } = parseArgs(args);
  const result = await env.records.stats.forOfficer(env.member.id, code, {
    ...(year ? { year } : {}),
    zone: env.homeTimezone,
  });
  if (result.outcome !== 'computed')
    return [{ type: 'message', text: env.t('officer-stats-refused', { code: code ?? '' }) }];
  const { statistics } = result;
  const lines = [
    env.t('officer-stats-title', {
      unit: statistics.unit.name,
      year: String(statistics.year),
      asOf: env.formats.localTime(statistics.asOf),
    }),
    '',
    ...statsSummaryLines(env.t, statistics),
  ];
  if (statistics.children.length > 0) {
    lines.push('', env.t('officer-stats-children'));
    for (const child of statistics.children) lines.push(childStatsLine(env.t, child.unit, child.counts));
  }
  lines.push('', env.t('officer-stats-footer'));
  return chunkLines(lines).map((text) => ({ type: 'message', text }));
}
