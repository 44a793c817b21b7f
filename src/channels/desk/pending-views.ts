// What the secretary (or an officer, for a proposed application) reads when opening a pending item: texts in their
// language, the member's file, the decisions to choose from.
import { REVIEW_SECTIONS } from '../../domain/review';
import { RATINGS } from '../../records/decisions';
import type { PendingDetail } from '../../records/pending';
import type { ReaderFormats } from '../../presentation/formats';
import type { DeskAction } from './actions';
import { chunkLines } from './chunk-lines';
import type { DeskButton, MemberFileToSend } from './screen';

type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface PendingView {
  /** Texts sent in order; the decisions go with the last one. */
  texts: string[];
  buttons: DeskButton[][];
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

const button = (label: string, action: DeskAction): DeskButton => ({ label, action });

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
  const buttons: DeskButton[][] = [];
  const cell = (verb: 'approve' | 'propose' | 'reject') =>
    ({ type: 'pending-decide', verb, id: detail.id }) as const;
  const officer = (verb: 'approve' | 'reject' | 'ask') =>
    ({ type: 'officer-decide', verb, id: detail.id }) as const;
  if (viewer === 'officer') {
    if (detail.stage === 'proposed') {
      buttons.push(
        [button(t('officer-button-approve'), officer('approve'))],
        [button(t('officer-button-reject'), officer('reject'))],
        [button(t('officer-button-ask'), officer('ask'))],
      );
    }
  } else if (detail.stage === 'submitted') {
    // The policy says who decides: the cell itself (delegated), or a committee the cell proposes it to.
    if (detail.decidingLevel === 'cell') {
      buttons.push([
        button(t('sec-button-approve'), cell('approve')),
        button(t('sec-button-reject'), cell('reject')),
      ]);
    } else {
      lines.push('', t('sec-application-proposes-to', { level: detail.decidingLevel }));
      buttons.push(
        [button(t('sec-button-propose'), cell('propose'))],
        [button(t('sec-button-decline'), cell('reject'))],
      );
    }
  }
  return { texts: chunkLines(lines), buttons };
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
        buttons: [
          [button(t('sec-button-confirm'), { type: 'pending-decide', verb: 'confirm', id: detail.id })],
          [button(t('sec-button-dispute'), { type: 'pending-decide', verb: 'dispute', id: detail.id })],
        ],
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
      const buttons: DeskButton[][] = RATINGS.map((rating) => [
        button(t('lbl-rating', { rating }), { type: 'pending-rate', rating, id: detail.id }),
      ]);
      if (detail.status === 'submitted')
        buttons.push([
          button(t('sec-button-later'), { type: 'pending-decide', verb: 'later', id: detail.id }),
        ]);
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
        buttons,
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
        buttons: [
          [button(t('sec-button-contacted'), { type: 'pending-decide', verb: 'contacted', id: detail.id })],
        ],
      };
  }
}
