// The record book's meeting sheet: member by month of the year, present / absent with a reason / absent without one,
// and each member's absences without a reason in the year (the count the removal ground reads).
import type { Database } from '../../db/client';
import { meetingYear, unexcusedAbsencesInYear } from '../../domain/meetings';
import { monthsOfYear, today } from '../../domain/periods';
import { perMemberRows, type BatchMember } from './member-batches';
import { wordedAttendanceReason } from './meeting-minutes';
import type { ExportTable, TableContext } from './types';

const IDENTITY_HEADERS = ['export-col-card', 'export-col-name', 'export-col-cell'];
const IDENTITY_WIDTHS = [14, 26, 28];

export function meetingGridTable(db: Database, context: TableContext): ExportTable {
  const months = monthsOfYear(context.year);
  const { t } = context;
  return {
    id: 'meetings',
    title: t('export-sheet-meetings', { year: String(context.year) }),
    headers: [
      ...IDENTITY_HEADERS.map((key) => t(key)),
      ...months,
      t('export-col-meeting-unexcused'),
      t('export-col-meeting-legend'),
    ],
    widths: [...IDENTITY_WIDTHS, ...months.map(() => 12), 14, 60],
    rows: () =>
      perMemberRows(db, context, async (members: BatchMember[]) => {
        const rows = await db.meetingAttendance.findMany({
          where: {
            memberId: { in: members.map((member) => member.id) },
            meeting: {
              status: { not: 'cancelled' },
              // A day's margin either side; the year is the meeting cell's, checked below.
              startsAt: {
                gte: new Date(Date.UTC(context.year - 1, 11, 31)),
                lt: new Date(Date.UTC(context.year + 1, 0, 2)),
              },
            },
          },
          select: {
            memberId: true,
            status: true,
            reason: true,
            meeting: { select: { startsAt: true, cell: { select: { timezone: true } } } },
          },
          orderBy: { meeting: { startsAt: 'asc' } },
        });
        const marks = new Map<string, string[]>();
        const unexcused = new Map<number, number>();
        for (const row of rows) {
          const zone = row.meeting.cell.timezone;
          if (meetingYear(row.meeting.startsAt, zone) !== context.year) continue;
          const key = `${row.memberId}:${today(row.meeting.startsAt, zone).slice(0, 7)}`;
          // A month with a second meeting (an extraordinary one) shows both, in order.
          marks.set(key, [...(marks.get(key) ?? []), markOf(row.status, row.reason, context)]);
          const counted = unexcusedAbsencesInYear(
            [{ startsAt: row.meeting.startsAt, status: row.status }],
            context.year,
            zone,
          );
          unexcused.set(row.memberId, (unexcused.get(row.memberId) ?? 0) + counted);
        }
        return members.map((member) => [
          member.cardNumber,
          member.fullName,
          member.cell.name,
          // Blank: no meeting that month, or the member was not on its list.
          ...months.map((month) => marks.get(`${member.id}:${month}`)?.join('; ') ?? ''),
          unexcused.get(member.id) ?? 0,
          '',
        ]);
      }),
  };
}

function markOf(
  status: 'present' | 'absent_with_reason' | 'absent_without_reason',
  reason: string | null,
  context: TableContext,
): string {
  const worded = reason ? wordedAttendanceReason(reason, context.t) : '';
  return context.t('export-meeting-mark', { status, reason: worded || 'none' });
}
