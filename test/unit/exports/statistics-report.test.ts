// The statistics in the committees' layout (HD 11-HD/BTCTW): numbered rows, each total the sum of the rows under it.
import { createI18n } from '../../../src/i18n';
import { emptyCounts, type UnitStatistics } from '../../../src/records/stats';
import { REPORT_ITEMS, statisticsReportRows } from '../../../src/records/exports/statistics-report';

const i18n = createI18n('vi');

function statistics(counts: Partial<ReturnType<typeof emptyCounts>>): UnitStatistics {
  return {
    unit: { id: 1, code: 'P', name: 'Tỉnh ủy Thử', kind: 'province', path: '1' },
    year: 2026,
    asOf: '2026-12-04T02:00:00.000Z',
    removalReviewMonths: 3,
    removalReviewAbsences: 3,
    total: { ...emptyCounts(), ...counts },
    children: [],
  };
}

describe('statisticsReportRows', () => {
  const counts = {
    members: 40,
    awayDomestic: 7,
    awayAbroad: 5,
    fullExemption: 2,
    temporaryExemption: 4,
    temporaryTransfer: 1,
    transferredOut: 3,
    removed: 1,
    eligibleForRemovalReview: 2,
    reviewsExpected: 36,
    reviewsSubmitted: 30,
    reviewsRated: 26,
    ratedExcellent: 3,
    ratedGood: 15,
    ratedComplete: 7,
    ratedIncomplete: 1,
    reviewsRateLater: 1,
    reviewsMissing: 6,
    reviewsExempt: 2,
  };
  const rows = statisticsReportRows(statistics(counts), (key, args) => i18n.t('vi', key, args));
  const value = new Map(rows.map(([number, , figure]) => [number as string, figure as number]));

  it('numbers every row once and gives each a label', () => {
    expect(new Set(rows.map((row) => row[0])).size).toBe(REPORT_ITEMS.length);
    for (const row of rows) expect(String(row[1])).not.toMatch(/^\{|^$/);
    expect(rows[0]).toEqual(['1', 'Tổng số đảng viên', 40, '']);
    expect(rows.find((row) => row[0] === '7')![1]).toBe(
      'Đảng viên phải kiểm điểm, đánh giá, xếp loại năm 2026',
    );
    expect(rows.find((row) => row[0] === '6')![3]).toContain('từ 3 tháng');
  });

  it('makes each total the sum of the rows numbered under it, as its note says', () => {
    const children = (parent: string) =>
      [...value.keys()].filter((number) => new RegExp(`^${parent.replace('.', '\\.')}\\.\\d+$`).test(number));
    for (const parent of ['2', '3', '4', '7.1', '7.2']) {
      expect(children(parent).length).toBeGreaterThan(1);
      expect(children(parent).reduce((sum, number) => sum + value.get(number)!, 0)).toBe(value.get(parent));
      expect(rows.find((row) => row[0] === parent)![3]).toBe(`= ${children(parent).join(' + ')}`);
    }
    // Not rated: the three submitted and waiting, the one rated later, the six missing.
    expect([value.get('7.2.1'), value.get('7.2.2'), value.get('7.2.3'), value.get('7.2')]).toEqual([
      3, 1, 6, 10,
    ]);
    expect(value.get('7.1')! + value.get('7.2')!).toBe(counts.reviewsExpected);
  });
});
