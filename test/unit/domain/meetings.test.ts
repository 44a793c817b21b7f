// The monthly meeting's rules as tables: who the minutes list, the pre-filled attendance, the yearly count of
// absences without a reason (year boundary in the cell's zone, cancelled meetings, corrections), the stages, the default.
import fs from 'node:fs';
import type { AbsenceFacts, DatedFacts, FullExemptionFacts } from '../../../src/domain/member-state';
import {
  absenceStage,
  meetingExpectation,
  meetingNoticeTimes,
  defaultMeetingInMonth,
  nextDefaultMeeting,
  prefilledAttendance,
  unexcusedAbsencesInYear,
  type MeetingExpectation,
  type RecordedAttendance,
} from '../../../src/domain/meetings';
import { DEFAULT_POLICY_FILE, loadPolicy, parsePolicy, PolicyError } from '../../../src/domain/policy';

const policy = loadPolicy();
const VN = 'Asia/Ho_Chi_Minh';

const absence = (change: Partial<AbsenceFacts> = {}): AbsenceFacts => ({
  kind: 'abroad',
  countryCode: 'KR',
  arrangement: null,
  applicationStatus: 'not_required',
  startsOn: '2026-03-01',
  expectedEndOn: null,
  ...change,
});
const full = (change: Partial<FullExemptionFacts> = {}): FullExemptionFacts => ({
  reason: 'age',
  startsOn: '2026-01-01',
  endsOn: null,
  ...change,
});
const dated = (change: Partial<DatedFacts> = {}): DatedFacts => ({
  membership: 'active',
  absences: [],
  fullExemptions: [],
  ...change,
});

describe('meetingExpectation', () => {
  const temporaryExemption = absence({ arrangement: 'temporary_exemption', applicationStatus: 'approved' });
  const temporaryTransfer = absence({ arrangement: 'temporary_transfer', applicationStatus: 'approved' });
  it.each<[string, DatedFacts, string, MeetingExpectation]>([
    ['at home', dated(), '2026-05-05', { kind: 'expected', away: false }],
    [
      'away without an arrangement',
      dated({ absences: [absence()] }),
      '2026-05-05',
      { kind: 'expected', away: true },
    ],
    [
      'before the departure',
      dated({ absences: [absence()] }),
      '2026-02-05',
      { kind: 'expected', away: false },
    ],
    [
      'on a temporary exemption',
      dated({ absences: [temporaryExemption] }),
      '2026-05-05',
      { kind: 'excused', because: 'temporary-exemption' },
    ],
    [
      'an exemption applied for, not yet decided: still expected',
      dated({ absences: [absence({ arrangement: 'temporary_exemption', applicationStatus: 'submitted' })] }),
      '2026-05-05',
      { kind: 'expected', away: true },
    ],
    [
      'on a temporary transfer',
      dated({ absences: [temporaryTransfer] }),
      '2026-05-05',
      { kind: 'excused', because: 'temporary-transfer' },
    ],
    ['on a full exemption', dated({ fullExemptions: [full()] }), '2026-05-05', { kind: 'not-listed' }],
    [
      'a full exemption starting mid-year: expected before it',
      dated({ fullExemptions: [full({ startsOn: '2026-07-01' })] }),
      '2026-06-05',
      { kind: 'expected', away: false },
    ],
    [
      'a full exemption that ended: expected again',
      dated({ fullExemptions: [full({ endsOn: '2026-06-30' })] }),
      '2026-07-05',
      { kind: 'expected', away: false },
    ],
    ['transferred out', dated({ membership: 'transferred' }), '2026-05-05', { kind: 'not-listed' }],
  ])('%s', (_name, facts, day, expected) => {
    expect(meetingExpectation(facts, day)).toEqual(expected);
  });
});

describe('prefilledAttendance', () => {
  const away: MeetingExpectation = { kind: 'expected', away: true };
  const home: MeetingExpectation = { kind: 'expected', away: false };
  const excused: MeetingExpectation = { kind: 'excused', because: 'temporary-exemption' };
  it('starts from the answer, then the arrangement, then whether the member is away', () => {
    expect(prefilledAttendance({ kind: 'not-listed' }, null)).toBeNull();
    expect(prefilledAttendance(away, { reply: 'attending', reason: null, reasonText: null })).toEqual({
      status: 'present',
      reason: null,
    });
    expect(
      prefilledAttendance(away, { reply: 'not_attending', reason: 'working_away', reasonText: null }),
    ).toEqual({
      status: 'absent_with_reason',
      reason: { kind: 'answer', reason: 'working_away', text: null },
    });
    expect(
      prefilledAttendance(home, { reply: 'not_attending', reason: 'other', reasonText: 'Con ốm' }),
    ).toEqual({ status: 'absent_with_reason', reason: { kind: 'answer', reason: 'other', text: 'Con ốm' } });
    expect(prefilledAttendance(excused, null)).toEqual({
      status: 'absent_with_reason',
      reason: { kind: 'arrangement', because: 'temporary-exemption' },
    });
    // An excused member who came is present.
    expect(prefilledAttendance(excused, { reply: 'attending', reason: null, reasonText: null })?.status).toBe(
      'present',
    );
    expect(prefilledAttendance(away, null)).toEqual({ status: 'absent_without_reason', reason: null });
    expect(prefilledAttendance(home, null)).toEqual({ status: 'present', reason: null });
  });
});

describe('unexcusedAbsencesInYear', () => {
  const row = (startsAt: string, status: RecordedAttendance['status'], meetingCancelled = false) => ({
    startsAt: new Date(startsAt),
    status,
    meetingCancelled,
  });
  it.each<[string, RecordedAttendance[], number, string, number]>([
    ['none', [], 2026, VN, 0],
    [
      'counts only absences without a reason',
      [
        row('2026-01-05T12:30:00Z', 'absent_without_reason'),
        row('2026-02-05T12:30:00Z', 'absent_with_reason'),
        row('2026-03-05T12:30:00Z', 'present'),
        row('2026-04-05T12:30:00Z', 'absent_without_reason'),
      ],
      2026,
      VN,
      2,
    ],
    [
      // 31 December 19:30 in Vietnam is 12:30 UTC the same day; 1 January 00:30 in Vietnam is still 31 December UTC.
      'the year boundary is the cell’s',
      [
        row('2026-12-31T17:30:00Z', 'absent_without_reason'),
        row('2026-12-31T12:30:00Z', 'absent_without_reason'),
      ],
      2027,
      VN,
      1,
    ],
    [
      'the same instants in a cell in Prague',
      [
        row('2026-12-31T17:30:00Z', 'absent_without_reason'),
        row('2026-12-31T12:30:00Z', 'absent_without_reason'),
      ],
      2026,
      'Europe/Prague',
      2,
    ],
    [
      'a cancelled meeting counts for nothing',
      [row('2026-05-05T12:30:00Z', 'absent_without_reason', true)],
      2026,
      VN,
      0,
    ],
    ['last year’s do not count', [row('2025-11-05T12:30:00Z', 'absent_without_reason')], 2026, VN, 0],
  ])('%s', (_name, rows, year, zone, expected) => {
    expect(unexcusedAbsencesInYear(rows, year, zone)).toBe(expected);
  });

  it('follows a correction: the row as corrected is the one counted', () => {
    const before = [
      row('2026-05-05T12:30:00Z', 'absent_without_reason'),
      row('2026-06-05T12:30:00Z', 'absent_without_reason'),
    ];
    expect(unexcusedAbsencesInYear(before, 2026, VN)).toBe(2);
    const corrected = [before[0], { ...before[1], status: 'absent_with_reason' as const }];
    expect(unexcusedAbsencesInYear(corrected, 2026, VN)).toBe(1);
  });
});

describe('absenceStage', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'alert-secretary'],
    [3, 'removal-review'],
    [5, 'removal-review'],
  ])('%i absences without a reason: %s', (count, stage) => {
    expect(absenceStage(count, policy)).toBe(stage);
  });
});

describe('meeting notices and the default meeting', () => {
  it('invites a week before and reminds the day before', () => {
    const startsAt = new Date('2026-12-05T12:30:00Z');
    expect(meetingNoticeTimes(startsAt, policy)).toEqual({
      inviteFrom: new Date('2026-11-28T12:30:00Z'),
      remindFrom: new Date('2026-12-04T12:30:00Z'),
    });
  });

  it.each([
    ['this month’s when it is still to come', '2026-12-03T00:00:00Z', '2026-12-05T12:30:00.000Z'],
    ['next month’s once it began', '2026-12-05T12:30:00Z', '2027-01-05T12:30:00.000Z'],
    // 19:30 on the 5th in Vietnam is 12:30 UTC.
    ['read in the cell’s zone at a month end', '2026-12-31T17:30:00Z', '2027-01-05T12:30:00.000Z'],
  ])('%s', (_name, now, expected) => {
    expect(nextDefaultMeeting({ dayOfMonth: 5, time: '19:30' }, new Date(now), VN).toISOString()).toBe(
      expected,
    );
  });

  it('takes the last day of a short month for the 31st', () => {
    const at = nextDefaultMeeting({ dayOfMonth: 31, time: '19:00' }, new Date('2027-02-01T00:00:00Z'), VN);
    expect(at.toISOString()).toBe('2027-02-28T12:00:00.000Z');
  });

  it("gives a month's meeting by the default, on the cell's clock, whether it is past or to come", () => {
    const rule = { dayOfMonth: 31, time: '19:30' };
    expect(defaultMeetingInMonth(rule, 2026, 10, VN).toISOString()).toBe('2026-10-31T12:30:00.000Z');
    expect(defaultMeetingInMonth(rule, 2026, 11, VN).toISOString()).toBe('2026-11-30T12:30:00.000Z');
    // Prague keeps summer time to 25 October 2026: 19:30 is 17:30 UTC on the 24th, 18:30 UTC in November.
    const prague = { dayOfMonth: 24, time: '19:30' };
    expect(defaultMeetingInMonth(prague, 2026, 10, 'Europe/Prague').toISOString()).toBe(
      '2026-10-24T17:30:00.000Z',
    );
    expect(defaultMeetingInMonth(prague, 2026, 11, 'Europe/Prague').toISOString()).toBe(
      '2026-11-24T18:30:00.000Z',
    );
  });

  it('refuses a policy whose removal review does not come after the alert', () => {
    const document = JSON.parse(fs.readFileSync(DEFAULT_POLICY_FILE, 'utf8')) as {
      meetings: { unexcusedAbsencesRemovalReview: { value: number } };
    };
    document.meetings.unexcusedAbsencesRemovalReview.value = 2;
    expect(() => parsePolicy(document)).toThrow(PolicyError);
    expect(() => parsePolicy(document)).toThrow(/meetings\.unexcusedAbsencesRemovalReview/);
  });
});
