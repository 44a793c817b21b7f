// What the secretary reads when opening a pending item: texts in their language, the member's files, the decision buttons.
import { InlineKeyboard } from 'grammy';
import { formatMoney } from '../../../../domain/money';
import { REVIEW_SECTIONS } from '../../../../domain/review';
import { RATINGS } from '../../../../records/decisions';
import type { PendingDetail } from '../../../../records/pending';
import { pendingData } from './callbacks';
import { chunkLines, formatInstant } from './format';

type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface PendingView {
  /** Texts sent in order; the keyboard goes with the last one. */
  texts: string[];
  keyboard: InlineKeyboard;
  /** A file the member sent (receipt, workplace comment), sent before the last text. */
  file?: { fileId: string; prefer: 'photo' | 'document'; caption: string };
}

export function pendingView(detail: PendingDetail, t: Translate, locale: string, zone: string): PendingView {
  switch (detail.kind) {
    case 'application':
      return {
        texts: chunkLines([
          t('sec-application-title', { arrangement: detail.arrangement, name: detail.memberName }),
          t('sec-field-destination', { place: detail.place ?? '-', country: detail.countryCode }),
          t('sec-field-period', { from: detail.startsOn, until: detail.expectedEndOn ?? '-' }),
          t('sec-field-mobile', { mobile: detail.mobile ? 'yes' : 'no' }),
          t('sec-field-organisation', {
            value: detail.organisationThere === null ? 'unknown' : detail.organisationThere ? 'yes' : 'no',
          }),
          t('sec-field-reason', { reason: detail.reason ?? '-' }),
          t('sec-field-filed', { at: formatInstant(detail.filedAt, zone) }),
        ]),
        keyboard: new InlineKeyboard()
          .text(t('sec-button-approve'), pendingData.approve(detail.id))
          .text(t('sec-button-reject'), pendingData.reject(detail.id)),
      };
    case 'fee': {
      const expected = detail.monthlyFeeVnd * detail.months.length;
      return {
        texts: chunkLines([
          t('sec-fee-title', { name: detail.memberName }),
          t('sec-field-months', { months: detail.months.join(', ') }),
          t('sec-field-amount', { amount: formatMoney(detail.amountMinor, detail.currency, locale) }),
          t('sec-field-expected', {
            expected: formatMoney(expected, 'VND', locale),
            monthly: formatMoney(detail.monthlyFeeVnd, 'VND', locale),
            count: detail.months.length,
          }),
          t('sec-field-method', { method: t('lbl-fee-method', { method: detail.method }) }),
          t('sec-field-declared', { at: formatInstant(detail.declaredAt, zone) }),
        ]),
        keyboard: new InlineKeyboard()
          .text(t('sec-button-confirm'), pendingData.confirm(detail.id))
          .row()
          .text(t('sec-button-dispute'), pendingData.dispute(detail.id)),
        ...(detail.receiptFileId
          ? {
              file: { fileId: detail.receiptFileId, prefer: 'photo' as const, caption: t('sec-fee-receipt') },
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
        t('sec-field-submitted', { at: formatInstant(detail.submittedAt, zone) }),
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
        ...(detail.workplaceCommentFileId
          ? {
              file: {
                fileId: detail.workplaceCommentFileId,
                prefer: 'document' as const,
                caption: t('sec-review-workplace-file', { name: detail.memberName }),
              },
            }
          : {}),
      };
    }
    case 'request':
      return {
        texts: chunkLines([
          t('sec-request-title', { kind: detail.requestKind, name: detail.memberName }),
          t('sec-field-sent', { at: formatInstant(detail.createdAt, zone) }),
          '',
          detail.text,
        ]),
        keyboard: new InlineKeyboard().text(t('sec-button-contacted'), pendingData.contacted(detail.id)),
      };
  }
}
