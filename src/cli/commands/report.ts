// `homecell report <unit-code> --format xlsx|csv|pdf --out FILE`: a unit's report written to a file, streamed.
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { currentMonth } from '../../domain/periods';
import { loadPolicy } from '../../domain/policy';
import { ExportRecords, RECORD_BOOK_TABLES, type TableId } from '../../records/exports';
import { StatsRecords } from '../../records/stats';
import { CliError, cliTranslator, printLine, withDatabase } from '../session';
import { parseYear } from './stats';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;
const TABLES: readonly TableId[] = ['statistics', 'statistics-report', ...RECORD_BOOK_TABLES];
/** Below this many rows the report is written before a bar would help. */
const PROGRESS_MIN_ROWS = 2_000;

interface ReportCliOptions {
  format: string;
  out: string;
  year?: string;
  table?: string;
  lang?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      "a unit's report: XLSX (statistics and the record book), one table as CSV, or the statistics as PDF",
    )
    .argument('<unit-code>', 'the unit (province, district, grassroots committee or cell)')
    .requiredOption('--format <format>', 'xlsx, csv or pdf')
    .requiredOption('--out <file>', 'the file to write')
    .option('--year <year>', 'fee, check-in and review year (default: this year in HOME_TIMEZONE)')
    .option('--table <table>', `with --format csv: ${TABLES.join(', ')} (default statistics)`)
    .option('--lang <vi|en>', 'language of headers and labels (default: DEFAULT_LOCALE)')
    .action(async (code: string, options: ReportCliOptions) => {
      const format = options.format as (typeof FORMATS)[number];
      if (!FORMATS.includes(format))
        throw new CliError(`--format: "${options.format}" is not xlsx, csv or pdf`, 2);
      const table = options.table as TableId | undefined;
      if (table !== undefined && (format !== 'csv' || !TABLES.includes(table))) {
        throw new CliError(`--table: only with --format csv, one of ${TABLES.join(', ')}`, 2);
      }
      const year = parseYear(options.year);
      await withDatabase(
        async ({ config, database }) => {
          const language = {
            ...cliTranslator(options.lang, config.defaultLocale),
            zone: config.homeTimezone,
          };
          const policy = loadPolicy(config.policyFile);
          const stats = new StatsRecords(database.db, systemClock, policy);
          const exports = new ExportRecords(database.db, systemClock, policy, stats);
          const unit = await stats.unitByCode(code.trim());
          if (!unit) throw new CliError(language.t('cli-unknown-unit', { code: code.trim() }));

          const output = fs.createWriteStream(options.out);
          const opened = new Promise<void>((resolve, reject) => {
            output.once('open', () => resolve());
            output.once('error', reject);
          });
          await opened.catch((error: Error) => {
            throw new CliError(`--out: cannot write ${options.out} (${error.message})`);
          });
          const effectiveYear = year ?? Number(currentMonth(systemClock(), config.homeTimezone).slice(0, 4));
          const total = format === 'pdf' ? 0 : await exports.reportRowCount(unit, effectiveYear);
          const bar =
            process.stderr.isTTY && total >= PROGRESS_MIN_ROWS
              ? new cliProgress.SingleBar(
                  {
                    stream: process.stderr,
                    format: `${language.t('cli-report-progress')}  |{bar}| {percentage}% {value}/{total} ${language.t('cli-report-progress-rows')}`,
                    clearOnComplete: true,
                  },
                  cliProgress.Presets.shades_classic,
                )
              : undefined;
          bar?.start(total, 0);
          try {
            await exports.report(unit, language, {
              format,
              ...(table ? { table } : {}),
              ...(year ? { year } : {}),
              output,
              progress: (rows) => bar?.update(Math.min(rows, total)),
            });
            await finished(output);
          } finally {
            bar?.stop();
          }
          printLine(
            `${options.out}: ${format} report of ${unit.code} (${unit.name}), ${fs.statSync(options.out).size} bytes`,
          );
        },
        { lang: options.lang },
      );
    });
}
