// `homecell stats` and `homecell report` against a real database: the figures, the files, and bad arguments.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { systemClock } from '../../src/clock';
import { currentMonth, monthToDb } from '../../src/domain/periods';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember, type TestCell } from '../support/fixtures';
import { makeTempDir, runCli } from './run-cli';

describe('homecell stats and report', () => {
  let database: TestDatabase;
  let cell: TestCell;
  let provinceCode: string;
  const dir = makeTempDir();
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    provinceCode = (await db.unit.findUniqueOrThrow({ where: { id: cell.provinceId } })).code;
    const year = new Date().getUTCFullYear();
    // The statistics' year is the home zone's: at 00:30 on 1 January in Vietnam it is already the new year there
    // while UTC is still in the old one, and the meetings below must fall in the year the statistics count.
    const homeYear = Number(currentMonth(systemClock(), 'Asia/Ho_Chi_Minh').slice(0, 4));
    // One member abroad who paid nothing this year, one at home paid up to last month.
    const recordedSince = new Date(Date.UTC(year, 0, 2));
    const away = await createMember(db, cell, { fullName: 'Lê Văn Minh', state: 'away', recordedSince });
    await db.absence.create({
      data: {
        memberId: away.id,
        kind: 'abroad',
        countryCode: 'KR',
        startsOn: new Date(Date.UTC(year, 0, 5)),
        arrangement: 'seasonal',
        createdAt: recordedSince,
        updatedAt: recordedSince,
      },
    });
    const home = await createMember(db, cell, { fullName: 'Ngô Văn Khải', recordedSince });
    const month = new Date().getUTCMonth() + 1;
    await db.feePayment.create({
      data: {
        memberId: home.id,
        amountMinor: 20000 * month,
        method: 'in_person',
        status: 'confirmed',
        declaredAt: recordedSince,
        months: {
          create: Array.from({ length: month }, (_, index) => ({
            memberId: home.id,
            month: monthToDb(`${year}-${String(index + 1).padStart(2, '0')}`),
          })),
        },
      },
    });
    // The member at home was rated "good" for the statistics' year; the one abroad has not sent a review.
    await db.review.create({
      data: {
        memberId: home.id,
        year: homeYear,
        sections: {},
        status: 'rated',
        cellRating: 'good',
        submittedAt: recordedSince,
        ratedAt: recordedSince,
        createdAt: recordedSince,
        updatedAt: recordedSince,
      },
    });
    // This year's January meeting in Hà Nội: the member at home came, the one abroad is absent without a reason;
    // a cancelled one in February counts nothing.
    const meeting = async (startsAt: Date, status: 'held' | 'cancelled') =>
      db.meeting.create({
        data: {
          cellId: cell.cellId,
          startsAt,
          place: 'Nhà văn hóa',
          agenda: '',
          status,
          createdAt: recordedSince,
          updatedAt: recordedSince,
        },
      });
    const january = await meeting(new Date(Date.UTC(homeYear, 0, 10, 12, 30)), 'held');
    const february = await meeting(new Date(Date.UTC(homeYear, 1, 10, 12, 30)), 'cancelled');
    for (const [meetingId, memberId, status] of [
      [january.id, home.id, 'present'],
      [january.id, away.id, 'absent_without_reason'],
      [february.id, away.id, 'absent_without_reason'],
    ] as const) {
      await db.meetingAttendance.create({ data: { meetingId, memberId, status, recordedAt: recordedSince } });
    }
  });
  afterAll(async () => {
    await database.drop();
  });

  it('prints the statistics of a province with its child units, in either language and as JSON', async () => {
    const text = await cli(['stats', provinceCode]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Đảng viên: 2');
    // As of when, in the home zone with its name: no UTC instant on the screen.
    expect(text.stdout.split('\n')[0]).toMatch(/\(tính đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} giờ Việt Nam\)$/);
    expect(text.stdout).toContain('Đi làm ăn xa: trong nước 0, ở nước ngoài 1.');
    expect(text.stdout).toContain(
      'Sinh hoạt chi bộ năm nay: đã họp 1 buổi, tỷ lệ dự họp 50% (1/2 lượt); vắng không có lý do 1 lần 1, 2 lần 0, từ 3 lần 0.',
    );
    expect(text.stdout).toMatch(
      /Đủ căn cứ xem xét xóa tên: \d+ \(không đóng đảng phí từ 3 tháng hoặc bỏ sinh hoạt từ 3 lần/,
    );
    // Issue 17: each figure of a child unit's line says what it counts ("đi xa 0+1" did not), and zeros are left out.
    const child = text.stdout.split('\n').find((line) => line.startsWith('• Huyện ủy Thử'));
    expect(child).toMatch(/^• Huyện ủy Thử \(.+-D\): 2 đảng viên · đi làm ăn xa: nước ngoài 1( · |$)/);
    expect(child).not.toMatch(/trong nước 0|\d\+\d|\b0\/0/);
    expect(child).toContain(' · dự họp 50% · vắng không lý do: 1 lần 1');
    const english = await cli(['stats', provinceCode, '--lang', 'en']);
    expect(english.stdout).toContain('Working away: in Vietnam 0, abroad 1.');
    expect(english.stdout).toMatch(/\n• Huyện ủy Thử \(.+-D\): 2 members · away: abroad 1( · |\n)/);
    expect(english.stdout).toContain('Cell meetings this year: 1 held, attendance 50% (1 of 2 expected)');

    const json = await cli(['stats', provinceCode, '--json']);
    const figures = JSON.parse(json.stdout) as { total: Record<string, number>; children: unknown[] };
    expect(figures.total).toMatchObject({
      members: 2,
      awayAbroad: 1,
      awayDomestic: 0,
      meetingsHeld: 1,
      attendanceListed: 2,
      attendancePresent: 1,
      absent1: 1,
    });
    expect(figures.children).toHaveLength(1);
  });

  it('refuses an unknown unit and a bad year, with a readable line and no output', async () => {
    const unknown = await cli(['stats', 'NO-SUCH-UNIT', '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('homecell: unknown unit code NO-SUCH-UNIT');
    const year = await cli(['stats', provinceCode, '--year', '26']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('--year: "26" is not a year');
    const format = await cli(['report', provinceCode, '--format', 'docx', '--out', path.join(dir, 'x.docx')]);
    expect(format.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });

  it('writes the XLSX report (statistics first, then the record book) and audits it as cli', async () => {
    const out = path.join(dir, 'report.xlsx');
    const result = await cli(['report', provinceCode, '--format', 'xlsx', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${out}: xlsx report of ${provinceCode}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toHaveLength(10);
    expect(workbook.worksheets.at(-1)!.name).toBe('Kỹ thuật');
    // Every sheet opens with its title block; the header is row 6.
    const HEADER = 6;
    const statistics = workbook.worksheets[0];
    expect(statistics.name).toMatch(/^Thống kê \d{4}$/);
    expect(statistics.getRow(1).getCell(1).value).toBe('Tỉnh ủy Thử');
    expect(statistics.getRow(2).getCell(1).value).toBe(statistics.name.toLocaleUpperCase('vi'));
    expect(statistics.getRow(4).getCell(1).value).toMatch(/^Ngày in: \d{2}\/\d{2}\/\d{4}$/);
    const total = statistics.getRow(HEADER + 2);
    expect(total.getCell(2).value).toBe('Tổng cộng: Tỉnh ủy Thử');
    expect(total.getCell(4).value).toBe(2);
    // The last column: the meetings' attendance rate in percent.
    const headers = statistics.getRow(HEADER).values as unknown[];
    expect(headers.at(-1)).toBe('Tỷ lệ dự sinh hoạt');
    expect((total.values as unknown[]).at(-1)).toBe(50);

    // The report in the committees' layout (HD 11-HD/BTCTW): numbered rows whose figures are those of `homecell
    // stats` for the same data, so an officer copies them without re-keying.
    const report = workbook.worksheets[1];
    expect(report.name).toMatch(/^Báo cáo thống kê \d{4}$/);
    expect((report.getRow(HEADER).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Số lượng',
      'Ghi chú',
    ]);
    const figure = new Map<string, unknown>();
    report.eachRow((row, number) => {
      if (number > HEADER && /^\d+(\.\d+)*$/.test(String(row.getCell(1).value)))
        figure.set(String(row.getCell(1).value), row.getCell(3).value);
    });
    const json = await cli(['stats', provinceCode, '--json']);
    const stats = (JSON.parse(json.stdout) as { total: Record<string, number> }).total;
    expect(Object.fromEntries(figure)).toEqual({
      '1': stats.members,
      '2': stats.awayDomestic + stats.awayAbroad,
      '2.1': stats.awayDomestic,
      '2.2': stats.awayAbroad,
      '3': stats.fullExemption + stats.temporaryExemption,
      '3.1': stats.fullExemption,
      '3.2': stats.temporaryExemption,
      '4': stats.temporaryTransfer + stats.transferredOut,
      '4.1': stats.temporaryTransfer,
      '4.2': stats.transferredOut,
      '5': stats.removed,
      '6': stats.eligibleForRemovalReview,
      '7': stats.reviewsExpected,
      '7.1': stats.reviewsRated,
      '7.1.1': stats.ratedExcellent,
      '7.1.2': stats.ratedGood,
      '7.1.3': stats.ratedComplete,
      '7.1.4': stats.ratedIncomplete,
      '7.2': stats.reviewsSubmitted - stats.reviewsRated + stats.reviewsMissing,
      '7.2.1': stats.reviewsSubmitted - stats.reviewsRated - stats.reviewsRateLater,
      '7.2.2': stats.reviewsRateLater,
      '7.2.3': stats.reviewsMissing,
      '8': stats.reviewsExempt,
    });
    // The seeded figures themselves: two members, one abroad, one rated "good", one review missing.
    expect([
      figure.get('1'),
      figure.get('2.2'),
      figure.get('7.1'),
      figure.get('7.1.2'),
      figure.get('7.2.3'),
    ]).toEqual([2, 1, 1, 1, 1]);
    const labels = new Map<string, unknown>();
    report.eachRow((row) => labels.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(labels.get('7.1.2')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(labels.get('2.2')).toBe('Ở nước ngoài');

    // Two members and the signature block of a province's standing committee.
    const roster = workbook.getWorksheet('Danh sách')!;
    expect(roster.rowCount).toBe(HEADER + 2 + 4);
    expect(roster.getRow(HEADER + 4).values).toContain('T/M BAN THƯỜNG VỤ');
    const audit = await database.db.auditEvent.findFirst({
      where: { action: 'export.report', actorLabel: 'cli' },
    });
    expect(audit?.after).toMatchObject({ unitCode: provinceCode, format: 'xlsx' });
  });

  it('writes one table as CSV and the statistics as a PDF with Vietnamese text', async () => {
    const csv = path.join(dir, 'roster.csv');
    expect(
      (await cli(['report', provinceCode, '--format', 'csv', '--table', 'roster', '--out', csv])).code,
    ).toBe(0);
    const lines = fs.readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\uFEFFSố thẻ đảng viên,Họ và tên,/);
    const statisticsCsv = path.join(dir, 'statistics.csv');
    expect(
      (
        await cli([
          'report',
          provinceCode,
          '--format',
          'csv',
          '--table',
          'statistics',
          '--out',
          statisticsCsv,
        ])
      ).code,
    ).toBe(0);
    const [header, ...rows] = fs.readFileSync(statisticsCsv, 'utf8').trimEnd().split('\r\n');
    expect(header).toContain('Số buổi sinh hoạt đã họp,Lượt phải dự họp,Lượt có mặt,Vắng không lý do 1 lần');
    expect(header.endsWith(',Tỷ lệ dự sinh hoạt')).toBe(true);
    expect(rows.at(-1)!.endsWith(',50')).toBe(true);

    const pdf = path.join(dir, 'report.pdf');
    expect((await cli(['report', provinceCode, '--format', 'pdf', '--out', pdf, '--lang', 'vi'])).code).toBe(
      0,
    );
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (fs.existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('BÁO CÁO TÌNH HÌNH ĐẢNG VIÊN ĐI LÀM ĂN XA - Tỉnh ủy Thử');
      expect(text).toContain('Huyện ủy Thử');
      expect(text).toContain('Sinh hoạt chi bộ năm nay: đã họp 1 buổi, tỷ lệ dự họp 50%');
      // As of when, in the home zone with its name: no UTC instant.
      expect(text).toMatch(/số liệu tính đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} giờ Việt Nam/);
      expect(text).not.toContain('UTC');
    } else if (process.env.REQUIRE_PDF_TOOLS === '1') {
      throw new Error('pdftotext (poppler-utils) is required');
    }
  });
});
