// /meeting through the emulator: scheduling step by step (bad input refused, nothing written), the regular default,
// cancelling, the attendance pre-filled from the answers, recorded and corrected, and forged buttons refused.
import type { EmulatedBotMessage } from '../../../src/sandbox/emulator-types';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { buttons } from '../../support/member-chat';

// A Sunday in November; the cell is on Vietnam's clock (UTC+7), so 19:30 there is 12:30 UTC.
const START = new Date('2026-11-22T03:00:00Z');
const REFUSED =
  'Không thực hiện được: đồng chí không có quyền với mục này, hoặc nút đã cũ. Không có gì thay đổi.';

const isScreen = (message: EmulatedBotMessage) => /^Sinh hoạt chi bộ: /.test(message.text ?? '');
const isAttendance = (message: EmulatedBotMessage) => /^Điểm danh cuộc họp /.test(message.text ?? '');

/** The number the attendance screen gives a member (names are listed in the records' order). */
function numberOf(screen: EmulatedBotMessage, name: string): string {
  const line = (screen.text ?? '').split('\n').find((text) => text.includes(` ${name}:`));
  const number = line && /^(\d+)\. /.exec(line)?.[1];
  if (!number) throw new Error(`${name} is not on: ${screen.text}`);
  return number;
}

function lineOf(screen: EmulatedBotMessage, name: string): string {
  return (screen.text ?? '').split('\n').find((text) => text.includes(` ${name}:`)) ?? '';
}

describe('secretary /meeting', () => {
  let now = START;
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    const db = harness.database.db;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const make = async (key: string, fullName: string, fields: Parameters<typeof createMember>[2] = {}) => {
      ids[key] = (await createMember(db, cell, { fullName, ...fields })).id;
    };
    await make('secretary', 'Nguyễn Văn Hùng', { role: 'secretary' });
    await make('an', 'Trần Văn An');
    await make('binh', 'Lê Thị Bình', { state: 'away' });
    await make('cuong', 'Lê Văn Cường', { state: 'temporary-exemption' });
    await make('dung', 'Phạm Văn Dũng', { state: 'full-exemption' });
    await make('em', 'Hoàng Thị Em', { state: 'away' });
    await make('plain', 'Đỗ Văn Giang');
    secretary = await bindExisting(harness, ids.secretary);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const db = () => harness.database.db;
  const meetingsOfCell = () =>
    db().meeting.findMany({ where: { cellId: cell.cellId }, orderBy: { startsAt: 'asc' } });

  it('refuses /meeting to a member who is not the secretary or deputy', async () => {
    const plain = await bindExisting(harness, ids.plain);
    const [reply] = await plain.ask('/meeting');
    expect(reply.text).toMatch(/^Lệnh này chỉ dành cho bí thư, phó bí thư chi bộ\./);
  });

  it('schedules a meeting one question at a time, refusing bad dates, times, places, with nothing written', async () => {
    const [empty] = await secretary.ask('/meeting');
    expect(empty.text).toContain('Sinh hoạt chi bộ: Chi bộ thôn Hải Thanh');
    expect(empty.text).toContain('Lịch sinh hoạt thường kỳ: chưa đặt.');
    expect(empty.text).toContain('Chưa có cuộc họp nào sắp tới được lên lịch.');
    expect(buttons(empty)).toEqual(['Lên lịch cuộc họp', 'Đặt lịch thường kỳ']);

    const [ask] = await secretary.press(empty, 'Lên lịch cuộc họp');
    expect(ask.text).toBe(
      'Gửi ngày và giờ họp theo dạng ngày/tháng/năm giờ:phút, ví dụ 05/12/2026 19:30 (giờ của chi bộ). Gõ /cancel để thôi.',
    );
    const audits = await db().auditEvent.count();
    const refusals: Array<[string, RegExp]> = [
      ['32/13/2026 19:30', /^Ngày này không có trên lịch\./],
      ['31/11/2026 19:30', /^Ngày này không có trên lịch\./],
      ['05/12/2026 25:00', /^Giờ không hợp lệ/],
      ['25:00', /^Chưa đọc được ngày giờ\./],
      ['ngày mai', /^Chưa đọc được ngày giờ\./],
      ['01/11/2026 19:30', /^Thời điểm này đã qua\./],
      ['22/11/2026 09:59', /^Thời điểm này đã qua\./],
    ];
    for (const [typed, error] of refusals) {
      const [reply] = await secretary.ask(typed);
      expect({ typed, reply: reply.text }).toEqual({ typed, reply: expect.stringMatching(error) });
    }
    const [askPlace] = await secretary.ask('05/12/2026 19:30');
    expect(askPlace.text).toBe('Gửi địa điểm họp (tối đa 200 ký tự). Gõ /cancel để thôi.');
    const [blank] = await secretary.ask('   ');
    expect(blank.text).toMatch(/^Nội dung trống\./);
    // Telegram carries no 10 000-character message; the bot says so before any question reads it.
    const [huge] = await secretary.ask('x'.repeat(10_000));
    expect(huge.text).toMatch(/^Tin nhắn quá dài \(10\.000 ký tự\)/);
    const [long] = await secretary.ask('x'.repeat(201));
    expect(long.text).toBe(
      'Nội dung quá dài (201 ký tự, tối đa 200). Hãy rút gọn rồi gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.',
    );
    expect(await meetingsOfCell()).toEqual([]);
    expect(await db().auditEvent.count()).toBe(audits);

    const [askAgenda] = await secretary.ask('Nhà văn hóa thôn Hải Thanh');
    expect(askAgenda.text).toBe('Gửi nội dung sinh hoạt (tối đa 2.000 ký tự). Gõ /cancel để thôi.');
    const done = await secretary.ask('Tổng kết công tác năm 2026', isScreen);
    expect(done[0].text).toBe('Đã lên lịch cuộc họp 05/12/2026 19:30 tại Nhà văn hóa thôn Hải Thanh.');
    const screen = done.at(-1)!;
    expect(screen.text).toContain('1. 05/12/2026 19:30 tại Nhà văn hóa thôn Hải Thanh');
    expect(screen.text).toContain('Nội dung: Tổng kết công tác năm 2026');
    // Hùng, An, Bình, Cường, Em and Giang are listed; Dũng is on a full exemption.
    expect(screen.text).toContain('Đã trả lời: 0 sẽ dự, 0 không dự được (danh sách 6 đảng viên)');

    const [meeting] = await meetingsOfCell();
    expect(meeting).toMatchObject({
      startsAt: new Date('2026-12-05T12:30:00Z'),
      place: 'Nhà văn hóa thôn Hải Thanh',
      agenda: 'Tổng kết công tác năm 2026',
      status: 'scheduled',
      createdById: ids.secretary,
    });
    expect(
      await db().auditEvent.count({ where: { action: 'meeting.scheduled', entityId: String(meeting.id) } }),
    ).toBe(1);
    // The question is over: the next text is not taken for a meeting.
    const [after] = await secretary.ask('05/01/2027 19:30');
    expect(after.text).not.toMatch(/cuộc họp/);
    expect(await meetingsOfCell()).toHaveLength(1);
  });

  it('stops on /cancel with nothing written', async () => {
    const [screen] = await secretary.ask('/meeting');
    await secretary.press(screen, 'Lên lịch cuộc họp');
    await secretary.ask('05/01/2027 19:30');
    const [stopped] = await secretary.ask('/cancel');
    expect(stopped.text).toBe('Đã thôi. Không có gì thay đổi.');
    expect(await meetingsOfCell()).toHaveLength(1);
  });

  it('shows the answers so far, and changes a meeting still to come', async () => {
    const [meeting] = await meetingsOfCell();
    const { meetings } = harness.records;
    await meetings.answer(meeting.id, ids.an, { reply: 'attending' }, { sourceKey: 'test:an' });
    await meetings.answer(
      meeting.id,
      ids.em,
      { reply: 'not_attending', reason: 'other', reasonText: 'Ca đêm ở nhà máy' },
      { sourceKey: 'test:em' },
    );
    const [screen] = await secretary.ask('/meeting');
    expect(screen.text).toContain('Đã trả lời: 1 sẽ dự, 1 không dự được (danh sách 6 đảng viên)');

    const [opened] = await secretary.openListed(screen, /^1\. 05\/12\/2026 19:30/);
    expect(opened.text).toContain('Cuộc họp 05/12/2026 19:30');
    expect(buttons(opened)).toEqual([
      'Đổi ngày giờ',
      'Đổi địa điểm',
      'Đổi nội dung',
      '📎 Gửi kèm tài liệu',
      'Hủy cuộc họp',
    ]);
    const [ask] = await secretary.press(opened, 'Đổi địa điểm');
    expect(ask.text).toBe(
      'Địa điểm hiện tại: Nhà văn hóa thôn Hải Thanh. Gửi địa điểm mới (tối đa 200 ký tự). Gõ /cancel để thôi.',
    );
    const changed = await secretary.ask('Hội trường UBND xã', (message) =>
      /^Cuộc họp /.test(message.text ?? ''),
    );
    expect(changed[0].text).toBe('Đã đổi địa điểm họp.');
    expect(changed.at(-1)!.text).toContain('Địa điểm: Hội trường UBND xã');
    expect((await meetings.get(meeting.id))?.place).toBe('Hội trường UBND xã');
  });

  it('sets the regular default (refusing a day that is none) and clears it', async () => {
    const [screen] = await secretary.ask('/meeting');
    const [askDay] = await secretary.press(screen, 'Đặt lịch thường kỳ');
    expect(askDay.text).toMatch(/^Chi bộ sinh hoạt thường kỳ vào ngày nào hằng tháng\?/);
    for (const typed of ['32', '0', 'mùng năm']) {
      const [reply] = await secretary.ask(typed);
      expect(reply.text).toMatch(/^Ngày trong tháng phải là một số từ 1 đến 31\./);
    }
    const [askTime] = await secretary.ask('5');
    expect(askTime.text).toMatch(/^Ngày 5 hằng tháng, lúc mấy giờ\?/);
    const [badTime] = await secretary.ask('25:00');
    expect(badTime.text).toMatch(/^Giờ không hợp lệ/);
    expect(await harness.records.meetings.defaultOf(cell.cellId)).toBeNull();
    await secretary.ask('19h30');
    const saved = await secretary.ask('Nhà văn hóa thôn', isScreen);
    expect(saved[0].text).toBe(
      'Đã đặt lịch sinh hoạt thường kỳ: ngày 5 hằng tháng, 19:30, tại Nhà văn hóa thôn.',
    );
    const shown = saved.at(-1)!;
    expect(shown.text).toContain('Lịch sinh hoạt thường kỳ: ngày 5 hằng tháng, 19:30, tại Nhà văn hóa thôn');
    expect(await harness.records.meetings.defaultOf(cell.cellId)).toMatchObject({
      dayOfMonth: 5,
      time: '19:30',
      place: 'Nhà văn hóa thôn',
    });

    const cleared = await secretary.press(shown, 'Bỏ lịch thường kỳ', isScreen);
    expect(cleared[0].text).toMatch(/^Đã bỏ lịch sinh hoạt thường kỳ\./);
    expect(cleared.at(-1)!.text).toContain('Lịch sinh hoạt thường kỳ: chưa đặt.');
    expect(await harness.records.meetings.defaultOf(cell.cellId)).toBeNull();
  });

  it('cancels a meeting after asking once more, and its buttons change nothing afterwards', async () => {
    const [screen] = await secretary.ask('/meeting');
    await secretary.press(screen, 'Lên lịch cuộc họp');
    await secretary.ask('05/01/2027 19:30');
    await secretary.ask('Nhà văn hóa thôn');
    const scheduled = await secretary.ask('Sinh hoạt thường kỳ tháng 1', isScreen);
    const list = scheduled.at(-1)!;
    const [opened] = await secretary.openListed(list, /^2\. 05\/01\/2027 19:30/);
    const [confirm] = await secretary.press(opened, 'Hủy cuộc họp');
    expect(confirm.text).toMatch(/^Hủy cuộc họp 05\/01\/2027 19:30 tại Nhà văn hóa thôn\?/);
    const [kept] = await secretary.press(confirm, 'Giữ cuộc họp');
    expect(kept.text).toBe('Cuộc họp 05/01/2027 19:30 vẫn giữ nguyên.');
    const [confirmAgain] = await secretary.press(opened, 'Hủy cuộc họp');
    const done = await secretary.press(confirmAgain, 'Hủy cuộc họp này', isScreen);
    expect(done[0].text).toBe('Đã hủy cuộc họp 05/01/2027 19:30 tại Nhà văn hóa thôn.');
    expect(done.at(-1)!.text).not.toContain('05/01/2027');
    const cancelled = (await meetingsOfCell()).find((row) => row.status === 'cancelled')!;
    expect(cancelled.startsAt).toEqual(new Date('2027-01-05T12:30:00Z'));

    // The old screen's buttons: nothing changes, and the secretary is told why.
    const stale = await secretary.pressRaw(opened.message_id, `mt:edit:place:${cancelled.id}`);
    expect(stale).toMatchObject({ show_alert: true, text: expect.stringMatching(/^Cuộc họp này đã bị hủy/) });
    const again = await secretary.pressRaw(confirmAgain.message_id, `mt:cancel-yes:${cancelled.id}`);
    expect(again.show_alert).toBe(true);
    expect(await db().auditEvent.count({ where: { action: 'meeting.cancelled' } })).toBe(1);
  });

  it('pre-fills the attendance once the meeting began, records it, and records a correction', async () => {
    const [meeting] = await meetingsOfCell();
    now = new Date('2026-12-05T13:10:00Z');
    const [screen] = await secretary.ask('/meeting');
    expect(screen.text).toContain(
      'Cuộc họp gần nhất: 05/12/2026 19:30 tại Hội trường UBND xã. Chưa ghi điểm danh.',
    );
    const [sheet] = await secretary.press(screen, 'Điểm danh cuộc họp 05/12/2026 19:30');
    expect(sheet.text).toContain('Điểm danh soạn sẵn từ trả lời của đảng viên.');
    expect(lineOf(sheet, 'Trần Văn An')).toMatch(/✅ Trần Văn An: có mặt$/);
    expect(lineOf(sheet, 'Lê Thị Bình')).toMatch(/❌ Lê Thị Bình: vắng không có lý do$/);
    expect(lineOf(sheet, 'Lê Văn Cường')).toMatch(/📝 Lê Văn Cường: vắng có lý do \(Tạm miễn sinh hoạt\)$/);
    expect(lineOf(sheet, 'Hoàng Thị Em')).toMatch(/📝 Hoàng Thị Em: vắng có lý do \(Ca đêm ở nhà máy\)$/);
    expect(sheet.text).not.toContain('Phạm Văn Dũng');
    expect(sheet.text).toContain('Danh sách 6 đảng viên: có mặt 3, vắng có lý do 2, vắng không có lý do 1.');

    // Bình came after all: one press, the same screen redrawn.
    const redrawn = await secretary.tapInPlace(sheet, new RegExp(`^${numberOf(sheet, 'Lê Thị Bình')} `));
    expect(lineOf(redrawn, 'Lê Thị Bình')).toMatch(/✅ Lê Thị Bình: có mặt$/);
    // An did not: absent with a reason nobody knew, so the reason is asked for.
    const asked = await secretary.press(
      redrawn,
      new RegExp(`^${numberOf(sheet, 'Trần Văn An')} `),
      (message) => /lý do vắng/.test(message.text ?? ''),
    );
    expect(asked.at(-1)!.text).toBe(
      'Gửi lý do vắng của đồng chí Trần Văn An để ghi vào biên bản (tối đa 500 ký tự). Gõ /cancel để thôi.',
    );
    const withReason = (await secretary.ask('Ốm đột xuất', isAttendance)).at(-1)!;
    expect(lineOf(withReason, 'Trần Văn An')).toMatch(/📝 Trần Văn An: vắng có lý do \(Ốm đột xuất\)$/);
    expect(await db().meetingAttendance.count({ where: { meetingId: meeting.id } })).toBe(0);

    const [saved] = await secretary.press(withReason, 'Lưu điểm danh');
    expect(saved.text).toBe(
      'Đã ghi điểm danh. Danh sách 6 đảng viên: có mặt 3, vắng có lý do 3, vắng không có lý do 0.',
    );
    const stored = async () =>
      Object.fromEntries(
        (await db().meetingAttendance.findMany({ where: { meetingId: meeting.id } })).map((row) => [
          row.memberId,
          [row.status, row.reason],
        ]),
      );
    expect(await stored()).toEqual({
      [ids.secretary]: ['present', null],
      [ids.an]: ['absent_with_reason', 'Ốm đột xuất'],
      [ids.binh]: ['present', null],
      [ids.cuong]: ['absent_with_reason', 'Tạm miễn sinh hoạt'],
      [ids.em]: ['absent_with_reason', 'Ca đêm ở nhà máy'],
      [ids.plain]: ['present', null],
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe('held');

    // The list for the minutes, printed from what was saved, audited as an export.
    const [printed] = await secretary.press(
      saved,
      'In danh sách điểm danh (PDF)',
      (message) => message.document !== undefined,
    );
    expect(printed.document!.file_name).toMatch(/^diem-danh-.+-2026-12-05\.pdf$/);
    expect(printed.caption).toBe(
      'Danh sách điểm danh buổi sinh hoạt 05/12/2026 19:30, để kèm biên bản và ký.',
    );
    expect(secretary.bytesOf(printed).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await db().auditEvent.count({
        where: { action: 'export.meeting-minutes', actorId: ids.secretary, entityId: String(meeting.id) },
      }),
    ).toBe(1);

    // Opened again, the screen shows what was recorded; Em's reason turns out not to hold.
    now = new Date('2026-12-06T02:00:00Z');
    const [again] = await secretary.ask('/meeting');
    expect(again.text).toContain('Đã ghi điểm danh.');
    const [recorded] = await secretary.press(again, 'Điểm danh cuộc họp 05/12/2026 19:30');
    expect(recorded.text).toContain('Đây là điểm danh đã ghi.');
    expect(lineOf(recorded, 'Trần Văn An')).toMatch(/vắng có lý do \(Ốm đột xuất\)$/);
    const corrected = await secretary.tapInPlace(
      recorded,
      new RegExp(`^${numberOf(recorded, 'Hoàng Thị Em')} `),
    );
    expect(lineOf(corrected, 'Hoàng Thị Em')).toMatch(/❌ Hoàng Thị Em: vắng không có lý do$/);
    const [resaved] = await secretary.press(corrected, 'Lưu điểm danh');
    expect(resaved.text).toBe(
      'Đã ghi lại điểm danh (1 dòng thay đổi). Danh sách 6 đảng viên: có mặt 3, vắng có lý do 2, vắng không có lý do 1.',
    );
    expect((await stored())[ids.em]).toEqual(['absent_without_reason', null]);
    const correction = await db().auditEvent.findFirstOrThrow({
      where: { action: 'meeting.attendance-corrected', entityId: `${meeting.id}:${ids.em}` },
    });
    expect(correction).toMatchObject({
      actorId: ids.secretary,
      before: { status: 'absent_with_reason', reason: 'Ca đêm ở nhà máy' },
    });
    expect(await harness.records.meetings.unexcusedInYear([ids.em], 2026)).toEqual(new Map([[ids.em, 1]]));
  });

  it("refuses another cell's meeting, a cancelled one, and a member not listed, changing nothing", async () => {
    const other = await createCell(db(), 'Chi bộ khác');
    const stranger = await createMember(db(), other, { fullName: 'Vũ Văn Lạ' });
    const theirs = await harness.records.meetings.schedule(
      other.cellId,
      { startsAt: new Date('2026-12-04T12:30:00Z'), place: 'Nơi khác', agenda: 'Của chi bộ khác' },
      { id: null, label: 'test' },
      new Date('2026-11-20T00:00:00Z'),
    );
    const cancelled = (await meetingsOfCell()).find((row) => row.status === 'cancelled')!;
    const [held] = await meetingsOfCell();
    const [screen] = await secretary.ask('/meeting');
    const attendance = await db().meetingAttendance.count();
    const changes = await db().auditEvent.count({ where: { action: { startsWith: 'meeting.' } } });
    const forged = [
      `mt:att:${theirs.id}`,
      `mt:cyc:${theirs.id}:${stranger.id}`,
      `mt:save:${theirs.id}`,
      `mt:open:${theirs.id}`,
      `mt:cancel-yes:${theirs.id}`,
      `mt:att:${cancelled.id}`,
      `mt:save:${cancelled.id}`,
      `mt:cyc:${held.id}:${stranger.id}`,
      `mt:cyc:${held.id}:${ids.dung}`,
      `mt:save:99999999999`,
    ];
    for (const data of forged) {
      const alert = await secretary.pressRaw(screen.message_id, data);
      expect({ data, alert: alert.show_alert }).toEqual({ data, alert: true });
    }
    expect((await secretary.pressRaw(screen.message_id, `mt:att:${theirs.id}`)).text).toBe(REFUSED);
    expect(await db().meetingAttendance.count()).toBe(attendance);
    expect(await db().auditEvent.count({ where: { action: { startsWith: 'meeting.' } } })).toBe(changes);
    expect((await harness.records.meetings.get(theirs.id))?.status).toBe('scheduled');
    expect(await db().auditEvent.count({ where: { action: 'access.denied' } })).toBeGreaterThan(0);
  });
  it("speaks English to a deputy who reads English, on the cell's clock", async () => {
    const record = await createMember(db(), cell, {
      fullName: 'Ngô Thị Hoa',
      role: 'deputy_secretary',
      locale: 'en',
    });
    const deputy = await bindExisting(harness, record.id);
    const [screen] = await deputy.ask('/meeting');
    expect(screen.text).toContain('Cell meetings: Chi bộ thôn Hải Thanh');
    expect(screen.text).toContain('Regular meeting: not set.');
    expect(screen.text).toContain('No coming meeting is scheduled.');
    expect(screen.text).toContain(
      'Latest meeting: 5 Dec 2026, 19:30 at Hội trường UBND xã. Attendance recorded.',
    );
    expect(buttons(screen)).toEqual([
      'Schedule a meeting',
      'Set the regular meeting',
      'Attendance of 5 Dec 2026, 19:30',
    ]);
    const [ask] = await deputy.press(screen, 'Schedule a meeting');
    expect(ask.text).toBe(
      "Send the date and time of the meeting as day/month/year hour:minute, for example 05/01/2027 19:30 (the cell's time). Send /cancel to stop.",
    );
    const [past] = await deputy.ask('05/12/2026 19:30');
    expect(past.text).toMatch(/^That time has already passed\./);
    await deputy.ask('/cancel');
  });
});
