// `homecell member export <card>`: everything held about one member, as JSON and a readable PDF, audited; nothing
// about anyone else, and nothing written for a card number nobody has.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicy } from '../../src/domain/policy';
import { createRecords, type Records } from '../../src/records';
import { enqueueMessage } from '../../src/records/notifications';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember } from '../support/fixtures';
import { makeTempDir, runCli } from './run-cli';

jest.setTimeout(90_000);

const PDF_TOOLS = fs.existsSync('/usr/bin/pdftotext');

describe('homecell member export', () => {
  let database: TestDatabase;
  let records: Records;
  let card: string;
  let memberId: number;
  let requestId: number;
  const now = new Date('2026-11-20T03:00:00Z');
  const cli = (args: string[]) => runCli(args, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    records = createRecords(db, () => now, loadPolicy());
    const cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const secretary = await createMember(db, cell, { fullName: 'Nguyễn Thị Thu', role: 'secretary' });
    const member = await createMember(db, cell, { fullName: 'Lê Văn Minh' });
    ({ id: memberId, cardNumber: card } = member);
    const other = await createMember(db, cell, { fullName: 'Phan Thị Mai' });

    const { code } = await records.invites.issue(member.id, { id: secretary.id, label: secretary.fullName });
    expect(await records.invites.redeem(code, 'telegram', '8801')).toMatchObject({ outcome: 'bound' });
    await db.session.create({
      data: {
        key: 'telegram:8801',
        value: JSON.stringify({
          form: { formId: 'fee', stepId: 'amount', answers: { months: ['2026-11'] } },
        }),
        updatedAt: now,
      },
    });
    await records.absences.fileDeparture(member.id, {
      kind: 'abroad',
      place: 'Ansan',
      countryCode: 'KR',
      mobile: false,
      organisationThere: false,
      startsOn: '2026-10-01',
      expectedEndOn: '2027-06-30',
      arrangement: 'temporary_exemption',
      reason: 'Lao động hợp đồng',
      sourceKey: 'test:departure:1',
    });
    await records.checkIns.submit(member.id, { place: 'Ansan' }, { sourceKey: 'test:checkin:1' });
    await records.checkIns.submit(member.id, { place: 'Suwon' }, { sourceKey: 'test:checkin:2' });
    await records.fees.declare(member.id, {
      months: ['2026-10', '2026-11'],
      amountMinor: 40000,
      currency: 'VND',
      method: 'family',
      sourceKey: 'test:fee:1',
    });
    const request = await records.requests.create(member.id, {
      kind: 'leave',
      text: 'Làm ca đêm ở Hàn Quốc, không thể sinh hoạt',
      sourceKey: 'test:leave:1',
    });
    if (request.outcome !== 'created') throw new Error('not created');
    requestId = request.request.id;
    await records.decisions.markContacted(secretary.id, requestId, 'Đã gọi điện, động viên');
    await db.$transaction((tx) =>
      enqueueMessage(tx, {
        key: 'test:message:1',
        memberId: member.id,
        messageKey: 'start-code-used',
        dueAt: now,
      }),
    );
    await db.notification.create({
      data: {
        key: `request:${requestId}`,
        memberId: secretary.id,
        kind: 'alert',
        payload: { rule: 'request-leave', about: member.id, vars: { request: requestId } },
        dueAt: now,
        createdAt: now,
      },
    });
    await records.requests.create(other.id, {
      kind: 'difficulty',
      text: 'Chủ xưởng giữ hộ chiếu',
      sourceKey: 'test:help:other',
    });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('writes the JSON and the PDF to --out, with everything held about the member and nothing about others', async () => {
    const dir = path.join(makeTempDir(), 'export');
    const result = await cli(['member', 'export', card, '--out', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const stem = `homecell-member-${card}`;
    expect(fs.readdirSync(dir).sort()).toEqual([`${stem}.json`, `${stem}.pdf`]);
    expect(result.stdout).toContain(`member:  Lê Văn Minh (${card}), Chi bộ thôn Hải Thanh`);

    const text = fs.readFileSync(path.join(dir, `${stem}.json`), 'utf8');
    const data = JSON.parse(text) as Record<string, Array<Record<string, unknown>>> & {
      member: Record<string, unknown>;
      people: Record<string, string>;
    };
    expect(data.member).toMatchObject({
      id: memberId,
      fullName: 'Lê Văn Minh',
      cardNumber: card,
      // The stored status is only membership; being away is the absence below (a dated fact).
      status: 'active',
    });
    expect(data.chatIdentities).toEqual([
      expect.objectContaining({ channel: 'telegram', externalId: '8801' }),
    ]);
    expect(data.invites).toEqual([expect.objectContaining({ usedBy: 'telegram:8801' })]);
    expect(data.absences).toEqual([
      expect.objectContaining({ place: 'Ansan', countryCode: 'KR', startsOn: '2026-10-01' }),
    ]);
    expect(data.checkIns).toHaveLength(1);
    expect(data.checkIns[0]).toMatchObject({ month: '2026-11', place: 'Suwon', revision: 2 });
    expect((data.checkIns[0].revisions as unknown[]).length).toBe(2);
    expect(data.feePayments).toEqual([
      expect.objectContaining({ months: ['2026-10', '2026-11'], method: 'family' }),
    ]);
    expect(data.requests).toEqual([
      expect.objectContaining({ text: 'Làm ca đêm ở Hàn Quốc, không thể sinh hoạt', status: 'contacted' }),
    ]);
    expect(data.decisions).toEqual([
      expect.objectContaining({ kind: 'request-leave', outcome: 'contacted' }),
    ]);
    expect(data.sessions).toEqual([expect.objectContaining({ key: 'telegram:8801' })]);
    expect(data.notifications.map((row) => [row.key, row.to, row.status])).toEqual([
      ['test:message:1', 'member', 'pending'],
      [`request:${requestId}`, 'cell', 'pending'],
    ]);
    expect(data.auditEvents.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'invite.issued',
        'chat.bound',
        'checkin.submitted',
        'request.leave.created',
        'request.contacted',
      ]),
    );
    expect(Object.values(data.people)).toContain('Nguyễn Thị Thu');
    // Not the invite's hash, not anyone else's data.
    expect(text).not.toMatch(/codeHash|hộ chiếu|Phan Thị Mai/);

    const pdf = path.join(dir, `${stem}.pdf`);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (PDF_TOOLS) {
      const read = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(read).toContain('Dữ liệu homecell lưu về đồng chí Lê Văn Minh');
      expect(read).toContain('Báo khó khăn, xin ra khỏi Đảng (1)');
      expect(read).toContain('Làm ca đêm ở Hàn Quốc, không thể sinh hoạt');
      // The profile's status is the stored membership; the time away is its own section, with its dates.
      expect(read).toContain('Tình trạng: Có tên trong danh sách đảng viên của chi bộ');
      expect(read).toMatch(/Đi làm ăn xa[\s\S]*Ansan/);
      expect(read).toContain('Người liên hệ: Nguyễn Thị Thu');
      expect(read).toContain('Các tháng: 10/2026, 11/2026');
      // Times read as a Vietnamese date and hour, never as ISO (2026-11-22 10:00).
      expect(read).toMatch(/Xuất lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(theo giờ /);
      expect(read).toMatch(/Gửi lúc: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(read).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(read).not.toContain('{');
    } else if (process.env.REQUIRE_PDF_TOOLS === '1') {
      throw new Error('pdftotext (poppler-utils) is required');
    }

    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'export.member-data' } });
    expect(audit).toMatchObject({ actorLabel: 'cli', entity: 'Member', entityId: String(memberId) });
    expect(audit.after).toEqual({ memberId, locale: 'vi', files: [`${stem}.json`, `${stem}.pdf`] });
  });

  it('writes the PDF in English to the files named', async () => {
    const dir = makeTempDir();
    const [json, pdf] = [path.join(dir, 'minh.json'), path.join(dir, 'minh.pdf')];
    const result = await cli(['member', 'export', card, '--json', json, '--pdf', pdf, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ format: 'homecell-member-export/1' });
    if (PDF_TOOLS) {
      const read = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(read).toContain('What homecell holds about comrade Lê Văn Minh');
      expect(read).toContain("Status: On the cell's books");
      expect(read).toMatch(/Time away[\s\S]*Ansan/);
      expect(read).toContain('Months: October 2026, November 2026');
      expect(read).toMatch(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(/);
      expect(read).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('refuses a card number nobody has, and a bad language, writing nothing', async () => {
    const dir = path.join(makeTempDir(), 'nothing');
    const before = await database.db.auditEvent.count();
    const unknown = await cli(['member', 'export', '00.000000', '--out', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('homecell: no member with party card number 00.000000');
    const lang = await cli(['member', 'export', card, '--out', dir, '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang: "fr" is not vi or en');
    expect(fs.existsSync(dir)).toBe(false);
    expect(await database.db.auditEvent.count()).toBe(before);
  });
});
