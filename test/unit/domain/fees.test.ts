// Unpaid and payable fee months in the member's zone, with approved late/advance arrangements (rules 1 and 2).
import {
  feeArrangementProblem,
  feeStage,
  payableMonths,
  unpaidMonths,
  type FeeArrangementRange,
  type PaidMonth,
} from '../../../src/domain/fees';
import { loadPolicy } from '../../../src/domain/policy';

const policy = loadPolicy();
const paid = (...months: string[]): PaidMonth[] => months.map((month) => ({ month, status: 'confirmed' }));

describe('unpaidMonths', () => {
  it.each<[string, string, string, PaidMonth[], FeeArrangementRange[], string | undefined, string[]]>([
    [
      'nothing past due on the first day of the year',
      '2026-01-01T00:30:00+07:00',
      'Asia/Ho_Chi_Minh',
      [],
      [],
      undefined,
      [],
    ],
    [
      'January past due once February starts in Seoul',
      '2026-01-31T15:00:00Z',
      'Asia/Seoul',
      [],
      [],
      undefined,
      ['2026-01'],
    ],
    [
      'January not yet past due in Ho Chi Minh City at the same instant',
      '2026-01-31T15:00:00Z',
      'Asia/Ho_Chi_Minh',
      [],
      [],
      undefined,
      [],
    ],
    [
      'paid and declared months count, disputed do not',
      '2026-05-10T12:00:00Z',
      'Europe/Prague',
      [
        ...paid('2026-01'),
        { month: '2026-02', status: 'declared' },
        { month: '2026-03', status: 'disputed' },
      ],
      [],
      undefined,
      ['2026-03', '2026-04'],
    ],
    [
      'months under an approved late arrangement are not unpaid',
      '2026-07-02T12:00:00Z',
      'America/Los_Angeles',
      paid('2026-01', '2026-02'),
      [{ kind: 'late', firstMonth: '2026-03', lastMonth: '2026-05' }],
      undefined,
      ['2026-06'],
    ],
    [
      'months before the member was recorded are not unpaid',
      '2026-07-02T12:00:00Z',
      'Asia/Tokyo',
      [],
      [],
      '2026-05',
      ['2026-05', '2026-06'],
    ],
    [
      'DST week in Prague: March is over at 22:00 UTC on the 31st',
      '2026-03-31T22:00:00Z',
      'Europe/Prague',
      paid('2026-01', '2026-02'),
      [],
      undefined,
      ['2026-03'],
    ],
  ])('%s', (_case, now, zone, paidMonths, arrangements, activeSince, expected) => {
    expect(
      unpaidMonths({ year: 2026, paidMonths, arrangements, activeSince, now: new Date(now), zone }),
    ).toEqual(expected);
  });

  it('counts a whole past year, and nothing of a year that has not begun', () => {
    const facts = { paidMonths: paid('2025-01', '2025-02'), arrangements: [], zone: 'Asia/Seoul' };
    const now = new Date('2026-02-10T00:00:00Z');
    expect(unpaidMonths({ ...facts, year: 2025, now })).toHaveLength(10);
    expect(unpaidMonths({ ...facts, year: 2027, now })).toEqual([]);
  });

  it('counts per calendar year: December unpaid does not follow the member into January', () => {
    const now = new Date('2027-01-05T00:00:00Z');
    const facts = {
      paidMonths: paid(...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)),
      arrangements: [],
      now,
      zone: 'Asia/Ho_Chi_Minh',
    };
    expect(unpaidMonths({ ...facts, year: 2026 })).toEqual(['2026-12']);
    expect(unpaidMonths({ ...facts, year: 2027 })).toEqual([]);
  });
});

describe('payableMonths', () => {
  const zone = 'Asia/Seoul';
  const now = new Date('2026-04-10T03:00:00Z');

  it('offers this year up to the current month, less what is paid', () => {
    expect(payableMonths({ paidMonths: paid('2026-01', '2026-03'), arrangements: [], now, zone })).toEqual([
      '2026-02',
      '2026-04',
    ]);
  });

  it('offers months ahead only inside an approved advance arrangement, never past its end', () => {
    const arrangements: FeeArrangementRange[] = [
      { kind: 'advance', firstMonth: '2026-04', lastMonth: '2026-09' },
    ];
    expect(
      payableMonths({ paidMonths: paid('2026-01', '2026-02', '2026-03'), arrangements, now, zone }),
    ).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
  });

  it('does not let a late arrangement open months ahead', () => {
    const arrangements: FeeArrangementRange[] = [
      { kind: 'late', firstMonth: '2026-03', lastMonth: '2026-08' },
    ];
    expect(payableMonths({ paidMonths: paid('2026-01', '2026-02'), arrangements, now, zone })).toEqual([
      '2026-03',
      '2026-04',
    ]);
  });

  it('lets a late arrangement reach back into last year and an advance one into next year', () => {
    const december = new Date('2026-12-05T00:00:00Z');
    const arrangements: FeeArrangementRange[] = [
      { kind: 'late', firstMonth: '2025-11', lastMonth: '2026-01' },
      { kind: 'advance', firstMonth: '2026-12', lastMonth: '2027-02' },
    ];
    const months = payableMonths({
      paidMonths: [],
      arrangements,
      activeSince: '2026-11',
      now: december,
      zone,
    });
    expect(months).toEqual(['2025-11', '2025-12', '2026-01', '2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('offers a disputed month again, and the current month even for a member recorded later', () => {
    const facts = {
      paidMonths: [{ month: '2026-03', status: 'disputed' as const }],
      arrangements: [],
      now,
      zone,
    };
    expect(payableMonths({ ...facts, activeSince: '2026-03' })).toEqual(['2026-03', '2026-04']);
    expect(payableMonths({ ...facts, activeSince: '2026-06' })).toEqual(['2026-04']);
  });
});

describe('feeStage and arrangements', () => {
  it.each([
    [0, 'clear'],
    [1, 'nudge'],
    [2, 'alert-secretary'],
    [3, 'eligible-for-removal-review'],
    [7, 'eligible-for-removal-review'],
  ])('%d unpaid months: %s', (count, stage) => {
    expect(feeStage(count, policy)).toBe(stage);
  });

  it('follows the policy, not constants', () => {
    const strict = {
      fees: { unpaidMonthsNudge: 1, unpaidMonthsAlertSecretary: 3, unpaidMonthsRemovalReview: 6 },
    };
    expect(feeStage(2, strict)).toBe('nudge');
    expect(feeStage(5, strict)).toBe('alert-secretary');
  });

  it.each([
    [{ firstMonth: '2026-03', lastMonth: '2026-08' }, undefined],
    [{ firstMonth: '2026-08', lastMonth: '2026-03' }, 'ends-before-start'],
    [{ firstMonth: '2026-01', lastMonth: '2027-01' }, 'too-long'],
    [{ firstMonth: '2026-03', lastMonth: '2026-09', exemptionEndsOn: '2026-08-31' }, 'outlasts-exemption'],
    [{ firstMonth: '2026-03', lastMonth: '2026-08', exemptionEndsOn: '2026-08-01' }, undefined],
  ])('arrangement %j: %s', (range, problem) => {
    expect(feeArrangementProblem(range, policy)).toBe(problem);
  });
});
