// Streams the first worksheet of an .xlsx workbook row by row, turning every cell value into the text a CSV would hold.
import type fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { ImportFileError, type TableRow } from './table';

/** Dates become YYYY-MM-DD (Excel stores calendar dates, exceljs hands them over as UTC midnight). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function* readXlsxRows(file: string, stream: fs.ReadStream): AsyncGenerator<TableRow, void> {
  // Loaded on demand: exceljs takes a third of a second to load, and most imports are CSV.
  const { default: excel } = await import('exceljs');
  // Styles are needed to recognise date cells; shared strings must be cached to resolve text cells.
  const workbook = new excel.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sawWorksheet = false;
  let lastLine = 0;
  try {
    for await (const worksheet of workbook) {
      sawWorksheet = true;
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        // row.values is 1-based (index 0 is empty) and sparse where cells are blank.
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, index) =>
          cellText(values[index + 1]),
        );
        // Blank rows are not stored in the file; row.number keeps the spreadsheet's numbering anyway.
        lastLine = row.number;
        yield { line: row.number, cells };
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('import-file-xlsx', {
      file,
      line: lastLine ? lastLine + 1 : 'none',
      detail: (error as Error).message,
    });
  } finally {
    stream.destroy();
  }
  if (!sawWorksheet) throw new ImportFileError('import-file-no-worksheet', { file });
}
