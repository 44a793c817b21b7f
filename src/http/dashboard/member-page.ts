// A member's record, the same data as /member: who they are, their standing, absences, check-ins and fees by month,
// reviews and requests.
import type { MemberRecordView } from '../../records/member-record';
import { html, table, type Html } from './html';
import type { PageContext, Period } from './page-context';

type Record = MemberRecordView;

function facts(ctx: PageContext, record: Record): Html {
  const { t, formats } = ctx;
  const { member, standing } = record;
  const rows: Array<[string, string]> = [
    [t('export-col-card'), member.cardNumber],
    [t('export-col-cell'), member.cellName],
    [t('export-col-role'), t('lbl-role', { role: member.role })],
    [t('export-col-birth-year'), member.birthYear === null ? '' : String(member.birthYear)],
    [t('export-col-status'), t('lbl-member-state', { state: standing.state })],
    [t('export-col-zone'), formats.zone(member.timezone)],
    [t('export-col-monthly-fee'), formats.money(member.monthlyFeeVnd, 'VND')],
    [
      t('dashboard-col-checkin', { month: formats.month(standing.checkIn.month) }),
      standing.checkIn.required
        ? t('lbl-yes-no', { value: standing.checkIn.done ? 'yes' : 'no' })
        : t('dashboard-not-required'),
    ],
    [t('export-col-fee-stage'), t('lbl-fee-stage', { stage: standing.fees.stage })],
    [t('export-col-unpaid-months'), formats.months(standing.fees.unpaidMonths)],
    [t('dashboard-col-unexcused-absences'), String(record.meetingAbsences.unexcused)],
    [t('export-col-review-status'), t('lbl-review-standing', { status: standing.review.status })],
    [t('export-col-connected'), t('lbl-yes-no', { value: member.connected ? 'yes' : 'no' })],
  ];
  return html`<dl class="figures">
    ${rows.map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

export function memberBody(ctx: PageContext, record: Record, period: Period): Html {
  const { t, formats } = ctx;
  const none = t('dashboard-none');
  const absences = table(
    t('dashboard-absences-heading'),
    [
      { header: t('export-col-away-kind'), cell: (row) => t('lbl-absence-kind', { kind: row.kind }) },
      { header: t('export-col-place'), cell: (row) => row.place ?? '' },
      { header: t('export-col-country'), cell: (row) => formats.country(row.countryCode) },
      {
        header: t('export-col-arrangement'),
        cell: (row) => t('lbl-arrangement', { arrangement: row.arrangement ?? 'none' }),
      },
      {
        header: t('export-col-application'),
        cell: (row) => t('lbl-application-status', { status: row.applicationStatus }),
      },
      { header: t('export-col-from'), cell: (row) => formats.date(row.startsOn) },
      { header: t('export-col-until'), cell: (row) => formats.dateOr(row.expectedEndOn, '') },
      { header: t('export-col-ended'), cell: (row) => formats.dateOr(row.endedOn, '') },
    ],
    record.absences,
  );
  const checkIns = table(
    t('dashboard-checkins-heading'),
    [
      { header: t('dashboard-col-month'), cell: (row) => formats.month(row.month) },
      {
        header: t('dashboard-col-checked-in'),
        cell: (row) =>
          row.checked
            ? row.late
              ? t('dashboard-checked-in-late')
              : t('lbl-yes-no', { value: 'yes' })
            : t('lbl-yes-no', { value: 'no' }),
      },
      { header: t('export-col-place'), cell: (row) => row.place ?? '' },
    ],
    record.checkIns,
  );
  const fees = table(
    t('dashboard-fees-heading', { year: String(record.standing.fees.year) }),
    [
      { header: t('dashboard-col-month'), cell: (row) => formats.month(row.month) },
      { header: t('dashboard-col-fee-state'), cell: (row) => t('lbl-fee-state', { state: row.state }) },
      {
        header: t('dashboard-col-amount'),
        cell: (row) => (row.amount ? formats.money(row.amount.minor, row.amount.currency) : ''),
        numeric: true,
      },
    ],
    record.fees,
  );
  const reviews = table(
    t('dashboard-reviews-heading'),
    [
      { header: t('export-col-year'), cell: (row) => row.year },
      {
        header: t('export-col-review-status'),
        cell: (row) => t('lbl-review-status', { status: row.status }),
      },
      {
        header: t('export-col-self-rating'),
        cell: (row) => (row.selfRating ? t('lbl-rating', { rating: row.selfRating }) : ''),
      },
      {
        header: t('dashboard-col-cell-rating'),
        cell: (row) => (row.cellRating ? t('lbl-rating', { rating: row.cellRating }) : ''),
      },
    ],
    record.reviews,
  );
  const requests = table(
    t('dashboard-requests-heading'),
    [
      { header: t('dashboard-col-date'), cell: (row) => formats.localTime(row.createdAt) },
      {
        header: t('dashboard-col-request-kind'),
        cell: (row) => t('dashboard-request-kind', { kind: row.kind }),
      },
      {
        header: t('dashboard-col-request-status'),
        cell: (row) => t('dashboard-request-status', { status: row.status }),
      },
      { header: t('dashboard-col-request-text'), cell: (row) => row.text },
    ],
    record.requests,
  );
  const section = (heading: string, rows: readonly unknown[], body: Html) =>
    html`<h2>${heading}</h2>
      ${rows.length > 0 ? body : html`<p class="note">${none}</p>`}`;
  return html`<nav class="crumbs"><a href="${ctx.link('/dashboard')}">${t('dashboard-home')}</a></nav>
    <h1>${t('dashboard-member-heading', { name: record.member.fullName })}</h1>
    <p class="note">
      ${t('dashboard-as-of', { asOf: formats.instant(period.asOf), year: String(period.year) })}
    </p>
    ${facts(ctx, record)} ${section(t('dashboard-absences-heading'), record.absences, absences)}
    ${section(t('dashboard-checkins-heading'), record.checkIns, checkIns)}
    ${section(t('dashboard-fees-heading', { year: String(record.standing.fees.year) }), record.fees, fees)}
    ${section(t('dashboard-reviews-heading'), record.reviews, reviews)}
    ${section(t('dashboard-requests-heading'), record.requests, requests)}`;
}
