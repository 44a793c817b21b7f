// The workbook writer read back with exceljs: the title block above the header, real date and date-time cells in a
// cell's zone, the print set-up, and the same values as text in CSV.
import ExcelJS from 'exceljs';
import { createI18n } from '../../../src/i18n';
import {
  dateCell,
  localTimeCell,
  type CellValue,
  type ExportTable,
} from '../../../src/records/exports/types';
import { toBuffer, writeCsv, writeXlsx, type PrintedBook } from '../../../src/records/exports/writers';

const i18n = createI18n('vi');
const t = (key: string, args?: Record<string, string | number>) => i18n.t('vi', key, args);

const ROWS: CellValue[][] = [
  [
    'Lê Văn Minh',
    dateCell('2026-02-28'),
    // 00:30 on 1 January 2027 in Hà Nội is still 31 December 2026 in UTC.
    localTimeCell(new Date('2026-12-31T17:30:00Z'), 'Asia/Ho_Chi_Minh'),
    // The night Berlin moves its clocks forward: 01:30 UTC is 03:30 there, not 02:30.
    localTimeCell(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin'),
  ],
  ['Trần Văn An', dateCell(null), localTimeCell(null, 'Asia/Ho_Chi_Minh'), 40000],
];

function table(signed?: boolean): ExportTable {
  return {
    id: 'decisions',
    title: 'Quyết định 2026',
    headers: ['Họ và tên', 'Từ ngày', 'Thời điểm quyết định', 'Thời điểm ở Berlin'],
    widths: [24, 12, 18, 18],
    signed,
    rows: async function* () {
      yield ROWS;
    },
  };
}

const BOOK: PrintedBook = {
  unitName: 'Chi bộ thôn Hải Thanh',
  unitKind: 'cell',
  year: 2026,
  printedOn: '01/01/2027',
  t,
};

async function workbookOf(tables: ExportTable[], book?: PrintedBook): Promise<ExcelJS.Workbook> {
  const bytes = await toBuffer((output) => writeXlsx(tables, output, undefined, book));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('opens each printed sheet with the unit, the title, the year and the day of printing above the header', async () => {
    const sheet = (await workbookOf([table()], BOOK)).worksheets[0];
    expect([1, 2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(1).value ?? null)).toEqual([
      'Chi bộ thôn Hải Thanh',
      'QUYẾT ĐỊNH 2026',
      'Năm 2026',
      'Ngày in: 01/01/2027',
      null,
    ]);
    expect(sheet.getRow(6).getCell(1).value).toBe('Họ và tên');
    expect(sheet.getRow(7).getCell(1).value).toBe('Lê Văn Minh');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.autoFilter).toBe('A6:D6');
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '6:6',
    });
    // The header, two rows, a blank row and three of signatures.
    expect(sheet.rowCount).toBe(6 + 2 + 4);
    expect(sheet.getRow(10).values).toContain('NGƯỜI LẬP BIỂU');
  });

  it('writes dates as date cells and times as the wall clock of the given zone', async () => {
    const sheet = (await workbookOf([table()], BOOK)).worksheets[0];
    const minh = sheet.getRow(7);
    expect(minh.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(minh.getCell(2).value).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(minh.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(minh.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(minh.getCell(3).value).toEqual(new Date(Date.UTC(2027, 0, 1, 0, 30)));
    expect(minh.getCell(3).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(minh.getCell(4).value).toEqual(new Date(Date.UTC(2026, 2, 29, 3, 30)));
    // A missing date is a blank cell, not a date of 1970; a number stays a number.
    const an = sheet.getRow(8);
    expect([an.getCell(2).value, an.getCell(3).value, an.getCell(4).value]).toEqual([null, null, 40000]);
  });

  it('leaves a sheet nobody files unsigned, and a workbook without a book starts at its header', async () => {
    const unsigned = (await workbookOf([table(false)], BOOK)).worksheets[0];
    expect(unsigned.rowCount).toBe(6 + 2);
    const plain = (await workbookOf([table()])).worksheets[0];
    expect(plain.getRow(1).getCell(1).value).toBe('Họ và tên');
    expect(plain.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(plain.rowCount).toBe(1 + 2);
  });
});

describe('writeCsv with dated cells', () => {
  it('writes the same days and wall clocks as dd/mm/yyyy text', async () => {
    const text = (await toBuffer((output) => writeCsv(table(), output))).toString('utf8');
    expect(text.split('\r\n').slice(1, 3)).toEqual([
      'Lê Văn Minh,28/02/2026,01/01/2027 00:30,29/03/2026 03:30',
      'Trần Văn An,,,40000',
    ]);
  });
});
