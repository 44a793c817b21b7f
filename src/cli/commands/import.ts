// `homecell import <file>`: imports a units or members file; every bad row is listed, and by default none is imported.
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { today } from '../../domain/periods';
import { importFile, ImportFileError, type ImportReport } from '../../records/import';
import { createImportProgress } from '../progress';
import { CliError, countOf, printError, printLine, withDatabase } from '../session';

interface ImportCommandOptions {
  skipBad?: boolean;
  dryRun?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import units or members from a .csv or .xlsx file (recognised by its header)')
    .argument(
      '<file>',
      'a units file (code,name,kind,parent_code) or a members file (cell_code,full_name,...)',
    )
    .option('--skip-bad', 'import the good rows and list the bad ones, instead of refusing the file')
    .option('--dry-run', 'check every row, write nothing')
    .action(async (file: string, options: ImportCommandOptions) => {
      await withDatabase(
        async ({ config, database }) => {
          const progress = createImportProgress();
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
            if (error instanceof ImportFileError) throw new CliError(error.message);
            throw error;
          } finally {
            progress.stop();
          }
          printReport(file, report, options);
        },
        { createsCluster: true },
      );
    });
}

function printReport(file: string, report: ImportReport, options: ImportCommandOptions): void {
  const bad = report.problems.length;
  const skipped = Boolean(options.skipBad) && report.written;
  for (const problem of report.problems) {
    printError(`${skipped ? 'skipped ' : ''}line ${problem.line}: ${problem.reasons.join('; ')}`);
  }
  if (bad > 0 && !skipped) {
    const good = report.rows - bad;
    throw new CliError(
      options.dryRun
        ? `${bad} of ${report.rows} rows in ${file} have errors (dry run)`
        : `${bad} of ${report.rows} rows in ${file} have errors; nothing was imported (--skip-bad imports the other ${good})`,
    );
  }
  printLine(
    `${report.kind} file ${file}: ${countOf(report.rows, 'row')}${skipped ? `, ${countOf(bad, 'bad row')} skipped` : ''}`,
  );
  if (report.kind === 'units' && report.counts) {
    const { created, updated, moved, unchanged } = report.counts;
    printLine(`units: ${created} created, ${updated} updated (${moved} moved), ${unchanged} unchanged`);
  } else if (report.kind === 'members' && report.counts) {
    const counts = report.counts;
    printLine(`members: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
    printLine(
      `absences: ${counts.absencesOpened} opened, ${counts.absencesUpdated} updated, ${counts.absencesEnded} ended`,
    );
    const { fullExemptionsOpened, fullExemptionsUpdated, fullExemptionsEnded } = counts;
    if (fullExemptionsOpened + fullExemptionsUpdated + fullExemptionsEnded > 0) {
      printLine(
        `full exemptions (age, health): ${fullExemptionsOpened} recorded, ${fullExemptionsUpdated} updated, ${fullExemptionsEnded} ended`,
      );
    }
    if (counts.statusKept > 0) {
      printLine(`${counts.statusKept} removed, left or transferred members kept their status`);
    }
  } else {
    printLine('dry run: every row is good; nothing written');
  }
}
