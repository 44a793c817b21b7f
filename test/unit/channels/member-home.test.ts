// A member's home: where they stand in one line, what is due in another, one action per due thing.
import { memberHome } from '../../../src/channels/member-home';
import { loadPolicy } from '../../../src/domain/policy';
import { memberStanding, type MemberFacts } from '../../../src/domain/standing';
import { createI18n, translator } from '../../../src/i18n';

const policy = loadPolicy();
const translate = translator(createI18n('vi'), 'vi');
const member = { fullName: 'Lê Văn Minh', cellName: 'Chi bộ thôn Hải Thanh' };

const facts = (change: Partial<MemberFacts> = {}): MemberFacts => ({
  zone: 'Asia/Seoul',
  membership: 'active',
  activeSince: '2026-01',
  checkInMonths: [],
  paidMonths: [],
  feeArrangements: [],
  absences: [],
  fullExemptions: [],
  review: null,
  ...change,
});
const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => ({
    month: `2026-${String(from + index).padStart(2, '0')}`,
    status: 'confirmed' as const,
  }));

describe('memberHome', () => {
  it('says a member at home with everything done that nothing is due, with no action', () => {
    const now = new Date('2026-07-10T03:00:00Z');
    const view = memberHome(
      memberStanding(facts({ paidMonths: months(1, 7) }), policy, now),
      member,
      'vi',
      translate,
    );
    expect(view.paragraphs).toEqual([
      'Chào đồng chí Lê Văn Minh.',
      'Đồng chí đang sinh hoạt tại Chi bộ thôn Hải Thanh.',
      'Hiện không có việc gì cần làm. Gõ /status để xem đầy đủ, /help để xem các lệnh.',
    ]);
    expect(view.actions).toEqual([]);
  });

  it('lists what a member abroad has to do, in order, with one action each', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    const standing = memberStanding(
      facts({
        paidMonths: months(1, 9),
        // Applied for, not yet decided: still in the home cell's care (an approved transfer takes the member out).
        absences: [
          {
            kind: 'abroad',
            countryCode: 'KR',
            arrangement: 'official_transfer',
            applicationStatus: 'submitted',
            startsOn: '2026-04-01',
            expectedEndOn: '2027-03-31',
          },
        ],
      }),
      policy,
      now,
    );
    const view = memberHome(standing, member, 'vi', translate);
    expect(view.paragraphs[1]).toBe(
      'Đồng chí đang ở nước ngoài từ 01/04/2026, đang chờ xét việc chuyển sinh hoạt chính thức.',
    );
    expect(view.paragraphs[2]).toMatch(
      /^Việc cần làm: báo cáo tháng 11\/2026; 1 tháng đảng phí năm 2026 chưa đóng/,
    );
    expect(view.actions.map((action) => action.form)).toEqual(['checkin', 'fee', 'review']);
    expect(view.actions[0].label).toBe('📝 Báo cáo tháng này');
  });

  it('tells a member away without an arrangement how to apply', () => {
    const now = new Date('2026-07-10T03:00:00Z');
    const standing = memberStanding(
      facts({
        paidMonths: months(1, 7),
        checkInMonths: ['2026-07'],
        absences: [
          {
            kind: 'domestic',
            countryCode: 'VN',
            arrangement: null,
            applicationStatus: 'not_required',
            startsOn: '2026-06-01',
            expectedEndOn: null,
          },
        ],
      }),
      policy,
      now,
    );
    expect(memberHome(standing, member, 'vi', translate).paragraphs[1]).toBe(
      'Đồng chí đang đi làm xa từ 01/06/2026; chưa xin hình thức sinh hoạt nào (gõ /away để xin).',
    );
  });
});
