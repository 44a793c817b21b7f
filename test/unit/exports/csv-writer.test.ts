// The CSV writer: UTF-8 with a byte-order mark, CRLF, quotes where needed, and no cell a spreadsheet would run.
import { toBuffer, writeCsv } from '../../../src/records/exports/writers';
import type { CellValue, ExportTable } from '../../../src/records/exports/types';

function table(rows: CellValue[][]): ExportTable {
  return {
    id: 'roster',
    title: 'Danh sách',
    headers: ['Họ và tên', 'Ghi chú', 'Số tiền'],
    widths: [24, 40, 12],
    rows: async function* () {
      yield rows;
    },
  };
}

const csvOf = async (rows: CellValue[][]) =>
  (await toBuffer((output) => writeCsv(table(rows), output))).toString('utf8');

describe('writeCsv', () => {
  it('writes Vietnamese text behind a byte-order mark, CRLF, quoting commas, quotes and line breaks', async () => {
    expect(await csvOf([['Lê Thị Bình', 'Ở "Bình Dương", ca đêm\nthứ hai', 40000]])).toBe(
      '\uFEFFHọ và tên,Ghi chú,Số tiền\r\nLê Thị Bình,"Ở ""Bình Dương"", ca đêm\nthứ hai",40000\r\n',
    );
    expect(await csvOf([['Trần An', null, null]])).toBe('\uFEFFHọ và tên,Ghi chú,Số tiền\r\nTrần An,,\r\n');
  });

  it('keeps a typed =, +, - or @ at the start of a cell as text, so a spreadsheet does not run it', async () => {
    const text = await csvOf([
      ['=HYPERLINK("http://x.example","bấm")', '+84 912 345 678', 0],
      ['@SUM(A1:A9)', '-1+1', -5],
    ]);
    const [, first, second] = text.split('\r\n');
    expect(first).toBe(`"'=HYPERLINK(""http://x.example"",""bấm"")",'+84 912 345 678,0`);
    // A number stays a number, a negative one too; only text is escaped.
    expect(second).toBe(`'@SUM(A1:A9),'-1+1,-5`);
  });
});
