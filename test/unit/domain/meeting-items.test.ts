// The monthly meeting's notification rules as tables: invitation, reminder, the word after an absence without a
// reason, and the secretary's alert at 2 and flag at 3 per calendar year of the cell.
import { dueItems, type DueItem, type NotificationSubject } from '../../../src/domain/due-items';
import type { MemberMeetingFacts, UpcomingMeetingFacts } from '../../../src/domain/meeting-items';
import { loadPolicy } from '../../../src/domain/policy';
import type { AbsenceFacts, MemberFacts } from '../../../src/domain/standing';
import { CalendarBook } from '../../../src/domain/zone-calendar';

const policy = loadPolicy();
const allPaid = Array.from({ length: 24 }, (_, index) => {
  const year = 2026 + Math.floor(index / 12);
  return { month: `${year}-${String((index % 12) + 1).padStart(2, '0')}`, status: 'confirmed' as const };
});

/** 19:30 on 5 January 2027 in Hà Nội: 21:30 in Seoul. */
const MEETING: UpcomingMeetingFacts = {
  id: 41,
  startsAt: new Date('2027-01-05T12:30:00Z'),
  place: 'Nhà văn hóa thôn Hải Thanh',
  onlineLink: null,
  reply: null,
};

function subject(
  meetings: MemberMeetingFacts,
  facts: Partial<MemberFacts> = {},
  change: Partial<NotificationSubject> = {},
): NotificationSubject {
  return {
    memberId: 7,
    fullName: 'Lê Văn Minh',
    cellZone: 'Asia/Ho_Chi_Minh',
    reachable: true,
    openRequests: [],
    meetings,
    ...change,
    facts: {
      zone: 'Asia/Seoul',
      membership: 'active',
      activeSince: '2026-01',
      checkInMonths: ['2026-11', '2026-12', '2027-01'],
      paidMonths: allPaid,
      feeArrangements: [],
      absences: [],
      fullExemptions: [],
      // The year's review is in, so only the meeting's items show.
      review: { year: 2027, status: 'submitted' },
      ...facts,
    },
  };
}

const meetingRules = (who: NotificationSubject, now: string): DueItem[] =>
  dueItems(who, new CalendarBook(new Date(now), policy), policy).filter((item) =>
    item.rule.startsWith('meeting'),
  );
const keysAt = (who: NotificationSubject, now: string) => meetingRules(who, now).map((item) => item.key);
const upcoming = (change: Partial<UpcomingMeetingFacts> = {}): MemberMeetingFacts => ({
  upcoming: [{ ...MEETING, ...change }],
  unexcused: [],
});

const awayNoArrangement: AbsenceFacts = {
  kind: 'abroad',
  countryCode: 'KR',
  arrangement: null,
  applicationStatus: 'not_required',
  startsOn: '2026-06-01',
  expectedEndOn: null,
};

describe('the invitation and the reminder', () => {
  it.each<[string, string, string[]]>([
    ['eight days before: nothing yet', '2026-12-28T12:29:00Z', []],
    // inviteDaysBefore 7: from 19:30 on 29 December (Hà Nội).
    ['seven days before, to the minute', '2026-12-29T12:30:00Z', ['meeting:7:41:invite']],
    ['two days before', '2027-01-03T12:00:00Z', ['meeting:7:41:invite']],
    // reminderHoursBefore 24: the reminder replaces an invitation not sent yet.
    ['the day before', '2027-01-04T12:30:00Z', ['meeting:7:41:reminder']],
    ['one minute before', '2027-01-05T12:29:00Z', ['meeting:7:41:reminder']],
    ['once it has begun', '2027-01-05T12:30:00Z', []],
  ])('%s (%s): %j', (_label, now, expected) => {
    expect(keysAt(subject(upcoming()), now)).toEqual(expected);
  });

  it('names the cell’s time and the member’s own when they differ, and opens the answer form', () => {
    const [invite] = meetingRules(subject(upcoming()), '2027-01-01T00:00:00Z');
    expect(invite).toMatchObject({
      rule: 'meeting-invite',
      audience: 'member',
      forms: ['meeting'],
      dueAt: new Date('2026-12-29T12:30:00Z'),
      vars: {
        day: '2027-01-05',
        time: '19:30',
        ownDay: '2027-01-05',
        ownTime: '21:30',
        zoneDiffers: true,
        place: 'Nhà văn hóa thôn Hải Thanh',
        online: false,
      },
    });
    const atHome = meetingRules(subject(upcoming(), { zone: 'Asia/Ho_Chi_Minh' }), '2027-01-01T00:00:00Z');
    expect(atHome[0].vars).toMatchObject({ zoneDiffers: false, ownTime: '19:30' });
    // A meeting late in the evening in Hà Nội is the next day in Sydney: the day is said too.
    const late = meetingRules(
      subject(upcoming({ startsAt: new Date('2027-01-05T15:30:00Z') }), { zone: 'Australia/Sydney' }),
      '2027-01-01T00:00:00Z',
    );
    expect(late[0].vars).toMatchObject({
      day: '2027-01-05',
      time: '22:30',
      ownDay: '2027-01-06',
      ownTime: '02:30',
    });
  });

  it('gives an online-pilot cell’s link', () => {
    const [invite] = meetingRules(
      subject(upcoming({ onlineLink: 'https://meet.example/chibo' })),
      '2027-01-01T00:00:00Z',
    );
    expect(invite.vars).toMatchObject({ online: true, link: 'https://meet.example/chibo' });
  });

  it.each<[string, UpcomingMeetingFacts['reply']]>([
    ['said they will attend', 'attending'],
    ['gave a reason', 'not_attending'],
  ])('asks nothing of a member who %s', (_label, reply) => {
    expect(keysAt(subject(upcoming({ reply })), '2027-01-01T00:00:00Z')).toEqual([]);
    expect(keysAt(subject(upcoming({ reply })), '2027-01-05T00:00:00Z')).toEqual([]);
  });

  it('invites a member away without an arrangement, and not one exempted or transferred on the meeting’s day', () => {
    const now = '2027-01-01T00:00:00Z';
    expect(keysAt(subject(upcoming(), { absences: [awayNoArrangement] }), now)).toEqual([
      'meeting:7:41:invite',
    ]);
    const exempted: AbsenceFacts = {
      ...awayNoArrangement,
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
      expectedEndOn: '2027-06-30',
    };
    expect(keysAt(subject(upcoming(), { absences: [exempted] }), now)).toEqual([]);
    const transferred: AbsenceFacts = { ...exempted, arrangement: 'temporary_transfer' };
    expect(keysAt(subject(upcoming(), { absences: [transferred] }), now)).toEqual([]);
    // An exemption that ends before the meeting's day does not excuse it.
    const ending: AbsenceFacts = { ...exempted, expectedEndOn: '2027-01-04' };
    expect(keysAt(subject(upcoming(), { absences: [ending] }), now)).toEqual(['meeting:7:41:invite']);
    const full = subject(upcoming(), {
      fullExemptions: [{ reason: 'age', startsOn: '2026-03-01', endsOn: null }],
    });
    expect(keysAt(full, now)).toEqual([]);
  });

  it('does not nudge a member with no chat, and asks nothing of one no longer in the cell’s care', () => {
    expect(keysAt(subject(upcoming(), {}, { reachable: false }), '2027-01-01T00:00:00Z')).toEqual([]);
    expect(keysAt(subject(upcoming(), { membership: 'removed' }), '2027-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('absences without a reason', () => {
  const absent = (...starts: string[]): MemberMeetingFacts => ({
    upcoming: [],
    unexcused: starts.map((startsAt, index) => ({ meetingId: 100 + index, startsAt: new Date(startsAt) })),
  });

  it('tells the member kindly after the latest one, while it is news', () => {
    const who = subject(absent('2027-02-05T12:30:00Z'));
    const told = meetingRules(who, '2027-02-06T02:00:00Z');
    expect(told).toEqual([
      expect.objectContaining({
        key: 'meeting:7:100:absent',
        rule: 'meeting-absent',
        audience: 'member',
        vars: { day: '2027-02-05', year: 2027, count: 1 },
      }),
    ]);
    // After 31 days it is history (an import of past attendance is not told as news).
    expect(keysAt(who, '2027-03-08T16:00:00Z')).toEqual(['meeting:7:100:absent']);
    expect(keysAt(who, '2027-03-08T17:00:00Z')).toEqual([]);
  });

  it.each<[string, string[], string, string[]]>([
    [
      'one: only the member is told',
      ['2027-02-05T12:30:00Z'],
      '2027-02-06T02:00:00Z',
      ['meeting:7:100:absent'],
    ],
    [
      'two in the year: the secretary is alerted',
      ['2027-02-05T12:30:00Z', '2027-03-05T12:30:00Z'],
      '2027-03-06T02:00:00Z',
      ['meeting-absence:7:2027:alert-secretary', 'meeting:7:101:absent'],
    ],
    [
      'three: flagged for the removal review',
      ['2027-02-05T12:30:00Z', '2027-03-05T12:30:00Z', '2027-04-05T12:30:00Z'],
      '2027-04-06T02:00:00Z',
      ['meeting-absence:7:2027:removal-review', 'meeting:7:102:absent'],
    ],
    // Counted per calendar year of the cell: December's two do not carry into January.
    [
      'two last December and one in January',
      ['2026-11-05T12:30:00Z', '2026-12-05T12:30:00Z', '2027-01-05T12:30:00Z'],
      '2027-01-06T02:00:00Z',
      ['meeting:7:102:absent'],
    ],
    // 31 December at 19:30 in Hà Nội is already 1 January in UTC+9 but still the cell's 2026.
    [
      'the 31 December meeting counts in the cell’s year',
      ['2026-11-05T12:30:00Z', '2026-12-31T12:30:00Z'],
      '2026-12-31T16:30:00Z',
      ['meeting-absence:7:2026:alert-secretary', 'meeting:7:101:absent'],
    ],
  ])('%s', (_label, starts, now, expected) => {
    expect(keysAt(subject(absent(...starts)), now).sort()).toEqual(expected.sort());
  });

  it('the alert names the days and the count the removal review begins at', () => {
    const alert = meetingRules(
      subject(absent('2027-02-05T12:30:00Z', '2027-03-05T12:30:00Z')),
      '2027-03-06T02:00:00Z',
    ).find((item) => item.rule === 'meeting-absence-alert');
    expect(alert).toMatchObject({
      audience: 'alert',
      vars: {
        member: 'Lê Văn Minh',
        count: 2,
        year: 2027,
        days: ['2027-02-05', '2027-03-05'],
        removalAt: policy.meetings.unexcusedAbsencesRemovalReview,
      },
    });
  });
});
