// `homecell import` of past meetings' attendance: meetings found or added as held, lines written once, bad rows named.
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTempDir, runCli, SAMPLE_DATA } from './run-cli';

const SAMPLE = path.join(__dirname, 'fixtures', 'attendance-sample.csv');
const HEADER = 'cell_code,meeting_at,place,party_card_no,status,reason';

describe('homecell import of meeting attendance', () => {
  let database: TestDatabase;
  let dir: string;
  const cli = (args: string[], lang = 'en') =>
    runCli([...args, '--lang', lang], { DATABASE_URL: database.url });
  const writeFile = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
    return file;
  };
  const attendanceOf = async (cellCode: string, startsAt: string) =>
    (
      await database.db.meetingAttendance.findMany({
        where: { meeting: { cell: { code: cellCode }, startsAt: new Date(startsAt) } },
        select: { status: true, reason: true, member: { select: { cardNumber: true } } },
        orderBy: { member: { cardNumber: 'asc' } },
      })
    ).map((row) => [row.member.cardNumber, row.status, row.reason]);
  const audits = (action: string) => database.db.auditEvent.count({ where: { action } });

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = makeTempDir();
    expect((await cli(['import', path.join(SAMPLE_DATA, 'units-sample.csv')])).code).toBe(0);
    expect((await cli(['import', path.join(SAMPLE_DATA, 'members-sample-kinds.csv')])).code).toBe(0);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a dry run checks every row and writes nothing', async () => {
    const result = await cli(['import', '--dry-run', SAMPLE]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `meeting attendance file ${SAMPLE}: 10 rows\ndry run: every row is good; nothing written\n`,
    );
    expect(await database.db.meeting.count()).toBe(0);
    expect(await database.db.meetingAttendance.count()).toBe(0);
  });

  it("adds the file's meetings as held, on the cell's clock, with every line, audited; a second run changes nothing", async () => {
    const result = await cli(['import', SAMPLE]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `meeting attendance file ${SAMPLE}: 10 rows`,
        'meeting attendance: 10 recorded, 0 updated, 0 unchanged',
        '3 meetings homecell did not know added, as held',
        '',
      ].join('\n'),
    );
    const meetings = await database.db.meeting.findMany({
      select: { startsAt: true, place: true, status: true, heldAt: true, cell: { select: { code: true } } },
      orderBy: [{ startsAt: 'asc' }],
    });
    // 19:30 in Vietnam (UTC+7), whether the file wrote 05/03/2026 or 2026-04-05.
    expect(
      meetings.map((meeting) => [meeting.cell.code, meeting.startsAt.toISOString(), meeting.place]),
    ).toEqual([
      ['NA-CL-NH-HB', '2026-03-05T12:30:00.000Z', 'Nhà văn hóa khối Hải Bình'],
      ['NA-CL-NH-HT', '2026-03-06T12:00:00.000Z', 'Nhà văn hóa khối Hải Thịnh'],
      ['NA-CL-NH-HB', '2026-04-05T12:30:00.000Z', 'Nhà văn hóa khối Hải Bình'],
    ]);
    expect(meetings.every((meeting) => meeting.status === 'held' && meeting.heldAt !== null)).toBe(true);
    expect(await attendanceOf('NA-CL-NH-HB', '2026-03-05T12:30:00Z')).toEqual([
      ['01.234501', 'present', null],
      ['01.234502', 'present', null],
      ['01.234503', 'absent_with_reason', 'Đi làm ăn xa ở Bình Dương'],
      ['01.234504', 'absent_with_reason', 'Lao động tại Hàn Quốc, đã báo trước'],
      ['01.234506', 'absent_without_reason', null],
    ]);
    expect(await audits('meeting.attendance-recorded')).toBe(10);
    expect(await audits('meeting.imported')).toBe(3);
    const summary = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'import.attendance' } });
    expect(summary).toMatchObject({
      actorLabel: 'cli',
      after: { file: 'attendance-sample.csv', rows: 10, skipped: 0, recorded: 10, updated: 0, unchanged: 0 },
    });

    const again = await cli(['import', SAMPLE]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `meeting attendance file ${SAMPLE}: 10 rows\nmeeting attendance: 0 recorded, 0 updated, 10 unchanged\n`,
    );
    expect(await database.db.meeting.count()).toBe(3);
    expect(await database.db.meetingAttendance.count()).toBe(10);
    expect(await audits('meeting.attendance-recorded')).toBe(10);
    expect(await audits('meeting.attendance-corrected')).toBe(0);
  });

  it('corrects a line the file changes (told in Vietnamese here), and leaves the before in the audit', async () => {
    const file = writeFile('corrected.csv', [
      'NA-CL-NH-HB,2026-04-05 19:30,,01.234506,absent_with_reason,Đi ca đêm ở Đài Trung',
      'NA-CL-NH-HB,2026-04-05 19:30,,01.234501,present,',
      'NA-CL-NH-HB,2026-04-05 19:30,,01.234508,present,',
    ]);
    const result = await cli(['import', file], 'vi');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `tệp điểm danh sinh hoạt chi bộ ${file}: 3 dòng\nđiểm danh sinh hoạt chi bộ: 1 ghi mới, 1 cập nhật, 1 giữ nguyên\n`,
    );
    expect(await attendanceOf('NA-CL-NH-HB', '2026-04-05T12:30:00Z')).toEqual([
      ['01.234501', 'present', null],
      ['01.234502', 'absent_with_reason', 'Ốm'],
      ['01.234506', 'absent_with_reason', 'Đi ca đêm ở Đài Trung'],
      ['01.234508', 'present', null],
    ]);
    const corrected = await database.db.auditEvent.findFirstOrThrow({
      where: { action: 'meeting.attendance-corrected' },
    });
    expect(corrected).toMatchObject({
      actorLabel: 'cli',
      before: { status: 'absent_without_reason', reason: null },
      after: { status: 'absent_with_reason', reason: 'Đi ca đêm ở Đài Trung' },
    });
  });

  it('takes a meeting scheduled at that time as the one held, instead of adding another', async () => {
    const cell = await database.db.unit.findUniqueOrThrow({ where: { code: 'NA-CL-NH-HT' } });
    const scheduled = await database.db.meeting.create({
      data: {
        cellId: cell.id,
        startsAt: new Date('2026-05-06T12:00:00Z'),
        place: 'Hội trường khối',
        agenda: 'Sinh hoạt thường kỳ tháng 5',
        createdAt: new Date('2026-04-20T00:00:00Z'),
        updatedAt: new Date('2026-04-20T00:00:00Z'),
      },
    });
    const file = writeFile('scheduled.csv', [
      'NA-CL-NH-HT,06/05/2026 19:00,Hội trường khối,01.234601,present,',
      'NA-CL-NH-HT,06/05/2026 19:00,,01.234603,absent_without_reason,',
    ]);
    const result = await cli(['import', file]);
    expect(result.stdout).toContain('meeting attendance: 2 recorded, 0 updated, 0 unchanged');
    expect(result.stdout).not.toContain('added');
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id: scheduled.id } })).toMatchObject({
      status: 'held',
      agenda: 'Sinh hoạt thường kỳ tháng 5',
    });
    expect(await database.db.meeting.count({ where: { cellId: cell.id } })).toBe(2);
  });

  it("names every bad row, in the reader's language, and writes nothing unless --skip-bad", async () => {
    const hb = await database.db.unit.findUniqueOrThrow({ where: { code: 'NA-CL-NH-HB' } });
    const cancelled = new Date('2026-06-05T12:30:00Z');
    await database.db.meeting.create({
      data: {
        cellId: hb.id,
        startsAt: cancelled,
        place: 'Nhà văn hóa',
        agenda: '',
        status: 'cancelled',
        cancelledAt: cancelled,
        createdAt: cancelled,
        updatedAt: cancelled,
      },
    });
    // Xuân's full exemption from activities (issue 11) dated back: the minutes of 7 July do not list her.
    await database.db.fullExemption.updateMany({
      where: { member: { cardNumber: '01.234509' } },
      data: { startsOn: new Date('2026-01-01T00:00:00Z') },
    });
    const tomorrow = DateTime.now()
      .setZone('Asia/Ho_Chi_Minh')
      .plus({ days: 1 })
      .toFormat('dd/MM/yyyy HH:mm');
    const file = writeFile('broken.csv', [
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234501,present,', // 2: good
      'NA-CL-XX,07/07/2026 19:30,,01.234502,present,', // 3
      'NA-CL-NH,07/07/2026 19:30,,01.234502,present,', // 4
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234601,present,', // 5
      'NA-CL-NH-HB,07/07/2026 19:30,,09.999999,present,', // 6
      `NA-CL-NH-HB,${tomorrow},,01.234502,present,`, // 7
      'NA-CL-NH-HB,07/07/2026,,01.234503,present,', // 8
      'NA-CL-NH-HB,30/02/2026 19:30,,01.234503,present,', // 9
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234504,absent_with_reason,', // 10
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234505,present,đến muộn', // 11
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234506,late,', // 12
      'NA-CL-NH-HB,2026-07-07 19:30,,01.234501,absent_without_reason,', // 13: line 2 again
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234509,present,', // 14
      'NA-CL-NH-HB,05/06/2026 19:30,,01.234507,present,', // 15
      'NA-CL-NH-HB,05/03/2026 19:30,Hội trường,01.234508,present,', // 16
      'NA-CL-NH-HB,07/07/2026 19:30,,01.234508,present,', // 17: good
    ]);
    const result = await cli(['import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'line 2: party_card_no 01.234501 is repeated on line 13 for the same meeting',
      'line 3: cell_code: unknown cell NA-CL-XX',
      'line 4: cell_code: NA-CL-NH is a grassroots committee, not a cell',
      'line 5: party_card_no 01.234601 is not a member of cell NA-CL-NH-HB',
      'line 6: party_card_no: no member has card number 09.999999',
      `line 7: meeting_at ${tomorrow} (Asia/Ho_Chi_Minh) has not come yet: only meetings already held can be imported`,
      'line 8: meeting_at: "07/07/2026" is not a date and time as 05/03/2026 19:30 or 2026-03-05 19:30',
      "line 9: meeting_at: 30/02/2026 19:30 is not a real date and time in the cell's time zone",
      'line 10: reason is required when status is absent_with_reason',
      "line 11: reason is only for status absent_with_reason (this row's status is present)",
      'line 12: status: "late" is not one of present, absent_with_reason, absent_without_reason',
      'line 13: party_card_no 01.234501 is also on line 2 for the same meeting',
      "line 14: party_card_no 01.234509: the minutes of 2026-07-07 do not list this member (on a full exemption from activities, or no longer in the cell's care)",
      'line 15: meeting_at 05/06/2026 19:30: that meeting was cancelled and takes no attendance',
      'line 16: place "Hội trường" differs from the meeting\'s recorded place "Nhà văn hóa khối Hải Bình"',
      `homecell: 15 of 16 rows in ${file} have errors; nothing was imported (--skip-bad imports the other row)`,
      '',
    ]);
    const july = { meeting: { startsAt: new Date('2026-07-07T12:30:00Z') } };
    expect(await database.db.meetingAttendance.count({ where: july })).toBe(0);

    const vi = await cli(['import', file], 'vi');
    expect(vi.stderr).toContain('dòng 5: đảng viên số thẻ 01.234601 không thuộc chi bộ NA-CL-NH-HB\n');
    expect(vi.stderr).toContain(
      'dòng 10: reason (lý do vắng) là bắt buộc khi status là absent_with_reason\n',
    );

    const skipped = await cli(['import', '--skip-bad', file]);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/^skipped line 3: cell_code: unknown cell NA-CL-XX$/m);
    expect(skipped.stdout).toContain(`meeting attendance file ${file}: 16 rows, 15 bad rows skipped`);
    expect(skipped.stdout).toContain('meeting attendance: 1 recorded, 0 updated, 0 unchanged');
    expect(await attendanceOf('NA-CL-NH-HB', '2026-07-07T12:30:00Z')).toEqual([
      ['01.234508', 'present', null],
    ]);
  });

  it('refuses a file whose header has meeting_at but lacks the columns it needs', async () => {
    const file = path.join(dir, 'short.csv');
    fs.writeFileSync(file, 'cell_code,meeting_at,party_card_no\nNA-CL-NH-HB,05/03/2026 19:30,01.234501\n');
    const result = await cli(['import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'homecell: header: looks like a meeting attendance file (it has meeting_at) but lacks status\n',
    );
  });
});
