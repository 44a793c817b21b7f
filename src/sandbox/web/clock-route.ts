// The sandbox's clock control: "pretend it is <date time>" runs one sweep and the delivery at that time, through the
// same scheduler path as `homecell sweep`, so a visitor watches nudges and alerts arrive in the chats.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { DEMO_CELL_CODE } from '../../records/demo';
import type { RunOnceResult } from '../../scheduler/scheduler';
import { SUPPORTED_LOCALES } from '../../i18n';
import { readJson, sendJson, SandboxHttpError } from './http-json';
import type { SandboxPageWords } from './page-strings';

/** Runs the scheduler once as of `at`. */
export type RunScheduleAt = (at: Date) => Promise<RunOnceResult>;

const clockSchema = z.object({
  /** The cell's wall-clock time, as a datetime-local input gives it: 2026-12-20T09:00. */
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must look like 2026-12-20T09:00'),
});

/** The zone pretend times are read in: the demo cell's, whatever the browser's. */
export async function demoCellZone(db: Database, homeTimezone: string): Promise<string> {
  const cell = await db.unit.findUnique({ where: { code: DEMO_CELL_CODE }, select: { timezone: true } });
  return cell?.timezone ?? homeTimezone;
}

/**
 * The time the control offers first, as the cell's wall-clock time: the 20th of next month at 09:00, which brings the
 * day-20 check-in nudge (and in November the year-end review too). From the service's clock, which the demo was
 * seeded by, not the browser's.
 */
export function suggestedPretendTime(now: Date, zone: string): string {
  const next = DateTime.fromJSDate(now, { zone })
    .startOf('month')
    .plus({ months: 1 })
    .set({ day: 20, hour: 9 });
  return next.toFormat("yyyy-MM-dd'T'HH:mm");
}

export function clockHandler(options: {
  db: Database;
  homeTimezone: string;
  runScheduleAt: RunScheduleAt;
  words: SandboxPageWords;
}) {
  let busy = false;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { local } = await readJson(request, clockSchema, 1024);
    // The visitor types the time at home: the demo cell's zone, whatever the browser's.
    const zone = await demoCellZone(options.db, options.homeTimezone);
    const at = DateTime.fromISO(local, { zone });
    if (!at.isValid || at.year < 2000 || at.year > 2100) {
      throw new SandboxHttpError(400, 'bad-time', `${local} is not a time between 2000 and 2100.`);
    }
    if (busy) throw new SandboxHttpError(409, 'clock-busy', 'A run is already in progress.');
    busy = true;
    try {
      const result = await options.runScheduleAt(at.toJSDate());
      const outcome = { at: at.toJSDate(), zone, counts: result.sweep.counts, sent: result.delivered.sent };
      sendJson(response, 200, {
        at: at.toISO({ suppressMilliseconds: true }),
        zone,
        counts: result.sweep.counts,
        delivered: result.delivered,
        // In every language: the page shows the one it speaks now, and another when it changes.
        summary: Object.fromEntries(
          SUPPORTED_LOCALES.map((locale) => [locale, options.words.clockSummary(locale, outcome)]),
        ),
      });
    } finally {
      busy = false;
    }
  };
}
