// The sandbox's clock control: "pretend it is <date time>" runs one sweep and the delivery at that time, through the
// same scheduler path as `homecell sweep`, so a visitor watches nudges and alerts arrive in the chats.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { DEMO_CELL_CODE } from '../../records/demo';
import type { RunOnceResult } from '../../scheduler/scheduler';
import { readJson, sendJson, SandboxHttpError } from './http-json';

/** Runs the scheduler once as of `at`. */
export type RunScheduleAt = (at: Date) => Promise<RunOnceResult>;

const clockSchema = z.object({
  /** The cell's wall-clock time, as a datetime-local input gives it: 2026-12-20T09:00. */
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must look like 2026-12-20T09:00'),
});

export function clockHandler(options: { db: Database; homeTimezone: string; runScheduleAt: RunScheduleAt }) {
  let busy = false;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { local } = await readJson(request, clockSchema, 1024);
    // The visitor types the time at home: the demo cell's zone, whatever the browser's.
    const cell = await options.db.unit.findUnique({
      where: { code: DEMO_CELL_CODE },
      select: { timezone: true },
    });
    const zone = cell?.timezone ?? options.homeTimezone;
    const at = DateTime.fromISO(local, { zone });
    if (!at.isValid || at.year < 2000 || at.year > 2100) {
      throw new SandboxHttpError(400, 'bad-time', `${local} is not a time between 2000 and 2100.`);
    }
    if (busy) throw new SandboxHttpError(409, 'clock-busy', 'A run is already in progress.');
    busy = true;
    try {
      const result = await options.runScheduleAt(at.toJSDate());
      sendJson(response, 200, {
        at: at.toISO({ suppressMilliseconds: true }),
        zone,
        counts: result.sweep.counts,
        delivered: result.delivered,
      });
    } finally {
      busy = false;
    }
  };
}
