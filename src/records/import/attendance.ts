// Imports past meetings' attendance (one row per member and meeting): every row checked, then one transaction.
import path from 'node:path';
import type { Database } from '../../db/client';
import { readMeetingTime } from '../../domain/meeting-time';
import { meetingExpectation } from '../../domain/meetings';
import { today } from '../../domain/periods';
import { recordAudit } from '../audit';
import { loadDatedFacts, memberIn, membershipOf, NO_DATED_FACTS } from '../dated-facts';
import { writeAttendance, type AttendanceEntry, type MeetingStatus } from '../meetings';
import { findUnitsByCode } from '../units';
import { attendanceRowSchema, type AttendanceRow } from './attendance-row';
import { cellsByColumn, type AttendanceColumn } from './header';
import { RowProblems, zodReasons } from './problems';
import { reason } from './reason';
import { isBlankRow, type TableRow } from './table';
import type { AttendanceImportCounts, ImportOptions, ImportReport } from './types';

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;
const IMPORT_ACTOR = { id: null, label: 'cli' };

/** A row whose cell, meeting time and member are known. */
interface ResolvedAttendanceRow extends AttendanceRow {
  cellId: number;
  cellZone: string;
  startsAt: Date;
  memberId: number;
}

interface StoredMeeting {
  id: number;
  status: MeetingStatus;
  place: string;
}

/** Meetings are one per cell and start time: the same time in another zone is another instant, so another meeting. */
const meetingKey = (cellId: number, startsAt: Date) => `${cellId}@${startsAt.getTime()}`;

export async function importAttendance(
  db: Database,
  file: string,
  rows: AsyncIterable<TableRow>,
  columns: Map<AttendanceColumn, number>,
  options: ImportOptions,
): Promise<ImportReport> {
  const problems = new RowProblems();
  const parsed: AttendanceRow[] = [];
  let dataRows = 0;
  for await (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    dataRows += 1;
    const result = attendanceRowSchema.safeParse(cellsByColumn(columns, row.cells), { reportInput: true });
    if (result.success) parsed.push({ line: row.line, ...result.data });
    else problems.addAll(row.line, zodReasons(result.error));
  }

  const resolved = await resolveRows(db, parsed, problems, options.now);
  const meetings = await checkMeetings(db, resolved, problems);
  const good = resolved.filter((row) => !problems.has(row.line));
  const report = { kind: 'attendance' as const, file, rows: dataRows, problems: problems.list() };
  if ((problems.count > 0 && !options.skipBad) || options.dryRun) {
    return { ...report, written: false, counts: null };
  }
  const counts = await db.$transaction(
    async (tx) => {
      const written: AttendanceImportCounts = { recorded: 0, updated: 0, unchanged: 0, meetingsAdded: 0 };
      for (const group of groupByMeeting(good)) {
        const first = group[0];
        let meeting = meetings.get(meetingKey(first.cellId, first.startsAt));
        if (!meeting) {
          const place = group.find((row) => row.place)?.place ?? '';
          // Held already: the file brings its minutes; heldAt is when homecell learnt of them.
          const row = await tx.meeting.create({
            data: {
              cellId: first.cellId,
              startsAt: first.startsAt,
              place,
              agenda: '',
              status: 'held',
              heldAt: options.now,
              createdAt: options.now,
              updatedAt: options.now,
            },
          });
          await recordAudit(tx, {
            actorLabel: IMPORT_ACTOR.label,
            action: 'meeting.imported',
            entity: 'Meeting',
            entityId: row.id,
            after: { startsAt: first.startsAt, place, file: path.basename(file) },
            at: options.now,
          });
          meeting = { id: row.id, status: row.status, place };
          written.meetingsAdded += 1;
        }
        const entries: AttendanceEntry[] = group.map((row) => ({
          memberId: row.memberId,
          status: row.status,
          reason: row.reason,
        }));
        for (const line of await writeAttendance(tx, meeting, entries, IMPORT_ACTOR, options.now)) {
          if (line.outcome === 'recorded') written.recorded += 1;
          else if (line.outcome === 'corrected') written.updated += 1;
          else written.unchanged += 1;
        }
      }
      await recordAudit(tx, {
        actorLabel: IMPORT_ACTOR.label,
        action: 'import.attendance',
        entity: 'MeetingAttendance',
        after: { file: path.basename(file), rows: dataRows, skipped: problems.count, ...written },
        at: options.now,
      });
      return written;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
  options.onProgress?.({ phase: 'writing', done: good.length, total: good.length });
  return { ...report, written: true, counts };
}

/** Each row's cell, the meeting's instant on the cell's clock (held already: not after `now`), and the member. */
async function resolveRows(
  db: Database,
  rows: AttendanceRow[],
  problems: RowProblems,
  now: Date,
): Promise<ResolvedAttendanceRow[]> {
  const cells = await findUnitsByCode(
    db,
    rows.map((row) => row.cellCode),
  );
  const cards = [...new Set(rows.map((row) => row.cardNumber))];
  const members = new Map(
    (cards.length > 0
      ? await db.member.findMany({
          where: { cardNumber: { in: cards } },
          select: { id: true, cardNumber: true, cellId: true },
        })
      : []
    ).map((member) => [member.cardNumber, member]),
  );
  const lineOf = new Map<string, number>();
  const resolved: ResolvedAttendanceRow[] = [];
  for (const row of rows) {
    const cell = cells.get(row.cellCode);
    if (!cell) problems.add(row.line, reason('import-unknown-cell', { code: row.cellCode }));
    else if (cell.kind !== 'cell') {
      problems.add(
        row.line,
        reason('import-not-a-cell', { column: 'cell_code', code: cell.code, kind: cell.kind }),
      );
    }
    const member = members.get(row.cardNumber);
    if (!member) problems.add(row.line, reason('import-attendance-unknown-card', { card: row.cardNumber }));
    else if (cell?.kind === 'cell' && member.cellId !== cell.id) {
      problems.add(
        row.line,
        reason('import-attendance-other-cell', { card: row.cardNumber, code: row.cellCode }),
      );
    }
    if (!cell || cell.kind !== 'cell') continue;
    const read = readMeetingTime(row.meetingAt, cell.timezone, { iso: true });
    if (!read.ok) {
      const id = `import-meeting-at-${read.problem}`;
      problems.add(row.line, reason(id, { column: 'meeting_at', value: row.meetingAt }));
      continue;
    }
    if (read.value > now) {
      problems.add(
        row.line,
        reason('import-meeting-at-future', { value: row.meetingAt, zone: cell.timezone }),
      );
    }
    const key = `${meetingKey(cell.id, read.value)}:${row.cardNumber}`;
    const first = lineOf.get(key);
    if (first !== undefined) {
      problems.add(row.line, reason('import-attendance-also-on', { card: row.cardNumber, line: first }));
      problems.add(first, reason('import-attendance-repeated-on', { card: row.cardNumber, line: row.line }));
    } else lineOf.set(key, row.line);
    if (member && !problems.has(row.line)) {
      resolved.push({
        ...row,
        cellId: cell.id,
        cellZone: cell.timezone,
        startsAt: read.value,
        memberId: member.id,
      });
    }
  }
  return resolved;
}

/**
 * The meetings the rows name: a cancelled one takes no attendance, a place must agree with the one recorded (or
 * with the meeting's first row that gives one), and a member the minutes would not list that day (on a full
 * exemption, no longer in the cell's care) is refused unless already recorded. Returns the meetings homecell knows.
 */
async function checkMeetings(
  db: Database,
  rows: ResolvedAttendanceRow[],
  problems: RowProblems,
): Promise<Map<string, StoredMeeting>> {
  const stored = new Map<string, StoredMeeting>();
  if (rows.length === 0) return stored;
  const found = await db.meeting.findMany({
    where: {
      OR: [...new Set(rows.map((row) => row.cellId))].map((cellId) => ({
        cellId,
        startsAt: { in: rows.filter((row) => row.cellId === cellId).map((row) => row.startsAt) },
      })),
    },
    select: { id: true, cellId: true, startsAt: true, status: true, place: true },
  });
  for (const meeting of found) stored.set(meetingKey(meeting.cellId, meeting.startsAt), meeting);
  const recorded = new Set(
    (
      await db.meetingAttendance.findMany({
        where: { meetingId: { in: found.map((meeting) => meeting.id) } },
        select: { meetingId: true, memberId: true },
      })
    ).map((row) => `${row.meetingId}:${row.memberId}`),
  );
  const members = await db.member.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.memberId))] } },
    select: { id: true, status: true },
  });
  const statusOf = new Map(members.map((member) => [member.id, member.status]));
  const dated = await loadDatedFacts(db, memberIn([...statusOf.keys()]));

  for (const group of groupByMeeting(rows)) {
    const meeting = stored.get(meetingKey(group[0].cellId, group[0].startsAt));
    const placed = group.find((row) => row.place);
    for (const row of group) {
      if (meeting?.status === 'cancelled') {
        problems.add(row.line, reason('import-meeting-cancelled', { value: row.meetingAt }));
        continue;
      }
      if (row.place && meeting?.place && row.place !== meeting.place) {
        problems.add(
          row.line,
          reason('import-meeting-place-stored', { value: row.place, place: meeting.place }),
        );
      } else if (row.place && !meeting?.place && placed && row.place !== placed.place) {
        problems.add(
          row.line,
          reason('import-meeting-place-also-on', {
            value: row.place,
            place: placed.place!,
            line: placed.line,
          }),
        );
      }
      if (meeting && recorded.has(`${meeting.id}:${row.memberId}`)) continue;
      const facts = {
        membership: membershipOf(statusOf.get(row.memberId)!),
        ...(dated.get(row.memberId) ?? NO_DATED_FACTS),
      };
      const day = today(row.startsAt, row.cellZone);
      if (meetingExpectation(facts, day).kind === 'not-listed') {
        problems.add(row.line, reason('import-attendance-not-listed', { card: row.cardNumber, day }));
      }
    }
  }
  return stored;
}

/** Rows by meeting, in the file's order of first appearance. */
function groupByMeeting<T extends { cellId: number; startsAt: Date }>(rows: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = meetingKey(row.cellId, row.startsAt);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}
