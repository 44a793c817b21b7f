// The records half of the monthly meeting's paperwork on a real database: the attendance list for the minutes as a
// PDF (who may have it, what it says, the audit), and the record book's member-by-month meeting sheet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createI18n, translator } from '../../../src/i18n';
import type { ExportLanguage } from '../../../src/records/exports';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { createRecordsHarness, type RecordsHarness } from './setup';

const PDF_TOOLS = fs.existsSync('/usr/bin/pdftotext');
const translate = translator(createI18n('vi'), 'vi');
const language = (locale: 'vi' | 'en'): ExportLanguage => ({
  locale,
  zone: 'Asia/Ho_Chi_Minh',
  t: (key, args) => translate(locale, key, args),
});
const SECRETARY = { id: null, label: 'test secretary' };

/** The PDF's text as pdftotext reads it, spaces folded; null where poppler is not installed (and not required). */
function pdfText(bytes: Buffer): string | null {
  if (!PDF_TOOLS) {
    if (process.env.REQUIRE_PDF_TOOLS === '1') throw new Error('pdftotext (poppler-utils) is required');
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-minutes-'));
  const file = path.join(dir, 'minutes.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

describe('meeting exports', () => {
  let harness: RecordsHarness;
  let cell: TestCell;
  const ids: Record<string, number> = {};
  let march: number;
  let april: number;
  let cancelled: number;
  let upcoming: number;

  beforeAll(async () => {
    harness = await createRecordsHarness();
    harness.setNow('2026-05-20T03:00:00Z');
    const db = harness.db;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    // An online-pilot cell (HD 03-HD/TW, 2022): 'joined online' is kept for its meetings.
    await db.unit.update({
      where: { id: cell.cellId },
      data: { onlineMeetingLink: 'https://hop.example.vn/hai-thanh' },
    });
    const make = async (key: string, fullName: string, fields: Parameters<typeof createMember>[2] = {}) => {
      ids[key] = (await createMember(db, cell, { fullName, ...fields })).id;
    };
    await make('secretary', 'Nguyễn Văn Hùng', { role: 'secretary' });
    await make('an', 'Trần Văn An');
    await make('binh', 'Lê Thị Bình', { state: 'away' });
    await make('cuong', 'Phạm Văn Cường', { state: 'away' });
    // Fully exempt for age: not on the list, blank in the sheet.
    await make('tho', 'Phan Văn Thọ', { state: 'full-exemption' });
    await make('member', 'Đỗ Thị Mai');
    const other = await createCell(db, 'Chi bộ khác');
    ids.otherSecretary = (await createMember(db, other, { fullName: 'Bí Thư Khác', role: 'secretary' })).id;
    const province = await db.unit.findUniqueOrThrow({ where: { id: cell.provinceId } });
    ids.officer = (await createMember(db, other, { fullName: 'Cán Bộ Tỉnh', role: 'committee_officer' })).id;
    await db.member.update({ where: { id: ids.officer }, data: { officerUnitId: province.id } });

    const meetings = harness.records.meetings;
    const schedule = (startsAt: string, place: string) =>
      meetings.schedule(cell.cellId, { startsAt: new Date(startsAt), place, agenda: '' }, SECRETARY);
    // 19:30 on 5 March and 08:00 on 6 April in Hà Nội (UTC+7).
    march = (await schedule('2026-03-05T12:30:00Z', 'Nhà văn hóa thôn')).id;
    april = (await schedule('2026-04-06T01:00:00Z', 'Hội trường xã')).id;
    cancelled = (await schedule('2026-02-04T12:30:00Z', 'Nhà văn hóa thôn')).id;
    await meetings.cancel(cancelled, SECRETARY, new Date('2026-02-01T00:00:00Z'));
    upcoming = (await schedule('2026-06-05T12:30:00Z', 'Nhà văn hóa thôn')).id;
    const record = async (meetingId: number, entries: Parameters<typeof meetings.recordAttendance>[1]) => {
      const result = await meetings.recordAttendance(meetingId, entries, SECRETARY);
      expect(result.outcome).toBe('recorded');
    };
    await record(march, [
      { memberId: ids.secretary, status: 'present' },
      { memberId: ids.an, status: 'present', online: true },
      { memberId: ids.binh, status: 'absent_with_reason', reason: 'Đi làm ăn xa ở Bình Dương, đã báo trước' },
      { memberId: ids.cuong, status: 'absent_without_reason' },
      { memberId: ids.member, status: 'absent_with_reason', reason: 'ill' },
    ]);
    // Either side of New Year in Hà Nội: 19:30 on 31 December 2025 is last year's, 00:30 on 1 January this year's.
    const newYearsEve = (await schedule('2025-12-31T12:30:00Z', 'Nhà văn hóa thôn')).id;
    const newYearsNight = (await schedule('2025-12-31T17:30:00Z', 'Nhà văn hóa thôn')).id;
    for (const meetingId of [newYearsEve, newYearsNight]) {
      await record(meetingId, [{ memberId: ids.cuong, status: 'absent_without_reason' }]);
    }
    // April: Cường absent again without a reason; Mai's line is not recorded yet.
    await record(april, [
      { memberId: ids.secretary, status: 'present' },
      { memberId: ids.an, status: 'present' },
      { memberId: ids.binh, status: 'absent_with_reason', reason: 'ốm' },
      { memberId: ids.cuong, status: 'absent_without_reason' },
    ]);
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it("writes the attendance list for the minutes in the cell's zone, with names and worded reasons, and audits it", async () => {
    const result = await harness.records.exports.meetingMinutesPdf(ids.secretary, march, language('vi'));
    if (result.outcome !== 'exported') throw new Error(`not exported: ${JSON.stringify(result)}`);
    const cellCode = (await harness.db.unit.findUniqueOrThrow({ where: { id: cell.cellId } })).code;
    expect(result.file).toMatchObject({
      fileName: `diem-danh-${cellCode}-2026-03-05.pdf`,
      mimeType: 'application/pdf',
    });
    expect(result.file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.file.bytes.toString('latin1')).toMatch(/\/FontFile2/);
    const audit = await harness.db.auditEvent.findMany({
      where: { action: 'export.meeting-minutes', actorId: ids.secretary },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'Meeting', entityId: String(march) });

    const text = pdfText(result.file.bytes);
    if (text === null) return;
    for (const expected of [
      'ĐẢNG ỦY XÃ THỬ',
      'CHI BỘ THÔN HẢI THANH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ',
      'Chi bộ: Chi bộ thôn Hải Thanh',
      'Thời gian: 05/03/2026 19:30',
      'Địa điểm: Nhà văn hóa thôn',
      'Tổng số đảng viên của chi bộ trong danh sách: 5 đồng chí',
      '- Có mặt: 2 đồng chí',
      '- Vắng có lý do: 2 đồng chí',
      '- Vắng không có lý do: 1 đồng chí',
      'I. ĐẢNG VIÊN CÓ MẶT (2)',
      '1. Nguyễn Văn Hùng',
      '2. Trần Văn An (dự trực tuyến)',
      'II. ĐẢNG VIÊN VẮNG CÓ LÝ DO (2)',
      'Lê Thị Bình - lý do: Đi làm ăn xa ở Bình Dương, đã báo trước',
      'Đỗ Thị Mai - lý do: ốm đau',
      'III. ĐẢNG VIÊN VẮNG KHÔNG CÓ LÝ DO (1)',
      '1. Phạm Văn Cường',
      'THƯ KÝ',
      'T/M CHI BỘ',
      'CHỦ TRÌ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Phan Văn Thọ');
    expect(text).not.toContain('CHƯA GHI ĐIỂM DANH');
  });

  it('lists a line not recorded yet rather than leaving it out, and reads in English', async () => {
    const result = await harness.records.exports.meetingMinutesPdf(ids.secretary, april, language('en'));
    if (result.outcome !== 'exported') throw new Error(`not exported: ${JSON.stringify(result)}`);
    const text = pdfText(result.file.bytes);
    if (text === null) return;
    for (const expected of [
      'ATTENDANCE AT THE CELL MEETING',
      'Time: 6 Apr 2026, 08:00',
      'Place: Hội trường xã',
      'Members of the cell on the list: 5',
      '- Present: 2',
      '- Absent with a reason: 1',
      '- Absent without a reason: 1',
      'Lê Thị Bình - reason: ốm',
      'IV. ATTENDANCE NOT RECORDED (1)',
      '1. Đỗ Thị Mai',
      'SECRETARY OF THE MEETING',
      'ON BEHALF OF THE CELL',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives it to an officer above the cell, and says why not for a cancelled or unrecorded meeting', async () => {
    const byOfficer = await harness.records.exports.meetingMinutesPdf(ids.officer, march, language('vi'));
    expect(byOfficer.outcome).toBe('exported');
    expect(await harness.records.exports.meetingMinutesPdf(ids.secretary, cancelled, language('vi'))).toEqual(
      { outcome: 'cancelled' },
    );
    expect(await harness.records.exports.meetingMinutesPdf(ids.secretary, upcoming, language('vi'))).toEqual({
      outcome: 'not-recorded',
    });
  });

  it("refuses a plain member, another cell's secretary and a meeting that does not exist, and audits each refusal", async () => {
    const before = await harness.db.auditEvent.count({ where: { action: 'access.denied' } });
    for (const [actor, meetingId, reason] of [
      [ids.member, march, 'out-of-scope'],
      [ids.otherSecretary, march, 'out-of-scope'],
      [ids.secretary, 999_999, 'not-found'],
    ] as const) {
      expect(await harness.records.exports.meetingMinutesPdf(actor, meetingId, language('vi'))).toEqual({
        outcome: 'refused',
        reason,
      });
    }
    expect(await harness.db.auditEvent.count({ where: { action: 'access.denied' } })).toBe(before + 3);
    expect(
      await harness.db.auditEvent.count({
        where: { action: 'export.meeting-minutes', actorId: { in: [ids.member, ids.otherSecretary] } },
      }),
    ).toBe(0);
  });

  it('adds the member-by-month meeting sheet to the record book, as XLSX and CSV', async () => {
    const result = await harness.records.exports.recordBook(ids.secretary, language('vi'));
    if (result.outcome !== 'exported') throw new Error(`not exported: ${JSON.stringify(result)}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.files[0].bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sinh hoạt chi bộ 2026')!;
    expect(sheet).toBeDefined();
    // The header row is below the title block (unit, title, year, day of printing, a blank row).
    const header = sheet.getRow(6).values as unknown[];
    expect(header).toContain('Số lần vắng không có lý do trong năm');
    expect(header.at(-1)).toMatch(/^Ký hiệu: P có mặt; V \(lý do\) vắng có lý do; K vắng không có lý do/);
    const rowOf = (name: string) => {
      const row = (sheet.getSheetValues().slice(7) as unknown[][]).find((values) => values?.includes(name))!;
      return (column: string) => row[header.indexOf(column)] ?? '';
    };
    const cuong = rowOf('Phạm Văn Cường');
    // The meeting at 00:30 on 1 January (Hà Nội) is January's; the one at 19:30 on 31 December is last year's.
    expect(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map(cuong)).toEqual([
      'K',
      '',
      'K',
      'K',
      '',
    ]);
    expect(cuong('Số lần vắng không có lý do trong năm')).toBe(3);
    const binh = rowOf('Lê Thị Bình');
    expect(binh('2026-03')).toBe('V (Đi làm ăn xa ở Bình Dương, đã báo trước)');
    expect(binh('2026-04')).toBe('V (ốm)');
    expect(binh('Số lần vắng không có lý do trong năm')).toBe(0);
    const mai = rowOf('Đỗ Thị Mai');
    // A reason stored as a code is worded; a line not recorded is blank.
    expect([mai('2026-03'), mai('2026-04')]).toEqual(['V (ốm đau)', '']);
    expect(rowOf('Trần Văn An')('2026-03')).toBe('P');
    // The member on a full exemption is on the sheet (a row per member) with nothing marked.
    const tho = rowOf('Phan Văn Thọ');
    expect(['2026-01', '2026-03', '2026-04'].map(tho)).toEqual(['', '', '']);

    const csv = result.files.find((file) => file.fileName.endsWith('-2026-meetings.csv'))!;
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFSố thẻ đảng viên,Họ và tên')).toBe(true);
    expect(text).toContain('"V (Đi làm ăn xa ở Bình Dương, đã báo trước)"');
    const english = await harness.records.exports.recordBook(ids.secretary, language('en'));
    if (english.outcome !== 'exported') throw new Error('not exported');
    const englishCsv = english.files.find((file) => file.fileName.endsWith('-2026-meetings.csv'))!;
    expect(englishCsv.bytes.toString('utf8')).toContain(',E (ill),');
  });

  it("dates the printing on the cell's own day: 00:30 on 1 January in Hà Nội is still 31 December in UTC", async () => {
    harness.setNow('2026-12-31T17:30:00Z');
    try {
      // The reader's zone says UTC; the title block follows the cell (Asia/Ho_Chi_Minh).
      const result = await harness.records.exports.recordBook(
        ids.secretary,
        { ...language('vi'), zone: 'UTC' },
        { year: 2026 },
      );
      if (result.outcome !== 'exported') throw new Error('not exported');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(result.files[0].bytes as unknown as ArrayBuffer);
      const roster = workbook.getWorksheet('Danh sách')!;
      expect([3, 4].map((row) => roster.getRow(row).getCell(1).value)).toEqual([
        'Năm 2026',
        'Ngày in: 01/01/2027',
      ]);
      expect(roster.headerFooter.oddHeader).toMatch(/&RNgày in: 01\/01\/2027$/);
    } finally {
      harness.setNow('2026-05-20T03:00:00Z');
    }
  });
});
