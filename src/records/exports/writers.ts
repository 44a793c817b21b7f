// Writes exported tables as a streamed XLSX workbook (exceljs WorkbookWriter) or as CSV, row batch by row batch.
import { stringify } from 'csv-stringify/sync';
import type { Font, Row } from 'exceljs';
import { DateTime } from 'luxon';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { formatDate, formatLocalDateTime } from '../../presentation/formats';
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
  /** The year the records are of. */
  year: number;
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
function printSetUp(title: string, book: PrintedBook, headerRow: number) {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape' as const,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // Only the header row repeats: the title block is printed once, at the top of the first page.
      printTitlesRow: `${headerRow}:${headerRow}`,
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
 * The title block in the cells above the header row, as the paper book opens a page: the unit, the sheet's title,
 * the year and the day of printing, then a blank row. In the cells, not only in the print header, so it is there on
 * the screen, in a copy pasted elsewhere and in a PDF made from the sheet.
 */
function titleRows(title: string, book: PrintedBook): Array<{ text: string; font: Partial<Font> }> {
  return [
    { text: book.unitName, font: { bold: true } },
    { text: title.toLocaleUpperCase('vi'), font: { bold: true, size: 14 } },
    { text: book.t('export-title-year', { year: String(book.year) }), font: {} },
    { text: book.t('export-printed-on', { date: book.printedOn }), font: { italic: true } },
  ];
}
const TITLE_ROWS = 5;

/** Excel's formats for the two kinds of dated cell; the same in both languages, as the paper book writes dates. */
const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
const XLSX_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * A date cell is the calendar day at midnight; a time cell is the wall clock of the cell's zone, since a spreadsheet
 * date has no zone: 06:42 UTC in a cell in Hà Nội is 13:42 on the sheet, as the secretary lived it.
 */
function xlsxValue(value: CellValue): { value: string | number | Date | null; numFmt?: string } {
  if (value === null || typeof value !== 'object') return { value };
  if (value.kind === 'date') {
    const [year, month, day] = value.date.split('-').map(Number);
    return { value: new Date(Date.UTC(year, month - 1, day)), numFmt: XLSX_DATE_FORMAT };
  }
  const local = DateTime.fromJSDate(value.at, { zone: value.zone });
  return {
    value: new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)),
    numFmt: XLSX_DATE_TIME_FORMAT,
  };
}

function addXlsxRow(sheet: { addRow(values: unknown[]): Row }, values: readonly CellValue[]): Row {
  const cells = values.map(xlsxValue);
  const row = sheet.addRow(cells.map((cell) => cell.value));
  cells.forEach((cell, index) => {
    if (cell.numFmt) row.getCell(index + 1).numFmt = cell.numFmt;
  });
  return row;
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
    const headerRow = book ? TITLE_ROWS + 1 : 1;
    const sheet = workbook.addWorksheet(sheetName(table.title, used), {
      // Panes frozen at the header row itself, not at the title block above it.
      views: [{ state: 'frozen', ySplit: headerRow }],
      ...(book ? printSetUp(table.title, book, headerRow) : {}),
    });
    // The filter's buttons on the header row too (written when the sheet is committed).
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: Math.max(table.headers.length, 1) },
    };
    sheet.columns = table.headers.map((_header, index) => ({ width: table.widths[index] ?? 14 }));
    if (book) {
      for (const { text, font } of titleRows(table.title, book)) {
        const row = sheet.addRow([text]);
        row.font = font;
        row.commit();
      }
      sheet.addRow([]).commit();
    }
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.commit();
    for await (const batch of table.rows()) {
      for (const row of batch) addXlsxRow(sheet, row).commit();
      written += batch.length;
      progress?.(written);
    }
    if (book && table.signed !== false) {
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
 * CSV has no date type: a date is written "03/12/2026" and a time "03/12/2026 13:42" in the cell's zone, in both
 * languages, the form a spreadsheet opened in Vietnam reads back as a date (ISO text or a UTC instant it does not,
 * and "3 Dec 2026" only in English settings).
 */
function csvValue(value: CellValue): string | number {
  if (value === null) return '';
  if (typeof value !== 'object') return value;
  return value.kind === 'date'
    ? formatDate(value.date, 'vi')
    : formatLocalDateTime(value.at, value.zone, 'vi');
}

/**
 * RFC 4180 options for every CSV homecell writes: CRLF, quoted only where needed, and a cell a member typed that
 * begins with =, +, - or @ prefixed with ' so a spreadsheet shows it as text instead of running it as a formula.
 */
const CSV_OPTIONS = { record_delimiter: 'windows', escape_formulas: true } as const;

function csvRows(rows: readonly (readonly CellValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvValue)),
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
