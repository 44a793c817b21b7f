// `homecell import` of members-sample-kinds.csv: temporary and full exemptions apart, the officer's unit, bad rows named.
import fs from 'node:fs';
import path from 'node:path';
import { systemClock } from '../../src/clock';
import { loadPolicy } from '../../src/domain/policy';
import { today } from '../../src/domain/periods';
import { createRecords } from '../../src/records';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { editedSample, makeTempDir, runCli, SAMPLE_DATA } from './run-cli';

const isoDate = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('homecell import with exemption_kind and officer_unit', () => {
  let database: TestDatabase;
  let dir: string;
  // Import output in English, as these tests read it (not DEFAULT_LOCALE: that is also new members' language).
  const cli = (args: string[]) =>
    runCli(args[0] === 'import' ? [...args, '--lang', 'en'] : args, { DATABASE_URL: database.url });
  const member = (cardNumber: string) =>
    database.db.member.findUniqueOrThrow({
      where: { cardNumber },
      include: { absences: true, fullExemptions: true, officerUnit: true, cell: true },
    });
  // The CLI imports with the real clock, so the standing is read with it too.
  const stateOf = async (cardNumber: string) =>
    (
      await createRecords(database.db, systemClock, loadPolicy()).standing.standingOf(
        (await member(cardNumber)).id,
      )
    ).state;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = makeTempDir();
    expect((await cli(['import', path.join(SAMPLE_DATA, 'units-sample.csv')])).code).toBe(0);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records the fully exempt elderly member at home apart from the temporary exemptions of members away', async () => {
    const result = await cli(['import', path.join(SAMPLE_DATA, 'members-sample-kinds.csv')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('members: 17 created, 0 updated, 0 unchanged');
    expect(result.stdout).toContain('absences: 10 opened, 0 updated, 0 ended');
    expect(result.stdout).toContain('full exemptions (old age, poor health): 1 recorded, 0 updated, 0 ended');

    const xuan = await member('01.234509');
    expect(xuan).toMatchObject({ fullName: 'Trần Thị Xuân', status: 'active', absences: [] });
    expect(xuan.fullExemptions).toHaveLength(1);
    const grassroots = await database.db.unit.findUniqueOrThrow({ where: { code: 'NA-CL-NH' } });
    expect(xuan.fullExemptions[0]).toMatchObject({
      reason: null,
      endsOn: null,
      decidedByUnitId: grassroots.id,
    });
    // Not dated in the file: in force from the day the records learn of it.
    expect(isoDate(xuan.fullExemptions[0].startsOn)).toBe(today(systemClock(), 'Asia/Ho_Chi_Minh'));
    expect(await stateOf('01.234509')).toBe('full-exemption');

    // A temporary exemption is an absence on an approved exemption: away, and still reviewed.
    const duc = await member('01.234504');
    expect(duc.fullExemptions).toEqual([]);
    expect(duc.absences[0]).toMatchObject({
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
    });
    expect(await stateOf('01.234504')).toBe('temporary-exemption');
    expect(await stateOf('01.234506')).toBe('away');

    const officer = await member('01.230001');
    expect(officer).toMatchObject({ role: 'committee_officer', officerUnit: { code: 'NA-CL' } });
    expect(officer.cell.code).toBe('NA-CL-NH-HT');
  });

  it('takes a dated, reasoned full exemption, and ends one the file no longer lists', async () => {
    const file = editedSample(dir, 'members-sample-kinds.csv', (line, lineNumber) => {
      if (lineNumber === 1) return `${line},exemption_since,exemption_reason`;
      if (line.includes('01.234509')) return line.replace(/,full,$/, ',full,,2025-07-01,age');
      if (line.includes('01.234603'))
        return line.replace(/,,$/, ',full,,2026-03-01,health').replace(',VN,,,Asia', ',VN,,2030-02-28,Asia');
      return `${line},,`;
    });
    const result = await cli(['import', file]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('full exemptions (old age, poor health): 1 recorded, 1 updated, 0 ended');
    const xuan = (await member('01.234509')).fullExemptions;
    expect(xuan).toHaveLength(1);
    expect(xuan[0]).toMatchObject({ reason: 'age' });
    expect(isoDate(xuan[0].startsOn)).toBe('2025-07-01');
    const hieu = (await member('01.234603')).fullExemptions;
    expect(hieu[0]).toMatchObject({ reason: 'health' });
    expect([isoDate(hieu[0].startsOn), isoDate(hieu[0].endsOn)]).toEqual(['2026-03-01', '2030-02-28']);

    // The same file again changes nothing; without the exemption it ends yesterday (she is not exempt from today).
    expect((await cli(['import', file])).stdout).not.toContain('full exemptions');
    const ended = await cli(['import', path.join(SAMPLE_DATA, 'members-sample-kinds.csv')]);
    expect(ended.stdout).toContain('full exemptions (old age, poor health): 0 recorded, 0 updated, 1 ended');
    const after = (await member('01.234603')).fullExemptions[0];
    const yesterday = new Date(`${today(systemClock(), 'Asia/Ho_Chi_Minh')}T00:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    expect(isoDate(after.endsOn)).toBe(isoDate(yesterday));
  });

  it('names every bad exemption row and imports nothing', async () => {
    const file = editedSample(dir, 'members-sample-kinds.csv', (line) => {
      const fresh = line.replace(/,01\.(\d+),/, ',04.$1,');
      if (line.includes('01.234501')) return fresh.replace(/,,$/, ',temporary,');
      if (line.includes('01.234503')) return fresh.replace(',temporary,', ',,');
      if (line.includes('01.234505')) return fresh.replace(',temporary,', ',partial,');
      if (line.includes('01.234602')) return fresh.replace('2027-03-19', '');
      return fresh;
    });
    const result = await cli(['import', file]);
    expect(result.code).toBe(1);
    // One line per row, its problems joined; a message that starts with its column's name is not prefixed again.
    expect(result.stderr).toMatch(
      /^line 2: exemption_kind temporary is an exemption while away, but away_kind is none \(for age or health use full\); exemption_until is required when exemption_kind is temporary$/m,
    );
    expect(result.stderr).toMatch(
      /^line 4: exemption_kind: exemption_until 2027-01-31 is set but exemption_kind is empty \(temporary: exempted from activities while away; full: exempted from work and activities for age or health\)$/m,
    );
    expect(result.stderr).toMatch(/^line 6: exemption_kind: "partial" is not one of temporary, full$/m);
    expect(result.stderr).toMatch(/^line 11: exemption_until is required when exemption_kind is temporary$/m);
    expect(result.stderr).toMatch(/homecell: 4 of 17 rows .* have errors; nothing was imported/);
    expect(await database.db.member.count({ where: { cardNumber: { startsWith: '04.' } } })).toBe(0);
  });
});
