// Documents for a meeting: the secretary attaches a PDF on /meeting (text where a file is expected changes nothing),
// the invitation's question says so, and a member gets the same bytes with /documents.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, pdfBytes } from '../../support/member-chat';

const START = new Date('2026-11-22T03:00:00Z');

describe('meeting documents', () => {
  let now = START;
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db, 'Chi bộ thôn Hải Thanh');
    const record = await createMember(harness.database.db, cell, {
      fullName: 'Nguyễn Văn Hùng',
      role: 'secretary',
    });
    secretary = await bindExisting(harness, record.id);
  });
  afterAll(async () => {
    await harness.stop();
  });
  const db = () => harness.database.db;

  it('attaches a PDF to a coming meeting and sends it to a member who asks', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Lê Thị Bình' });
    const nothingYet = await member.say('/documents');
    expect(nothingYet.text).toBe('Chi bộ chưa có buổi họp nào sắp tới.');
    const meeting = await harness.records.meetings.schedule(
      cell.cellId,
      {
        startsAt: new Date('2026-12-05T12:30:00Z'),
        place: 'Nhà văn hóa thôn',
        agenda: 'Nghị quyết tháng 12',
      },
      { id: secretary.memberId, label: 'test' },
    );
    expect((await member.say('/documents')).text).toBe('Buổi họp chi bộ sắp tới chưa có tài liệu gửi kèm.');

    const [list] = await secretary.ask('/meeting');
    const [opened] = await secretary.openListed(list, /^1\. 05\/12\/2026 19:30/);
    expect(opened.text).toContain('Tài liệu gửi kèm: chưa có');
    const [ask] = await secretary.press(opened, '📎 Gửi kèm tài liệu');
    expect(ask.text).toContain('Gửi tài liệu cho buổi họp 05/12/2026 19:30');
    const [textInstead] = await secretary.ask('dự thảo nghị quyết');
    expect(textInstead.text).toBe(
      'Hãy gửi tài liệu dưới dạng tệp PDF hoặc ảnh, hoặc gõ /cancel để thôi. Chưa có gì thay đổi.',
    );
    expect(await db().meetingDocument.count()).toBe(0);

    const beforeSend = harness.emulator.mark();
    const sent = await secretary.sendDocument(
      'du-thao-nghi-quyet.pdf',
      pdfBytes('Dự thảo nghị quyết tháng 12'),
    );
    expect(sent.reply.text).toBe(
      'Đã gửi kèm tài liệu cho buổi họp 05/12/2026 19:30 (hiện có 1 tệp). Đảng viên gõ /documents để nhận.',
    );
    // Then the meeting's screen again, with the document on it.
    const redrawn = await harness.emulator.waitForMessage(secretary.userId, {
      after: beforeSend,
      match: (message) => /^Cuộc họp /.test(message.text ?? ''),
    });
    expect(redrawn.text).toMatch(/Tài liệu gửi kèm: 1 tệp \(du-thao-nghi-quyet\.pdf\)/);
    const documents = await harness.records.meetings.documentsOf(meeting.id);
    expect(documents).toHaveLength(1);
    expect(documents[0].mimeType).toBe('application/pdf');
    expect(
      await db().auditEvent.count({
        where: { action: 'meeting.document-added', actorId: secretary.memberId },
      }),
    ).toBe(1);
    const [again] = await secretary.ask('/meeting');
    const [reopened] = await secretary.openListed(again, /^1\. 05\/12\/2026 19:30/);
    expect(reopened.text).toMatch(/Tài liệu gửi kèm: 1 tệp \(du-thao-nghi-quyet\.pdf\)/);
    expect(buttons(reopened)).toContain('📎 Gửi kèm tài liệu');

    // The member reads of it in the invitation's question and gets the very bytes.
    const question = await member.say('/attend');
    expect(question.text).toContain('Chi bộ gửi kèm 1 tài liệu: gõ /documents để nhận.');
    await member.say('/cancel');
    const mark = harness.emulator.mark();
    const header = await member.say('/documents');
    expect(header.text).toBe(
      'Chi bộ gửi kèm 1 tài liệu cho buổi họp tại Nhà văn hóa thôn, đồng chí xem trước khi họp:',
    );
    const file = await harness.emulator.waitForMessage(member.userId, {
      after: mark,
      match: (message) => message.document !== undefined,
    });
    expect(file.document!.file_name).toBe('du-thao-nghi-quyet.pdf');
    expect(harness.emulator.fileBytes(file.document!.file_id)).toEqual(sent.bytes);
  });

  it('attaches nothing to a meeting that has begun', async () => {
    const [meeting] = await db().meeting.findMany({ where: { cellId: cell.cellId } });
    // Asked half an hour before the meeting, answered once it has begun.
    now = new Date('2026-12-05T12:00:00Z');
    const [list] = await secretary.ask('/meeting');
    const [opened] = await secretary.openListed(list, /^1\. 05\/12\/2026 19:30/);
    await secretary.press(opened, '📎 Gửi kèm tài liệu');
    now = new Date('2026-12-05T13:00:00Z');
    const late = await secretary.sendDocument('bao-cao.pdf', pdfBytes('Báo cáo'));
    expect(late.reply.text).toMatch(/^Buổi họp đã bắt đầu, đã họp xong hoặc đã bị hủy/);
    expect(await harness.records.meetings.documentsOf(meeting.id)).toHaveLength(1);
  });
});
