// One member's record as chat text: who, standing, absences and decisions, check-ins and fees by month, reviews, requests, audit.
import { addMonths } from '../../domain/periods';
import type { ReaderFormats } from '../../presentation/formats';
import type { MemberRecordView } from '../../records/member-record';
import { chunkLines, excerpt } from './chunk-lines';

type Translate = (key: string, args?: Record<string, string | number>) => string;

export function memberRecordTexts(record: MemberRecordView, t: Translate, f: ReaderFormats): string[] {
  const { member, standing } = record;
  const none = t('sec-record-none');
  const section = (key: string) => ['', t(key)];
  const lines = [
    t('sec-record-title', { name: member.fullName, card: member.cardNumber }),
    t('sec-record-identity', {
      cell: member.cellName,
      role: t('lbl-role', { role: member.role }),
      // Today's state from the facts in force today: a departure or transfer filed for later is not yet.
      status: t('lbl-member-state', { state: standing.state }),
      birthYear: member.birthYear === null ? '-' : String(member.birthYear),
    }),
    t('sec-record-contact', {
      connected: member.connected ? 'yes' : 'no',
      reachable: member.reachable ? 'yes' : 'no',
      language: t(`language-name-${member.locale === 'en' ? 'en' : 'vi'}`),
      zone: f.zone(member.timezone),
      fee: f.money(member.monthlyFeeVnd, 'VND'),
    }),
    t('sec-record-standing', {
      month: f.month(standing.month),
      checkin: standing.checkIn.required ? (standing.checkIn.done ? 'done' : 'due') : 'not-required',
      missed: standing.checkIn.missedMonthsRunning,
      unpaid: standing.fees.unpaidCount,
      review: t('lbl-review-standing', { status: standing.review.status }),
    }),
    ...(record.meetingAbsences.unexcused > 0
      ? [
          t('sec-record-meetings', {
            year: String(record.meetingAbsences.year),
            count: record.meetingAbsences.unexcused,
            days: record.meetingAbsences.days.map((day) => f.date(day)).join(', '),
          }),
        ]
      : []),
    ...(record.removalGround
      ? [
          t('sec-record-removal', {
            ground: record.removalGround,
            unpaid: standing.fees.unpaidCount,
            absences: record.meetingAbsences.unexcused,
          }),
        ]
      : []),
    ...section('sec-record-absences'),
    ...(record.absences.length === 0
      ? [none]
      : record.absences.map((absence) =>
          t('sec-record-absence', {
            kind: absence.kind,
            place: absence.place ?? f.country(absence.countryCode),
            arrangement: absence.arrangement ?? 'none',
            application: absence.applicationStatus,
            from: f.date(absence.startsOn),
            until: f.dateOr(absence.expectedEndOn, '-'),
            ended: f.dateOr(absence.endedOn, '-'),
          }),
        )),
    ...(record.fullExemptions.length === 0
      ? []
      : [
          ...section('sec-record-full-exemptions'),
          ...record.fullExemptions.map((exemption) =>
            t('sec-record-full-exemption', {
              reason: t('lbl-full-exemption-reason', { reason: exemption.reason ?? 'unknown' }),
              from: f.date(exemption.startsOn),
              until: f.dateOr(exemption.endsOn, '-'),
              by: exemption.decidedBy ?? '-',
            }),
          ),
        ]),
    ...section('sec-record-decisions'),
    ...(record.decisions.length === 0
      ? [none]
      : record.decisions.map((decision) =>
          t('sec-record-decision', {
            at: f.localTime(decision.decidedAt),
            kind: t('lbl-decision-kind', { kind: decision.kind }),
            outcome: t('lbl-decision-outcome', { outcome: decision.outcome }),
            by: decision.decidedBy,
            reason: decision.reason ? excerpt(decision.reason, 200) : '-',
          }),
        )),
    ...section('sec-record-checkins'),
    ...runsOfMonths(record.checkIns, (row) => [row.checked, row.late, row.place ?? ''].join('|')).map(
      ({ first, last, row }) =>
        t('sec-record-checkin', {
          month: monthSpan(f, first, last),
          done: row.checked ? (row.late ? 'late' : 'yes') : 'no',
          place: row.place ?? '',
        }),
    ),
    ...section('sec-record-fees'),
    ...runsOfMonths(record.fees, (row) =>
      [row.state, row.amount ? `${row.amount.minor} ${row.amount.currency}` : ''].join('|'),
    ).map(({ first, last, row }) =>
      t('sec-record-fee', {
        month: monthSpan(f, first, last),
        state: t('lbl-fee-state', { state: row.state }),
        amount: row.amount ? f.money(row.amount.minor, row.amount.currency) : '',
      }),
    ),
    ...record.arrangements.map((range) =>
      t('sec-record-arrangement', {
        kind: range.kind,
        from: f.month(range.firstMonth),
        to: f.month(range.lastMonth),
      }),
    ),
    ...section('sec-record-reviews'),
    ...(record.reviews.length === 0
      ? [none]
      : record.reviews.map((review) =>
          t('sec-record-review', {
            year: String(review.year),
            status: t('lbl-review-status', { status: review.status }),
            self: review.selfRating ? t('lbl-rating', { rating: review.selfRating }) : '-',
            cell: review.cellRating ? t('lbl-rating', { rating: review.cellRating }) : '-',
          }),
        )),
    ...section('sec-record-requests'),
    ...(record.requests.length === 0
      ? [none]
      : record.requests.map((request) =>
          t('sec-record-request', {
            at: f.localTime(request.createdAt),
            kind: request.kind,
            status: request.status,
            text: excerpt(request.text, 200),
            note: request.note ? excerpt(request.note, 200) : '-',
          }),
        )),
    ...section('sec-record-audit'),
    ...record.audit.map((event) =>
      t('sec-record-audit-line', {
        at: f.localTime(event.at),
        actor: event.actor,
        // Fluent variant keys cannot hold dots: absence.application.approved is absence-application-approved.
        action: t('lbl-audit-action', { action: event.action.replace(/\./g, '-') }),
      }),
    ),
  ];
  return chunkLines(lines);
}

/**
 * Months in a row that read the same (eleven months before an import in December, a year paid month by month) are
 * one line, "01/2026 – 11/2026: …", so the record stays short on a phone.
 */
function runsOfMonths<R extends { month: string }>(
  rows: readonly R[],
  sameness: (row: R) => string,
): Array<{ first: string; last: string; row: R }> {
  const runs: Array<{ first: string; last: string; row: R; key: string }> = [];
  for (const row of rows) {
    const key = sameness(row);
    const previous = runs.at(-1);
    // Check-ins come newest first and fees oldest first: a run is months next to each other either way.
    const next = previous && [addMonths(previous.last, 1), addMonths(previous.last, -1)].includes(row.month);
    if (previous && next && previous.key === key) previous.last = row.month;
    else runs.push({ first: row.month, last: row.month, row, key });
  }
  return runs;
}

function monthSpan(f: ReaderFormats, first: string, last: string): string {
  if (first === last) return f.month(first);
  const [from, to] = first < last ? [first, last] : [last, first];
  return `${f.month(from)} – ${f.month(to)}`;
}
