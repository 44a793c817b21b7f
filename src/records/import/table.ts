// Reads an import file (.csv or .xlsx, first worksheet) as rows of text cells numbered like the spreadsheet's lines.
import fs from 'node:fs';
import path from 'node:path';
import { readCsvRows } from './csv-table';
import { readXlsxRows } from './xlsx-table';

export interface TableRow {
  /** The spreadsheet's line: the header is line 1. */
  line: number;
  cells: string[];
}

/** A problem with the file as a whole (missing, unreadable, wrong header): nothing can be imported. */
export class ImportFileError extends Error {}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

const PROGRESS_EVERY_ROWS = 1_000;

export async function* readTable(
  file: string,
  onProgress?: (progress: ReadProgress) => void,
): AsyncGenerator<TableRow, void> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new ImportFileError(`${file}: must be a .csv or .xlsx file`);
  }
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new ImportFileError(`${file}: file not found`);
  }
  if (!stats.isFile()) throw new ImportFileError(`${file}: not a file`);
  // No 'data' listener here: it would start the stream flowing before the reader is attached.
  const stream = fs.createReadStream(file);
  const rows = extension === '.csv' ? readCsvRows(file, stream) : readXlsxRows(file, stream);
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (onProgress && count % PROGRESS_EVERY_ROWS === 0) {
      onProgress({ bytesRead: stream.bytesRead, totalBytes: stats.size });
    }
    yield row;
  }
  onProgress?.({ bytesRead: stats.size, totalBytes: stats.size });
}

/** Cells as the importer compares them: trimmed, never undefined. */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
