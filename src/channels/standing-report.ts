// "My standing" as text, for any channel: this month's check-in, unpaid fees, absence, review and the next deadline.
import { DateTime } from 'luxon';
import type { MeetingStanding } from '../domain/meeting-standing';
import type { MemberStanding } from '../domain/standing';
import type { Translate } from '../i18n';
import {
  formatDate,
  formatInstant,
  formatLocalDateTime,
  formatMonth,
  formatMonths,
} from '../presentation/formats';

/** Deadlines are the instant a period ends (1 December 00:00); a member reads the last minute of the day before. */
function deadlineTime(iso: string, zone: string, locale: string): string {
  const at = DateTime.fromISO(iso, { setZone: true });
  const shown = at.hour === 0 && at.minute === 0 ? at.minus({ minutes: 1 }) : at;
  return formatLocalDateTime(shown.toJSDate(), zone, locale);
}

/** Why this month's check-in is or is not asked: each from the facts in force today, never two at once. */
function checkInState(standing: MemberStanding): string {
  const { checkIn, fullExemption, absence } = standing;
  if (checkIn.done) return 'done';
  if (checkIn.required) return 'due';
  if (fullExemption) return 'exempt';
  // Away, but the month of leaving: filing the departure is that month's contact (rule 3).
  if (absence) return 'leaving-month';
  return 'optional';
}

/** The next meeting and whether the member answered; then this year's absences without a reason, if any. */
function meetingLines(
  meeting: MeetingStanding,
  locale: string,
  t: (key: string, args?: Record<string, string | number>) => string,
): string[] {
  const { next } = meeting;
  const lines = [
    next
      ? t('status-meeting-next', {
          day: formatDate(next.day, locale),
          time: next.time,
          ownDay: next.own ? formatDate(next.own.day, locale) : '-',
          ownTime: next.own?.time ?? '-',
          zoneDiffers: next.own ? 'yes' : 'no',
          place: next.place,
          online: next.onlineLink ? 'yes' : 'no',
          link: next.onlineLink ?? '-',
          answer: next.excused ? 'excused' : (next.reply ?? 'none'),
        })
      : t('status-meeting-none'),
  ];
  if (meeting.unexcused > 0)
    lines.push(
      t('status-meeting-absences', {
        year: String(meeting.year),
        count: meeting.unexcused,
        stage: meeting.stage,
      }),
    );
  return lines;
}

export function standingReport(
  standing: MemberStanding,
  member: { fullName: string },
  locale: string,
  translate: Translate,
): string {
  const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
  const { checkIn, fees, absence, review, nextDeadline, fullExemption, upcomingAbsence } = standing;
  const lines = [
    t('status-header', {
      name: member.fullName,
      now: formatInstant(standing.asOf, standing.zone, locale, translate),
    }),
    '',
    t('status-checkin', {
      state: checkInState(standing),
      month: formatMonth(checkIn.month, locale),
      deadline: deadlineTime(checkIn.deadline, standing.zone, locale),
    }),
  ];
  if (checkIn.missedMonthsRunning > 0)
    lines.push(t('status-checkin-missed', { count: checkIn.missedMonthsRunning }));

  // Three words for three states, the same everywhere: paid (confirmed by the cell), declared (waiting for the
  // cell) and unpaid. "Nothing unpaid" is said only when nothing waits for the cell either.
  const declared = fees.declaredMonths.length;
  if (fees.unpaidCount > 0) {
    lines.push(
      t('status-fees-unpaid', {
        year: String(fees.year),
        count: fees.unpaidCount,
        months: formatMonths(fees.unpaidMonths, locale),
        stage: fees.stage,
      }),
    );
  } else if (declared === 0) {
    lines.push(t('status-fees-clear', { year: String(fees.year) }));
  }
  if (declared > 0)
    lines.push(
      t('status-fees-declared', {
        year: String(fees.year),
        count: declared,
        months: formatMonths(fees.declaredMonths, locale),
        unpaid: fees.unpaidCount,
      }),
    );
  if (!fees.currentMonthSettled)
    lines.push(
      t('status-fees-this-month', {
        month: formatMonth(standing.month, locale),
        deadline: deadlineTime(fees.currentMonthDeadline, standing.zone, locale),
      }),
    );

  if (fullExemption) {
    lines.push(
      t('status-full-exemption', {
        reason: fullExemption.reason ?? 'unknown',
        since: formatDate(fullExemption.startsOn, locale),
        until: fullExemption.endsOn ? formatDate(fullExemption.endsOn, locale) : 'none',
      }),
    );
  }
  // Filed for a later day: the member is at home until then (a fact takes effect on its date).
  if (upcomingAbsence) {
    lines.push(
      t('status-absence-upcoming', {
        kind: upcomingAbsence.kind,
        arrangement: upcomingAbsence.arrangement ?? 'none',
        application: upcomingAbsence.applicationStatus,
        since: formatDate(upcomingAbsence.startsOn, locale),
      }),
    );
  }

  if (absence) {
    lines.push(
      t('status-absence', {
        kind: absence.kind,
        arrangement: absence.arrangement ?? 'none',
        application: absence.applicationStatus,
        since: formatDate(absence.startsOn, locale),
      }),
    );
    if (absence.arrangement === null) lines.push(t('status-absence-no-arrangement', { kind: absence.kind }));
    if (absence.exemptionEndsOn)
      lines.push(
        t('status-exemption-end', {
          date: formatDate(absence.exemptionEndsOn, locale),
          days: absence.daysLeft ?? 0,
          lapsed: absence.lapsed ? 'yes' : 'no',
        }),
      );
    if (absence.officialTransferOverdue)
      lines.push(t('status-transfer-overdue', { months: absence.monthsAway }));
  }

  lines.push(
    t('status-review', {
      year: String(review.year),
      status: review.status,
      due: deadlineTime(review.dueAt, standing.zone, locale),
      opens: formatLocalDateTime(review.opensAt, standing.zone, locale),
    }),
  );
  if (standing.meeting) lines.push(...meetingLines(standing.meeting, locale, t));
  lines.push(
    '',
    nextDeadline
      ? t('status-next', {
          kind: nextDeadline.kind,
          at: deadlineTime(nextDeadline.at, standing.zone, locale),
        })
      : t('status-next-none'),
  );
  return lines.join('\n');
}
