// Which month a check-in filed at an instant is for: the member's own month from its opening day, or the month just
// closed while the policy's late window lasts (issue 11 §7), all in the member's zone.
import {
  addDays,
  addMonths,
  currentMonth,
  dayOfMonthStart,
  endOfDay,
  isMonthKey,
  type MonthKey,
} from './periods';
import type { Policy } from './policy';

export interface LateCheckInWindow {
  /** The month just closed that may still be filed, late. */
  month: MonthKey;
  /** Its last late day, in the member's zone: the window closes when that day is over. */
  lastDay: string;
  closesAt: Date;
}

/**
 * The closed month a member who missed it may still file, late: the month just before the current one, until the
 * policy's `checkIn.lateWindowDays` of the current month are over in the member's zone. The policy keeps the window
 * under a month, so one month at most is open late. Null once the window is over, or with a window of 0.
 */
export function lateCheckInWindow(now: Date, zone: string, policy: Policy): LateCheckInWindow | null {
  const days = policy.checkIn.lateWindowDays;
  if (days <= 0) return null;
  const month = currentMonth(now, zone);
  const lastDay = addDays(`${month}-01`, days - 1);
  const closesAt = endOfDay(lastDay, zone);
  return now < closesAt ? { month: addMonths(month, -1), lastDay, closesAt } : null;
}

export type CheckInFiling =
  | { outcome: 'open'; month: MonthKey; late: boolean }
  | { outcome: 'refused'; reason: 'month-closed' | 'month-not-open' | 'invalid-month'; month: MonthKey };

/**
 * Whether a check-in for `asked` (default: the current month) may be filed at `now`: the current month once it opens,
 * or the month just closed, late, within the window and only when it has no check-in yet (`closedMonthFiled`): a month
 * that was answered stays closed, so the late window never rewrites what the cell already read.
 */
export function checkInFiling(
  asked: MonthKey | undefined,
  now: Date,
  zone: string,
  policy: Policy,
  closedMonthFiled: (month: MonthKey) => boolean = () => false,
): CheckInFiling {
  const month = currentMonth(now, zone);
  if (asked !== undefined && !isMonthKey(asked))
    return { outcome: 'refused', reason: 'invalid-month', month: asked };
  const wanted = asked ?? month;
  if (wanted < month) {
    const late = lateCheckInWindow(now, zone, policy);
    if (late?.month === wanted && !closedMonthFiled(wanted))
      return { outcome: 'open', month: wanted, late: true };
    return { outcome: 'refused', reason: 'month-closed', month: wanted };
  }
  if (wanted > month || now < dayOfMonthStart(month, policy.checkIn.opensOnDay, zone))
    return { outcome: 'refused', reason: 'month-not-open', month: wanted };
  return { outcome: 'open', month, late: false };
}
