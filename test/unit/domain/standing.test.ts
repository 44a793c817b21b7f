// A member's standing as plain data: check-in, fees, absence, review and the next deadline, in several zones.
import { loadPolicy } from '../../../src/domain/policy';
import { reviewWindow, reviewWindowState, reviewSectionProblem } from '../../../src/domain/review';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';

const policy = loadPolicy();
const confirmed = (...months: string[]) => months.map((month) => ({ month, status: 'confirmed' as const }));

function facts(change: Partial<MemberFacts> = {}): MemberFacts {
  return {
    zone: 'Asia/Seoul',
    membership: 'active',
    activeSince: '2026-01',
    checkInMonths: [],
    paidMonths: [],
    feeArrangements: [],
    absences: [
      {
        kind: 'abroad',
        countryCode: 'KR',
        arrangement: 'temporary_exemption',
        applicationStatus: 'submitted',
        startsOn: '2026-01-10',
        expectedEndOn: '2026-12-31',
      },
    ],
    fullExemptions: [],
    review: null,
    ...change,
  };
}

describe('memberStanding: check-in', () => {
  it('gives this month, its nudges and its deadline in the member zone', () => {
    const standing = memberStanding(facts(), policy, new Date('2026-03-05T00:00:00Z'));
    expect(standing.month).toBe('2026-03');
    expect(standing.checkIn).toMatchObject({
      required: true,
      done: false,
      opensAt: '2026-03-01T00:00:00+09:00',
      nudgeAt: ['2026-03-20T00:00:00+09:00', '2026-03-27T00:00:00+09:00'],
      deadline: '2026-04-01T00:00:00+09:00',
    });
  });

  it.each([
    ['Europe/Prague', '2026-03-31T21:59:00Z', '2026-03', '2026-04-01T00:00:00+02:00'],
    ['Europe/Prague', '2026-03-31T22:00:00Z', '2026-04', '2026-05-01T00:00:00+02:00'],
    ['America/Los_Angeles', '2026-11-01T06:00:00Z', '2026-10', '2026-11-01T00:00:00-07:00'],
    ['America/Los_Angeles', '2026-11-30T12:00:00Z', '2026-11', '2026-12-01T00:00:00-08:00'],
    ['Asia/Ho_Chi_Minh', '2026-12-31T17:00:00Z', '2027-01', '2027-02-01T00:00:00+07:00'],
    ['Asia/Tokyo', '2028-02-29T14:59:00Z', '2028-02', '2028-03-01T00:00:00+09:00'],
  ])('in %s at %s the month is %s, overdue at %s', (zone, now, month, deadline) => {
    const standing = memberStanding(facts({ zone }), policy, new Date(now));
    expect(standing.checkIn.month).toBe(month);
    expect(standing.checkIn.deadline).toBe(deadline);
  });

  it.each([
    [['2026-04'], 0, false],
    [['2026-03'], 1, false],
    [['2026-02'], 2, true],
    [[], 3, true], // left 10 January: February, March and April are required
  ])('check-ins %j by May: %d missed running, contact lost %s', (months, missed, lost) => {
    const standing = memberStanding(
      facts({ checkInMonths: months }),
      policy,
      new Date('2026-05-03T00:00:00Z'),
    );
    expect(standing.checkIn.missedMonthsRunning).toBe(missed);
    expect(standing.checkIn.contactLost).toBe(lost);
  });

  it('does not ask a member at home to check in, nor count the month they leave', () => {
    const atHome = memberStanding(facts({ absences: [] }), policy, new Date('2026-05-03T00:00:00Z'));
    expect(atHome.checkIn).toMatchObject({ required: false, missedMonthsRunning: 0, contactLost: false });
    const justLeft = facts();
    justLeft.absences[0].startsOn = '2026-05-02';
    expect(memberStanding(justLeft, policy, new Date('2026-05-03T00:00:00Z')).checkIn.required).toBe(false);
  });
});

describe('memberStanding: fees', () => {
  it.each([
    [confirmed('2026-01', '2026-02', '2026-03'), 0, 'clear'],
    [confirmed('2026-01', '2026-02'), 1, 'nudge'],
    [confirmed('2026-01'), 2, 'alert-secretary'],
    [[], 3, 'eligible-for-removal-review'],
  ])('paid %j by April: %d unpaid, stage %s', (paidMonths, count, stage) => {
    const standing = memberStanding(facts({ paidMonths }), policy, new Date('2026-04-02T00:00:00Z'));
    expect(standing.fees).toMatchObject({
      year: 2026,
      unpaidCount: count,
      stage,
      currentMonthSettled: false,
    });
  });

  it('treats months under an approved arrangement as settled', () => {
    const standing = memberStanding(
      facts({ feeArrangements: [{ kind: 'late', firstMonth: '2026-01', lastMonth: '2026-06' }] }),
      policy,
      new Date('2026-04-02T00:00:00Z'),
    );
    expect(standing.fees).toMatchObject({ unpaidCount: 0, stage: 'clear', currentMonthSettled: true });
  });
});

describe('memberStanding: absence', () => {
  it('counts days to the exemption end and lists the reminders', () => {
    const standing = memberStanding(facts(), policy, new Date('2026-12-01T03:00:00Z'));
    expect(standing.absence).toMatchObject({
      exemptionEndsOn: '2026-12-31',
      daysLeft: 30,
      reminderDates: ['2026-12-01', '2026-12-24'],
      lapsed: false,
      returnReportDueOn: '2027-01-15',
      monthsAway: 10,
      officialTransferOverdue: false,
    });
  });

  it('lapses once the end date is over in the member zone, and flags a year abroad without transfer', () => {
    const lastDay = memberStanding(facts(), policy, new Date('2026-12-31T14:59:00Z'));
    expect(lastDay.absence).toMatchObject({ daysLeft: 0, lapsed: false });
    const after = memberStanding(facts(), policy, new Date('2026-12-31T15:00:00Z'));
    expect(after.absence).toMatchObject({ daysLeft: -1, lapsed: true, monthsAway: 11 });
    // The return report (15 days after the end) is due before January's check-in.
    expect(after.nextDeadline).toEqual({ kind: 'return-report', at: '2027-01-16T00:00:00+09:00' });
    const yearOn = memberStanding(facts(), policy, new Date('2027-01-10T00:00:00Z'));
    expect(yearOn.absence!.officialTransferOverdue).toBe(true);
  });

  it('reports a leap-day end date', () => {
    const leap = facts();
    leap.absences[0].expectedEndOn = '2028-02-29';
    leap.absences[0].startsOn = '2027-06-01';
    const standing = memberStanding(leap, policy, new Date('2028-01-30T00:00:00Z'));
    expect(standing.absence).toMatchObject({ daysLeft: 30, reminderDates: ['2028-01-30', '2028-02-22'] });
  });
});

describe('memberStanding: review and next deadline', () => {
  it.each([
    ['2026-10-31T14:59:00Z', null, 'not-open', 'not-open'],
    ['2026-10-31T15:00:00Z', null, 'open', 'not-started'],
    ['2026-12-10T00:00:00Z', 'draft', 'open', 'draft'],
    ['2026-12-20T00:00:00Z', null, 'past-due', 'not-started'],
    ['2026-12-20T00:00:00Z', 'submitted', 'past-due', 'submitted'],
  ] as const)('at %s with review %s: window %s, status %s', (now, stored, window, status) => {
    const review = stored ? { year: 2026, status: stored } : null;
    const standing = memberStanding(facts({ review }), policy, new Date(now));
    expect(standing.review).toMatchObject({ year: 2026, window, status, dueAt: '2026-12-15T00:00:00+09:00' });
  });

  it('labels a member on approved full exemption as exempt, not missing', () => {
    const exempt = facts({ fullExemptions: [{ reason: 'health', startsOn: '2025-03-01', endsOn: null }] });
    expect(memberStanding(exempt, policy, new Date('2026-12-20T00:00:00Z')).review.status).toBe('exempt');
  });

  it('picks the soonest upcoming deadline', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const paidAndCheckedIn = facts({ paidMonths: confirmed('2026-11'), checkInMonths: ['2026-11'] });
    expect(memberStanding(paidAndCheckedIn, policy, now).nextDeadline).toEqual({
      kind: 'review',
      at: '2026-12-15T00:00:00+09:00',
    });
    expect(memberStanding(facts(), policy, now).nextDeadline).toEqual({
      kind: 'check-in',
      at: '2026-12-01T00:00:00+09:00',
    });
    const atHome = facts({ absences: [] });
    expect(memberStanding(atHome, policy, now).nextDeadline).toEqual({
      kind: 'fee',
      at: '2026-12-01T00:00:00+09:00',
    });
  });
});

describe('review window', () => {
  it('opens, falls due and closes in the member zone', () => {
    const window = reviewWindow(2026, 'America/Los_Angeles', policy);
    expect(window.opensAt.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(window.dueAt.toISOString()).toBe('2026-12-15T08:00:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2027-01-01T08:00:00.000Z');
    expect(reviewWindowState(new Date('2027-01-01T07:59:59Z'), window)).toBe('past-due');
    expect(reviewWindowState(new Date('2027-01-01T08:00:00Z'), window)).toBe('closed');
  });

  it('checks section lengths, and completeness for a submission', () => {
    const sections = { strengths: 'a', shortcomings: 'b', progress: 'c', direction: '' };
    expect(reviewSectionProblem(sections, { requireAll: false })).toBeUndefined();
    expect(reviewSectionProblem(sections, { requireAll: true })).toEqual({
      section: 'direction',
      problem: 'missing',
    });
    expect(reviewSectionProblem({ progress: 'x'.repeat(4001) }, { requireAll: false })).toEqual({
      section: 'progress',
      problem: 'too-long',
    });
  });
});
