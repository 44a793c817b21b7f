// The demo cell's regular meeting: its default, the next meeting scheduled by it, the one before held and recorded.
import { DEMO_CELL_CODE, seedDemo } from '../../../src/records/demo';
import { createRecordsHarness, type RecordsHarness } from './setup';

const VN = 'Asia/Ho_Chi_Minh';

describe('the demo cell seeded with its meetings', () => {
  let harness: RecordsHarness;
  beforeEach(async () => {
    harness = await createRecordsHarness();
  });
  afterEach(async () => {
    await harness.database.drop();
  });

  const meetingsOf = async () => {
    const cell = await harness.db.unit.findUniqueOrThrow({ where: { code: DEMO_CELL_CODE } });
    const meetings = await harness.db.meeting.findMany({
      where: { cellId: cell.id },
      orderBy: { startsAt: 'asc' },
    });
    return { cell, meetings };
  };

  it("on 24 November: November's meeting on the 28th scheduled, October's held with a mixed attendance", async () => {
    const now = new Date('2026-11-24T09:00:00+07:00');
    await seedDemo(harness.db, { now, homeTimezone: VN });
    const { cell, meetings } = await meetingsOf();
    expect(await harness.records.meetings.defaultOf(cell.id)).toEqual({
      cellId: cell.id,
      dayOfMonth: 28,
      time: '19:30',
      place: 'Nhà văn hóa thôn Hải Thanh',
      onlineLink: null,
    });
    // 19:30 in Vietnam is 12:30 UTC.
    expect(meetings.map((meeting) => [meeting.startsAt.toISOString(), meeting.status])).toEqual([
      ['2026-10-28T12:30:00.000Z', 'held'],
      ['2026-11-28T12:30:00.000Z', 'scheduled'],
    ]);
    const [held, scheduled] = meetings;
    expect(await harness.records.meetings.upcoming(cell.id, now)).toEqual([
      expect.objectContaining({ id: scheduled.id, fromDefault: true }),
    ]);
    expect(await harness.records.meetings.latestBegun(cell.id, now)).toMatchObject({ id: held.id });
    // Recorded by the secretary the next morning; the sweep's default sees November's meeting and adds none.
    expect(held.heldAt?.toISOString()).toBe('2026-10-29T02:30:00.000Z');
    expect(await harness.records.meetings.scheduleFromDefault(cell.id, now)).toBeNull();

    // Every member the minutes list has a line; Thọ, fully exempt for his age, is not listed.
    const lines = (await harness.records.meetings.attendanceLines(held.id))!;
    // By name (the database's name order depends on its collation).
    const recorded = Object.fromEntries(
      lines.map((line) => [line.fullName, [line.recorded?.status, line.recorded?.reason ?? null]]),
    );
    expect(recorded).toEqual({
      'Bùi Thị Lan': ['absent_with_reason', 'Đi làm thời vụ ở Biên Hòa, đã báo trước'],
      'Đặng Thị Hương': ['absent_with_reason', 'Đang làm việc tại Séc, đã báo trước buổi sinh hoạt'],
      'Đỗ Thị Mai': ['present', null],
      'Hoàng Văn Tuấn': ['absent_without_reason', null],
      'Lê Văn Minh': ['absent_with_reason', 'Miễn sinh hoạt tạm thời, đang lao động tại Hàn Quốc'],
      'Ngô Văn Khải': ['present', null],
      'Nguyễn Văn Hùng': ['present', null],
      'Phạm Thị Ngọc': ['absent_with_reason', 'Miễn sinh hoạt tạm thời, đang lao động tại Nhật Bản'],
      'Trần Thị Thu Hà': ['present', null],
      'Vũ Văn Long': ['absent_with_reason', 'Sinh hoạt tạm thời tại nơi làm việc (Bình Dương)'],
    });
    const tuan = await harness.db.member.findFirstOrThrow({ where: { fullName: 'Hoàng Văn Tuấn' } });
    expect(await harness.records.meetings.unexcusedInYear([tuan.id], 2026)).toEqual(new Map([[tuan.id, 1]]));
    const audits = await harness.db.auditEvent.findMany({ where: { action: 'meeting.attendance-recorded' } });
    expect(audits).toHaveLength(10);
    expect(new Set(audits.map((audit) => audit.actorLabel))).toEqual(new Set(['Nguyễn Văn Hùng']));
  });

  it("once this month's meeting has begun, next month's is the one scheduled and this month's is held", async () => {
    const now = new Date('2026-11-28T20:00:00+07:00');
    await seedDemo(harness.db, { now, homeTimezone: VN });
    const { meetings } = await meetingsOf();
    expect(meetings.map((meeting) => [meeting.startsAt.toISOString(), meeting.status])).toEqual([
      ['2026-11-28T12:30:00.000Z', 'held'],
      ['2026-12-28T12:30:00.000Z', 'scheduled'],
    ]);
    // Not recorded before it was seeded: the seed never writes after its own clock.
    expect(meetings[0].heldAt?.toISOString()).toBe(now.toISOString());
  });

  it("falls on a short month's last day, in the cell's zone", async () => {
    // 28 February 2027 at 20:00 in Vietnam: February's meeting (the 28th) has begun.
    const now = new Date('2027-02-28T20:00:00+07:00');
    await seedDemo(harness.db, { now, homeTimezone: VN });
    const { meetings } = await meetingsOf();
    expect(meetings.map((meeting) => meeting.startsAt.toISOString())).toEqual([
      '2027-02-28T12:30:00.000Z',
      '2027-03-28T12:30:00.000Z',
    ]);
  });
});
