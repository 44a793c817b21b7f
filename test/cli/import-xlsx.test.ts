// `homecell import` of an .xlsx workbook: header in any case and order, extra columns, real date and number cells.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTempDir, runCli, SAMPLE_DATA } from './run-cli';

const HEADER = [
  'Full Name',
  'PARTY CARD NO',
  'Cell Code',
  'Unit Path',
  'Ghi chú',
  'Birth Year',
  'Role',
  'Officer Unit',
  'Away Kind',
  'Place',
  'Country',
  'Away Since',
  'Exemption Until',
  'Timezone',
  'Language',
  'Monthly Fee VND',
];

async function writeWorkbook(file: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đảng viên');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  // A second sheet must be ignored: only the first worksheet is read.
  workbook.addWorksheet('Notes').addRow(['not', 'a', 'member']);
  await workbook.xlsx.writeFile(file);
}

describe('homecell import (.xlsx)', () => {
  let database: TestDatabase;
  let dir: string;
  // Import output in English, as these tests read it (not DEFAULT_LOCALE: that is also new members' language).
  const cli = (args: string[]) =>
    runCli(args[0] === 'import' ? [...args, '--lang', 'en'] : args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = makeTempDir();
    const units = await cli(['import', path.join(SAMPLE_DATA, 'units-sample.csv')]);
    expect(units.code).toBe(0);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports members from the first worksheet, with date cells, number cells and a unit path', async () => {
    const file = path.join(dir, 'members.xlsx');
    await writeWorkbook(file, [
      [
        'Đỗ Văn Hải',
        '05.000001',
        'NA-DC-DT-X3',
        '',
        'gọi tối',
        1984,
        'Secretary',
        '',
        'none',
        '',
        'VN',
        '',
        '',
        '',
        'vi',
        30000,
      ],
      [
        'Lưu Thị Hằng',
        '05.000002',
        '',
        'NA/NA-CL/NA-CL-NH/NA-CL-NH-HT',
        '',
        1992,
        'member',
        '',
        'Abroad',
        'Busan',
        'kr',
        new Date(Date.UTC(2026, 2, 5)),
        new Date(Date.UTC(2027, 2, 4)),
        'Asia/Seoul',
        'en',
        20000,
      ],
      [
        'Phan Văn Tú',
        '05.000003',
        'NA-CL-NH-HB',
        '',
        '',
        1975,
        'officer',
        'NA-CL-NH',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    const result = await cli(['import', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('members: 3 created, 0 updated, 0 unchanged');

    const secretary = await database.db.member.findUniqueOrThrow({
      where: { cardNumber: '05.000001' },
      include: { cell: true },
    });
    expect(secretary).toMatchObject({
      fullName: 'Đỗ Văn Hải',
      role: 'secretary',
      birthYear: 1984,
      monthlyFeeVnd: 30000,
    });
    expect(secretary.cell.code).toBe('NA-DC-DT-X3');

    const abroad = await database.db.member.findUniqueOrThrow({
      where: { cardNumber: '05.000002' },
      include: { cell: true, absences: true },
    });
    // The exemption is a dated fact (an approved absence), not a stored status: the member stays 'active'.
    expect(abroad).toMatchObject({ status: 'active', locale: 'en', timezone: 'Asia/Seoul' });
    expect(abroad.cell.code).toBe('NA-CL-NH-HT');
    expect(abroad.absences).toHaveLength(1);
    expect(abroad.absences[0]).toMatchObject({
      kind: 'abroad',
      place: 'Busan',
      countryCode: 'KR',
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
    });
    expect(abroad.absences[0].startsOn.toISOString().slice(0, 10)).toBe('2026-03-05');
    expect(abroad.absences[0].expectedEndOn?.toISOString().slice(0, 10)).toBe('2027-03-04');

    const officer = await database.db.member.findUniqueOrThrow({
      where: { cardNumber: '05.000003' },
      include: { officerUnit: true },
    });
    // Empty cells take the defaults: home zone, Vietnamese, no fee on record, at home.
    expect(officer).toMatchObject({
      role: 'committee_officer',
      status: 'active',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi',
      monthlyFeeVnd: 0,
    });
    expect(officer.officerUnit?.code).toBe('NA-CL-NH');
  });

  it('reports bad rows by their worksheet line and imports nothing', async () => {
    const file = path.join(dir, 'bad.xlsx');
    await writeWorkbook(file, [
      ['Good Row', '06.000001', 'NA-DC-DT-X3', '', '', 1980, '', '', '', '', '', '', '', '', '', 20000],
      ['Fee Row', '06.000002', 'NA-DC-DT-X3', '', '', 1980, '', '', '', '', '', '', '', '', '', -1],
      ['Old Row', '06.000003', 'NA-DC-DT-X3', '', '', 1850, '', '', '', '', '', '', '', '', '', 20000],
    ]);
    const before = await database.db.member.count();
    const result = await cli(['import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 3: monthly_fee_vnd: -1 is not a whole number of 0 or more$/m);
    expect(result.stderr).toMatch(/^line 4: birth_year: 1850 is out of range/m);
    expect(result.stderr).not.toMatch(/^line 2:/m);
    expect(await database.db.member.count()).toBe(before);
  });

  it('refuses an unreadable workbook and a file with an unknown header in one line each', async () => {
    const garbage = path.join(dir, 'garbage.xlsx');
    fs.writeFileSync(garbage, 'this is not a zip file');
    const unreadable = await cli(['import', garbage]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreadable.stderr).toMatch(/^homecell: .*garbage\.xlsx: cannot read as an \.xlsx workbook/);

    const strange = path.join(dir, 'strange.csv');
    fs.writeFileSync(strange, '\uFEFFname;phone\nAn;0901\n');
    const wrongHeader = await cli(['import', strange]);
    expect(wrongHeader.code).toBe(1);
    expect(wrongHeader.stderr.trim()).toBe(
      'homecell: header: not a units file (code, name, kind, parent_code), a members file (cell_code, full_name, party_card_no, ...) nor a meeting attendance file (cell_code, meeting_at, party_card_no, status, ...); found: name, phone',
    );

    const missing = await cli(['import', path.join(dir, 'missing.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`homecell: ${path.join(dir, 'missing.csv')}: file not found`);

    // In Vietnamese (the default), the file's problems are told in Vietnamese too.
    const vi = await runCli(['import', strange], { DATABASE_URL: database.url });
    expect(vi.stderr.trim()).toBe(
      'homecell: dòng tiêu đề: không phải tệp đơn vị (code, name, kind, parent_code), tệp đảng viên (cell_code, full_name, party_card_no, ...) hay tệp điểm danh sinh hoạt chi bộ (cell_code, meeting_at, party_card_no, status, ...); thấy: name, phone',
    );
  });
});
