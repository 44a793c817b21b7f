// The committee officers' daily digest (DOMAIN duty 3, product rule 12): the applications the cells proposed to the
// officer's unit, and what the cells under it have left undone past the policy's days; always to the officer's own
// chat, never to a group.
import type { Database } from '../db/client';
import { escalationUnitOf, type UnitLevel } from '../domain/applications';
import { applicationEscalation, type CellEscalation } from '../domain/escalation';
import type { Policy } from '../domain/policy';
import type { CalendarBook } from '../domain/zone-calendar';
import { NOTIFICATION_KINDS, type OfficerDigestPayload } from './notification-payloads';
import type { Recipient } from '../domain/sweep-plan';

/** Lines one digest carries; a longer list is counted, not listed (the officer opens /pending or /member). */
export const OFFICER_DIGEST_LINES = 60;

export interface PlannedOfficerDigest {
  key: string;
  recipient: Recipient;
  payload: OfficerDigestPayload;
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitLevel;
  path: string;
  timezone: string;
}

export function officerDigestKey(officerId: number, date: string): string {
  return `officer-digest:${officerId}:${date}`;
}

export class OfficerDigestRecords {
  constructor(
    private readonly db: Database,
    private readonly policy: Policy,
  ) {}

  /** Applications with their cells past the policy's days (filed, or sent back with a question). */
  private async cellWaiting(calendars: CalendarBook): Promise<CellEscalation[]> {
    // A day of slack on the query: the exact count is made in each cell's own zone below.
    const before = new Date(
      calendars.now.getTime() - (this.policy.escalation.cellActWithinDays - 1) * 86_400_000,
    );
    const rows = await this.db.$queryRaw<
      Array<{
        id: number;
        memberId: number;
        member: string;
        arrangement: string;
        waitingSince: Date;
        cellId: number;
        zone: string;
      }>
    >`
      SELECT a.id, a."memberId", m."fullName" AS member, a.arrangement::text AS arrangement,
             coalesce(a."moreAskedAt", a."createdAt") AS "waitingSince", m."cellId", u.timezone AS zone
      FROM "Absence" a JOIN "Member" m ON m.id = a."memberId" JOIN "Unit" u ON u.id = m."cellId"
      WHERE a."applicationStatus" = 'submitted' AND a."endedOn" IS NULL
        AND coalesce(a."moreAskedAt", a."createdAt") <= ${before}
        AND m.status NOT IN ('removed', 'left')`;
    return rows.flatMap((row) => {
      const escalation = applicationEscalation(row, calendars.of(row.zone), this.policy);
      return escalation ? [{ ...escalation, cellId: row.cellId }] : [];
    });
  }

  /** Applications proposed to a unit and not decided yet, by the unit they wait for. */
  private async proposed(): Promise<
    Array<{
      absenceId: number;
      unitId: number;
      member: string;
      cell: string;
      arrangement: string;
      since: Date;
    }>
  > {
    return this.db.$queryRaw`
      SELECT a.id AS "absenceId", a."decidingUnitId" AS "unitId", m."fullName" AS member, c.name AS cell,
             a.arrangement::text AS arrangement, coalesce(a."proposedAt", a."createdAt") AS since
      FROM "Absence" a JOIN "Member" m ON m.id = a."memberId" JOIN "Unit" c ON c.id = m."cellId"
      WHERE a."applicationStatus" = 'proposed' AND a."endedOn" IS NULL AND a."decidingUnitId" IS NOT NULL
      ORDER BY since, a.id`;
  }

  /** Units by path prefix: the given units and every unit above them, in one read. */
  private async unitsAbove(paths: readonly string[]): Promise<Map<string, UnitRow>> {
    const codes = [...new Set(paths.flatMap((path) => path.split('/')))];
    if (codes.length === 0) return new Map();
    const rows = await this.db.unit.findMany({
      where: { code: { in: codes } },
      select: { id: true, code: true, name: true, kind: true, path: true, timezone: true },
    });
    return new Map(rows.map((row) => [row.path, row]));
  }

  /** Officers of these units who can be told privately: bound to a chat, not blocked, still on the books. */
  private async officersOf(unitIds: readonly number[]): Promise<Map<number, Recipient[]>> {
    if (unitIds.length === 0) return new Map();
    const rows = await this.db.$queryRaw<Array<Recipient & { unitId: number }>>`
      SELECT m."officerUnitId" AS "unitId", m.id, m."fullName", m.locale
      FROM "Member" m
      WHERE m."officerUnitId" = ANY(${[...new Set(unitIds)]}::int[]) AND m.role = 'committee_officer'
        AND m.reachable AND m.status NOT IN ('transferred', 'removed', 'left')
        AND EXISTS (SELECT 1 FROM "ChatIdentity" c WHERE c."memberId" = m.id)
      ORDER BY m.id`;
    const byUnit = new Map<number, Recipient[]>();
    for (const { unitId, ...recipient } of rows)
      byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), recipient]);
    return byUnit;
  }

  /**
   * The digests due now: one per officer who has something waiting, once a day from the policy's hour in the zone
   * of the officer's unit, and only when no digest of that day exists yet. Escalations go to the grassroots
   * committee above the cell (or the nearest unit above with officers who can be told); proposed applications to the
   * officers of the unit they were proposed to (or, when it has none who can be told, the nearest unit above).
   */
  async plan(escalated: readonly CellEscalation[], calendars: CalendarBook): Promise<PlannedOfficerDigest[]> {
    const [waitingForCell, proposed] = await Promise.all([this.cellWaiting(calendars), this.proposed()]);
    const escalations = [...escalated, ...waitingForCell];
    if (escalations.length === 0 && proposed.length === 0) return [];

    const cellIds = [...new Set(escalations.map((entry) => entry.cellId))];
    const [cells, decidingUnits] = await Promise.all([
      this.db.unit.findMany({ where: { id: { in: cellIds } }, select: { id: true, name: true, path: true } }),
      this.db.unit.findMany({
        where: { id: { in: [...new Set(proposed.map((row) => row.unitId))] } },
        select: { id: true, path: true },
      }),
    ]);
    const units = await this.unitsAbove([...cells, ...decidingUnits].map((unit) => unit.path));
    const chainOf = (path: string): UnitRow[] => {
      const codes = path.split('/');
      return codes
        .map((_code, index) => units.get(codes.slice(0, index + 1).join('/')))
        .filter((unit): unit is UnitRow => unit !== undefined)
        .reverse();
    };
    const officers = await this.officersOf([...units.values()].map((unit) => unit.id));
    /** The unit itself, or the nearest above it, whose officers can be told. */
    const told = (chain: readonly UnitRow[]): { unit: UnitRow; officers: Recipient[] } | undefined => {
      for (const unit of chain) {
        const found = officers.get(unit.id);
        if (found && found.length > 0) return { unit, officers: found };
      }
      return undefined;
    };

    const digests = new Map<number, { unit: UnitRow; recipient: Recipient; payload: OfficerDigestPayload }>();
    const digestOf = (unit: UnitRow, recipient: Recipient) => {
      let digest = digests.get(recipient.id);
      if (!digest) {
        digest = {
          unit,
          recipient,
          payload: {
            unitName: unit.name,
            date: calendars.of(unit.timezone).today,
            waiting: [],
            escalations: [],
            more: 0,
          },
        };
        digests.set(recipient.id, digest);
      }
      return digest.payload;
    };
    const full = (payload: OfficerDigestPayload) =>
      payload.waiting.length + payload.escalations.length >= OFFICER_DIGEST_LINES;

    const cellById = new Map(cells.map((cell) => [cell.id, cell]));
    for (const entry of escalations) {
      const cell = cellById.get(entry.cellId);
      if (!cell) continue;
      const chain = chainOf(cell.path);
      const committee = escalationUnitOf(chain);
      if (!committee) continue;
      const target = told(chain.slice(chain.indexOf(committee)));
      if (!target) continue;
      for (const officer of target.officers) {
        const payload = digestOf(target.unit, officer);
        if (full(payload)) payload.more += 1;
        else
          payload.escalations.push({
            rule: entry.rule,
            key: entry.key,
            about: entry.memberId,
            cell: cell.name,
            since: entry.since,
            vars: entry.vars,
          });
      }
    }
    const pathOfUnit = new Map(decidingUnits.map((unit) => [unit.id, unit.path]));
    for (const row of proposed) {
      const path = pathOfUnit.get(row.unitId);
      const target = path ? told(chainOf(path)) : undefined;
      if (!target) continue;
      for (const officer of target.officers) {
        const payload = digestOf(target.unit, officer);
        if (full(payload)) payload.more += 1;
        else
          payload.waiting.push({
            absenceId: row.absenceId,
            member: row.member,
            cell: row.cell,
            arrangement: row.arrangement,
            since: calendars.of(target.unit.timezone).dayOf(row.since),
          });
      }
    }

    const planned = [...digests.values()]
      .filter(({ unit }) => calendars.of(unit.timezone).hour >= this.policy.digest.hour)
      .map(({ recipient, payload }) => ({
        key: officerDigestKey(recipient.id, payload.date),
        recipient,
        payload,
      }));
    if (planned.length === 0) return [];
    const existing = await this.db.notification.findMany({
      where: { key: { in: planned.map((digest) => digest.key) } },
      select: { key: true },
    });
    const sent = new Set(existing.map((row) => row.key));
    return planned.filter((digest) => !sent.has(digest.key));
  }

  /** Writes the planned digests; a key that exists already is left alone. Returns how many were made. */
  async write(digests: readonly PlannedOfficerDigest[], now: Date): Promise<number> {
    if (digests.length === 0) return 0;
    const { count } = await this.db.notification.createMany({
      data: digests.map((digest) => ({
        key: digest.key,
        memberId: digest.recipient.id,
        kind: NOTIFICATION_KINDS.officerDigest,
        payload: digest.payload,
        dueAt: now,
        createdAt: now,
      })),
      skipDuplicates: true,
    });
    return count;
  }
}
