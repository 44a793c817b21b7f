// Writes exported tables as a streamed XLSX workbook (exceljs WorkbookWriter) or as CSV, row batch by row batch.
import { stringify } from 'csv-stringify/sync';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type { CellValue, ExportTable } from './types';

/** Called after every batch with the rows written so far (the CLI's progress bar). */
export type RowProgress = (rowsWritten: number) => void;

/** Excel's limits on sheet names: 31 characters, none of []:*?/\ . */
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 28)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** What a printed sheet says of itself: whose records, printed when, and who signs. */
export interface PrintedBook {
  unitName: string;
  unitKind: 'province' | 'district' | 'grassroots' | 'cell';
  /** The day of printing as the reader writes dates (dd/mm/yyyy). */
  printedOn: string;
  t: (key: string, args?: Record<string, string | number>) => string;
}

/** Excel's header and footer codes start with &: a unit named "A & B" must not turn into one. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/**
 * Each page printed landscape on A4, as wide as the page, the header row again on every page, the unit, the sheet
 * and the day of printing at the top and the page number at the bottom: what a secretary files.
 */
function printSetUp(title: string, book: PrintedBook) {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape' as const,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${headerText(book.unitName)}&C&B${headerText(title)}&R${headerText(
        book.t('export-printed-on', { date: book.printedOn }),
      )}`,
      // &P and &N are Excel's page number and page count.
      oddFooter: `&C${book.t('export-page', { page: '&P', pages: '&N' })}`,
    },
  };
}

/**
 * Below the last row, as at the foot of the paper book: the preparer on the left, the cell's (or committee's) leader
 * on the right, each with room to sign.
 */
function signatureRows(
  book: PrintedBook,
  columns: number,
): Array<{ cells: Array<string | null>; bold: boolean }> {
  const right = Math.max(columns - 2, 2);
  const row = (left: string, atRight: string, bold = false) => {
    const cells: Array<string | null> = Array.from({ length: right + 1 }, () => null);
    cells[1] = left;
    cells[right] = atRight;
    return { cells, bold };
  };
  const blank = { cells: [], bold: false };
  return [
    blank,
    row(book.t('export-sign-preparer'), book.t('export-sign-for', { kind: book.unitKind }), true),
    row(book.t('export-sign-hint'), book.t('export-sign-title'), true),
    row('', book.t('export-sign-hint')),
  ];
}

/**
 * Rows go to the output as they are committed; only the current row and the zip's buffers are in memory, so a
 * district of 15,000 members stays far below the memory of a workbook built whole.
 */
export async function writeXlsx(
  tables: ExportTable[],
  output: Writable,
  progress?: RowProgress,
  book?: PrintedBook,
): Promise<void> {
  // Loaded on first use: exceljs is heavy, and most commands and bot updates never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'homecell';
  const used = new Set<string>();
  let written = 0;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
      ...(book ? printSetUp(table.title, book) : {}),
    });
    sheet.columns = table.headers.map((header, index) => ({ header, width: table.widths[index] ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of table.rows()) {
      for (const row of batch) sheet.addRow(row).commit();
      written += batch.length;
      progress?.(written);
    }
    if (book) {
      for (const { cells, bold } of signatureRows(book, table.headers.length)) {
        const row = sheet.addRow(cells);
        if (bold) row.font = { bold: true };
        row.commit();
      }
    }
    sheet.commit();
  }
  await workbook.commit();
}

/**
 * RFC 4180 options for every CSV homecell writes: CRLF, quoted only where needed, and a cell a member typed that
 * begins with =, +, - or @ prefixed with ' so a spreadsheet shows it as text instead of running it as a formula.
 */
const CSV_OPTIONS = { record_delimiter: 'windows', escape_formulas: true } as const;

function csvRows(rows: readonly (readonly CellValue[])[]): string {
  return stringify(
    rows.map((row) => row.map((value) => value ?? '')),
    CSV_OPTIONS,
  );
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

/** CSV in UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese letters right. */
export async function writeCsv(table: ExportTable, output: Writable, progress?: RowProgress): Promise<void> {
  await write(output, `\uFEFF${csvRows([table.headers])}`);
  let written = 0;
  for await (const batch of table.rows()) {
    await write(output, csvRows(batch));
    written += batch.length;
    progress?.(written);
  }
}

/** Collects what a writer produces, for files small enough to send in a chat (one cell's record book). */
export async function toBuffer(produce: (output: Writable) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(output, 'end');
  await produce(output);
  // exceljs ends the stream itself when the workbook is committed; the CSV writer leaves that to us.
  if (!output.writableEnded) output.end();
  await ended;
  return Buffer.concat(chunks);
}
