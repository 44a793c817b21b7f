// Help and leave requests stored once per source key; the overseas directory upserted in one audited import.
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { createRecordsHarness, type RecordsHarness } from './setup';

describe('RequestRecords and DirectoryRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('stores a request once per source key, audited', async () => {
    const member = await createMember(harness.db, await createCell(harness.db));
    const input = {
      kind: 'leave' as const,
      text: '  Làm ca đêm, không thể sinh hoạt được nữa.  ',
      sourceKey: 'rq:1',
    };
    const created = await harness.records.requests.create(member.id, input);
    expect(created).toMatchObject({
      outcome: 'created',
      duplicate: false,
      request: { kind: 'leave', status: 'open', text: 'Làm ca đêm, không thể sinh hoạt được nữa.' },
    });
    const counts = await recordCounts(harness.db);
    expect(await harness.records.requests.create(member.id, input)).toEqual({ ...created, duplicate: true });
    expect(await recordCounts(harness.db)).toEqual(counts);
    expect(await harness.records.requests.openFor(member.id)).toHaveLength(1);
    const audit = await harness.db.auditEvent.findMany({ where: { entity: 'Request' } });
    expect(audit.map((event) => event.action)).toEqual(['request.leave.created']);

    expect(
      await harness.records.requests.create(member.id, {
        kind: 'difficulty',
        text: '   ',
        sourceKey: 'rq:2',
      }),
    ).toEqual({ outcome: 'refused', reason: 'text-missing' });
  });

  it('imports the directory by country and organisation with one audit event, examples listed last', async () => {
    const rows = [
      { countryCode: 'kr', organisation: 'Đảng ủy ngoài nước tại Hàn Quốc', contact: 'kr@example.org' },
      { countryCode: 'KR', organisation: 'Ví dụ', contact: 'example@example.invalid', isExample: true },
      {
        countryCode: 'JP',
        organisation: 'Đảng ủy ngoài nước tại Nhật Bản',
        contact: 'jp@example.org',
        note: 'Tokyo',
      },
    ];
    expect(await harness.records.directory.importDirectory(rows)).toEqual({
      outcome: 'imported',
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const changed = [{ ...rows[0], contact: 'kr-new@example.org' }, rows[1]];
    expect(await harness.records.directory.importDirectory(changed, { label: 'cli' })).toEqual({
      outcome: 'imported',
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const korea = await harness.records.directory.contactsFor('kr');
    expect(korea.map((contact) => [contact.contact, contact.isExample])).toEqual([
      ['kr-new@example.org', false],
      ['example@example.invalid', true],
    ]);
    const audit = await harness.db.auditEvent.findMany({ where: { action: 'directory.imported' } });
    expect(audit).toHaveLength(2);
    expect(audit[0].after).toEqual({ created: 3, updated: 0, unchanged: 0, countries: ['JP', 'KR'] });

    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.directory.importDirectory([
        rows[2],
        { countryCode: 'Korea', organisation: 'x', contact: 'y' },
      ]),
    ).toEqual({ outcome: 'refused', row: 1, reason: 'invalid-country' });
    expect(await harness.records.directory.importDirectory([rows[2], rows[2]])).toEqual({
      outcome: 'refused',
      row: 1,
      reason: 'duplicate-row',
    });
    expect(await recordCounts(harness.db)).toEqual(counts);
  });
});
