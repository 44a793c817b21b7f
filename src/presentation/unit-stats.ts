// A unit's statistics as text: the headline lines of /stats, `homecell stats` and the PDF report, and one child unit
// as one line of labelled parts; zero parts left out.
import { attendanceRate, checkInRate, percentOrDash } from '../records/exports/statistics-table';
import type { StatsCounts, UnitStatistics } from '../records/stats';

type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** The headline figures of the subtree, one line a subject: members, away, check-ins, fees, meetings, removal. */
export function statsSummaryLines(t: Translate, statistics: UnitStatistics): string[] {
  const { total } = statistics;
  return [
    t('stats-line-members', { ...total }),
    t('stats-line-away', { ...total }),
    t('stats-line-checkins', { ...total, rate: percentOrDash(checkInRate(total)) }),
    t('stats-line-fees', { ...total }),
    t('stats-line-meetings', { ...total, rate: percentOrDash(attendanceRate(total)) }),
    t('stats-line-removal', {
      ...total,
      months: statistics.removalReviewMonths,
      absences: statistics.removalReviewAbsences,
    }),
    t('stats-line-reviews', { ...total }),
    t('stats-line-requests', { ...total }),
  ];
}

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
  const attended = attendanceRate(counts);
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
    ...(attended === null ? [] : [t('officer-stats-part-attendance', { rate: `${attended}%` })]),
    ...labelled(t, 'officer-stats-part-absent', [
      ['one', counts.absent1],
      ['two', counts.absent2],
      ['three-plus', counts.absent3plus],
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
