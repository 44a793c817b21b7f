// When a member may be nudged (rule 8): the policy's daytime hours, or the member's own, in the member's zone.
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import type { ZoneCalendar } from './zone-calendar';

/** Hours [from, to) of the day, in the member's zone; `from > to` wraps past midnight (a night-shift worker). */
export interface SendingHours {
  from: number;
  to: number;
}

export interface PreferredHours {
  preferredHourFrom: number | null;
  preferredHourTo: number | null;
}

const isHour = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= 0 && value <= 23;

/** The member's preferred hours when both are set and make a window; otherwise the policy's daytime. */
export function sendingHours(member: PreferredHours, policy: Pick<Policy, 'nudges'>): SendingHours {
  const { preferredHourFrom: from, preferredHourTo: to } = member;
  if (isHour(from) && isHour(to) && from !== to) return { from, to };
  return { from: policy.nudges.quietHoursEnd, to: policy.nudges.quietHoursStart };
}

export function isWithinHours(hour: number, hours: SendingHours): boolean {
  return hours.from < hours.to
    ? hour >= hours.from && hour < hours.to
    : hour >= hours.from || hour < hours.to;
}

/**
 * The first instant a nudge may go out that is not before `calendar.now`, on the member's local day `notBefore`
 * or later. `notBefore` lets a member who already had today's nudge wait for tomorrow.
 */
export function nextSendingTime(
  calendar: ZoneCalendar,
  hours: SendingHours,
  notBefore: CalendarDate = calendar.today,
): Date {
  if (notBefore === calendar.today && isWithinHours(calendar.hour, hours)) return calendar.now;
  for (let offset = 0; offset <= 2; offset += 1) {
    const day = calendar.addDays(notBefore, offset);
    const opening = calendar.hourOn(day, hours.from);
    if (opening >= calendar.now) return opening;
  }
  // Unreachable: an opening hour comes every day.
  return calendar.hourOn(calendar.addDays(notBefore, 3), hours.from);
}
