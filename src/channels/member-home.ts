// A bound member's home: their standing in two lines and one action per thing due now, for /start and for any text
// the bot does not expect. Channel-neutral: Telegram shows the actions as buttons, text channels as numbered replies.
import type { NudgeFormId } from '../domain/due-items';
import type { MemberStanding } from '../domain/standing';
import type { Translate } from '../i18n';
import { formatDate, formatMonth } from '../presentation/formats';
import type { MessageView } from './outbound';

type Args = Record<string, string | number>;

/** What is due now, in the order a member away should do it: keep in touch, pay, then the review. */
function dueNow(standing: MemberStanding, locale: string, t: (key: string, args?: Args) => string) {
  const due: Array<{ form: NudgeFormId; text: string }> = [];
  const { checkIn, fees, review } = standing;
  if (checkIn.required && !checkIn.done)
    due.push({ form: 'checkin', text: t('home-due-checkin', { month: formatMonth(checkIn.month, locale) }) });
  if (fees.unpaidCount > 0)
    due.push({ form: 'fee', text: t('home-due-fees', { count: fees.unpaidCount, year: String(fees.year) }) });
  else if (!fees.currentMonthSettled)
    due.push({ form: 'fee', text: t('home-due-fee-month', { month: formatMonth(standing.month, locale) }) });
  const reviewOpen = review.window === 'open' || review.window === 'past-due';
  if (reviewOpen && (review.status === 'not-started' || review.status === 'draft'))
    due.push({
      form: 'review',
      text: t('home-due-review', { year: String(review.year), status: review.status }),
    });
  return due;
}

function whereLine(
  standing: MemberStanding,
  member: { cellName: string },
  locale: string,
  t: (key: string, args?: Args) => string,
) {
  const { absence, fullExemption, upcomingAbsence } = standing;
  // Each from the facts in force today: a departure filed for a later day leaves the member at home until then.
  const lines: string[] = [];
  if (fullExemption)
    lines.push(t('home-full-exemption', { since: formatDate(fullExemption.startsOn, locale) }));
  if (!absence) {
    if (!fullExemption) lines.push(t('home-at-home', { cell: member.cellName }));
  } else {
    // An official transfer is done only once approved; before that it is an application the cell considers.
    const pending = absence.arrangement === 'official_transfer' && absence.applicationStatus !== 'approved';
    lines.push(
      t('home-away', {
        kind: absence.kind,
        since: formatDate(absence.startsOn, locale),
        arrangement: pending ? 'official_transfer_pending' : (absence.arrangement ?? 'none'),
        until: absence.exemptionEndsOn ? formatDate(absence.exemptionEndsOn, locale) : '',
      }),
    );
  }
  if (upcomingAbsence)
    lines.push(t('home-upcoming', { since: formatDate(upcomingAbsence.startsOn, locale) }));
  return lines.join(' ');
}

export function memberHome(
  standing: MemberStanding,
  member: { fullName: string; cellName: string },
  locale: string,
  translate: Translate,
): MessageView {
  const t = (key: string, args?: Args) => translate(locale, key, args);
  const due = dueNow(standing, locale, t);
  return {
    paragraphs: [
      t('home-greeting', { name: member.fullName }),
      whereLine(standing, member, locale, t),
      due.length > 0
        ? t('home-due', { things: due.map((thing) => thing.text).join('; ') })
        : t('home-nothing-due'),
    ],
    actions: due.map((thing) => ({
      type: 'open-form' as const,
      form: thing.form,
      label: t(`nudge-button-${thing.form}`),
    })),
  };
}
