// `homecell directory import`: the committee's overseas contacts, all or nothing, with the bad line named.
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTempDir, runCli } from './run-cli';

describe('homecell directory import', () => {
  let database: TestDatabase;
  let dir: string;
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const contacts = () =>
    database.db.overseasContact.findMany({ orderBy: [{ countryCode: 'asc' }, { organisation: 'asc' }] });

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = makeTempDir();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports contacts, updates them on a second import, and audits the change', async () => {
    const file = write(
      'directory.csv',
      'country_code,organisation,contact,note,is_example\n' +
        'kr,Đảng ủy ngoài nước tại Hàn Quốc,+82 2 000 0000,"Giờ làm việc 9-17",no\n' +
        'JP,Chi bộ người Việt tại Osaka,osaka@example.org,,yes\n',
    );
    const first = await cli(['directory', 'import', file]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toBe('directory: 2 contacts read; 2 created, 0 updated, 0 unchanged\n');
    expect(await contacts()).toMatchObject([
      { countryCode: 'JP', organisation: 'Chi bộ người Việt tại Osaka', isExample: true, note: null },
      { countryCode: 'KR', contact: '+82 2 000 0000', note: 'Giờ làm việc 9-17', isExample: false },
    ]);
    const changed = write(
      'directory.csv',
      'organisation,country_code,contact\nĐảng ủy ngoài nước tại Hàn Quốc,KR,+82 2 111 1111\n',
    );
    expect((await cli(['directory', 'import', changed])).stdout).toContain(
      '0 created, 1 updated, 0 unchanged',
    );
    expect((await contacts()).find((row) => row.countryCode === 'KR')!.contact).toBe('+82 2 111 1111');
    expect(await database.db.auditEvent.count({ where: { action: 'directory.imported' } })).toBe(2);
  });

  it('names the bad line and imports nothing from a file with a bad row or header', async () => {
    const before = await contacts();
    const badCountry = write(
      'bad.csv',
      'country_code,organisation,contact\nTW,Chi bộ Đài Trung,tc@example.org\nKorea,Hội người Việt,x@example.org\n',
    );
    const refused = await cli(['directory', 'import', badCountry]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'line 3: country_code must be a two-letter ISO 3166-1 code, e.g. KR; nothing was imported',
    );
    const badHeader = write('header.csv', 'country,name\nKR,x\n');
    const header = await cli(['directory', 'import', badHeader]);
    expect(header.code).toBe(1);
    expect(header.stderr).toContain('missing country_code, organisation, contact');
    const badFlag = write('flag.csv', 'country_code,organisation,contact,is_example\nKR,A,b,maybe\n');
    expect((await cli(['directory', 'import', badFlag])).stderr).toContain(
      'line 2: is_example must be yes or no (got "maybe")',
    );
    expect((await cli(['directory', 'import', path.join(dir, 'missing.csv')])).stderr).toContain(
      'file not found',
    );
    expect(await contacts()).toEqual(before);
  });
});
