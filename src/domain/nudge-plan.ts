// Rule 8: a member's due items go out together, at most the policy's nudges a day, inside the member's hours; the
// secretary's items wait for the cell's daily digest. An item is never dropped: it waits for the next allowed time.
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import { isWithinHours, nextSendingTime, type SendingHours } from './sending-hours';
import type { DueItem } from './due-items';
import type { ZoneCalendar } from './zone-calendar';

/** The keys of the day's nudge messages: one a day by default, `#2`, `#3`... when the policy allows more. */
export function nudgeKeys(memberId: number, date: CalendarDate, policy: Pick<Policy, 'nudges'>): string[] {
  return Array.from({ length: policy.nudges.maxPerDay }, (_, index) =>
    index === 0 ? `nudge:${memberId}:${date}` : `nudge:${memberId}:${date}#${index + 1}`,
  );
}

export function digestKey(cellId: number, date: CalendarDate): string {
  return `digest:${cellId}:${date}`;
}

export type NudgePlan =
  | { outcome: 'nothing' }
  | { outcome: 'send'; key: string; items: DueItem[] }
  | { outcome: 'held'; items: DueItem[]; until: Date; reason: 'outside-hours' | 'daily-limit' };

/**
 * What to do with a member's items now. `waiting` are the member's due items not yet told (new ones and ones carried
 * from earlier); `usedKeys` are the day's nudge keys already taken.
 */
export function planNudge(
  memberId: number,
  waiting: readonly DueItem[],
  usedKeys: ReadonlySet<string>,
  calendar: ZoneCalendar,
  hours: SendingHours,
  policy: Pick<Policy, 'nudges'>,
): NudgePlan {
  if (waiting.length === 0) return { outcome: 'nothing' };
  const items = [...waiting].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key),
  );
  if (!isWithinHours(calendar.hour, hours)) {
    return { outcome: 'held', items, until: nextSendingTime(calendar, hours), reason: 'outside-hours' };
  }
  const free = nudgeKeys(memberId, calendar.today, policy).find((key) => !usedKeys.has(key));
  if (free === undefined) {
    const tomorrow = calendar.addDays(calendar.today, 1);
    return {
      outcome: 'held',
      items,
      until: nextSendingTime(calendar, hours, tomorrow),
      reason: 'daily-limit',
    };
  }
  return { outcome: 'send', key: free, items };
}

/** What a cell's digest would report; a digest with nothing in it is not sent. */
export interface DigestContent {
  newItems: number;
  waitingDecisions: number;
  unreachableMembers: number;
}

export type DigestPlan = { outcome: 'nothing' } | { outcome: 'send'; key: string };

/** Once a day from the policy's hour in the cell's zone, when there is something to report. */
export function planDigest(
  cellId: number,
  calendar: ZoneCalendar,
  alreadySentToday: boolean,
  content: DigestContent,
  policy: Pick<Policy, 'digest'>,
): DigestPlan {
  if (alreadySentToday || calendar.hour < policy.digest.hour) return { outcome: 'nothing' };
  if (content.newItems + content.waitingDecisions + content.unreachableMembers === 0)
    return { outcome: 'nothing' };
  return { outcome: 'send', key: digestKey(cellId, calendar.today) };
}
