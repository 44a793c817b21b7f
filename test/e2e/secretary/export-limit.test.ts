// /export of a unit larger than EXPORT_CHAT_MAX_MEMBERS: nothing is built or sent, the bot names the CLI command instead.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, RECORDED_LONG_AGO, type TestCell } from '../../support/fixtures';

const LIMIT = 3;

describe('/export size limit', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  let officer: CellChat;
  let cellCode: string;
  let districtCode: string;

  beforeAll(async () => {
    harness = await startBotHarness({
      clock: () => new Date('2026-11-22T03:00:00Z'),
      exportChatMaxMembers: LIMIT,
    });
    const db = harness.database.db;
    cell = await createCell(db, 'Chi bộ thôn Giới Hạn');
    const secretaryRecord = await createMember(db, cell, { fullName: 'Nguyễn Văn Thư', role: 'secretary' });
    await createMember(db, cell, { fullName: 'Trần Văn Một' });
    await createMember(db, cell, { fullName: 'Lê Thị Hai' });
    secretary = await bindExisting(harness, secretaryRecord.id);
    const cellUnit = await db.unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    cellCode = cellUnit.code;
    // A second cell in the same commune makes the district larger than the limit.
    const district = await db.unit.findFirstOrThrow({ where: { code: `${cellCode.split('-')[0]}-D` } });
    districtCode = district.code;
    const commune = await db.unit.findUniqueOrThrow({ where: { id: cellUnit.parentId! } });
    const second = await db.unit.create({
      data: {
        code: `${commune.code}-2`,
        name: 'Chi bộ thôn Thứ Hai',
        kind: 'cell',
        path: `${commune.path}/${commune.code}-2`,
        parentId: commune.id,
        createdAt: RECORDED_LONG_AGO,
      },
    });
    const secondCell = { ...cell, cellId: second.id, cellName: second.name };
    await createMember(db, secondCell, { fullName: 'Phạm Văn Ba' });
    const officerRecord = await createMember(db, secondCell, { fullName: 'Đỗ Thị Huyện' });
    await db.member.update({
      where: { id: officerRecord.id },
      data: { role: 'committee_officer', officerUnitId: district.id },
    });
    officer = await bindExisting(harness, officerRecord.id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('sends a cell at the limit as usual', async () => {
    const messages = await secretary.ask('/export', (message) => (message.text ?? '').startsWith('Đã gửi'));
    // The workbook and its eight tables as CSV (the technical sheet's too).
    expect(messages.filter((message) => message.document)).toHaveLength(9);
  });

  it("tells an officer a unit over the limit is the server's to export, and sends and audits nothing", async () => {
    const audits = () =>
      harness.database.db.auditEvent.count({
        where: { action: 'export.record-book', actorId: officer.memberId },
      });
    const before = await audits();
    const [reply] = await officer.ask('/export');
    expect(reply.document).toBeUndefined();
    const text = textOf([reply]);
    expect(text).toContain(
      `(${districtCode}) có 5 đảng viên, nhiều hơn mức 3 nên không gửi được sổ theo dõi qua tin nhắn`,
    );
    expect(text).toContain(`/stats ${districtCode}`);
    expect(text).toContain(`homecell report ${districtCode} --format xlsx --out ${districtCode}.xlsx`);
    expect(await audits()).toBe(before);

    // A unit inside the subtree, within the limit, is still sent.
    const cellExport = await officer.ask(`/export ${cellCode}`, (message) =>
      (message.text ?? '').startsWith('Đã gửi'),
    );
    // For an officer the two statistics tables come first: the figures, and the report in the committees' layout.
    expect(cellExport.filter((message) => message.document)).toHaveLength(11);
    expect(await audits()).toBe(before + 1);
  });
});
