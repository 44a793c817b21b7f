// The secretary's /meeting driven by typed replies only, as on a channel without buttons (Zalo): a meeting scheduled
// step by step (bad input answered, nothing written), its place changed, its attendance taken by the list's numbers
// and saved; the same Meeting and MeetingAttendance rows as the Telegram suite checks.
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { numberOf, textDeskChat, type TextDeskChat } from '../../support/text-desk-chat';
import { createRecordsHarness, type RecordsHarness } from '../records/setup';

// A Sunday in November; the cell is on Vietnam's clock (UTC+7), so 19:30 there is 12:30 UTC.
const NOW = '2026-11-22T03:00:00Z';

describe('/meeting on a text-only channel', () => {
  let harness: RecordsHarness;
  let cell: TestCell;
  let secretary: TextDeskChat;
  let member: TextDeskChat;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    harness = await createRecordsHarness();
    harness.setNow(NOW);
    const { db, records } = harness;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    ids.hung = (await createMember(db, cell, { fullName: 'Nguyễn Văn Hùng', role: 'secretary' })).id;
    ids.an = (await createMember(db, cell, { fullName: 'Trần Văn An' })).id;
    ids.giang = (await createMember(db, cell, { fullName: 'Đỗ Văn Giang' })).id;
    secretary = await textDeskChat(harness.db, records, ids.hung);
    member = await textDeskChat(harness.db, records, ids.an);
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  const meetingsOfCell = () =>
    harness.db.meeting.findMany({ where: { cellId: cell.cellId }, orderBy: { startsAt: 'asc' } });

  it('refuses /meeting to a member who is not the secretary or deputy, and writes nothing', async () => {
    const [answer] = await member.say('/meeting');
    expect(answer).toMatch(/bí thư/i);
    expect(await meetingsOfCell()).toHaveLength(0);
  });

  it('schedules a meeting by typed date, time, place and agenda; a past date and 25:00 are answered, not kept', async () => {
    const [screen] = await secretary.say('/meeting');
    expect(screen).toMatch(/^Sinh hoạt chi bộ: Chi bộ thôn Hải Thanh/);
    const [ask] = await secretary.say(numberOf(screen, 'Lên lịch cuộc họp'));
    expect(ask).toMatch(/^Gửi ngày và giờ họp/);

    expect(await secretary.say('01/11/2026 19:30')).toEqual([
      'Thời điểm này đã qua. Hãy gửi một ngày giờ sắp tới, hoặc gõ /cancel để thôi. Chưa có gì được lưu.',
    ]);
    const [badTime] = await secretary.say('05/12/2026 25:00');
    expect(badTime).toMatch(/^Giờ không hợp lệ: giờ từ 00 đến 23/);
    // Still the first question, and nothing in the records.
    expect(secretary.meetingPrompt).toMatchObject({ kind: 'schedule', step: 'when' });
    expect(await meetingsOfCell()).toHaveLength(0);

    expect(await secretary.say('05/12/2026 19:30')).toEqual([expect.stringMatching(/^Gửi địa điểm họp/)]);
    expect(await secretary.say('Nhà văn hóa thôn')).toEqual([
      expect.stringMatching(/^Gửi nội dung sinh hoạt/),
    ]);
    const [done, list] = await secretary.say('Sinh hoạt thường kỳ tháng 12; kiểm điểm cuối năm.');
    expect(done).toBe('Đã lên lịch cuộc họp 05/12/2026 19:30 tại Nhà văn hóa thôn.');
    expect(list).toContain('1. 05/12/2026 19:30 tại Nhà văn hóa thôn');
    expect(secretary.meetingPrompt).toBeUndefined();

    const [meeting] = await meetingsOfCell();
    expect(meeting).toMatchObject({
      startsAt: new Date('2026-12-05T12:30:00Z'),
      place: 'Nhà văn hóa thôn',
      agenda: 'Sinh hoạt thường kỳ tháng 12; kiểm điểm cuối năm.',
      status: 'scheduled',
    });
  });

  it("changes the meeting's place by its number on the list", async () => {
    const [list] = await secretary.say('/meeting');
    const [screen] = await secretary.say(numberOf(list, /^05\/12\/2026 19:30/));
    expect(screen).toMatch(/^Cuộc họp 05\/12\/2026 19:30/);
    const [ask] = await secretary.say(numberOf(screen, 'Đổi địa điểm'));
    expect(ask).toMatch(/^Địa điểm hiện tại: Nhà văn hóa thôn\./);
    const [changed, shown] = await secretary.say('Hội trường UBND xã');
    expect(changed).toBe('Đã đổi địa điểm họp.');
    expect(shown).toContain('Địa điểm: Hội trường UBND xã');
    const [meeting] = await meetingsOfCell();
    expect(meeting.place).toBe('Hội trường UBND xã');
    expect(meeting.startsAt).toEqual(new Date('2026-12-05T12:30:00Z'));
  });

  it('takes the begun meeting’s attendance by numbers, asks a missing reason, and saves it', async () => {
    // The meeting has begun: its attendance is offered on /meeting.
    harness.setNow('2026-12-05T13:00:00Z');
    const [meeting] = await meetingsOfCell();
    const [list] = await secretary.say('/meeting');
    const [screen] = await secretary.say(numberOf(list, 'Điểm danh cuộc họp 05/12/2026 19:30'));
    expect(screen).toMatch(/^Điểm danh cuộc họp /);
    // Members at home who did not answer start as present; each is chosen by the number the list gives them.
    const an = numberOf(screen, /Trần Văn An: có mặt$/);
    const giang = numberOf(screen, /Đỗ Văn Giang: có mặt$/);

    const [afterAn, askReason] = await secretary.say(an);
    expect(afterAn).toContain(`${an}. 📝 Trần Văn An: vắng có lý do (chưa ghi lý do)`);
    expect(askReason).toMatch(/Trần Văn An/);
    const [withReason] = await secretary.say('Ốm, nằm viện huyện');
    expect(withReason).toContain(`${an}. 📝 Trần Văn An: vắng có lý do (Ốm, nằm viện huyện)`);

    // Giang: one step to "with a reason" (asked, then /cancel), one more to "without".
    await secretary.say(giang);
    expect(await secretary.say('/cancel')).toEqual(['Đã thôi. Không có gì thay đổi.']);
    const [afterGiang] = await secretary.say(giang);
    expect(afterGiang).toContain(`${giang}. ❌ Đỗ Văn Giang: vắng không có lý do`);
    expect(await harness.db.meetingAttendance.count({ where: { meetingId: meeting.id } })).toBe(0);

    const [saved] = await secretary.say(numberOf(afterGiang, 'Lưu điểm danh'));
    expect(saved).toMatch(
      /^Đã ghi điểm danh\. Danh sách 3 đảng viên: có mặt 1, vắng có lý do 1, vắng không có lý do 1\./,
    );
    const rows = await harness.db.meetingAttendance.findMany({ where: { meetingId: meeting.id } });
    expect(
      Object.fromEntries(rows.map((row) => [row.memberId, { status: row.status, reason: row.reason }])),
    ).toEqual({
      [ids.hung]: { status: 'present', reason: null },
      [ids.an]: { status: 'absent_with_reason', reason: 'Ốm, nằm viện huyện' },
      [ids.giang]: { status: 'absent_without_reason', reason: null },
    });
    // The numbers of the saved screen are spent: only the print offered after it answers now.
    expect(saved).toMatch(/\n1\. In danh sách điểm danh \(PDF\)/);
    expect(await secretary.say('1')).toEqual([
      '[document: Danh sách điểm danh buổi sinh hoạt 05/12/2026 19:30, để kèm biên bản và ký.]',
    ]);
    const [printed] = secretary.documents;
    expect(printed.fileName).toMatch(/^diem-danh-.+-2026-12-05\.pdf$/);
    expect(printed.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
