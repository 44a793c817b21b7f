// A unit's statistics as a printable report: the headline figures, then a table of the child units.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { StatsCounts, UnitStatistics } from '../stats';
import { newDocument } from './pdf-fonts';
import { statsSummaryLines } from '../../presentation/unit-stats';
import { attendanceRate, checkInRate, percentOrDash } from './statistics-table';
import type { TableContext } from './types';

/** The columns that fit a landscape page; the XLSX and CSV reports carry every figure. */
type Column = keyof StatsCounts | 'checkInRate' | 'attendanceRate';
const TABLE_COLUMNS: Column[] = [
  'members',
  'awayDomestic',
  'awayAbroad',
  'temporaryExemption',
  'fullExemption',
  'checkInRate',
  'unpaid1',
  'unpaid2',
  'unpaid3plus',
  'attendanceRate',
  'absent2',
  'absent3plus',
  'eligibleForRemovalReview',
  'reviewsSubmitted',
  'reviewsRated',
  'reviewsMissing',
  'openHelpRequests',
  'openLeaveRequests',
];

function figure(counts: StatsCounts, key: Column): string {
  if (key === 'checkInRate') return percentOrDash(checkInRate(counts));
  if (key === 'attendanceRate') return percentOrDash(attendanceRate(counts));
  return String(counts[key]);
}

export async function writeReportPdf(
  statistics: UnitStatistics,
  t: TableContext['t'],
  output: Writable,
  asOfLabel: string,
): Promise<void> {
  const doc = await newDocument({
    title: t('report-title', { unit: statistics.unit.name }),
    layout: 'landscape',
  });
  doc.pipe(output);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const { total } = statistics;

  doc
    .font('bold')
    .fontSize(15)
    .text(t('report-title', { unit: statistics.unit.name }), { width, align: 'center' });
  doc
    .font('italic')
    .fontSize(10)
    .text(t('report-subtitle', { year: String(statistics.year), asOf: asOfLabel }), {
      width,
      align: 'center',
    });
  doc.moveDown();
  doc.font('regular').fontSize(11);
  for (const line of statsSummaryLines(t, statistics)) {
    doc.text(`• ${line}`, { width });
  }

  if (statistics.children.length > 0) {
    doc.moveDown();
    const nameWidth = 150;
    const cell = (width - nameWidth) / TABLE_COLUMNS.length;
    const drawRow = (values: string[], font: 'regular' | 'bold') => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
      const y = doc.y;
      doc.font(font).fontSize(8);
      const heights = values.map((value, index) =>
        doc.heightOfString(value, { width: (index === 0 ? nameWidth : cell) - 4 }),
      );
      values.forEach((value, index) => {
        const x = index === 0 ? left : left + nameWidth + (index - 1) * cell;
        doc.text(value, x + 2, y + 2, {
          width: (index === 0 ? nameWidth : cell) - 4,
          align: index === 0 ? 'left' : 'right',
        });
      });
      const height = Math.max(...heights) + 4;
      doc
        .moveTo(left, y + height)
        .lineTo(left + width, y + height)
        .lineWidth(0.3)
        .stroke();
      doc.y = y + height;
      doc.x = left;
    };
    drawRow([t('export-col-unit'), ...TABLE_COLUMNS.map((key) => t('stats-label', { key }))], 'bold');
    for (const child of statistics.children) {
      drawRow([child.unit.name, ...TABLE_COLUMNS.map((key) => figure(child.counts, key))], 'regular');
    }
    drawRow(
      [t('export-total', { name: statistics.unit.name }), ...TABLE_COLUMNS.map((key) => figure(total, key))],
      'bold',
    );
  }
  doc.end();
  await finished(output);
}
