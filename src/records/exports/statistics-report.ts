// A unit's statistics as the committees' basic statistical reports lay them out (HD 11-HD/BTCTW, 2021): numbered
// rows of "STT, Chỉ tiêu, Số lượng, Ghi chú", the figures of `homecell stats`, so an officer copies them as they are.
import type { StatsCounts, UnitStatistics } from '../stats';
import type { CellValue, ExportTable, TableContext } from './types';

interface ReportItem {
  /** The row's number as the report writes it: "2", "2.1", "7.1.1". */
  number: string;
  /** The label's selector in `export-report-item`, and the note's in `export-report-note`. */
  item: string;
  value: (counts: StatsCounts) => number;
}

// Submitted, and neither rated nor left to be rated later: waiting for the cell's rating.
const awaitingRating = (counts: StatsCounts) =>
  counts.reviewsSubmitted - counts.reviewsRated - counts.reviewsRateLater;

export const REPORT_ITEMS: readonly ReportItem[] = [
  { number: '1', item: 'members', value: (c) => c.members },
  { number: '2', item: 'away', value: (c) => c.awayDomestic + c.awayAbroad },
  { number: '2.1', item: 'awayDomestic', value: (c) => c.awayDomestic },
  { number: '2.2', item: 'awayAbroad', value: (c) => c.awayAbroad },
  { number: '3', item: 'exempted', value: (c) => c.fullExemption + c.temporaryExemption },
  { number: '3.1', item: 'fullExemption', value: (c) => c.fullExemption },
  { number: '3.2', item: 'temporaryExemption', value: (c) => c.temporaryExemption },
  { number: '4', item: 'transferred', value: (c) => c.temporaryTransfer + c.transferredOut },
  { number: '4.1', item: 'temporaryTransfer', value: (c) => c.temporaryTransfer },
  { number: '4.2', item: 'transferredOut', value: (c) => c.transferredOut },
  { number: '5', item: 'removed', value: (c) => c.removed },
  { number: '6', item: 'eligibleForRemovalReview', value: (c) => c.eligibleForRemovalReview },
  { number: '7', item: 'reviewsExpected', value: (c) => c.reviewsExpected },
  { number: '7.1', item: 'reviewsRated', value: (c) => c.reviewsRated },
  { number: '7.1.1', item: 'ratedExcellent', value: (c) => c.ratedExcellent },
  { number: '7.1.2', item: 'ratedGood', value: (c) => c.ratedGood },
  { number: '7.1.3', item: 'ratedComplete', value: (c) => c.ratedComplete },
  { number: '7.1.4', item: 'ratedIncomplete', value: (c) => c.ratedIncomplete },
  {
    number: '7.2',
    item: 'notRated',
    value: (c) => awaitingRating(c) + c.reviewsRateLater + c.reviewsMissing,
  },
  { number: '7.2.1', item: 'awaitingRating', value: awaitingRating },
  { number: '7.2.2', item: 'reviewsRateLater', value: (c) => c.reviewsRateLater },
  { number: '7.2.3', item: 'reviewsMissing', value: (c) => c.reviewsMissing },
  { number: '8', item: 'reviewsExempt', value: (c) => c.reviewsExempt },
];

export function statisticsReportRows(statistics: UnitStatistics, t: TableContext['t']): CellValue[][] {
  const args = {
    year: String(statistics.year),
    months: statistics.removalReviewMonths,
    absences: statistics.removalReviewAbsences,
  };
  return REPORT_ITEMS.map(({ number, item, value }) => [
    number,
    t('export-report-item', { item, ...args }),
    value(statistics.total),
    t('export-report-note', { item, ...args }),
  ]);
}

export function statisticsReportTable(
  statistics: UnitStatistics,
  context: Pick<TableContext, 't'>,
): ExportTable {
  return {
    id: 'statistics-report',
    title: context.t('export-sheet-statistics-report', { year: String(statistics.year) }),
    headers: [
      context.t('export-col-report-number'),
      context.t('export-col-report-item'),
      context.t('export-col-report-value'),
      context.t('export-col-report-note'),
    ],
    widths: [8, 60, 12, 50],
    rows: async function* () {
      yield statisticsReportRows(statistics, context.t);
    },
  };
}
