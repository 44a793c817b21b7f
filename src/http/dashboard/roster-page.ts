// A cell's roster: every current member with their standing at the period's end, each a link to the member's record.
import type { CellRosterPage } from '../../records/dashboard';
import type { RosterEntry } from '../../records/roster';
import { html, table, type Column, type Html } from './html';
import { periodNav, unitHref } from './overview-page';
import type { PageContext, Period } from './page-context';

function notes(ctx: PageContext, entry: RosterEntry): string {
  const { t, formats } = ctx;
  const { standing } = entry;
  return [
    entry.removalGround ? t('dashboard-note-removal-review', { ground: entry.removalGround }) : '',
    standing.checkIn.contactLost
      ? t('dashboard-note-contact-lost', { months: standing.checkIn.missedMonthsRunning })
      : '',
    standing.absence?.lapsed ? t('dashboard-note-exemption-lapsed') : '',
    standing.absence?.exemptionEndsOn && !standing.absence.lapsed
      ? t('dashboard-note-exemption-until', { until: formats.date(standing.absence.exemptionEndsOn) })
      : '',
    standing.absence?.officialTransferOverdue ? t('dashboard-note-transfer-overdue') : '',
    entry.connected ? '' : t('dashboard-note-not-connected'),
    entry.reachable ? '' : t('dashboard-note-unreachable'),
  ]
    .filter((note) => note !== '')
    .join(' · ');
}

export function rosterBody(ctx: PageContext, roster: CellRosterPage, period: Period): Html {
  const { t } = ctx;
  const columns: Array<Column<RosterEntry & { number: number }>> = [
    { header: t('dashboard-col-number'), cell: (entry) => entry.number, numeric: true },
    {
      header: t('export-col-name'),
      cell: (entry) =>
        html`<a href="${ctx.link(`/dashboard/member/${entry.memberId}`)}">${entry.fullName}</a>`,
    },
    { header: t('export-col-card'), cell: (entry) => entry.cardNumber },
    { header: t('export-col-role'), cell: (entry) => t('lbl-role', { role: entry.role }) },
    {
      header: t('export-col-status'),
      cell: (entry) => t('lbl-member-state', { state: entry.standing.state }),
    },
    {
      header: t('dashboard-col-checkin', { month: ctx.formats.month(period.month) }),
      cell: (entry) =>
        entry.standing.checkIn.required
          ? t('lbl-yes-no', { value: entry.standing.checkIn.done ? 'yes' : 'no' })
          : t('dashboard-not-required'),
    },
    { header: t('export-col-unpaid-count'), cell: (entry) => entry.standing.fees.unpaidCount, numeric: true },
    {
      header: t('dashboard-col-unexcused-absences'),
      cell: (entry) => entry.meetingAbsences.unexcused,
      numeric: true,
    },
    { header: t('dashboard-col-notes'), cell: (entry) => notes(ctx, entry) },
  ];
  const rows = roster.entries.map((entry, index) => ({ ...entry, number: index + 1 }));
  return html`<nav class="crumbs">
      <a href="${ctx.link('/dashboard')}">${t('dashboard-home')}</a> ›
      <a href="${unitHref(ctx, roster.cell.code)}">${roster.cell.name}</a>
    </nav>
    <h1>
      ${t('dashboard-roster-heading', { cell: roster.cell.name, month: ctx.formats.month(period.month) })}
    </h1>
    ${periodNav(ctx, period)}
    <p class="note">
      ${t('dashboard-as-of', { asOf: ctx.formats.instant(period.asOf), year: String(period.year) })}
    </p>
    ${table(t('dashboard-roster-caption', { cell: roster.cell.name, count: rows.length }), columns, rows)}`;
}
