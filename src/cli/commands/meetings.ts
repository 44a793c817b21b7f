// `homecell meetings <cell-code>`: a cell's monthly meetings of a year, with the attendance where it is recorded;
// with --minutes, one meeting's attendance list for the minutes as a PDF.
import fs from 'node:fs';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { loadPolicy, type Policy } from '../../domain/policy';
import type { Database } from '../../db/client';
import { ExportRecords, type ExportLanguage } from '../../records/exports';
import { StatsRecords } from '../../records/stats';
import { meetingYear } from '../../domain/meetings';
import { formatInstant } from '../../presentation/formats';
import { attendanceSummary, type MeetingAttendanceSummary } from '../../records/exports/meeting-minutes';
import { MeetingRecords, type MeetingView } from '../../records/meetings';
import { CliError, cliTranslator, printLine, withDatabase, type CliTranslate } from '../session';
import { parseYear } from './stats';

export { attendanceSummary, type MeetingAttendanceSummary } from '../../records/exports/meeting-minutes';

export interface MeetingsCliOptions {
  year?: string;
  json?: boolean;
  lang?: string;
  minutes?: string;
  out?: string;
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
    .option(
      '--minutes <meeting-id>',
      "write that meeting's attendance list for the minutes as a PDF (with --out)",
    )
    .option('--out <file>', 'with --minutes: the PDF file to write')
    .action(async (code: string, options: MeetingsCliOptions) => {
      const chosenYear = parseYear(options.year);
      await withDatabase(
        async ({ config, database }) => {
          const { locale, t } = cliTranslator(options.lang, config.defaultLocale);
          const minutesId = minutesIdOf(options, code.trim(), t);
          const cell = await database.db.unit.findUnique({
            where: { code: code.trim() },
            select: { id: true, code: true, name: true, kind: true, timezone: true },
          });
          if (!cell) throw new CliError(t('cli-unknown-unit', { code: code.trim() }));
          if (cell.kind !== 'cell') throw new CliError(t('cli-meetings-not-a-cell', { code: cell.code }));
          if (minutesId !== null) {
            const language = { t, locale, zone: config.homeTimezone };
            await writeMinutes(
              database.db,
              loadPolicy(config.policyFile),
              cell,
              minutesId,
              options.out!,
              language,
            );
            return;
          }
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

/** The meeting --minutes names, checked before anything is read; null without --minutes. */
function minutesIdOf(options: MeetingsCliOptions, code: string, t: CliTranslate): number | null {
  if (options.minutes === undefined && options.out === undefined) return null;
  if (options.minutes === undefined || options.out === undefined) {
    throw new CliError(t('cli-meetings-minutes-needs-out'), 2);
  }
  const id = Number(options.minutes);
  if (!/^\d+$/.test(options.minutes.trim()) || !Number.isSafeInteger(id) || id <= 0) {
    throw new CliError(t('cli-meetings-minutes-not-a-number', { value: options.minutes, code }), 2);
  }
  return id;
}

async function writeMinutes(
  db: Database,
  policy: Policy,
  cell: { id: number; code: string; name: string },
  meetingId: number,
  file: string,
  language: ExportLanguage,
): Promise<void> {
  const { t } = language;
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { cellId: true } });
  // Another cell's meeting is not this cell's: the number was mistyped, or the code.
  if (!meeting || meeting.cellId !== cell.id) {
    throw new CliError(t('cli-meetings-minutes-unknown', { id: String(meetingId), code: cell.code }));
  }
  const exports = new ExportRecords(db, systemClock, policy, new StatsRecords(db, systemClock, policy));
  const result = await exports.meetingMinutesPdfForCli(meetingId, language);
  if (!result)
    throw new CliError(t('cli-meetings-minutes-unknown', { id: String(meetingId), code: cell.code }));
  if (result.outcome === 'cancelled' || result.outcome === 'not-recorded') {
    throw new CliError(t(`cli-meetings-minutes-${result.outcome}`, { id: String(meetingId) }));
  }
  try {
    fs.writeFileSync(file, result.file.bytes);
  } catch (error) {
    throw new CliError(t('cli-meetings-minutes-cannot-write', { file, detail: (error as Error).message }));
  }
  const zone = (await db.unit.findUniqueOrThrow({ where: { id: cell.id }, select: { timezone: true } }))
    .timezone;
  const when = formatInstant(result.meeting.startsAt, zone, language.locale, (_locale, key, args) =>
    t(key, args),
  );
  printLine(t('cli-meetings-minutes-written', { file, when, cell: `${cell.name} (${cell.code})` }));
}
