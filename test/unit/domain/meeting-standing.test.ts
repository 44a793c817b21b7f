// What /status says of the monthly meeting, as a table: the next meeting on both clocks, excused or not listed, and
// the year's absences without a reason against the alert and the removal review.
import { meetingStanding, type NextMeetingFacts } from '../../../src/domain/meeting-standing';
import { loadPolicy } from '../../../src/domain/policy';
import type { AbsenceFacts, MemberFacts } from '../../../src/domain/standing';

const policy = loadPolicy();
const CELL = 'Asia/Ho_Chi_Minh';
const NOW = new Date('2026-12-30T03:00:00Z');
/** 19:30 on 5 January 2027 in Hà Nội: 21:30 in Seoul. */
const NEXT: NextMeetingFacts = {
  startsAt: new Date('2027-01-05T12:30:00Z'),
  cellZone: CELL,
  place: 'Nhà văn hóa thôn',
  onlineLink: null,
  reply: null,
};
const exempted: AbsenceFacts = {
  kind: 'abroad',
  countryCode: 'KR',
  arrangement: 'temporary_exemption',
  applicationStatus: 'approved',
  startsOn: '2026-06-01',
  expectedEndOn: '2027-06-30',
};

const facts = (change: Partial<MemberFacts> = {}): MemberFacts => ({
  zone: 'Asia/Seoul',
  membership: 'active',
  checkInMonths: [],
  paidMonths: [],
  feeArrangements: [],
  absences: [],
  fullExemptions: [],
  review: null,
  ...change,
});

describe('the meeting on /status', () => {
  it('gives the next meeting on the cell’s clock and the member’s own, with the answer so far', () => {
    const standing = meetingStanding(facts(), { ...NEXT, reply: 'attending' }, 0, NOW, CELL, policy);
    expect(standing).toEqual({
      next: {
        day: '2027-01-05',
        time: '19:30',
        own: { day: '2027-01-05', time: '21:30' },
        place: 'Nhà văn hóa thôn',
        onlineLink: null,
        reply: 'attending',
        excused: false,
      },
      // The count is the cell's year at `now` (30 December 2026), not the meeting's.
      year: 2026,
      unexcused: 0,
      stage: 'none',
    });
    const atHome = meetingStanding(facts({ zone: CELL }), NEXT, 0, NOW, CELL, policy);
    expect(atHome?.next?.own).toBeNull();
  });

  it.each<[number, string]>([
    [0, 'none'],
    [1, 'none'],
    [2, 'alert-secretary'],
    [3, 'removal-review'],
    [5, 'removal-review'],
  ])('%i absences without a reason this year: %s', (count, stage) => {
    expect(meetingStanding(facts(), null, count, NOW, CELL, policy)).toMatchObject({
      next: null,
      unexcused: count,
      stage,
    });
  });

  it('tells a member on a temporary exemption they are excused, and only until it ends', () => {
    expect(meetingStanding(facts({ absences: [exempted] }), NEXT, 0, NOW, CELL, policy)?.next?.excused).toBe(
      true,
    );
    const ending = { ...exempted, expectedEndOn: '2027-01-04' as const };
    expect(meetingStanding(facts({ absences: [ending] }), NEXT, 0, NOW, CELL, policy)?.next?.excused).toBe(
      false,
    );
  });

  it('says nothing of meetings to a member on a full exemption', () => {
    const full = facts({ fullExemptions: [{ reason: 'age', startsOn: '2026-03-01', endsOn: null }] });
    expect(meetingStanding(full, NEXT, 2, NOW, CELL, policy)).toBeNull();
  });
});
