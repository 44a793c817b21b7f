// `homecell import` with the sample units and members: what lands in the records, re-import, and refused files.
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { editedSample, makeTempDir, runCli, SAMPLE_DATA } from './run-cli';

const isoDate = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('homecell import (units and members)', () => {
  let database: TestDatabase;
  let dir: string;
  // Import output in English, as these tests read it (not DEFAULT_LOCALE: that is also new members' language).
  const cli = (args: string[]) =>
    runCli(args[0] === 'import' ? [...args, '--lang', 'en'] : args, { DATABASE_URL: database.url });
  const member = (cardNumber: string) =>
    database.db.member.findUniqueOrThrow({
      where: { cardNumber },
      include: { cell: true, absences: { orderBy: { id: 'asc' } } },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = makeTempDir();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the sample unit tree with materialised paths', async () => {
    const result = await cli(['import', path.join(SAMPLE_DATA, 'units-sample.csv')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('units: 8 created, 0 updated (0 moved to another parent), 0 unchanged');
    const cell = await database.db.unit.findUniqueOrThrow({
      where: { code: 'NA-CL-NH-HB' },
      include: { parent: true },
    });
    expect(cell).toMatchObject({
      kind: 'cell',
      name: 'Chi bộ khối Hải Bình',
      path: 'NA/NA-CL/NA-CL-NH/NA-CL-NH-HB',
    });
    expect(cell.parent?.code).toBe('NA-CL-NH');
    expect(await database.db.unit.count()).toBe(8);
    expect(await database.db.unit.count({ where: { kind: 'cell' } })).toBe(3);
  });

  it('imports the sample members with roles and open absences, and one audit event', async () => {
    const result = await cli(['import', path.join(SAMPLE_DATA, 'members-sample.csv')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('members: 15 created, 0 updated, 0 unchanged');
    expect(result.stdout).toContain('absences: 10 opened, 0 updated, 0 ended');

    expect(await database.db.member.count()).toBe(15);
    // Away and exempted are the absences below, in force from their dates; the stored status is membership only.
    const byStatus = await database.db.member.groupBy({ by: ['status'], _count: { _all: true } });
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]))).toEqual({ active: 15 });
    const secretaries = await database.db.member.findMany({
      where: { role: 'secretary' },
      orderBy: { cardNumber: 'asc' },
    });
    expect(secretaries.map((row) => row.cardNumber)).toEqual(['01.234501', '01.234601', '01.235001']);
    expect((await member('01.234502')).role).toBe('deputy_secretary');

    const korea = await member('01.234504');
    expect(korea).toMatchObject({
      fullName: 'Trần Văn Đức',
      birthYear: 1990,
      status: 'active',
      timezone: 'Asia/Seoul',
    });
    expect(korea.cell.code).toBe('NA-CL-NH-HB');
    expect(korea.absences).toHaveLength(1);
    expect(korea.absences[0]).toMatchObject({
      kind: 'abroad',
      place: 'Suwon, Gyeonggi',
      countryCode: 'KR',
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
      endedOn: null,
    });
    expect(isoDate(korea.absences[0].startsOn)).toBe('2025-09-15');
    expect(isoDate(korea.absences[0].expectedEndOn)).toBe('2026-09-14');

    const taiwan = await member('01.234506');
    expect(taiwan.status).toBe('active');
    expect(taiwan.absences[0]).toMatchObject({
      kind: 'abroad',
      countryCode: 'TW',
      arrangement: null,
      expectedEndOn: null,
    });
    const prague = await member('01.234507');
    expect(prague).toMatchObject({ locale: 'en', timezone: 'Europe/Prague', monthlyFeeVnd: 20000 });
    const home = await member('01.234501');
    expect(home).toMatchObject({ status: 'active', monthlyFeeVnd: 30000 });
    expect(home.absences).toHaveLength(0);

    const audits = await database.db.auditEvent.findMany({ where: { action: 'import.members' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorLabel: 'cli',
      after: expect.objectContaining({ created: 15, absencesOpened: 10 }),
    });
  });

  it('shows the tree with member counts per subtree', async () => {
    const result = await runCli(['units'], { DATABASE_URL: database.url });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // Vietnamese by default, kinds too (issue 17: they were in English among Vietnamese names).
    expect(lines[0]).toBe('NA  Tỉnh ủy Nghệ An  (Tỉnh)  15 đảng viên, 10 đi làm ăn xa');
    expect(lines).toContain('      NA-CL-NH-HB  Chi bộ khối Hải Bình  (Chi bộ)  8 đảng viên, 6 đi làm ăn xa');
    expect(lines).toContain('  NA-DC  Huyện ủy Diễn Châu  (Huyện)  4 đảng viên, 3 đi làm ăn xa');
    expect(lines).toHaveLength(8);
    const english = (await cli(['units', '--lang', 'en'])).stdout.trimEnd().split('\n');
    expect(english[0]).toBe('NA  Tỉnh ủy Nghệ An  (Province)  15 members, 10 away');
    expect(english).toContain('  NA-DC  Huyện ủy Diễn Châu  (District)  4 members, 3 away');
  });

  it('updates members by card number on re-import instead of duplicating, and ends an absence on return', async () => {
    const file = editedSample(dir, 'members-sample.csv', (line) =>
      line
        .replace(
          '01.234503,1987,member,domestic,"Thủ Dầu Một, Bình Dương",VN,2026-02-01,2027-01-31,Asia/Ho_Chi_Minh,vi,20000',
          '01.234503,1987,member,domestic,"Thủ Dầu Một, Bình Dương",VN,2026-02-01,2027-01-31,Asia/Ho_Chi_Minh,vi,25000',
        )
        .replace(
          'abroad,"Suwon, Gyeonggi",KR,2025-09-15,2026-09-14,Asia/Seoul',
          'none,,VN,,,Asia/Ho_Chi_Minh',
        ),
    );
    const result = await cli(['import', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('members: 0 created, 2 updated, 13 unchanged');
    expect(result.stdout).toContain('absences: 0 opened, 0 updated, 1 ended');
    expect(await database.db.member.count()).toBe(15);
    expect((await member('01.234503')).monthlyFeeVnd).toBe(25000);
    const returned = await member('01.234504');
    expect(returned).toMatchObject({ status: 'active', timezone: 'Asia/Ho_Chi_Minh' });
    const today = DateTime.now().setZone('Asia/Ho_Chi_Minh').toISODate();
    expect(isoDate(returned.absences[0].endedOn)).toBe(today);
    expect(await database.db.absence.count()).toBe(10);
  });

  describe('a file with bad rows', () => {
    // New card numbers (03.*), so that an import that wrongly went through would add members.
    const brokenFile = () =>
      editedSample(dir, 'members-sample.csv', (line, lineNumber) => {
        const fresh = line.replace(/,01\.(\d+),/, ',03.$1,');
        if (lineNumber === 4) return fresh.replace('2026-02-01', '2026-02-30');
        if (lineNumber === 6) return fresh.replace('NA-CL-NH-HB', 'NA-CL-NH-XX');
        if (lineNumber === 8) return fresh.replace('03.234507', '03.234506');
        if (lineNumber === 10) return fresh.replace('Asia/Ho_Chi_Minh', 'Asia/Hanoi');
        if (lineNumber === 12) return fresh.replace(/,20000$/, ',-20000');
        return fresh;
      });
    const reportedLines = (stderr: string) =>
      [...stderr.matchAll(/^(?:skipped )?line (\d+): /gm)].map((match) => Number(match[1]));

    it('is refused whole: every bad line reported with its reason, nothing imported, exit 1', async () => {
      const auditsBefore = await database.db.auditEvent.count();
      const result = await cli(['import', brokenFile()]);
      expect(result.code).toBe(1);
      expect(reportedLines(result.stderr)).toEqual([4, 6, 7, 8, 10, 12]);
      expect(result.stderr).toMatch(/^line 4: away_since: 2026-02-30 is not a real date$/m);
      expect(result.stderr).toMatch(/^line 6: cell_code: unknown cell NA-CL-NH-XX$/m);
      expect(result.stderr).toMatch(/^line 7: party_card_no 03\.234506 is repeated on line 8$/m);
      expect(result.stderr).toMatch(/^line 8: party_card_no 03\.234506 is also on line 7$/m);
      expect(result.stderr).toMatch(/^line 10: timezone: "Asia\/Hanoi" is not an IANA time zone/m);
      expect(result.stderr).toMatch(/^line 12: monthly_fee_vnd: -20000 is not a whole number of 0 or more$/m);
      expect(result.stderr).toMatch(
        /homecell: 6 of 15 rows .* have errors; nothing was imported \(--skip-bad imports the other 9\)\n$/,
      );
      expect(result.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
      expect(await database.db.member.count()).toBe(15);
      expect(await database.db.auditEvent.count()).toBe(auditsBefore);
    });

    // Issue 17: "--skip-bad imports the other 0" offered an option that would import nothing.
    it('says so when no row is good, instead of offering --skip-bad; in Vietnamese by default', async () => {
      const file = editedSample(dir, 'members-sample.csv', (line, lineNumber) =>
        lineNumber === 1 ? line : line.replace(/,01\.(\d+),/, ',03.$1,').replace(/,(\d+)$/, ',-$1'),
      );
      const vi = await runCli(['import', file], { DATABASE_URL: database.url });
      expect(vi.code).toBe(1);
      // The row's reason too is Vietnamese: one language for the whole output (issue 17).
      expect(vi.stderr).toMatch(/^dòng 2: monthly_fee_vnd: -\d+ không phải số nguyên từ 0 trở lên$/m);
      expect(vi.stderr).not.toMatch(/ is not | is required/);
      expect(vi.stderr).toMatch(
        /\nhomecell: mọi dòng trong .+ đều có lỗi \(15 dòng\); chưa nhập dòng nào, và không có dòng nào đúng để nhập bằng --skip-bad\n$/,
      );
      const en = await cli(['import', file]);
      expect(en.stderr).toMatch(
        /\nhomecell: every row in .+ has errors \(15 rows\); nothing was imported, and no row is good enough to import with --skip-bad\n$/,
      );
      expect(en.stderr).not.toContain('imports the other');
      expect(await database.db.member.count()).toBe(15);
    });

    it('with --skip-bad imports only the good rows and lists the skipped ones', async () => {
      const result = await cli(['import', '--skip-bad', brokenFile()]);
      expect(result.code).toBe(0);
      expect(reportedLines(result.stderr)).toEqual([4, 6, 7, 8, 10, 12]);
      expect(result.stderr).toMatch(/^skipped line 4: /m);
      expect(result.stdout).toContain('members: 9 created, 0 updated, 0 unchanged');
      expect(await database.db.member.count()).toBe(24);
      const imported = await database.db.member.findMany({
        where: { cardNumber: { startsWith: '03.' } },
        select: { cardNumber: true },
        orderBy: { cardNumber: 'asc' },
      });
      expect(imported.map((row) => row.cardNumber)).toEqual([
        '03.234501',
        '03.234502',
        '03.234504',
        '03.234508',
        '03.234602',
        '03.235001',
        '03.235002',
        '03.235003',
        '03.235004',
      ]);
    });
  });

  it('refuses a units file whose parent is unknown or of the wrong kind, naming the lines', async () => {
    const file = path.join(dir, 'units-bad.csv');
    fs.writeFileSync(
      file,
      [
        'Code,Name,Kind,Parent Code',
        'NA-QL,Thị xã Quỳnh Lưu,district,NA',
        'NA-ZZ-1,Chi bộ lạc,cell,NA-ZZ',
        'NA-QL-1,Chi bộ dưới huyện,cell,NA-QL',
        'NA-QL-2,Huyện dưới chi bộ,district,NA-QL-1',
        'VN,Trung ương,province,NA',
      ].join('\n'),
    );
    const result = await cli(['import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 3: parent_code NA-ZZ is neither in the file nor in the database$/m);
    expect(result.stderr).toMatch(/^line 5: parent_code NA-QL-1 is a cell, which cannot hold a district$/m);
    expect(result.stderr).toMatch(/^line 6: parent_code must be empty for a province$/m);
    expect(result.stderr).not.toMatch(/^line [24]:/m);
    expect(await database.db.unit.count()).toBe(8);
  });

  it('marks online-pilot cells from an online_meeting_link column, keeps the link when the column is absent, and ends it when blank', async () => {
    const link = (code: string) =>
      database.db.unit.findUniqueOrThrow({ where: { code } }).then((unit) => unit.onlineMeetingLink);
    const file = path.join(dir, 'units-online.csv');
    fs.writeFileSync(
      file,
      [
        'code,name,kind,parent_code,online_meeting_link',
        'NA-CL-NH-HB,Chi bộ khối Hải Bình,cell,NA-CL-NH,https://hop.example.vn/hai-binh',
        'NA-CL-NH,Đảng ủy phường Nghi Hải,grassroots,NA-CL,https://hop.example.vn/phuong',
        'NA-CL-NH-HT,Chi bộ khối Hải Thanh,cell,NA-CL-NH,họp qua zalo',
      ].join('\n'),
    );
    const refused = await cli(['import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^line 3: online_meeting_link: only a cell piloting online meetings has a meeting link; this unit is not a cell$/m,
    );
    expect(refused.stderr).toMatch(
      /^line 4: online_meeting_link: "họp qua zalo" is not an online meeting link/m,
    );
    expect(refused.stderr).not.toMatch(/^line 2:/m);
    expect(await link('NA-CL-NH-HB')).toBeNull();

    fs.writeFileSync(
      file,
      'code,name,kind,parent_code,online_meeting_link\nNA-CL-NH-HB,Chi bộ khối Hải Bình,cell,NA-CL-NH,https://hop.example.vn/hai-binh\n',
    );
    expect((await cli(['import', file])).stdout).toContain('units: 0 created, 1 updated');
    expect(await link('NA-CL-NH-HB')).toBe('https://hop.example.vn/hai-binh');
    // The same file again changes nothing; a units file without the column leaves the link as it is.
    expect((await cli(['import', file])).stdout).toContain(
      '0 updated (0 moved to another parent), 1 unchanged',
    );
    fs.writeFileSync(file, 'code,name,kind,parent_code\nNA-CL-NH-HB,Chi bộ khối Hải Bình,cell,NA-CL-NH\n');
    expect((await cli(['import', file])).stdout).toContain('1 unchanged');
    expect(await link('NA-CL-NH-HB')).toBe('https://hop.example.vn/hai-binh');
    // A blank cell in the column ends the pilot.
    fs.writeFileSync(
      file,
      'code,name,kind,parent_code,online_meeting_link\nNA-CL-NH-HB,Chi bộ khối Hải Bình,cell,NA-CL-NH,\n',
    );
    expect((await cli(['import', file])).stdout).toContain('units: 0 created, 1 updated');
    expect(await link('NA-CL-NH-HB')).toBeNull();
  });

  it('moves a unit with its subtree: every path below it follows', async () => {
    const file = path.join(dir, 'units-move.csv');
    fs.writeFileSync(file, 'code,name,kind,parent_code\nNA-CL-NH,Đảng ủy phường Nghi Hải,grassroots,NA-DC\n');
    const result = await cli(['import', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('units: 0 created, 1 updated (1 moved to another parent), 0 unchanged');
    const paths = await database.db.unit.findMany({
      where: { code: { startsWith: 'NA-CL-NH' } },
      select: { code: true, path: true },
      orderBy: { code: 'asc' },
    });
    expect(paths).toEqual([
      { code: 'NA-CL-NH', path: 'NA/NA-DC/NA-CL-NH' },
      { code: 'NA-CL-NH-HB', path: 'NA/NA-DC/NA-CL-NH/NA-CL-NH-HB' },
      { code: 'NA-CL-NH-HT', path: 'NA/NA-DC/NA-CL-NH/NA-CL-NH-HT' },
    ]);
    expect((await database.db.unit.findUniqueOrThrow({ where: { code: 'NA-CL' } })).path).toBe('NA/NA-CL');
  });

  it('puts members on the records from recorded_since, else from the import, and keeps that on re-import', async () => {
    const file = (name: string, lines: string[]) => {
      const written = path.join(dir, name);
      fs.writeFileSync(written, `${lines.join('\n')}\n`);
      return written;
    };
    const before = Date.now();
    const first = await cli([
      'import',
      file('dated.csv', [
        'cell_code,full_name,party_card_no,timezone,recorded_since',
        'NA-CL-NH-HB,Võ Văn Sớm,05.000001,Asia/Seoul,2025-03-01',
        'NA-CL-NH-HB,Đinh Thị Mới,05.000002,,',
      ]),
    ]);
    const after = Date.now();
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('members: 2 created, 0 updated, 0 unchanged');
    // The start of that day where the member is: 1 March in Seoul began at 15:00 UTC the day before.
    expect((await member('05.000001')).recordedSince.toISOString()).toBe('2025-02-28T15:00:00.000Z');
    const undated = (await member('05.000002')).recordedSince.getTime();
    expect(undated).toBeGreaterThanOrEqual(before);
    expect(undated).toBeLessThanOrEqual(after);

    // A file without the column, or with the cell empty, leaves the date alone.
    const again = await cli([
      'import',
      file('again.csv', [
        'cell_code,full_name,party_card_no',
        'NA-CL-NH-HB,Võ Văn Sớm,05.000001',
        'NA-CL-NH-HB,Đinh Thị Mới,05.000002',
      ]),
    ]);
    expect(again.stdout).toContain('members: 0 created, 0 updated, 2 unchanged');
    expect((await member('05.000001')).recordedSince.toISOString()).toBe('2025-02-28T15:00:00.000Z');
    expect((await member('05.000002')).recordedSince.getTime()).toBe(undated);

    // A date the file gives replaces it; a date after today is refused.
    const corrected = await cli([
      'import',
      file('corrected.csv', [
        'cell_code,full_name,party_card_no,recorded_since',
        'NA-CL-NH-HB,Đinh Thị Mới,05.000002,2024-11-20',
      ]),
    ]);
    expect(corrected.stdout).toContain('members: 0 created, 1 updated, 0 unchanged');
    expect((await member('05.000002')).recordedSince.toISOString()).toBe('2024-11-19T17:00:00.000Z');
    const tomorrow = DateTime.now().setZone('Asia/Ho_Chi_Minh').plus({ days: 1 }).toISODate()!;
    const future = await cli([
      'import',
      file('future.csv', [
        'cell_code,full_name,party_card_no,recorded_since',
        `NA-CL-NH-HB,Đinh Thị Mới,05.000002,${tomorrow}`,
      ]),
    ]);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain(`line 2: recorded_since ${tomorrow} is after today`);
    expect((await member('05.000002')).recordedSince.toISOString()).toBe('2024-11-19T17:00:00.000Z');
  });
});
