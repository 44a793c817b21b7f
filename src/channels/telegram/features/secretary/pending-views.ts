// What the secretary (or an officer, for a proposed application) reads when opening a pending item: texts in their language, the member's files, the decision buttons.
import { InlineKeyboard } from 'grammy';
import { REVIEW_SECTIONS } from '../../../../domain/review';
import { RATINGS } from '../../../../records/decisions';
import type { PendingDetail } from '../../../../records/pending';
import type { ReaderFormats } from '../../../../presentation/formats';
import { officerData, pendingData } from './callbacks';
import { chunkLines } from './format';
import type { MemberFileToSend } from './send-file';

type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface PendingView {
  /** Texts sent in order; the keyboard goes with the last one. */
  texts: string[];
  keyboard: InlineKeyboard;
  /** A file the member sent (receipt, workplace comment), sent before the last text. */
  file?: MemberFileToSend;
}

/** Who opened it: the member's cell, or an officer of the unit it was proposed to (or above). */
export type PendingViewer = 'cell' | 'officer';

/** "2026-11", or "2026-10-2026-12" for a payment of several months, for a file's name. */
function monthSpan(months: readonly string[]): string {
  const sorted = [...months].sort();
  return sorted.length > 1 ? `${sorted[0]}-${sorted.at(-1)}` : (sorted[0] ?? '');
}

function applicationView(
  detail: Extract<PendingDetail, { kind: 'application' }>,
  t: Translate,
  f: ReaderFormats,
  viewer: PendingViewer,
): PendingView {
  const lines = [
    t(detail.renewsEndsOn ? 'sec-renewal-title' : 'sec-application-title', {
      arrangement: detail.arrangement,
      name: detail.memberName,
    }),
    ...(viewer === 'officer' ? [t('officer-field-cell', { cell: detail.cellName })] : []),
    t('sec-field-destination', { place: detail.place ?? '-', country: f.country(detail.countryCode) }),
    t('sec-field-period', { from: f.date(detail.startsOn), until: f.dateOr(detail.expectedEndOn, '-') }),
    ...(detail.renewsEndsOn ? [t('sec-field-renews', { endsOn: f.date(detail.renewsEndsOn) })] : []),
    t('sec-field-mobile', { mobile: detail.mobile ? 'yes' : 'no' }),
    t('sec-field-organisation', {
      value: detail.organisationThere === null ? 'unknown' : detail.organisationThere ? 'yes' : 'no',
    }),
    t('sec-field-reason', { reason: detail.reason ?? '-' }),
    t('sec-field-filed', { at: f.localTime(detail.filedAt) }),
    ...(detail.proposalNote
      ? [
          t('sec-field-proposal', {
            unit: detail.decidingUnitName ?? '-',
            at: f.localTime(detail.proposedAt),
            note: detail.proposalNote,
          }),
        ]
      : []),
    ...(detail.moreAskedQuestion
      ? [
          t('sec-field-more-asked', {
            unit: detail.decidingUnitName ?? '-',
            at: f.localTime(detail.moreAskedAt),
            question: detail.moreAskedQuestion,
          }),
        ]
      : []),
  ];
  const keyboard = new InlineKeyboard();
  if (viewer === 'officer') {
    if (detail.stage === 'proposed') {
      keyboard
        .text(t('officer-button-approve'), officerData.approve(detail.id))
        .row()
        .text(t('officer-button-reject'), officerData.reject(detail.id))
        .row()
        .text(t('officer-button-ask'), officerData.ask(detail.id));
    }
  } else if (detail.stage === 'submitted') {
    // The policy says who decides: the cell itself (delegated), or a committee the cell proposes it to.
    if (detail.decidingLevel === 'cell') {
      keyboard
        .text(t('sec-button-approve'), pendingData.approve(detail.id))
        .text(t('sec-button-reject'), pendingData.reject(detail.id));
    } else {
      lines.push('', t('sec-application-proposes-to', { level: detail.decidingLevel }));
      keyboard
        .text(t('sec-button-propose'), pendingData.propose(detail.id))
        .row()
        .text(t('sec-button-decline'), pendingData.reject(detail.id));
    }
  }
  return { texts: chunkLines(lines), keyboard };
}

export function pendingView(
  detail: PendingDetail,
  t: Translate,
  f: ReaderFormats,
  viewer: PendingViewer = 'cell',
): PendingView {
  switch (detail.kind) {
    case 'application':
      return applicationView(detail, t, f, viewer);
    case 'fee': {
      const expected = detail.monthlyFeeVnd * detail.months.length;
      return {
        texts: chunkLines([
          t('sec-fee-title', { name: detail.memberName }),
          t('sec-field-months', { months: f.months(detail.months) }),
          t('sec-field-amount', { amount: f.money(detail.amountMinor, detail.currency) }),
          t('sec-field-expected', {
            expected: f.money(expected, 'VND'),
            monthly: f.money(detail.monthlyFeeVnd, 'VND'),
            count: detail.months.length,
          }),
          t('sec-field-method', { method: t('lbl-fee-method', { method: detail.method }) }),
          t('sec-field-declared', { at: f.localTime(detail.declaredAt) }),
        ]),
        keyboard: new InlineKeyboard()
          .text(t('sec-button-confirm'), pendingData.confirm(detail.id))
          .row()
          .text(t('sec-button-dispute'), pendingData.dispute(detail.id)),
        ...(detail.receiptStoredFileId !== null || detail.receiptFileId
          ? {
              file: {
                storedFileId: detail.receiptStoredFileId,
                legacyFileId: detail.receiptFileId,
                prefer: 'photo' as const,
                caption: t('sec-fee-receipt', { name: detail.memberName }),
                nameParts: [t('sec-file-name-receipt'), detail.memberName, monthSpan(detail.months)],
              },
            }
          : {}),
      };
    }
    case 'review': {
      const keyboard = new InlineKeyboard();
      for (const rating of RATINGS)
        keyboard.text(t('lbl-rating', { rating }), pendingData.rate(rating, detail.id)).row();
      if (detail.status === 'submitted') keyboard.text(t('sec-button-later'), pendingData.later(detail.id));
      const lines = [
        t('sec-review-title', { year: String(detail.year), name: detail.memberName }),
        detail.status === 'absent_rate_later' ? t('sec-review-rate-later-note') : '',
        t('sec-field-submitted', { at: f.localTime(detail.submittedAt) }),
        ...REVIEW_SECTIONS.flatMap((section) => [
          '',
          t(`form2c-section-${section}`),
          detail.sections[section] || '-',
        ]),
        '',
        t('form2c-self-rating', {
          rating: detail.selfRating ? t('lbl-rating', { rating: detail.selfRating }) : '-',
        }),
        t('form2c-workplace-comment'),
        detail.workplaceCommentText || '-',
        '',
        t('sec-review-choose'),
      ].filter((line, index, all) => line !== '' || all[index - 1] !== '');
      return {
        texts: chunkLines(lines),
        keyboard,
        ...(detail.workplaceCommentStoredFileId !== null || detail.workplaceCommentFileId
          ? {
              file: {
                storedFileId: detail.workplaceCommentStoredFileId,
                legacyFileId: detail.workplaceCommentFileId,
                prefer: 'document' as const,
                caption: t('sec-review-workplace-file', { name: detail.memberName }),
                nameParts: [t('sec-file-name-workplace-comment'), detail.memberName, String(detail.year)],
              },
            }
          : {}),
      };
    }
    case 'request':
      return {
        texts: chunkLines([
          t('sec-request-title', { kind: detail.requestKind, name: detail.memberName }),
          t('sec-field-sent', { at: f.localTime(detail.createdAt) }),
          '',
          detail.text,
        ]),
        keyboard: new InlineKeyboard().text(t('sec-button-contacted'), pendingData.contacted(detail.id)),
      };
  }
}
