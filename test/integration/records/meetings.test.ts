// Meetings on a real database: scheduling by hand and from the cell's default, answers (the latest counts, a repeat
// is a no-op, none after the start), the attendance screen pre-filled, recorded and corrected with its audit trail.
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { auditOf, createRecordsHarness, type RecordsHarness } from './setup';

const SECRETARY = { id: null, label: 'test secretary' };

describe('MeetingRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('takes answers until the meeting begins, the latest counting, a repeated one changing nothing', async () => {
    const cell = await createCell(harness.db);
    const member = await createMember(harness.db, cell, { state: 'away' });
    const now = new Date('2026-12-01T03:00:00Z');
    const meeting = await harness.records.meetings.schedule(
      cell.cellId,
      { startsAt: new Date('2026-12-05T12:30:00Z'), place: 'Nhà văn hóa thôn', agenda: 'Tổng kết năm' },
      SECRETARY,
      now,
    );
    expect(await harness.records.meetings.upcoming(cell.cellId, now)).toEqual([meeting]);

    const first = await harness.records.meetings.answer(
      meeting.id,
      member.id,
      { reply: 'not_attending', reason: 'working_away' },
      { sourceKey: 'tg:1', now },
    );
    expect(first).toMatchObject({ outcome: 'saved', duplicate: false, answer: { reason: 'working_away' } });
    const counts = await recordCounts(harness.db);
    const again = await harness.records.meetings.answer(
      meeting.id,
      member.id,
      { reply: 'attending' },
      { sourceKey: 'tg:1', now },
    );
    expect(again).toMatchObject({ duplicate: true, answer: { reply: 'not_attending' } });
    expect(await recordCounts(harness.db)).toEqual(counts);

    const changed = await harness.records.meetings.answer(
      meeting.id,
      member.id,
      { reply: 'attending', reason: 'ill' },
      { sourceKey: 'tg:2', now },
    );
    // Attending carries no reason, whatever came with it.
    expect(changed).toMatchObject({ outcome: 'saved', answer: { reply: 'attending', reason: null } });

    const late = await harness.records.meetings.answer(
      meeting.id,
      member.id,
      { reply: 'not_attending', reason: 'ill' },
      { sourceKey: 'tg:3', now: new Date('2026-12-05T12:30:00Z') },
    );
    expect(late).toEqual({ outcome: 'refused', reason: 'meeting-over' });

    const other = await createMember(harness.db, await createCell(harness.db));
    expect(
      await harness.records.meetings.answer(
        meeting.id,
        other.id,
        { reply: 'attending' },
        { sourceKey: 'x', now },
      ),
    ).toEqual({ outcome: 'refused', reason: 'not-your-cell' });
  });

  it('pre-fills the attendance from answers and arrangements, records it, and audits a correction', async () => {
    const cell = await createCell(harness.db);
    const atHome = await createMember(harness.db, cell, { fullName: 'A Nguyễn Văn An' });
    const away = await createMember(harness.db, cell, { fullName: 'B Trần Thị Bình', state: 'away' });
    const excused = await createMember(harness.db, cell, {
      fullName: 'C Lê Văn Cường',
      state: 'temporary-exemption',
    });
    await createMember(harness.db, cell, { fullName: 'D Phạm Văn Dũng', state: 'full-exemption' });
    const answered = await createMember(harness.db, cell, { fullName: 'E Hoàng Thị Em', state: 'away' });
    const meeting = await harness.records.meetings.schedule(
      cell.cellId,
      { startsAt: new Date('2026-11-05T12:30:00Z'), place: 'Hội trường', agenda: 'Sinh hoạt thường kỳ' },
      SECRETARY,
      new Date('2026-10-28T03:00:00Z'),
    );
    await harness.records.meetings.answer(
      meeting.id,
      answered.id,
      { reply: 'not_attending', reason: 'other', reasonText: 'Ca đêm' },
      { sourceKey: 'e1', now: new Date('2026-11-01T03:00:00Z') },
    );
    const lines = (await harness.records.meetings.attendanceLines(meeting.id))!;
    // The member on a full exemption is not listed.
    expect(lines.map((line) => [line.fullName, line.prefilled.status])).toEqual([
      ['A Nguyễn Văn An', 'present'],
      ['B Trần Thị Bình', 'absent_without_reason'],
      ['C Lê Văn Cường', 'absent_with_reason'],
      ['E Hoàng Thị Em', 'absent_with_reason'],
    ]);
    expect(lines[3].prefilled.reason).toEqual({ kind: 'answer', reason: 'other', text: 'Ca đêm' });

    const before = new Date('2026-11-05T12:00:00Z');
    expect(
      await harness.records.meetings.recordAttendance(
        meeting.id,
        [{ memberId: atHome.id, status: 'present' }],
        SECRETARY,
        before,
      ),
    ).toEqual({ outcome: 'refused', reason: 'not-started' });
    expect(
      await harness.records.meetings.recordAttendance(
        meeting.id,
        [{ memberId: away.id, status: 'absent_with_reason', reason: '  ' }],
        SECRETARY,
      ),
    ).toEqual({ outcome: 'refused', reason: 'reason-missing' });

    const at = new Date('2026-11-05T15:00:00Z');
    const recorded = await harness.records.meetings.recordAttendance(
      meeting.id,
      [
        { memberId: atHome.id, status: 'present' },
        { memberId: away.id, status: 'absent_without_reason' },
        { memberId: excused.id, status: 'absent_with_reason', reason: 'Tạm miễn sinh hoạt' },
        { memberId: answered.id, status: 'absent_with_reason', reason: 'Ca đêm' },
      ],
      SECRETARY,
      at,
    );
    expect(recorded).toEqual({ outcome: 'recorded', changed: [atHome.id, away.id, excused.id, answered.id] });
    expect((await harness.records.meetings.get(meeting.id))?.status).toBe('held');
    expect(await harness.records.meetings.unexcusedInYear([away.id, atHome.id], 2026)).toEqual(
      new Map([[away.id, 1]]),
    );

    // The member sent a reason afterwards: the secretary corrects the line; the history keeps both.
    const corrected = await harness.records.meetings.recordAttendance(
      meeting.id,
      [
        { memberId: atHome.id, status: 'present' },
        { memberId: away.id, status: 'absent_with_reason', reason: 'Báo ốm sau buổi họp' },
      ],
      SECRETARY,
      new Date('2026-11-07T03:00:00Z'),
    );
    expect(corrected).toEqual({ outcome: 'recorded', changed: [away.id] });
    expect(await harness.records.meetings.unexcusedInYear([away.id], 2026)).toEqual(new Map());
    const audit = await auditOf(harness.db, 'MeetingAttendance', `${meeting.id}:${away.id}`);
    expect(audit.map((entry) => entry.action)).toEqual([
      'meeting.attendance-recorded',
      'meeting.attendance-corrected',
    ]);
    expect(audit[1]).toMatchObject({
      before: { status: 'absent_without_reason' },
      after: { status: 'absent_with_reason' },
    });
  });

  it('schedules from the cell’s default once within the invitation’s days, once per month', async () => {
    const cell = await createCell(harness.db);
    await harness.records.meetings.setDefault(
      cell.cellId,
      { dayOfMonth: 5, time: '19:30', place: 'Nhà văn hóa', onlineLink: null },
      SECRETARY,
      new Date('2026-11-01T00:00:00Z'),
    );
    // 19:30 on 5 December in Vietnam; the invitation goes a week before.
    expect(
      await harness.records.meetings.scheduleFromDefault(cell.cellId, new Date('2026-11-20T00:00:00Z')),
    ).toBe(null);
    const made = await harness.records.meetings.scheduleFromDefault(
      cell.cellId,
      new Date('2026-11-29T00:00:00Z'),
    );
    expect(made).toMatchObject({ startsAt: new Date('2026-12-05T12:30:00Z'), fromDefault: true });
    expect(
      await harness.records.meetings.scheduleFromDefault(cell.cellId, new Date('2026-11-30T00:00:00Z')),
    ).toBe(null);
    // Cancelled on purpose: the default does not bring it back.
    await harness.records.meetings.cancel(made!.id, SECRETARY, new Date('2026-12-01T00:00:00Z'));
    expect(
      await harness.records.meetings.scheduleFromDefault(cell.cellId, new Date('2026-12-02T00:00:00Z')),
    ).toBe(null);
  });
});
