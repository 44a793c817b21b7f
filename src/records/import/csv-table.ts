// Streams a CSV file row by row; tolerates a BOM and guesses the delimiter (',' ';' or tab) from the header line.
import fs from 'node:fs';
import { parse } from 'csv-parse';
import { ImportFileError, type TableRow } from './table';

const DELIMITERS = [',', ';', '\t'] as const;

/** Spreadsheets saved in a locale with decimal commas write ';' between columns; the header tells which. */
function guessDelimiter(file: string): string {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const firstLine = buffer.subarray(0, length).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const counts = DELIMITERS.map((delimiter) => firstLine.split(delimiter).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? DELIMITERS[best] : ',';
}

export async function* readCsvRows(file: string, stream: fs.ReadStream): AsyncGenerator<TableRow, void> {
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter: guessDelimiter(file),
      relax_column_count: true,
      // Blank lines are kept so that line numbers match what the spreadsheet shows.
      skip_empty_lines: false,
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      yield { line, cells: record.map((cell) => cell ?? '') };
    }
  } catch (error) {
    throw new ImportFileError('import-file-csv', { file, line: line + 1, detail: (error as Error).message });
  } finally {
    stream.destroy();
  }
}
