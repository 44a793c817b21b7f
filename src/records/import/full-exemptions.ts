// Writes the full exemptions (age, health) a members file describes: recorded once, dates kept in step, ended when gone.
import { addDays, calendarDateFromDb, calendarDateToDb, type CalendarDate } from '../../domain/periods';
import type { Prisma } from '../../generated/prisma/client';
import type { MemberFullExemption } from './member-row';
import type { ImportOptions } from './types';

type Writer = Prisma.TransactionClient;

export interface FullExemptionTarget {
  memberId: number;
  cellId: number;
  /** null: the file says the member is not fully exempt. */
  wanted: MemberFullExemption | null;
}

interface Stored {
  id: number;
  memberId: number;
  reason: 'age' | 'health' | null;
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
}

/** Does the file's exemption continue the latest on record (so it is updated), or is it a new one? */
function continuesLatest(latest: Stored, wanted: MemberFullExemption, today: CalendarDate): boolean {
  if (wanted.since !== null) return latest.endsOn === null || wanted.since <= latest.endsOn;
  if (latest.endsOn === null || latest.endsOn >= today) return true;
  // Ended before today: the same file imported again names the same end.
  return wanted.until === latest.endsOn;
}

export async function applyFullExemptions(
  tx: Writer,
  targets: FullExemptionTarget[],
  options: Pick<ImportOptions, 'today' | 'now'>,
): Promise<{ opened: number; updated: number; ended: number }> {
  const counts = { opened: 0, updated: 0, ended: 0 };
  if (targets.length === 0) return counts;
  const today = options.today;
  const stored = await tx.fullExemption.findMany({
    where: { memberId: { in: targets.map((target) => target.memberId) }, cancelledAt: null },
    select: { id: true, memberId: true, reason: true, startsOn: true, endsOn: true },
    orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
  });
  const latestOf = new Map<number, Stored>();
  for (const row of stored) {
    if (latestOf.has(row.memberId)) continue;
    latestOf.set(row.memberId, {
      ...row,
      startsOn: calendarDateFromDb(row.startsOn),
      endsOn: row.endsOn ? calendarDateFromDb(row.endsOn) : null,
    });
  }
  const decidingUnit = await grassrootsOfCells(tx, [...new Set(targets.map((target) => target.cellId))]);

  for (const { memberId, cellId, wanted } of targets) {
    const latest = latestOf.get(memberId);
    if (wanted === null) {
      if (!latest || (latest.endsOn !== null && latest.endsOn < today)) continue;
      // Not exempt from today: one not begun yet was never in force, and is withdrawn rather than ended.
      await tx.fullExemption.update({
        where: { id: latest.id },
        data:
          latest.startsOn >= today
            ? { cancelledAt: options.now, updatedAt: options.now }
            : { endsOn: calendarDateToDb(addDays(today, -1)), updatedAt: options.now },
      });
      counts.ended += 1;
    } else if (latest && continuesLatest(latest, wanted, today)) {
      const next = {
        startsOn: wanted.since ?? latest.startsOn,
        endsOn: wanted.until,
        reason: wanted.reason ?? latest.reason,
      };
      if (
        next.startsOn === latest.startsOn &&
        next.endsOn === latest.endsOn &&
        next.reason === latest.reason
      ) {
        continue;
      }
      await tx.fullExemption.update({
        where: { id: latest.id },
        data: {
          startsOn: calendarDateToDb(next.startsOn),
          endsOn: next.endsOn ? calendarDateToDb(next.endsOn) : null,
          reason: next.reason,
          updatedAt: options.now,
        },
      });
      counts.updated += 1;
    } else {
      await tx.fullExemption.create({
        data: {
          memberId,
          reason: wanted.reason,
          // A file that does not date it: in force from the day the records learn of it.
          startsOn: calendarDateToDb(wanted.since ?? today),
          endsOn: wanted.until ? calendarDateToDb(wanted.until) : null,
          decidedByUnitId: decidingUnit.get(cellId) ?? null,
          createdAt: options.now,
          updatedAt: options.now,
        },
      });
      counts.opened += 1;
    }
  }
  return counts;
}

/** The grassroots committee above each cell: the level that decides a full exemption (DOMAIN duty 3). */
async function grassrootsOfCells(tx: Writer, cellIds: number[]): Promise<Map<number, number>> {
  const rows = await tx.$queryRaw<Array<{ cellId: number; grassrootsId: number }>>`
    SELECT c.id AS "cellId", g.id AS "grassrootsId"
    FROM "Unit" c JOIN "Unit" g ON g.kind = 'grassroots' AND c.path LIKE g.path || '/%'
    WHERE c.id = ANY(${cellIds}::int[])`;
  return new Map(rows.map((row) => [row.cellId, row.grassrootsId]));
}
