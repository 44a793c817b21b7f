// Reads an import file (.csv or .xlsx, first worksheet) as rows of text cells numbered like the spreadsheet's lines.
import fs from 'node:fs';
import path from 'node:path';
import { readCsvRows } from './csv-table';
import { ImportFileError } from './reason';
import { readXlsxRows } from './xlsx-table';

export interface TableRow {
  /** The spreadsheet's line: the header is line 1. */
  line: number;
  cells: string[];
}

export { ImportFileError } from './reason';

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
    throw new ImportFileError('import-file-extension', { file });
  }
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new ImportFileError('import-file-not-found', { file });
  }
  if (!stats.isFile()) throw new ImportFileError('import-file-not-a-file', { file });
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
