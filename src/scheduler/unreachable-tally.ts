// Who the sweep cannot reach and why: members without a bound chat, and members who blocked the bot. Their own items
// are never made (due-items.ts), so a dry run counts what would be due to them, for the admin reading its output.
import { dueItems } from '../domain/due-items';
import type { Policy } from '../domain/policy';
import type { CalendarBook } from '../domain/zone-calendar';
import type { SweepSubject } from '../records/sweep-reader';

export interface UnreachableGroup {
  members: number;
  /** Items due to them now that no nudge carries. */
  items: number;
}

export interface UnreachableCounts {
  /** No chat bound: an invite connects them (`homecell invite`, or the secretary's /invite). */
  notConnected: UnreachableGroup;
  /** A chat is bound but the channel said the member blocked the bot (or deleted the account). */
  blocked: UnreachableGroup;
}

export class UnreachableTally {
  readonly counts: UnreachableCounts = {
    notConnected: { members: 0, items: 0 },
    blocked: { members: 0, items: 0 },
  };

  constructor(
    private readonly calendars: CalendarBook,
    private readonly policy: Policy,
  ) {}

  add(subject: SweepSubject): void {
    if (subject.reachable) return;
    const group = subject.connected ? this.counts.blocked : this.counts.notConnected;
    // The rules as if the member could be reached: what a nudge would have carried.
    const withheld = dueItems({ ...subject, reachable: true }, this.calendars, this.policy).filter(
      (item) => item.audience === 'member',
    );
    group.members += 1;
    group.items += withheld.length;
  }
}
