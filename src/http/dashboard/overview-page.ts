// A unit's overview: the figures /stats gives (the same statistics and the same sentences), and a table of its
// child units with the same figures, each a link one level down.
import { STATS_COUNTS, type StatsCount, type StatsCounts, type StatsUnit } from '../../records/stats';
import { attendanceRate, checkInRate, percentOrDash } from '../../records/exports/statistics-table';
import { statsSummaryLines } from '../../presentation/unit-stats';
import type { UnitStatistics } from '../../records/stats';
import { addMonths } from '../../domain/periods';
import { html, table, type Column, type Html } from './html';
import type { PageContext, Period } from './page-context';

/** The child table's columns: what an officer compares side by side (the rest is on each unit's own overview). */
const TABLE_COUNTS: readonly StatsCount[] = [
  'members',
  'awayDomestic',
  'awayAbroad',
  'temporaryExemption',
  'fullExemption',
  'transferredOut',
  'removed',
  'unpaid1',
  'unpaid2',
  'unpaid3plus',
  'eligibleForRemovalReview',
  'reviewsSubmitted',
  'reviewsRated',
  'reviewsMissing',
  'openHelpRequests',
  'openLeaveRequests',
];

interface Row {
  unit: StatsUnit;
  counts: StatsCounts;
  total: boolean;
}

export function unitHref(ctx: PageContext, code: string): string {
  return ctx.link(`/dashboard/unit/${encodeURIComponent(code)}`);
}

/** Previous and next month, keeping the page; no next month past the running one. */
export function periodNav(ctx: PageContext, period: Period): Html {
  const previous = addMonths(period.month, -1);
  const next = addMonths(period.month, 1);
  return html`<nav class="period">
    <a href="${ctx.link(ctx.url.pathname, { month: previous })}">‹ ${ctx.formats.month(previous)}</a>
    ${period.current ? '' : html`<a href="${ctx.link(ctx.url.pathname, { month: next })}">${ctx.formats.month(next)} ›</a>`}
  </nav>`;
}

export function overviewBody(ctx: PageContext, statistics: UnitStatistics, period: Period): Html {
  const { t } = ctx;
  const number = new Intl.NumberFormat(ctx.locale === 'vi' ? 'vi-VN' : 'en-GB');
  const columns: Array<Column<Row>> = [
    {
      header: t('export-col-unit'),
      cell: (row) =>
        row.total
          ? t('export-total', { name: row.unit.name })
          : html`<a href="${unitHref(ctx, row.unit.code)}">${row.unit.name}</a>`,
    },
    { header: t('export-col-unit-kind'), cell: (row) => t('lbl-unit-kind', { kind: row.unit.kind }) },
    ...TABLE_COUNTS.slice(0, 7).map((key): Column<Row> => ({
      header: t('stats-label', { key }),
      cell: (row) => number.format(row.counts[key]),
      numeric: true,
    })),
    {
      header: t('stats-label', { key: 'checkInRate' }),
      cell: (row) => percentOrDash(checkInRate(row.counts)),
      numeric: true,
    },
    ...TABLE_COUNTS.slice(7, 11).map((key): Column<Row> => ({
      header: t('stats-label', { key }),
      cell: (row) => number.format(row.counts[key]),
      numeric: true,
    })),
    {
      header: t('stats-label', { key: 'attendanceRate' }),
      cell: (row) => percentOrDash(attendanceRate(row.counts)),
      numeric: true,
    },
    ...TABLE_COUNTS.slice(11).map((key): Column<Row> => ({
      header: t('stats-label', { key }),
      cell: (row) => number.format(row.counts[key]),
      numeric: true,
    })),
  ];
  const rows: Row[] = [
    ...statistics.children.map((child) => ({ unit: child.unit, counts: child.counts, total: false })),
    { unit: statistics.unit, counts: statistics.total, total: true },
  ];
  const figures = html`<dl class="figures">
    ${STATS_COUNTS.map(
      (key) =>
        html`<div>
          <dt>${t('stats-label', { key })}</dt>
          <dd data-key="${key}">${number.format(statistics.total[key])}</dd>
        </div>`,
    )}
  </dl>`;
  return html`<nav class="crumbs"><a href="${ctx.link('/dashboard')}">${t('dashboard-home')}</a></nav>
    <h1>
      ${t('dashboard-overview-heading', { unit: statistics.unit.name, month: ctx.formats.month(period.month) })}
    </h1>
    ${periodNav(ctx, period)}
    <p class="note">
      ${t('dashboard-as-of', { asOf: ctx.formats.instant(period.asOf), year: String(statistics.year) })}
    </p>
    ${statistics.unit.kind === 'cell' ? html`<p><a href="${ctx.link(`/dashboard/cell/${encodeURIComponent(statistics.unit.code)}`)}">${t('dashboard-roster-link')}</a></p>` : ''}
    <p>
      <a href="${ctx.link(`/dashboard/trend/${encodeURIComponent(statistics.unit.code)}`)}"
        >${t('dashboard-trend-link')}</a
      >
    </p>
    <ul class="summary">
      ${statsSummaryLines(t, statistics).map((line) => html`<li>${line}</li>`)}
    </ul>
    ${
      statistics.children.length > 0
        ? html`<h2>${t('dashboard-children-heading')}</h2>
            ${table(
              t('dashboard-children-caption', { unit: statistics.unit.name, year: String(statistics.year) }),
              columns,
              rows,
              (row) => (row.total ? 'total' : ''),
            )}`
        : ''
    }
    <h2>${t('dashboard-figures-heading')}</h2>
    ${figures}`;
}
