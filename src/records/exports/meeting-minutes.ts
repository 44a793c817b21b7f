// The attendance list that goes with the minutes of a cell meeting (biên bản sinh hoạt chi bộ), as a printable PDF.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { MEETING_ABSENCE_REASONS } from '../../domain/meetings';
import { today } from '../../domain/periods';
import { formatDate, formatInstant } from '../../presentation/formats';
import type { AttendanceLine } from '../meetings';
import { newDocument, numberPages } from './pdf-fonts';
import type { TableContext } from './types';

/** What the minutes recorded for one meeting; null while nothing is recorded. */
export interface MeetingAttendanceSummary {
  listed: number;
  present: string[];
  absentWithReason: Array<{ name: string; reason: string }>;
  absentWithoutReason: string[];
  notRecorded: string[];
}

export function attendanceSummary(lines: readonly AttendanceLine[]): MeetingAttendanceSummary | null {
  if (!lines.some((line) => line.recorded)) return null;
  const summary: MeetingAttendanceSummary = {
    listed: lines.length,
    present: [],
    absentWithReason: [],
    absentWithoutReason: [],
    notRecorded: [],
  };
  for (const line of lines) {
    if (!line.recorded) summary.notRecorded.push(line.fullName);
    else if (line.recorded.status === 'present') summary.present.push(line.fullName);
    else if (line.recorded.status === 'absent_with_reason')
      summary.absentWithReason.push({ name: line.fullName, reason: line.recorded.reason ?? '' });
    else summary.absentWithoutReason.push(line.fullName);
  }
  return summary;
}

/**
 * A recorded reason as the reader reads it: the minutes keep the secretary's words, but a screen or a file may have
 * stored one of the invitation's choices (`ill`) or an arrangement (`temporary-exemption`): those are worded.
 */
export function wordedAttendanceReason(reason: string, t: TableContext['t']): string {
  const trimmed = reason.trim();
  const known = [
    ...MEETING_ABSENCE_REASONS,
    'temporary-exemption',
    'temporary-transfer',
  ] as readonly string[];
  return known.includes(trimmed) ? t('meeting-reason', { reason: trimmed }) : trimmed;
}

export interface MinutesForPdf {
  cellName: string;
  /** The committee above the cell (grassroots), as the heading names it. */
  committeeName: string;
  startsAt: Date;
  /** The cell's zone: the meeting's date and time are the cell's. */
  cellZone: string;
  place: string;
  online: string[];
  attendance: MeetingAttendanceSummary;
}

export async function writeMeetingMinutesPdf(
  minutes: MinutesForPdf,
  language: { t: TableContext['t']; locale: string },
  output: Writable,
): Promise<void> {
  const { t, locale } = language;
  const when = formatInstant(minutes.startsAt, minutes.cellZone, locale, (_locale, key, args) =>
    t(key, args),
  );
  const day = formatDate(today(minutes.startsAt, minutes.cellZone), locale);
  const doc = await newDocument({
    title: t('meeting-minutes-title-line', { cell: minutes.cellName, date: day }),
  });
  doc.pipe(output);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const top = doc.y;
  const half = { width: width / 2, align: 'center' } as const;

  // The heading as on the cell's paper: committee and cell on the left, the Party's name and the date on the right.
  doc.fontSize(11).font('regular').text(minutes.committeeName.toUpperCase(), left, top, half);
  doc.font('bold').text(minutes.cellName.toUpperCase(), half);
  doc.text('*', half);
  doc.font('bold').text(t('form2c-party'), left + width / 2, top, { ...half, underline: true });
  doc.font('italic').text(t('meeting-minutes-dated', { date: day }), half);

  doc.moveDown(2);
  doc.x = left;
  doc.font('bold').fontSize(15).text(t('meeting-minutes-title'), { width, align: 'center' });
  doc.font('italic').fontSize(10).text(t('meeting-minutes-subtitle'), { width, align: 'center' });
  doc.moveDown();

  const { attendance } = minutes;
  doc.font('regular').fontSize(12);
  for (const line of [
    t('meeting-minutes-cell', { cell: minutes.cellName }),
    t('meeting-minutes-when', { when }),
    t('meeting-minutes-place', { place: minutes.place || '…' }),
    t('meeting-minutes-listed', { count: attendance.listed }),
    t('meeting-minutes-count-present', { count: attendance.present.length }),
    t('meeting-minutes-count-excused', { count: attendance.absentWithReason.length }),
    t('meeting-minutes-count-unexcused', { count: attendance.absentWithoutReason.length }),
  ]) {
    doc.text(line, { width });
  }

  const section = (heading: string, entries: string[]) => {
    doc.moveDown(0.6);
    doc.font('bold').text(heading, { width });
    doc.font('regular');
    if (entries.length === 0) doc.text(t('meeting-minutes-nobody'), { width, indent: 16 });
    entries.forEach((entry, index) => doc.text(`${index + 1}. ${entry}`, { width, indent: 16 }));
  };
  const online = new Set(minutes.online);
  section(
    t('meeting-minutes-present', { count: attendance.present.length }),
    attendance.present.map((name) => (online.has(name) ? t('meeting-minutes-online', { name }) : name)),
  );
  section(
    t('meeting-minutes-absent-with-reason', { count: attendance.absentWithReason.length }),
    attendance.absentWithReason.map(({ name, reason }) =>
      t('meeting-minutes-name-reason', { name, reason: wordedAttendanceReason(reason, t) || '…' }),
    ),
  );
  section(
    t('meeting-minutes-absent-without-reason', { count: attendance.absentWithoutReason.length }),
    attendance.absentWithoutReason,
  );
  // A line not recorded yet is shown, never left out: the list must add up to the members listed.
  if (attendance.notRecorded.length > 0) {
    section(
      t('meeting-minutes-not-recorded', { count: attendance.notRecorded.length }),
      attendance.notRecorded,
    );
  }

  // Signatures: the meeting's secretary on the left, the chair on behalf of the cell on the right.
  doc.moveDown(2);
  if (doc.y > doc.page.height - doc.page.margins.bottom - 140) doc.addPage();
  const signTop = doc.y;
  const column = { width: width / 2 - 10, align: 'center' } as const;
  doc.font('bold').fontSize(11).text(t('meeting-minutes-sign-secretary'), left, signTop, column);
  doc.font('italic').text(t('form2c-sign-hint'), column);
  const afterLeft = doc.y;
  doc.font('bold').text(t('meeting-minutes-sign-on-behalf'), left + width / 2, signTop, half);
  doc.text(t('meeting-minutes-sign-chair'), half);
  doc.font('italic').text(t('form2c-sign-hint'), half);
  doc.y = Math.max(doc.y, afterLeft) + 60;

  numberPages(doc, (page, pages) => t('export-page', { page, pages }));
  doc.end();
  await finished(output);
}
