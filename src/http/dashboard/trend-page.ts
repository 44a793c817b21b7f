// The check-in trend of a unit over the year: the chart, and the same figures in a table (read aloud, copied).
import { checkInRate, percentOrDash } from '../../records/exports/statistics-table';
import type { CheckInTrend } from '../../records/dashboard';
import { endOfMonth, monthsOfYear, type MonthKey } from '../../domain/periods';
import { html, raw, table, type Html } from './html';
import { unitHref } from './overview-page';
import type { PageContext, Period } from './page-context';
import { checkInTrendSvg } from './trend-chart';

/** The months of the period's year up to its month, each with the instant its figures are read at. */
export function trendMonths(period: Period, zone: string): Array<{ month: MonthKey; asOf: Date }> {
  return monthsOfYear(period.year)
    .filter((month) => month <= period.month)
    .map((month) => ({
      month,
      asOf: month === period.month ? period.asOf : new Date(endOfMonth(month, zone).getTime() - 1),
    }));
}

export function trendBody(ctx: PageContext, trend: CheckInTrend): Html {
  const { t, formats } = ctx;
  const rows = trend.months.map((month) => ({
    ...month,
    rate: checkInRate(month),
  }));
  const svg = checkInTrendSvg(
    rows.map((row) => ({ label: String(Number(row.month.slice(5, 7))), rate: row.rate })),
    { month: t('dashboard-col-month'), rate: t('stats-label', { key: 'checkInRate' }) },
  );
  return html`<nav class="crumbs">
      <a href="${ctx.link('/dashboard')}">${t('dashboard-home')}</a> ›
      <a href="${unitHref(ctx, trend.unit.code)}">${trend.unit.name}</a>
    </nav>
    <h1>${t('dashboard-trend-heading', { unit: trend.unit.name, year: String(trend.year) })}</h1>
    <figure
      class="chart"
      role="img"
      aria-label="${t('dashboard-trend-heading', { unit: trend.unit.name, year: String(trend.year) })}"
    >
      ${raw(svg)}
    </figure>
    ${table(
      t('dashboard-trend-caption', { unit: trend.unit.name, year: String(trend.year) }),
      [
        { header: t('dashboard-col-month'), cell: (row) => formats.month(row.month) },
        { header: t('stats-label', { key: 'checkedIn' }), cell: (row) => row.checkedIn, numeric: true },
        {
          header: t('stats-label', { key: 'checkInRequired' }),
          cell: (row) => row.checkInRequired,
          numeric: true,
        },
        {
          header: t('stats-label', { key: 'checkInRate' }),
          cell: (row) => percentOrDash(row.rate),
          numeric: true,
        },
      ],
      rows,
    )}`;
}
