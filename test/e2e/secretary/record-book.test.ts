// /members, /member, /overdue, /invite and /export through the emulator: what the secretary reads, and the audit it leaves.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Database } from '../../../src/db/client';
import { monthToDb } from '../../../src/domain/periods';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';

const NOW = new Date('2026-11-22T03:00:00Z');
const PDF_TOOLS = fs.existsSync('/usr/bin/pdftotext');

/** A real 8x8 grey PNG (signature, IHDR, IDAT, IEND), so pdfkit can draw it. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill(0x80)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Pays the given months of 2026 in one confirmed payment, as the cell would have confirmed them. */
async function paid(db: Database, memberId: number, months: number[]) {
  await db.feePayment.create({
    data: {
      memberId,
      amountMinor: 20000 * months.length,
      method: 'bank_transfer',
      status: 'confirmed',
      declaredAt: new Date('2026-06-01T00:00:00Z'),
      months: {
        create: months.map((month) => ({
          memberId,
          month: monthToDb(`2026-${String(month).padStart(2, '0')}`),
        })),
      },
    },
  });
}

describe('secretary record book', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    const db = harness.database.db;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const make = async (key: string, fullName: string, fields: Parameters<typeof createMember>[2] = {}) => {
      const member = await createMember(db, cell, {
        fullName,
        recordedSince: new Date('2026-01-03T00:00:00Z'),
        ...fields,
      });
      ids[key] = member.id;
      return member;
    };
    await make('secretary', 'Nguyễn Văn Hùng', { role: 'secretary' });
    secretary = await bindExisting(harness, ids.secretary);
    await paid(db, ids.secretary, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    // An: three months unpaid this year (August to October): eligible for removal review.
    await make('an', 'Trần Văn An');
    await paid(db, ids.an, [1, 2, 3, 4, 5, 6, 7]);
    // Bình: two months unpaid.
    await make('binh', 'Lê Thị Bình');
    await paid(db, ids.binh, [1, 2, 3, 4, 5, 6, 7, 8]);
    // Minh: exempted abroad, the exemption ended on 31 October with no return recorded; he checks in.
    await make('minh', 'Lê Văn Minh', { timezone: 'Asia/Seoul' });
    await paid(db, ids.minh, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await db.absence.create({
      data: {
        memberId: ids.minh,
        kind: 'abroad',
        place: 'Ansan',
        countryCode: 'KR',
        startsOn: new Date('2026-03-01T00:00:00Z'),
        expectedEndOn: new Date('2026-10-31T00:00:00Z'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        createdAt: new Date('2026-02-20T00:00:00Z'),
        updatedAt: new Date('2026-02-20T00:00:00Z'),
      },
    });
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      await db.checkIn.create({
        data: {
          memberId: ids.minh,
          month: monthToDb(month),
          place: 'Ansan',
          answers: {},
          submittedAt: new Date(`${month}-05T00:00:00Z`),
          updatedAt: new Date(`${month}-05T00:00:00Z`),
        },
      });
    }
    await db.review.create({
      data: {
        memberId: ids.minh,
        year: 2026,
        status: 'submitted',
        submittedAt: new Date('2026-11-12T00:00:00Z'),
        selfRating: 'good',
        sections: {
          strengths: 'Giữ liên lạc đều đặn với chi bộ; chấp hành tốt pháp luật nước sở tại.',
          shortcomings: 'Chưa học tập đầy đủ nghị quyết.',
          progress: 'Đã đóng đủ đảng phí.',
          direction: 'Tham gia sinh hoạt trực tuyến hằng tháng.',
        },
        workplaceCommentText: 'Chủ doanh nghiệp nhận xét: chăm chỉ.',
        createdAt: new Date('2026-11-12T00:00:00Z'),
        updatedAt: new Date('2026-11-12T00:00:00Z'),
      },
    });
    // Chi: away in Bình Dương since March, paid up, silent since August: contact lost.
    await make('chi', 'Phan Thị Chi');
    await paid(db, ids.chi, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await db.absence.create({
      data: {
        memberId: ids.chi,
        kind: 'domestic',
        place: 'Thủ Dầu Một, Bình Dương',
        startsOn: new Date('2026-03-01T00:00:00Z'),
        arrangement: 'seasonal',
        applicationStatus: 'not_required',
        createdAt: new Date('2026-03-01T00:00:00Z'),
        updatedAt: new Date('2026-03-01T00:00:00Z'),
      },
    });
    await db.checkIn.create({
      data: {
        memberId: ids.chi,
        month: monthToDb('2026-08'),
        answers: {},
        submittedAt: new Date('2026-08-05T00:00:00Z'),
        updatedAt: new Date('2026-08-05T00:00:00Z'),
      },
    });
    // Two Hải, to be told apart.
    await make('haiVan', 'Trần Văn Hải');
    await paid(db, ids.haiVan, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await make('haiThi', 'Trần Thị Hải');
    await paid(db, ids.haiThi, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    // Dũng, paid up, absent from meetings without a reason twice this year: one more and he is eligible for removal
    // review. Giang three times, one of them at 00:30 on 1 January in Hà Nội (this year's); the meeting at 19:30 on
    // 31 December 2025 is last year's, a cancelled meeting and an absence with a reason count nothing.
    await make('dung', 'Đỗ Văn Dũng');
    await paid(db, ids.dung, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await make('giang', 'Vũ Thị Giang');
    await paid(db, ids.giang, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    type Line = 'present' | 'absent_with_reason' | 'absent_without_reason';
    const meeting = async (startsAt: string, status: 'held' | 'cancelled', lines: Record<string, Line>) => {
      const row = await db.meeting.create({
        data: {
          cellId: cell.cellId,
          startsAt: new Date(startsAt),
          place: 'Nhà văn hóa thôn',
          agenda: '',
          status,
          createdAt: new Date(startsAt),
          updatedAt: new Date(startsAt),
        },
      });
      for (const [key, line] of Object.entries(lines)) {
        await db.meetingAttendance.create({
          data: {
            meetingId: row.id,
            memberId: ids[key],
            status: line,
            reason: line === 'absent_with_reason' ? 'Ốm' : null,
            recordedAt: new Date(startsAt),
          },
        });
      }
    };
    await meeting('2025-12-31T12:30:00Z', 'held', {
      dung: 'absent_without_reason',
      giang: 'absent_without_reason',
    });
    await meeting('2025-12-31T17:30:00Z', 'held', { dung: 'present', giang: 'absent_without_reason' });
    await meeting('2026-03-05T12:30:00Z', 'held', {
      dung: 'absent_without_reason',
      giang: 'absent_without_reason',
    });
    await meeting('2026-04-05T12:30:00Z', 'cancelled', { dung: 'absent_without_reason' });
    await meeting('2026-05-05T12:30:00Z', 'held', {
      dung: 'absent_with_reason',
      giang: 'absent_without_reason',
    });
    await meeting('2026-06-05T12:30:00Z', 'held', { dung: 'absent_without_reason', giang: 'present' });

    // A member of another cell, with a name the secretary might type.
    const other = await createCell(db, 'Chi bộ khác');
    ids.outsider = (await createMember(db, other, { fullName: 'Trần Văn Hải Khác' })).id;
  });
  afterAll(async () => {
    await harness.stop();
  });

  const db = () => harness.database.db;

  it('lists the roster with each standing at a glance', async () => {
    const messages = await secretary.ask('/members');
    const text = textOf(messages);
    expect(text).toContain('Chi bộ thôn Hải Thanh: 9 đảng viên');
    expect(text).toMatch(/Đỗ Văn Dũng · Đang sinh hoạt tại chi bộ · vắng sinh hoạt không lý do 2 lần/);
    expect(text).toMatch(/Vũ Thị Giang · Đang sinh hoạt tại chi bộ · vắng sinh hoạt không lý do 3 lần/);
    expect(text).toMatch(/Trần Văn An · Đang sinh hoạt tại chi bộ · nợ phí 3 tháng/);
    expect(text).toMatch(
      /Lê Văn Minh · Tạm miễn sinh hoạt \(đi làm ăn xa\) · đã báo cáo tháng 11\/2026 · tạm miễn đã hết hạn ngày 31\/10\/2026/,
    );
    expect(text).toMatch(/Phan Thị Chi · Đi làm ăn xa · chưa báo cáo tháng 11\/2026 · mất liên lạc 2 tháng/);
    expect(text).not.toContain('Trần Văn Hải Khác');
    expect(
      await db().auditEvent.count({ where: { action: 'roster.read', actorId: secretary.memberId } }),
    ).toBe(1);
  });

  it('lists who is overdue, most at risk first', async () => {
    const [reply] = await secretary.ask('/overdue');
    const text = reply.text!;
    // Either half of the removal ground first, fees before meetings; then two unpaid months, two absences.
    const order = [
      'Trần Văn An',
      'Vũ Thị Giang',
      'Lê Thị Bình',
      'Đỗ Văn Dũng',
      'Lê Văn Minh',
      'Phan Thị Chi',
    ].map((name) => text.indexOf(name));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(
      'Nợ phí 3 tháng trong năm (08/2026, 09/2026, 10/2026): đủ căn cứ để chi bộ xem xét xóa tên',
    );
    expect(text).toContain('Nợ phí 2 tháng (09/2026, 10/2026)');
    expect(text).toContain(
      'Vắng sinh hoạt chi bộ 3 lần trong năm 2026 không có lý do (01/01/2026, 05/03/2026, 05/05/2026): đủ căn cứ để chi bộ xem xét xóa tên',
    );
    expect(text).toContain(
      'Vắng sinh hoạt chi bộ 2 lần không có lý do (05/03/2026, 05/06/2026): vắng thêm một lần nữa là đủ căn cứ xem xét xóa tên',
    );
    expect(text).toContain('đã hết từ ngày 31/10/2026 mà chưa có báo cáo trở về hay đơn xin gia hạn');
    expect(text).toContain('2 tháng liền không báo cáo');
    expect(text).not.toContain('Trần Văn Hải');
    expect(
      await db().auditEvent.count({ where: { action: 'overdue.read', actorId: secretary.memberId } }),
    ).toBe(1);
  });

  it('shows one member by name without accents, records the read, and tells two namesakes apart', async () => {
    const record = await secretary.ask('/member le van minh', (message) =>
      (message.text ?? '').includes('Nhật ký'),
    );
    const text = textOf(record);
    expect(text).toContain('Hồ sơ đảng viên Lê Văn Minh');
    expect(text).toContain('Nước ngoài, Ansan: tạm miễn sinh hoạt (đã duyệt), từ 01/03/2026 đến 31/10/2026');
    expect(text).toContain('• 01/2026 – 10/2026: Đã xác nhận 20.000\u00a0₫');
    // Months in a row that read the same are one line, earliest first: no two lines running on say the same.
    expect(text).toContain('• 12/2025 – 08/2026: —');
    expect(text).toContain('• 09/2026 – 11/2026: ✓ Ansan');
    const monthLines = text.split('\n').filter((line) => /^• \d{2}\/\d{4}( – \d{2}\/\d{4})?: /u.test(line));
    const rests = monthLines.map((line) => line.replace(/^• [^:]+: /u, ''));
    expect(rests.some((rest, index) => index > 0 && rest === rests[index - 1])).toBe(false);
    expect(text).toContain('Năm 2026: Đã nộp, chờ xếp loại · tự xếp loại: Hoàn thành tốt nhiệm vụ');
    const read = await db().auditEvent.findFirst({
      where: {
        action: 'record.read',
        actorId: secretary.memberId,
        entity: 'Member',
        entityId: String(ids.minh),
      },
    });
    expect(read).not.toBeNull();

    const [choice] = await secretary.ask('/member Hải');
    expect(choice.text).toContain('Tìm thấy 2 đảng viên phù hợp');
    const labels = choice.reply_markup!.inline_keyboard.flat().map((button) => button.text);
    expect(labels.map((label) => label.split(' · ')[0])).toEqual(['Trần Thị Hải', 'Trần Văn Hải']);
    const picked = await secretary.press(choice, /^Trần Văn Hải/);
    expect(picked[0].text).toContain('Hồ sơ đảng viên Trần Văn Hải');
    // The exact name wins over a longer one that contains it.
    const [exact] = await secretary.ask('/member Trần Văn Hải');
    expect(exact.text).toContain('Hồ sơ đảng viên Trần Văn Hải (thẻ');
  });

  it("says in a member's record why they are eligible for removal review: the meetings half", async () => {
    const record = await secretary.ask('/member vu thi giang', (message) =>
      (message.text ?? '').includes('Nhật ký'),
    );
    const text = textOf(record);
    expect(text).toContain(
      'Sinh hoạt chi bộ năm 2026: vắng không có lý do 3 lần (01/01/2026, 05/03/2026, 05/05/2026)',
    );
    expect(text).toContain(
      '⚠️ Đủ căn cứ xem xét xóa tên: bỏ sinh hoạt 3 lần trong năm không có lý do chính đáng.',
    );
    const an = textOf(
      await secretary.ask('/member tran van an', (message) => (message.text ?? '').includes('Nhật ký')),
    );
    expect(an).toContain('⚠️ Đủ căn cứ xem xét xóa tên: không đóng đảng phí 3 tháng trong năm');
    expect(an).not.toContain('Sinh hoạt chi bộ năm 2026');
  });

  it('finds nobody outside the cell, and nobody for an unknown or absurd query', async () => {
    const outsider = await db().member.findUniqueOrThrow({ where: { id: ids.outsider } });
    for (const query of [outsider.cardNumber, 'Hải Khác', 'Không Có Ai', 'x'.repeat(500)]) {
      const [reply] = await secretary.ask(`/member ${query}`);
      expect(reply.text).toContain('Không tìm thấy đảng viên');
      expect(reply.text).not.toContain(outsider.fullName);
    }
    const [usage] = await secretary.ask('/member');
    expect(usage.text).toContain('Gõ /member rồi số thẻ đảng viên hoặc họ tên');
  });

  it('issues a fresh invite link that binds the member once', async () => {
    const binh = await db().member.findUniqueOrThrow({ where: { id: ids.binh } });
    const [reply] = await secretary.ask(`/invite ${binh.cardNumber}`);
    const code = /start=([A-Z0-9]+)/.exec(reply.text ?? '')?.[1];
    expect(reply.text).toContain('Mã mời cho đồng chí Lê Thị Bình');
    expect(code).toBeDefined();
    expect(
      await db().auditEvent.count({ where: { action: 'invite.issued', actorId: secretary.memberId } }),
    ).toBe(1);
    const bound = await harness.say(9701, `/start ${code}`);
    expect(bound.text).toContain('Chào đồng chí Lê Thị Bình');
    const [outside] = await secretary.ask('/invite Hải Khác');
    expect(outside.text).toContain('Không tìm thấy đảng viên');
  });

  it('exports the record book as an XLSX workbook and the same tables as CSV, and audits it', async () => {
    // An (Trần Văn An) paid November in Taiwan dollars: the year's totals name each currency.
    await db().feePayment.create({
      data: {
        memberId: (await db().member.findFirstOrThrow({ where: { fullName: 'Trần Văn An' } })).id,
        amountMinor: 40000,
        currency: 'TWD',
        method: 'bank_transfer',
        status: 'confirmed',
        declaredAt: NOW,
        months: {
          create: [
            {
              memberId: (await db().member.findFirstOrThrow({ where: { fullName: 'Trần Văn An' } })).id,
              month: monthToDb('2026-11'),
            },
          ],
        },
      },
    });
    // Minh's exemption was approved at 13:42 in Hà Nội (06:42 UTC), and a decision taken at 00:30 on 21 November
    // in Hà Nội is still 20 November in UTC: the sheets must say the cell's day and hour.
    await db().absence.updateMany({
      where: { memberId: ids.minh },
      data: { decidedAt: new Date('2026-02-25T06:42:12.297Z') },
    });
    await db().decision.create({
      data: {
        unitId: cell.cellId,
        memberId: ids.minh,
        kind: 'absence-application',
        subjectType: 'Absence',
        outcome: 'approved',
        decidedById: ids.secretary,
        decidedAt: new Date('2026-11-20T17:30:00Z'),
      },
    });
    const messages = await secretary.ask('/export', (message) => (message.text ?? '').startsWith('Đã gửi'));
    const documents = messages.filter((message) => message.document);
    const tables = [
      'roster',
      'absences',
      'checkins',
      'fees',
      'meetings',
      'reviews',
      'decisions',
      'technical',
    ];
    expect(documents.map((message) => message.document!.file_name)).toEqual([
      `homecell-${(await db().unit.findUniqueOrThrow({ where: { id: cell.cellId } })).code}-2026.xlsx`,
      ...tables.map((table) => expect.stringMatching(new RegExp(`-2026-${table}\\.csv$`))),
    ]);
    const csvOf = (table: string) => secretary.bytesOf(documents[1 + tables.indexOf(table)]).toString('utf8');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(secretary.bytesOf(documents[0]) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Danh sách',
      'Đi làm ăn xa',
      'Báo cáo tháng 2026',
      'Đảng phí 2026',
      'Sinh hoạt chi bộ 2026',
      'Kiểm điểm 2026',
      'Quyết định 2026',
      'Kỹ thuật',
    ]);
    // Four rows of title and a blank one above the header, on every sheet.
    const HEADER = 6;
    const sheetOf = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      const header = sheet.getRow(HEADER).values as unknown[];
      const rows = sheet.getSheetValues().slice(HEADER + 1) as unknown[][];
      const rowOf = (fullName: string) => {
        const index = rows.findIndex((row) => row?.includes(fullName));
        expect(index).toBeGreaterThanOrEqual(0);
        const row = sheet.getRow(HEADER + 1 + index);
        return (column: string) => {
          expect(header).toContain(column);
          return row.getCell(header.indexOf(column));
        };
      };
      return { sheet, header, rows, rowOf };
    };
    for (const sheet of workbook.worksheets) {
      expect([1, 2, 3, 4].map((row) => sheet.getRow(row).getCell(1).value)).toEqual([
        'Chi bộ thôn Hải Thanh',
        sheet.name.toLocaleUpperCase('vi'),
        'Năm 2026',
        // The day of printing from the clock, in Hà Nội: 10:00 on 22 November there.
        'Ngày in: 22/11/2026',
      ]);
      expect(sheet.getRow(HEADER).values).toContain('Số thẻ đảng viên');
      expect(sheet.getRow(HEADER).font?.bold).toBe(true);
      // Frozen, filtered and repeated on every printed page at the header row, not at the title.
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
      expect(sheet.autoFilter).toMatch(/^A6:[A-Z]+6$/);
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '6:6',
      });
    }
    const roster = sheetOf('Danh sách');
    // The title, the header, nine members, then the signature block (a blank row and three of signatures).
    expect(roster.sheet.rowCount).toBe(HEADER + 9 + 4);
    const signatures = (roster.sheet.getSheetValues().slice(-3) as unknown[][]).map((row) =>
      row.filter(Boolean),
    );
    expect(signatures).toEqual([
      ['NGƯỜI LẬP BIỂU', 'T/M CHI BỘ'],
      ['(Ký, ghi rõ họ tên)', 'BÍ THƯ'],
      ['(Ký, ghi rõ họ tên)'],
    ]);
    // Printed as a secretary files it: the cell, the sheet and the day of printing at the top of each page too, the
    // page number at the bottom.
    expect(roster.sheet.headerFooter.oddHeader).toMatch(
      /^&L&BChi bộ .+&C&BDanh sách&RNgày in: \d{2}\/\d{2}\/\d{4}$/,
    );
    expect(roster.sheet.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    // The technical columns are on their own sheet, off every sheet a secretary files.
    for (const name of workbook.worksheets.map((sheet) => sheet.name).slice(0, -1)) {
      expect(sheetOf(name).header).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(Múi giờ|Ngôn ngữ|Mã chi bộ|Mã nội bộ)/)]),
      );
    }
    const an = roster.rows.find((row) => row?.includes('Trần Văn An'))!;
    expect(an).toContain('2026-08, 2026-09, 2026-10');
    expect(an).toContain('Đủ căn cứ xem xét xóa tên');
    expect(an).toContain('Nợ phí 3 tháng trong năm');
    const giang = roster.rowOf('Vũ Thị Giang');
    expect(giang('Số lần vắng không có lý do trong năm').value).toBe(3);
    expect(giang('Xem xét xóa tên').value).toBe('Bỏ sinh hoạt 3 lần trong năm không có lý do');
    const dung = roster.rowOf('Đỗ Văn Dũng');
    expect(dung('Số lần vắng không có lý do trong năm').value).toBe(2);
    expect(dung('Xem xét xóa tên').value).toBeFalsy();
    // Dates are date cells shown as the paper book writes them, not ISO text.
    const minhOnRoster = roster.rowOf('Lê Văn Minh');
    for (const [column, day] of [
      ['Từ ngày', Date.UTC(2026, 2, 1)],
      ['Đến ngày', Date.UTC(2026, 9, 31)],
    ] as const) {
      expect(minhOnRoster(column).type).toBe(ExcelJS.ValueType.Date);
      expect((minhOnRoster(column).value as Date).getTime()).toBe(day);
      expect(minhOnRoster(column).numFmt).toBe('dd/mm/yyyy');
    }
    // Times are the cell's wall clock (Hà Nội), whatever the member's own zone (Minh is in Seoul).
    const minhAway = sheetOf('Đi làm ăn xa').rowOf('Lê Văn Minh');
    expect(minhAway('Từ ngày').type).toBe(ExcelJS.ValueType.Date);
    expect(minhAway('Thời điểm quyết định').type).toBe(ExcelJS.ValueType.Date);
    expect((minhAway('Thời điểm quyết định').value as Date).getTime()).toBe(
      Date.UTC(2026, 1, 25, 13, 42, 12, 0),
    );
    expect(minhAway('Thời điểm quyết định').numFmt).toBe('dd/mm/yyyy hh:mm');
    const minhReview = sheetOf('Kiểm điểm 2026').rowOf('Lê Văn Minh');
    expect((minhReview('Thời điểm nộp').value as Date).getTime()).toBe(Date.UTC(2026, 10, 12, 7, 0));
    expect(minhReview('Thời điểm nộp').numFmt).toBe('dd/mm/yyyy hh:mm');
    const decision = sheetOf('Quyết định 2026').rowOf('Lê Văn Minh');
    expect((decision('Thời điểm quyết định').value as Date).getTime()).toBe(Date.UTC(2026, 10, 21, 0, 30));
    expect(decision('Người quyết định').value).toBe('Nguyễn Văn Hùng');
    // No sheet holds a date as ISO text or a UTC instant.
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string')
            expect(cell.value).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
        }),
      );
    }
    const technical = sheetOf('Kỹ thuật');
    expect(technical.header.slice(1)).toEqual([
      'Số thẻ đảng viên',
      'Họ và tên',
      'Mã chi bộ',
      'Múi giờ của chi bộ (giờ ghi trên các trang)',
      'Múi giờ',
      'Ngôn ngữ',
      'Mã nội bộ homecell',
    ]);
    expect(technical.rows.filter((row) => row?.length)).toHaveLength(9);
    const minhKeys = technical.rowOf('Lê Văn Minh');
    const minh = await db().member.findUniqueOrThrow({ where: { id: ids.minh } });
    expect(minhKeys('Số thẻ đảng viên').value).toBe(minh.cardNumber);
    expect(minhKeys('Múi giờ của chi bộ (giờ ghi trên các trang)').value).toBe('Asia/Ho_Chi_Minh');
    expect(minhKeys('Múi giờ').value).toBe('Asia/Seoul');
    expect(minhKeys('Ngôn ngữ').value).toBe('vi');
    expect(minhKeys('Mã nội bộ homecell').value).toBe(ids.minh);

    const checkins = sheetOf('Báo cáo tháng 2026').rowOf('Lê Văn Minh');
    expect(checkins('2026-11').value).toBe('Ansan');
    expect(checkins('2026-08').value).toBeNull();
    const anFees = sheetOf('Đảng phí 2026').rowOf('Trần Văn An');
    expect(anFees('2026-07').value).toBe(20000);
    expect(anFees('2026-08').value).toBe(0);
    expect(anFees('Tổng đã đóng trong năm (VND)').value).toBe(140000);
    expect(anFees('Tổng đã đóng trong năm bằng ngoại tệ').value).toBe('400 TWD');

    const rosterCsv = csvOf('roster');
    expect(rosterCsv.startsWith('\uFEFFSố thẻ đảng viên,Họ và tên,Chi bộ,')).toBe(true);
    expect(rosterCsv.trimEnd().split('\r\n')).toHaveLength(1 + 9);
    expect(rosterCsv).toContain('"2026-08, 2026-09, 2026-10"');
    // CSV has no date type: the same days and the cell's hours as text a reader (and a spreadsheet in Vietnam) reads.
    expect(rosterCsv).toContain(',01/03/2026,31/10/2026,');
    expect(csvOf('absences')).toContain('25/02/2026 13:42');
    expect(csvOf('reviews')).toContain('12/11/2026 07:00');
    expect(csvOf('decisions')).toMatch(/^21\/11\/2026 00:30,/m);
    for (const table of tables) expect(csvOf(table)).not.toMatch(/\d{4}-\d{2}-\d{2}T|Z,/);
    expect(csvOf('technical')).toContain(`${minh.cardNumber},Lê Văn Minh,`);

    expect(
      await db().auditEvent.count({ where: { action: 'export.record-book', actorId: secretary.memberId } }),
    ).toBe(1);
  });

  it('exports a review as a form 2C PDF with the Vietnamese text intact', async () => {
    const [pdf] = await secretary.ask(
      '/export Lê Văn Minh 2026',
      (message) => message.document !== undefined,
    );
    expect(pdf.document!.file_name).toMatch(/^2C-.+-2026\.pdf$/);
    const bytes = secretary.bytesOf(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The font is embedded (no system font is relied on).
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
    expect(
      await db().auditEvent.count({ where: { action: 'export.review-pdf', actorId: secretary.memberId } }),
    ).toBe(1);
    if (!PDF_TOOLS) {
      if (process.env.REQUIRE_PDF_TOOLS === '1') throw new Error('pdftotext (poppler-utils) is required');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-pdf-'));
    fs.writeFileSync(path.join(dir, 'review.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'review.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const expected of [
      'BẢN KIỂM ĐIỂM ĐẢNG VIÊN',
      'Họ và tên: Lê Văn Minh',
      'I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC',
      'Giữ liên lạc đều đặn với chi bộ; chấp hành tốt pháp luật nước sở tại.',
      'V. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG: Hoàn thành tốt nhiệm vụ',
      'Chủ doanh nghiệp nhận xét: chăm chỉ.',
      'NGƯỜI TỰ KIỂM ĐIỂM',
    ]) {
      expect(text.replace(/[ \t]+/g, ' ')).toContain(expected);
    }
    // The place-and-date line of the paper form, the day submitted written out; no ISO date anywhere.
    expect(text).toMatch(/……, ngày \d{2} tháng \d{2} năm 2026/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Rendered to an image, the page is not blank: the glyphs were drawn, not only mapped.
    execFileSync('pdftoppm', [
      '-r',
      '40',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, 'review.pdf'),
      path.join(dir, 'page'),
    ]);
    const png = fs.readdirSync(dir).find((name) => name.endsWith('.png'))!;
    expect(fs.statSync(path.join(dir, png)).size).toBeGreaterThan(5_000);
  });

  it('sends the workplace comment the member photographed with the PDF, from homecell’s copy', async () => {
    const photo = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('signed comment of Minh'),
    ]);
    const kept = await harness.files.keep(ids.minh, photo, { expected: 'document' });
    if (!kept.ok) throw new Error('not kept');
    await db().review.update({
      where: { memberId_year: { memberId: ids.minh, year: 2026 } },
      data: { workplaceCommentStoredFileId: kept.file.id },
    });
    const sent = await secretary.ask(
      '/export Lê Văn Minh 2026',
      (message) => message.document !== undefined && !message.document.file_name?.startsWith('2C-'),
    );
    const comment = sent.at(-1)!;
    expect(comment.document!.file_name).toBe('nhan-xet-noi-lam-viec-le-van-minh-2026.jpg');
    expect(comment.caption).toContain('Lê Văn Minh');
    expect(secretary.bytesOf(comment)).toEqual(photo);
  });

  it('prints a photographed workplace comment on the last page of form 2C', async () => {
    const kept = await harness.files.keep(ids.minh, tinyPng(), { expected: 'document' });
    if (!kept.ok) throw new Error('not kept');
    await db().review.update({
      where: { memberId_year: { memberId: ids.minh, year: 2026 } },
      data: { workplaceCommentStoredFileId: kept.file.id },
    });
    // The form, then the comment itself beside it (as before): both are sent.
    const sent = await secretary.ask(
      '/export Lê Văn Minh 2026',
      (message) => message.document !== undefined && !message.document.file_name?.startsWith('2C-'),
    );
    const pdf = sent.find((message) => message.document?.file_name?.startsWith('2C-'))!;
    const bytes = secretary.bytesOf(pdf);
    // An image XObject is in the file: the photo was drawn, not only mentioned.
    expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    if (!PDF_TOOLS) {
      if (process.env.REQUIRE_PDF_TOOLS === '1') throw new Error('pdftotext (poppler-utils) is required');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-pdf-'));
    fs.writeFileSync(path.join(dir, 'review.pdf'), bytes);
    const pages = execFileSync('pdftotext', ['-layout', path.join(dir, 'review.pdf'), '-'], {
      encoding: 'utf8',
    })
      .replace(/[ \t]+/g, ' ')
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.at(-1)).toContain('BẢN NHẬN XÉT CÓ CHỮ KÝ CỦA NƠI LÀM VIỆC');
    // Every page numbered, the photo's page too.
    pages.forEach((page, index) => expect(page).toContain(`Trang ${index + 1}/${pages.length}`));
    expect(pages.slice(0, -1).join(' ').replace(/\s+/g, ' ')).toContain('in ở trang cuối');
  });

  it('says so when a member has no submitted review', async () => {
    const [reply] = await secretary.ask('/export Trần Văn An');
    expect(reply.text).toBe('Đồng chí Trần Văn An chưa nộp bản tự kiểm điểm năm 2026.');
  });
});
