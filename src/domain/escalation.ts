// Product rule 12: what costs a member their membership and the cell has left undone for the policy's days goes up
// to the grassroots committee's officers, privately, in their daily digest.
import type { DueItem, DueRule, ItemVars } from './due-items';
import type { CalendarDate } from './periods';
import type { Policy } from './policy';
import type { ZoneCalendar } from './zone-calendar';

/** The cell's due things that can cost a member their membership (rules 1, 3, 4, 8, and the meeting half of the removal ground). */
export const ESCALATED_RULES = [
  'contact-lost',
  'fee-alert-secretary',
  'fee-removal-review',
  'meeting-absence-alert',
  'meeting-removal-review',
  'exemption-lapsed',
  'request-leave',
] as const satisfies readonly DueRule[];

export type EscalationRule = (typeof ESCALATED_RULES)[number] | 'application-waiting';

export interface Escalation {
  /** The situation's own key: the same item escalates under the same key every day it stays open. */
  key: string;
  rule: EscalationRule;
  memberId: number;
  /** The day the situation began, in the cell's zone. */
  since: CalendarDate;
  vars: ItemVars;
}

/** An escalation with the cell it happened in (the sweep knows the member's cell). */
export interface CellEscalation extends Escalation {
  cellId: number;
}

const isEscalated = (rule: DueRule): rule is (typeof ESCALATED_RULES)[number] =>
  (ESCALATED_RULES as readonly DueRule[]).includes(rule);

/**
 * Whether the cell has had the policy's days since `since` (counted in calendar days of the cell's zone, so a
 * situation that began late in the evening there counts from that day).
 */
export function cellHasHadItsDays(
  since: Date,
  cellCalendar: ZoneCalendar,
  policy: Pick<Policy, 'escalation'>,
) {
  return -cellCalendar.daysUntil(cellCalendar.dayOf(since)) >= policy.escalation.cellActWithinDays;
}

/** A member's due items the cell has let stand past the policy's days. */
export function escalationsOf(
  items: readonly DueItem[],
  cellCalendar: ZoneCalendar,
  policy: Pick<Policy, 'escalation'>,
): Escalation[] {
  return items.flatMap((item) =>
    isEscalated(item.rule) && cellHasHadItsDays(item.dueAt, cellCalendar, policy)
      ? [
          {
            key: item.key,
            rule: item.rule,
            memberId: item.memberId,
            since: cellCalendar.dayOf(item.dueAt),
            vars: item.vars,
          },
        ]
      : [],
  );
}

/** An application that has waited for the cell (filed, or sent back with a question) past the policy's days. */
export function applicationEscalation(
  application: { id: number; memberId: number; member: string; arrangement: string; waitingSince: Date },
  cellCalendar: ZoneCalendar,
  policy: Pick<Policy, 'escalation'>,
): Escalation | undefined {
  if (!cellHasHadItsDays(application.waitingSince, cellCalendar, policy)) return undefined;
  return {
    key: `application:${application.id}`,
    rule: 'application-waiting',
    memberId: application.memberId,
    since: cellCalendar.dayOf(application.waitingSince),
    vars: { member: application.member, arrangement: application.arrangement },
  };
}
