// A unit's statistics as a table: one row per child unit and a total row, with the check-in and meeting attendance
// rates as percentages.
import { STATS_COUNTS, type StatsCounts, type UnitStatistics } from '../stats';
import type { CellValue, ExportTable, TableContext } from './types';

/** The check-in rate in whole percent, or null when nobody had to check in. */
export function checkInRate(counts: Pick<StatsCounts, 'checkedIn' | 'checkInRequired'>): number | null {
  return counts.checkInRequired === 0 ? null : Math.round((100 * counts.checkedIn) / counts.checkInRequired);
}

/** Present over listed at the year's meetings held, in whole percent, or null when no meeting was held. */
export function attendanceRate(counts: StatsCounts): number | null {
  return counts.attendanceListed === 0
    ? null
    : Math.round((100 * counts.attendancePresent) / counts.attendanceListed);
}

/** A rate as the reports write it: "83%", or "-" when there is nothing to rate. */
export function percentOrDash(rate: number | null): string {
  return rate === null ? '-' : `${rate}%`;
}

export function statisticsRows(statistics: UnitStatistics, t: TableContext['t']): CellValue[][] {
  const row = (code: string, name: string, kind: string, counts: StatsCounts): CellValue[] => [
    code,
    name,
    kind,
    ...STATS_COUNTS.map((key) => counts[key]),
    checkInRate(counts),
    attendanceRate(counts),
  ];
  return [
    ...statistics.children.map((child) =>
      row(child.unit.code, child.unit.name, t('lbl-unit-kind', { kind: child.unit.kind }), child.counts),
    ),
    row(
      statistics.unit.code,
      t('export-total', { name: statistics.unit.name }),
      t('lbl-unit-kind', { kind: statistics.unit.kind }),
      statistics.total,
    ),
  ];
}

export function statisticsHeaders(t: TableContext['t']): string[] {
  return [
    t('export-col-unit-code'),
    t('export-col-unit'),
    t('export-col-unit-kind'),
    ...STATS_COUNTS.map((key) => t('stats-label', { key })),
    t('stats-label', { key: 'checkInRate' }),
    t('stats-label', { key: 'attendanceRate' }),
  ];
}

export function statisticsTable(statistics: UnitStatistics, context: Pick<TableContext, 't'>): ExportTable {
  const headers = statisticsHeaders(context.t);
  return {
    id: 'statistics',
    title: context.t('export-sheet-statistics', { year: String(statistics.year) }),
    headers,
    widths: [14, 30, 14, ...headers.slice(3).map(() => 12)],
    rows: async function* () {
      yield statisticsRows(statistics, context.t);
    },
  };
}
