// One row of a meeting attendance file, checked on its own: the cell, the meeting's time as typed, the member, the status.
import { z } from 'zod';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../domain/meetings';
import { choiceCell, optionalCell, requiredCell } from './cells';
import type { AttendanceColumn } from './header';

/** A valid row; the meeting's time is still text, read once the cell (and its zone) is known. */
export interface AttendanceRow {
  line: number;
  cellCode: string;
  meetingAt: string;
  place?: string;
  cardNumber: string;
  status: AttendanceStatus;
  /** The reason as the minutes write it: given for, and only for, an absence with a reason. */
  reason: string | null;
}

export const attendanceRowSchema = z
  .object({
    cell_code: requiredCell(),
    meeting_at: requiredCell(),
    place: optionalCell(z.string()),
    party_card_no: requiredCell(),
    status: requiredCell().pipe(choiceCell(ATTENDANCE_STATUSES)),
    reason: optionalCell(z.string()),
  })
  .superRefine((row, context) => {
    const problem = (column: AttendanceColumn, id: string, params: Record<string, string> = {}) =>
      context.addIssue({ code: 'custom', path: [column], message: id, params });
    if (row.status === 'absent_with_reason' && !row.reason)
      problem('reason', 'import-attendance-reason-required');
    // The minutes keep a reason only for an absence with one; dropping it silently would lose what the file says.
    if (row.status !== 'absent_with_reason' && row.reason) {
      problem('reason', 'import-attendance-reason-unexpected', { status: row.status });
    }
  })
  .transform((row): Omit<AttendanceRow, 'line'> => ({
    cellCode: row.cell_code,
    meetingAt: row.meeting_at,
    place: row.place,
    cardNumber: row.party_card_no,
    status: row.status,
    reason: row.reason ?? null,
  }));
