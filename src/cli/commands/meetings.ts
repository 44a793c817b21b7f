// `homecell meetings <cell-code>`: a cell's monthly meetings of a year, with the attendance where it is recorded.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { loadPolicy } from '../../domain/policy';
import { meetingYear } from '../../domain/meetings';
import { formatInstant } from '../../presentation/formats';
import { MeetingRecords, type AttendanceLine, type MeetingView } from '../../records/meetings';
import { CliError, cliTranslator, printLine, withDatabase, type CliTranslate } from '../session';
import { parseYear } from './stats';

export interface MeetingsCliOptions {
  year?: string;
  json?: boolean;
  lang?: string;
}

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

function printMeeting(
  t: CliTranslate,
  locale: string,
  meeting: MeetingView,
  attendance: MeetingAttendanceSummary | null,
): void {
  const when = formatInstant(meeting.startsAt, meeting.cellZone, locale, (_locale, key, args) =>
    t(key, args),
  );
  printLine(t('cli-meetings-line', { when, place: meeting.place, status: meeting.status }));
  if (!attendance) return;
  printLine(
    t('cli-meetings-attendance', {
      listed: attendance.listed,
      present: attendance.present.length,
      excused: attendance.absentWithReason.length,
      unexcused: attendance.absentWithoutReason.length,
    }),
  );
  if (attendance.absentWithReason.length > 0) {
    const names = attendance.absentWithReason
      .map((absent) => t('cli-meetings-name-reason', { name: absent.name, reason: absent.reason }))
      .join(', ');
    printLine(t('cli-meetings-absent-with-reason', { names }));
  }
  if (attendance.absentWithoutReason.length > 0) {
    printLine(t('cli-meetings-absent-without-reason', { names: attendance.absentWithoutReason.join(', ') }));
  }
  if (attendance.notRecorded.length > 0) {
    printLine(t('cli-meetings-not-recorded', { names: attendance.notRecorded.join(', ') }));
  }
}

export function registerMeetings(program: Command): void {
  program
    .command('meetings')
    .description(
      "a cell's monthly meetings of a year: when, where, status, and the attendance where recorded",
    )
    .argument('<cell-code>', 'the cell')
    .option('--year <year>', "the year (default: this year in the cell's zone)")
    .option('--json', 'print the meetings as JSON')
    .option('--lang <vi|en>', 'language of the text output (default: DEFAULT_LOCALE)')
    .action(async (code: string, options: MeetingsCliOptions) => {
      const chosenYear = parseYear(options.year);
      await withDatabase(
        async ({ config, database }) => {
          const { locale, t } = cliTranslator(options.lang, config.defaultLocale);
          const cell = await database.db.unit.findUnique({
            where: { code: code.trim() },
            select: { id: true, code: true, name: true, kind: true, timezone: true },
          });
          if (!cell) throw new CliError(t('cli-unknown-unit', { code: code.trim() }));
          if (cell.kind !== 'cell') throw new CliError(t('cli-meetings-not-a-cell', { code: cell.code }));
          const year = chosenYear ?? meetingYear(systemClock(), cell.timezone);
          const meetings = new MeetingRecords(database.db, systemClock, loadPolicy(config.policyFile));
          const list = await meetings.ofYear(cell.id, year);
          const withAttendance: Array<{ meeting: MeetingView; attendance: MeetingAttendanceSummary | null }> =
            [];
          for (const meeting of list) {
            const lines = meeting.status === 'cancelled' ? [] : await meetings.attendanceLines(meeting.id);
            withAttendance.push({ meeting, attendance: attendanceSummary(lines ?? []) });
          }
          if (options.json) {
            const json = {
              cell: { code: cell.code, name: cell.name, timezone: cell.timezone },
              year,
              meetings: withAttendance.map(({ meeting, attendance }) => ({
                id: meeting.id,
                startsAt: meeting.startsAt.toISOString(),
                place: meeting.place,
                agenda: meeting.agenda,
                onlineLink: meeting.onlineLink,
                status: meeting.status,
                heldAt: meeting.heldAt?.toISOString() ?? null,
                attendance,
              })),
            };
            printLine(JSON.stringify(json, null, 2));
            return;
          }
          printLine(t('cli-meetings-title', { cell: `${cell.name} (${cell.code})`, year: String(year) }));
          if (withAttendance.length === 0) {
            printLine(t('cli-meetings-none', { year: String(year) }));
            return;
          }
          for (const { meeting, attendance } of withAttendance) printMeeting(t, locale, meeting, attendance);
        },
        { lang: options.lang },
      );
    });
}
