// `homecell directory import <file>`: the committee's directory of overseas party organisations, shown to members abroad.
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { ImportFileError, readTable } from '../../records/import/table';
import { DirectoryRecords, type OverseasContactRow } from '../../records/directory';
import { CliError, cliTranslator, countOf, printLine, withDatabase } from '../session';

type Column = 'country_code' | 'organisation' | 'contact' | 'note' | 'is_example';
const REQUIRED: readonly string[] = ['country_code', 'organisation', 'contact'];
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'có', 'co']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'không', 'khong']);

const REASONS: Record<string, string> = {
  'invalid-country': 'country_code must be a two-letter ISO 3166-1 code, e.g. KR',
  'organisation-missing': 'organisation is empty',
  'contact-missing': 'contact is empty',
  'duplicate-row': 'the same country and organisation appear twice in the file',
};

/** The rows of the file with their spreadsheet line numbers; a wrong header or an unreadable cell stops here. */
async function readDirectory(file: string): Promise<Array<{ line: number; row: OverseasContactRow }>> {
  const rows: Array<{ line: number; row: OverseasContactRow }> = [];
  let columns: Map<string, number> | undefined;
  for await (const { line, cells } of readTable(file)) {
    if (!columns) {
      columns = new Map(cells.map((cell, index) => [cell.trim().toLowerCase(), index]));
      const missing = REQUIRED.filter((column) => !columns!.has(column));
      if (missing.length > 0)
        throw new CliError(
          `${file}: the header must have ${REQUIRED.join(', ')} (optional: note, is_example); missing ${missing.join(', ')}`,
        );
      continue;
    }
    const cell = (column: Column) => cells[columns!.get(column) ?? -1]?.trim() ?? '';
    if (cells.every((value) => value.trim() === '')) continue;
    const example = cell('is_example').toLowerCase();
    if (!YES.has(example) && !NO.has(example))
      throw new CliError(`line ${line}: is_example must be yes or no (got "${cell('is_example')}")`);
    rows.push({
      line,
      row: {
        countryCode: cell('country_code'),
        organisation: cell('organisation'),
        contact: cell('contact'),
        note: cell('note') || null,
        isExample: YES.has(example),
      },
    });
  }
  return rows;
}

export function registerDirectory(program: Command): void {
  const directory = program
    .command('directory')
    .description('the directory of overseas party organisations shown to members abroad');
  directory
    .command('import')
    .description(
      'add or update contacts from a .csv or .xlsx file (country_code,organisation,contact,note,is_example)',
    )
    .argument('<file>', 'the directory file')
    .action(async (file: string) => {
      let rows: Awaited<ReturnType<typeof readDirectory>>;
      try {
        rows = await readDirectory(path.resolve(file));
      } catch (error) {
        // The directory command still speaks English only; its file errors follow the rest of its output.
        if (error instanceof ImportFileError) {
          const { t } = cliTranslator('en', 'en');
          throw new CliError(t(error.reason.id, error.reason.args));
        }
        throw error;
      }
      if (rows.length === 0) throw new CliError(`${file}: no contacts in the file`);
      await withDatabase(async ({ database }) => {
        const result = await new DirectoryRecords(database.db, systemClock).importDirectory(
          rows.map((entry) => entry.row),
          { label: 'cli' },
        );
        if (result.outcome === 'refused') {
          const line = rows[result.row]?.line ?? '?';
          throw new CliError(
            `line ${line}: ${REASONS[result.reason] ?? result.reason}; nothing was imported`,
          );
        }
        printLine(
          `directory: ${countOf(rows.length, 'contact')} read; ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
        );
      });
    });
}
