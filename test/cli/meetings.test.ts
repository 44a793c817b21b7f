// `homecell meetings <cell-code>` against a real database: a cell's meetings of a year with the recorded attendance,
// in either language and as JSON, and an unknown code refused with one readable line.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { meetingYear } from '../../src/domain/meetings';
import { loadPolicy } from '../../src/domain/policy';
import { createRecords } from '../../src/records';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember } from '../support/fixtures';
import { makeTempDir, runCli } from './run-cli';

const SECRETARY = { id: null, label: 'test secretary' };
// A year long past, passed with --year: the test reads the same whatever today's date.
const YEAR = 2025;

describe('homecell meetings', () => {
  let database: TestDatabase;
  let cellCode: string;
  let provinceCode: string;
  let heldId: number;
  let scheduledId: number;
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const now = new Date(Date.UTC(YEAR, 2, 1, 3));
    const records = createRecords(db, () => now, loadPolicy());
    const cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    cellCode = (await db.unit.findUniqueOrThrow({ where: { id: cell.cellId } })).code;
    provinceCode = (await db.unit.findUniqueOrThrow({ where: { id: cell.provinceId } })).code;
    const present = await createMember(db, cell, { fullName: 'Nguyễn Văn An' });
    const excused = await createMember(db, cell, { fullName: 'Trần Thị Bình' });
    const unexcused = await createMember(db, cell, { fullName: 'Lê Văn Cường' });
    // 19:30 and 08:00 in Hà Nội (UTC+7), the cells' default zone.
    const held = await records.meetings.schedule(
      cell.cellId,
      { startsAt: new Date(Date.UTC(YEAR, 2, 5, 12, 30)), place: 'Nhà văn hóa thôn', agenda: 'Quý I' },
      SECRETARY,
      now,
    );
    heldId = held.id;
    const scheduled = await records.meetings.schedule(
      cell.cellId,
      { startsAt: new Date(Date.UTC(YEAR, 3, 6, 1)), place: 'Hội trường xã', agenda: 'Quý II' },
      SECRETARY,
      now,
    );
    scheduledId = scheduled.id;
    const recorded = await records.meetings.recordAttendance(
      held.id,
      [
        { memberId: present.id, status: 'present' },
        { memberId: excused.id, status: 'absent_with_reason', reason: 'ốm' },
        { memberId: unexcused.id, status: 'absent_without_reason' },
      ],
      SECRETARY,
      new Date(Date.UTC(YEAR, 2, 5, 15)),
    );
    expect(recorded.outcome).toBe('recorded');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('lists the meetings of the year in Vietnamese, with the attendance of the one held', async () => {
    const result = await cli(['meetings', cellCode, '--year', String(YEAR)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Các buổi sinh hoạt chi bộ năm ${YEAR}: Chi bộ thôn Hải Thanh (${cellCode})`);
    expect(lines[1]).toMatch(/^• 05\/03\/2025 19:30 giờ .+ tại Nhà văn hóa thôn: đã họp$/);
    expect(lines.slice(2, 5)).toEqual([
      '  Tổng số 3 đảng viên: có mặt 1, vắng có lý do 1, vắng không có lý do 1',
      '  Vắng có lý do: Trần Thị Bình (ốm)',
      '  Vắng không có lý do: Lê Văn Cường',
    ]);
    expect(lines[5]).toMatch(/^• 06\/04\/2025 08:00 giờ .+ tại Hội trường xã: đã lên lịch$/);
    expect(lines).toHaveLength(6);
    // Text output never shows an ISO instant.
    expect(result.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('prints the same in English with --lang en', async () => {
    const result = await cli(['meetings', cellCode, '--year', String(YEAR), '--lang', 'en']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Cell meetings in ${YEAR}: Chi bộ thôn Hải Thanh (${cellCode})`);
    expect(lines[1]).toMatch(/^• 5 Mar 2025, 19:30 .+ time at Nhà văn hóa thôn: held$/);
    expect(lines.slice(2, 5)).toEqual([
      '  3 members listed: 1 present, 1 absent with a reason, 1 absent without a reason',
      '  Absent with a reason: Trần Thị Bình (ốm)',
      '  Absent without a reason: Lê Văn Cường',
    ]);
    expect(lines[5]).toMatch(/^• 6 Apr 2025, 08:00 .+ time at Hội trường xã: scheduled$/);
  });

  it('prints the meetings as JSON with --json', async () => {
    const result = await cli(['meetings', cellCode, '--year', String(YEAR), '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { year: number; meetings: Array<Record<string, unknown>> };
    expect(json.year).toBe(YEAR);
    expect(json.meetings).toEqual([
      expect.objectContaining({
        startsAt: '2025-03-05T12:30:00.000Z',
        place: 'Nhà văn hóa thôn',
        status: 'held',
        attendance: {
          listed: 3,
          present: ['Nguyễn Văn An'],
          absentWithReason: [{ name: 'Trần Thị Bình', reason: 'ốm' }],
          absentWithoutReason: ['Lê Văn Cường'],
          notRecorded: [],
        },
      }),
      expect.objectContaining({
        startsAt: '2025-04-06T01:00:00.000Z',
        status: 'scheduled',
        attendance: null,
      }),
    ]);
  });

  it("takes this year in the cell's zone without --year", async () => {
    const before = meetingYear(new Date(), 'Asia/Ho_Chi_Minh');
    const result = await cli(['meetings', cellCode, '--lang', 'en']);
    const after = meetingYear(new Date(), 'Asia/Ho_Chi_Minh');
    expect(result.code).toBe(0);
    // Read before and after the run: the test may straddle New Year's midnight.
    const years = new Set([before, after].map((year) => `Cell meetings in ${year}: `));
    expect([...years].some((title) => result.stdout.startsWith(title))).toBe(true);
    expect(result.stdout).toMatch(/the cell has no meetings in \d{4}\n$/);
  });

  it('refuses an unknown code and a unit that is no cell in the chosen language, with exit code 1 and nothing on stdout', async () => {
    const vietnamese = await cli(['meetings', 'NO-SUCH-CELL']);
    expect(vietnamese.code).toBe(1);
    expect(vietnamese.stdout).toBe('');
    expect(vietnamese.stderr.trim()).toBe('homecell: không có đơn vị mã NO-SUCH-CELL');
    const english = await cli(['meetings', 'NO-SUCH-CELL', '--lang', 'en']);
    expect(english.code).toBe(1);
    expect(english.stderr.trim()).toBe('homecell: unknown unit code NO-SUCH-CELL');
    const notACell = await cli(['meetings', provinceCode, '--lang', 'en']);
    expect(notACell.code).toBe(1);
    expect(notACell.stderr.trim()).toBe(
      `homecell: ${provinceCode} is not a cell: this command takes a cell's code`,
    );
  });

  it("writes one meeting's attendance list for the minutes as a PDF with --minutes and --out, audited as cli", async () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'minutes.pdf');
    const result = await cli(['meetings', cellCode, '--minutes', String(heldId), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(
      new RegExp(
        `^${out}: danh sách điểm danh cuộc sinh hoạt 05/03/2025 19:30 giờ .+ của Chi bộ thôn Hải Thanh \\(${cellCode}\\)$`,
      ),
    );
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await database.db.auditEvent.count({
        where: { action: 'export.meeting-minutes', actorLabel: 'cli', entityId: String(heldId) },
      }),
    ).toBe(1);
    if (fs.existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(
        /[ \t]+/g,
        ' ',
      );
      expect(text).toContain('Trần Thị Bình - lý do: ốm');
      expect(text).toContain('1. Lê Văn Cường');
    } else if (process.env.REQUIRE_PDF_TOOLS === '1') {
      throw new Error('pdftotext (poppler-utils) is required');
    }
  });

  it("refuses --minutes without --out or a number, a meeting not recorded or not the cell's, and writes nothing", async () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'minutes.pdf');
    const noOut = await cli(['meetings', cellCode, '--minutes', String(heldId), '--lang', 'en']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.trim()).toBe(
      'homecell: --minutes needs --out <file.pdf> to write the attendance list to',
    );
    const notANumber = await cli(['meetings', cellCode, '--minutes', 'march', '--out', out, '--lang', 'en']);
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('"march" is not a meeting\'s number');
    const unrecorded = await cli(['meetings', cellCode, '--minutes', String(scheduledId), '--out', out]);
    expect(unrecorded.code).toBe(1);
    expect(unrecorded.stderr.trim()).toBe(`homecell: cuộc sinh hoạt số ${scheduledId} chưa ghi điểm danh`);
    const unknown = await cli(['meetings', cellCode, '--minutes', '999999', '--out', out, '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(`homecell: cell ${cellCode} has no meeting number 999999`);
    expect(fs.existsSync(out)).toBe(false);
  });
});
