// Product rules 8 and 12 for the committee: each officer's daily digest, made by the full sweep from the
// escalations it found and the applications waiting for the officer's unit.
import type { CellEscalation } from '../domain/escalation';
import type { Policy } from '../domain/policy';
import type { CalendarBook } from '../domain/zone-calendar';
import type { Records } from '../records';
import type { OutgoingMessage } from './outgoing';

export async function sweepOfficerDigests(
  deps: { records: Records; policy: Policy },
  run: {
    now: Date;
    calendars: CalendarBook;
    dryRun: boolean;
    collect: boolean;
    counts: { digests: number };
    messages: OutgoingMessage[];
  },
  escalated: readonly CellEscalation[],
): Promise<void> {
  const { records } = deps;
  const planned = await records.officerDigests.plan(escalated, run.calendars);
  if (run.collect) {
    for (const digest of planned) {
      run.messages.push({
        kind: 'officer-digest',
        key: digest.key,
        recipient: {
          memberId: digest.recipient.id,
          name: digest.recipient.fullName,
          locale: digest.recipient.locale,
        },
        digest: digest.payload,
      });
    }
  }
  run.counts.digests += run.dryRun ? planned.length : await records.officerDigests.write(planned, run.now);
}
