// One child unit's statistics as one line of labelled parts, for /stats and `homecell stats`; zero parts left out.
import { checkInRate } from '../records/exports/statistics-table';
import type { StatsCounts } from '../records/stats';

type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** "đi làm ăn xa: trong nước 2, nước ngoài 5": the labelled non-zero counts, or nothing when all are zero. */
function labelled(t: Translate, key: string, counts: ReadonlyArray<readonly [string, number]>): string[] {
  const parts = counts
    .filter(([, count]) => count > 0)
    .map(([part, count]) => t(`${key}-${part}`, { count }));
  return parts.length === 0 ? [] : [t(key, { parts: parts.join(', ') })];
}

/** "• Huyện ủy Thử (T-D): 2 đảng viên · đi làm ăn xa: nước ngoài 1 · báo cáo tháng 50%". */
export function childStatsLine(
  t: Translate,
  unit: { code: string; name: string },
  counts: StatsCounts,
): string {
  const rate = checkInRate(counts);
  const parts = [
    t('officer-stats-part-members', { count: counts.members }),
    ...labelled(t, 'officer-stats-part-away', [
      ['domestic', counts.awayDomestic],
      ['abroad', counts.awayAbroad],
    ]),
    ...(rate === null ? [] : [t('officer-stats-part-checkins', { rate: `${rate}%` })]),
    ...labelled(t, 'officer-stats-part-unpaid', [
      ['one', counts.unpaid1],
      ['two', counts.unpaid2],
      ['three-plus', counts.unpaid3plus],
    ]),
    ...labelled(t, 'officer-stats-part-reviews', [
      ['submitted', counts.reviewsSubmitted],
      ['rated', counts.reviewsRated],
      ['missing', counts.reviewsMissing],
    ]),
    ...labelled(t, 'officer-stats-part-requests', [
      ['help', counts.openHelpRequests],
      ['leave', counts.openLeaveRequests],
    ]),
  ];
  return t('officer-stats-child', { code: unit.code, name: unit.name, parts: parts.join(' · ') });
}
