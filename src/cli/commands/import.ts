// `homecell import <file>`: imports a units, members or meeting attendance file; every bad row is listed, and by
// default none is imported.
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { today } from '../../domain/periods';
import { importFile, ImportFileError, type ImportReport } from '../../records/import';
import { reasonText } from '../../records/import/reason';
import { createImportProgress } from '../progress';
import { CliError, cliTranslator, printError, printLine, withDatabase, type CliTranslate } from '../session';

interface ImportCommandOptions {
  skipBad?: boolean;
  dryRun?: boolean;
  lang?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import units, members or past meeting attendance from a .csv or .xlsx file (recognised by its header)',
    )
    .argument(
      '<file>',
      'a units file (code,name,kind,parent_code), a members file (cell_code,full_name,...) or an attendance file (cell_code,meeting_at,party_card_no,status,...)',
    )
    .option('--skip-bad', 'import the good rows and list the bad ones, instead of refusing the file')
    .option('--dry-run', 'check every row, write nothing')
    .option('--lang <vi|en>', 'language of the output (default: DEFAULT_LOCALE)')
    .action(async (file: string, options: ImportCommandOptions) => {
      await withDatabase(
        async ({ config, database }) => {
          const { t } = cliTranslator(options.lang, config.defaultLocale);
          const progress = createImportProgress(t);
          let report: ImportReport;
          const now = systemClock();
          try {
            report = await importFile(database.db, path.resolve(file), {
              skipBad: Boolean(options.skipBad),
              dryRun: Boolean(options.dryRun),
              today: today(now, config.homeTimezone),
              now,
              defaultTimezone: config.homeTimezone,
              defaultLocale: config.defaultLocale,
              onProgress: (event) => progress.update(event),
            });
          } catch (error) {
            if (error instanceof ImportFileError) throw new CliError(t(error.reason.id, error.reason.args));
            throw error;
          } finally {
            progress.stop();
          }
          printReport(file, report, options, t);
        },
        { createsCluster: true },
      );
    });
}

function printReport(
  file: string,
  report: ImportReport,
  options: ImportCommandOptions,
  t: CliTranslate,
): void {
  const bad = report.problems.length;
  const skipped = Boolean(options.skipBad) && report.written;
  for (const problem of report.problems) {
    const reasons = problem.reasons.map((reason) => reasonText(reason, t));
    const line = { line: problem.line, reasons: reasons.join('; ') };
    printError(t(skipped ? 'cli-import-skipped-line' : 'cli-import-bad-line', line));
  }
  if (bad > 0 && !skipped) {
    const counts = { bad, rows: report.rows, good: report.rows - bad, file };
    // With no good row left, "--skip-bad imports the other 0" would point at an option that does nothing.
    if (options.dryRun) throw new CliError(t('cli-import-refused-dry-run', counts));
    throw new CliError(t(counts.good === 0 ? 'cli-import-refused-all' : 'cli-import-refused', counts));
  }
  printLine(t('cli-import-file', { kind: report.kind, file, rows: report.rows, skipped: skipped ? bad : 0 }));
  if (report.kind === 'units' && report.counts) {
    printLine(t('cli-import-units', { ...report.counts }));
  } else if (report.kind === 'members' && report.counts) {
    const counts = report.counts;
    printLine(t('cli-import-members', { ...counts }));
    printLine(
      t('cli-import-absences', {
        opened: counts.absencesOpened,
        updated: counts.absencesUpdated,
        ended: counts.absencesEnded,
      }),
    );
    const { fullExemptionsOpened, fullExemptionsUpdated, fullExemptionsEnded } = counts;
    if (fullExemptionsOpened + fullExemptionsUpdated + fullExemptionsEnded > 0) {
      printLine(
        t('cli-import-full-exemptions', {
          opened: fullExemptionsOpened,
          updated: fullExemptionsUpdated,
          ended: fullExemptionsEnded,
        }),
      );
    }
    if (counts.statusKept > 0) printLine(t('cli-import-status-kept', { count: counts.statusKept }));
  } else if (report.kind === 'attendance' && report.counts) {
    const { recorded, updated, unchanged, meetingsAdded } = report.counts;
    printLine(t('cli-import-attendance', { recorded, updated, unchanged }));
    if (meetingsAdded > 0) printLine(t('cli-import-meetings-added', { count: meetingsAdded }));
  } else {
    printLine(t('cli-import-dry-run-good'));
  }
}
