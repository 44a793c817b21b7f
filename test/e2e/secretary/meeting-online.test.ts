// /meeting in an online-pilot cell (HD 03-HD/TW, 2022): its meetings carry the committee's link, the secretary may
// change it (a bad link changes nothing), and "joined online" is recorded as present; other cells have neither.
import type { EmulatedBotMessage } from '../../../src/sandbox/emulator-types';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { buttons } from '../../support/member-chat';

const START = new Date('2026-11-22T03:00:00Z');
const LINK = 'https://hop.example.vn/chi-bo-abc';
const isAttendance = (message: EmulatedBotMessage) => /^Điểm danh cuộc họp /.test(message.text ?? '');

function lineOf(screen: EmulatedBotMessage, name: string): string {
  return (screen.text ?? '').split('\n').find((text) => text.includes(` ${name}:`)) ?? '';
}

describe('secretary /meeting in an online-pilot cell', () => {
  let now = START;
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    const db = harness.database.db;
    cell = await createCell(db, 'Chi bộ Công ty ABC');
    // As the committee's units file marks it.
    await db.unit.update({ where: { id: cell.cellId }, data: { onlineMeetingLink: LINK } });
    ids.secretary = (await createMember(db, cell, { fullName: 'Nguyễn Văn Hùng', role: 'secretary' })).id;
    ids.an = (await createMember(db, cell, { fullName: 'Trần Văn An', state: 'away' })).id;
    ids.binh = (await createMember(db, cell, { fullName: 'Lê Thị Bình' })).id;
    secretary = await bindExisting(harness, ids.secretary);
  });
  afterAll(async () => {
    await harness.stop();
  });
  const db = () => harness.database.db;

  it('gives a meeting the cell’s link, changes it only to a link, and records who joined online as present', async () => {
    const [screen] = await secretary.ask('/meeting');
    await secretary.press(screen, 'Lên lịch cuộc họp');
    await secretary.ask('05/12/2026 19:30');
    await secretary.ask('Phòng họp công ty');
    await secretary.ask('Sinh hoạt thường kỳ tháng 12', (message) =>
      /^Sinh hoạt chi bộ: /.test(message.text ?? ''),
    );
    const meeting = await db().meeting.findFirstOrThrow({ where: { cellId: cell.cellId } });
    expect(meeting.onlineLink).toBe(LINK);

    const [list] = await secretary.ask('/meeting');
    const [opened] = await secretary.openListed(list, /^1\. 05\/12\/2026 19:30/);
    expect(opened.text).toContain(`Họp trực tuyến: ${LINK}`);
    expect(buttons(opened)).toContain('Đổi đường dẫn họp trực tuyến');
    const [ask] = await secretary.press(opened, 'Đổi đường dẫn họp trực tuyến');
    expect(ask.text).toBe(
      `Đường dẫn họp trực tuyến hiện tại: ${LINK}. Gửi đường dẫn mới, bắt đầu bằng https:// (tối đa 500 ký tự). Gõ /cancel để thôi.`,
    );
    for (const typed of [
      'họp qua zalo',
      'ftp://hop.example.vn/x',
      'https://',
      `https://x.vn/${'a'.repeat(500)}`,
    ]) {
      const [refused] = await secretary.ask(typed);
      expect({ typed, text: refused.text }).toEqual({
        typed,
        text: expect.stringMatching(/^(Đây chưa phải là một đường dẫn\.|Nội dung quá dài)/),
      });
    }
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).onlineLink).toBe(LINK);
    const changed = await secretary.ask('https://hop.example.vn/abc-thang-12', (message) =>
      /^Cuộc họp /.test(message.text ?? ''),
    );
    expect(changed[0].text).toBe('Đã đổi đường dẫn họp trực tuyến; giấy mời gửi từ nay ghi đường dẫn mới.');
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).onlineLink).toBe(
      'https://hop.example.vn/abc-thang-12',
    );

    // After the meeting: An (away) joined online; one press more than in other cells.
    now = new Date('2026-12-05T14:00:00Z');
    const [latest] = await secretary.ask('/meeting');
    const [sheet] = await secretary.press(latest, 'Điểm danh cuộc họp 05/12/2026 19:30');
    expect(sheet.text).toContain('có mặt → dự trực tuyến → vắng có lý do → vắng không có lý do');
    expect(lineOf(sheet, 'Trần Văn An')).toMatch(/❌ Trần Văn An: vắng không có lý do$/);
    const number = /^(\d+)\. /.exec(lineOf(sheet, 'Trần Văn An'))![1];
    const present = await secretary.tapInPlace(sheet, new RegExp(`^${number} `));
    expect(lineOf(present, 'Trần Văn An')).toMatch(/✅ Trần Văn An: có mặt$/);
    const online = await secretary.tapInPlace(present, new RegExp(`^${number} `));
    expect(lineOf(online, 'Trần Văn An')).toMatch(/🖥 Trần Văn An: dự trực tuyến$/);
    expect(online.text).toContain('Danh sách 3 đảng viên: có mặt 3 (trực tuyến 1), vắng có lý do 0');
    const [saved] = await secretary.press(online, 'Lưu điểm danh');
    expect(saved.text).toMatch(/^Đã ghi điểm danh\. Danh sách 3 đảng viên: có mặt 3,/);
    const row = await db().meetingAttendance.findUniqueOrThrow({
      where: { meetingId_memberId: { meetingId: meeting.id, memberId: ids.an } },
    });
    expect(row).toMatchObject({ status: 'present', online: true });
    // Opened again, the screen shows it as recorded.
    const [again] = await secretary.ask('/meeting');
    const reopened = await secretary.press(again, 'Điểm danh cuộc họp 05/12/2026 19:30', isAttendance);
    expect(lineOf(reopened.at(-1)!, 'Trần Văn An')).toMatch(/🖥 Trần Văn An: dự trực tuyến$/);
  });

  it('gives another cell neither the link button nor "joined online"', async () => {
    const other = await createCell(db(), 'Chi bộ thôn Đông');
    const otherSecretary = await createMember(db(), other, { fullName: 'Phạm Văn Đông', role: 'secretary' });
    const member = await createMember(db(), other, { fullName: 'Vũ Thị Tây' });
    const chat = await bindExisting(harness, otherSecretary.id);
    now = new Date('2026-12-06T03:00:00Z');
    const meeting = await harness.records.meetings.schedule(
      other.cellId,
      { startsAt: new Date('2026-12-10T12:30:00Z'), place: 'Nhà văn hóa', agenda: '' },
      { id: otherSecretary.id, label: 'test' },
    );
    expect(meeting.onlineLink).toBeNull();
    const [list] = await chat.ask('/meeting');
    const [opened] = await chat.openListed(list, /^1\. 10\/12\/2026 19:30/);
    expect(opened.text).not.toContain('Họp trực tuyến');
    expect(buttons(opened)).not.toContain('Đổi đường dẫn họp trực tuyến');
    const audits = await db().auditEvent.count({ where: { action: 'meeting.changed' } });
    const forged = await chat.pressRaw(opened.message_id, `mt:edit:link:${meeting.id}`);
    expect(forged.show_alert).toBe(true);
    expect(await db().auditEvent.count({ where: { action: 'meeting.changed' } })).toBe(audits);

    // Nor through the records: "online" is not kept for a cell that does not meet online.
    now = new Date('2026-12-10T14:00:00Z');
    await harness.records.meetings.recordAttendance(
      meeting.id,
      [
        { memberId: otherSecretary.id, status: 'present' },
        { memberId: member.id, status: 'present', online: true },
      ],
      { id: otherSecretary.id, label: 'test' },
    );
    expect(
      (
        await db().meetingAttendance.findUniqueOrThrow({
          where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
        })
      ).online,
    ).toBe(false);
  });
});
