// A member who missed December files it late in January through the emulator (issue 11 §7): asked which month, the
// check-in is recorded as late, the month is contact again, and the secretary reads it as late in /members and /member.
import { monthToDb } from '../../../src/domain/periods';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, type MemberChat } from '../../support/member-chat';

describe('a late check-in (/checkin within the policy window)', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  let member: MemberChat;
  // 5 January 2027, 09:30 in Seoul: December closed four days ago, its late window runs to the end of 10 January.
  let now = new Date('2027-01-05T00:30:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    const db = harness.database.db;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const leader = await createMember(db, cell, { role: 'secretary', fullName: 'Nguyễn Văn Hùng' });
    secretary = await bindExisting(harness, leader.id);
    // Away in Korea since 1 September 2026: October checked in, November and December missed.
    member = await bindMember(harness, cell, {
      fullName: 'Lê Văn Minh',
      timezone: 'Asia/Seoul',
      state: 'away',
      stateSince: new Date('2026-09-01T00:00:00Z'),
      recordedSince: new Date('2026-01-03T00:00:00Z'),
    });
    await db.checkIn.create({
      data: {
        memberId: member.memberId,
        month: monthToDb('2026-10'),
        place: 'Suwon',
        answers: { place: 'Suwon' },
        submittedAt: new Date('2026-10-12T00:00:00Z'),
        updatedAt: new Date('2026-10-12T00:00:00Z'),
      },
    });
  });
  afterAll(async () => {
    await harness.stop();
  });

  const roster = async () =>
    textOf(await secretary.ask('/members', (message) => (message.text ?? '').includes('Lê Văn Minh')));

  it('counts November and December as no contact before the late check-in', async () => {
    expect(await roster()).toMatch(/Lê Văn Minh · .* · mất liên lạc 2 tháng/);
  });

  it('asks which month, records December as late, and tells the member so', async () => {
    const month = await member.say('/checkin');
    expect(month.text).toContain('Báo cáo hằng tháng (1/7)');
    expect(month.text).toContain(
      'Đồng chí chưa báo cáo tháng 12/2026. Đồng chí vẫn có thể nộp muộn báo cáo tháng đó đến hết ngày 10/01/2027',
    );
    expect(buttons(month)).toEqual(['Tháng 12/2026 (nộp muộn)', 'Tháng 01/2027 (tháng này)']);
    const place = await member.tap(month, 'Tháng 12/2026 (nộp muộn)');
    expect(place.text).toContain('đang ở đâu?');
    const work = await member.say('Ansan, Gyeonggi');
    const health = await member.tap(work, 'Bỏ qua');
    const difficulty = await member.tap(health, 'Tốt');
    const call = await member.tap(difficulty, 'Không có');
    const photo = await member.tap(call, 'Không');
    const summary = await member.tap(photo, 'Bỏ qua');
    expect(summary.text).toContain('Tháng báo cáo: Tháng 12/2026 (nộp muộn)');
    const ack = await member.tap(summary, '✅ Xác nhận');

    const checkIn = await harness.database.db.checkIn.findUniqueOrThrow({
      where: { memberId_month: { memberId: member.memberId, month: monthToDb('2026-12') } },
    });
    expect(checkIn).toMatchObject({ late: true, place: 'Ansan, Gyeonggi', revision: 1 });
    expect(ack.text).toContain(
      `Đã ghi nhận báo cáo tháng 12/2026 của đồng chí. Mã số: CI-202612-${checkIn.id}.`,
    );
    expect(ack.text).toContain(
      'Báo cáo tháng 12/2026 được ghi nhận là nộp muộn; chi bộ vẫn tính là tháng đó đồng chí có giữ liên lạc.',
    );
    const audit = await harness.database.db.auditEvent.findFirstOrThrow({
      where: { entity: 'CheckIn', entityId: String(checkIn.id) },
    });
    expect(audit.action).toBe('checkin.submitted-late');
  });

  it('shows the secretary December as late, and the member no longer as out of contact', async () => {
    const text = await roster();
    expect(text).toMatch(/Lê Văn Minh · .*chưa báo cáo tháng 01\/2027 · báo cáo tháng 12\/2026 nộp muộn/);
    expect(text).not.toContain('mất liên lạc');
    const record = textOf(
      await secretary.ask('/member Lê Văn Minh', (message) => (message.text ?? '').includes('Nhật ký')),
    );
    expect(record).toContain('12/2026: ✓ Ansan, Gyeonggi (nộp muộn)');
    expect(record).toContain('11/2026: —');
    expect(record).toContain('10/2026: ✓ Suwon');
    expect(record).not.toContain('2026-10: ✓ Suwon (nộp muộn)');
  });

  it('does not ask the month again once December is in: the form is for January', async () => {
    const place = await member.say('/checkin');
    expect(place.text).toContain('Báo cáo hằng tháng (1/6)\nTháng này đồng chí đang ở đâu?');
    await member.say('/cancel');
  });

  it('closes the window at the end of 10 January in the member zone', async () => {
    const other = await bindMember(harness, cell, {
      fullName: 'Phạm Thị Ngọc',
      timezone: 'Asia/Seoul',
      state: 'away',
      stateSince: new Date('2026-09-01T00:00:00Z'),
      recordedSince: new Date('2026-01-03T00:00:00Z'),
    });
    // 23:30 on 10 January in Seoul: still open.
    now = new Date('2027-01-10T14:30:00Z');
    const open = await other.say('/checkin');
    expect(buttons(open)).toEqual(['Tháng 12/2026 (nộp muộn)', 'Tháng 01/2027 (tháng này)']);
    await other.say('/cancel');
    // 00:30 on 11 January in Seoul (still 10 January in Vietnam): closed for her.
    now = new Date('2027-01-10T15:30:00Z');
    const closed = await other.say('/checkin');
    expect(closed.text).toContain('Tháng này đồng chí đang ở đâu?');
    await other.say('/cancel');
  });
});
