// The unit tree: create-or-update units with their materialised path, and list the tree with member counts.
import type { Database } from '../db/client';
import { Prisma, type UnitKind } from '../generated/prisma/client';
import { inCareSql, stateFactsCtes, stateFactsJoins } from './member-state-sql';

type Writer = Prisma.TransactionClient;

/** Levels from the top; a parent always ranks lower than its child (a level may be skipped). */
export const UNIT_RANK: Record<UnitKind, number> = { province: 0, district: 1, grassroots: 2, cell: 3 };

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** Absent: a new unit gets the default zone, an existing one keeps its own. */
  timezone?: string;
  /** An online-pilot cell's meeting link; null ends the pilot; absent (no such column) keeps what is stored. */
  onlineMeetingLink?: string | null;
}

export interface UnitWriteCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Existing units whose parent changed; their subtrees' paths were rewritten too. */
  moved: number;
}

interface KnownUnit {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  timezone: string;
  onlineMeetingLink: string | null;
}

const CHUNK = 5_000;

/** The columns a KnownUnit holds: read back alike from a lookup and from the rows just created. */
const KNOWN_UNIT_FIELDS = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  path: true,
  timezone: true,
  onlineMeetingLink: true,
} as const satisfies Prisma.UnitSelect;

export function joinPath(parentPath: string | null, code: string): string {
  return parentPath ? `${parentPath}/${code}` : code;
}

/** Units by code, for the given codes; one query per few thousand codes. */
export async function findUnitsByCode(db: Writer | Database, codes: Iterable<string>) {
  const list = [...new Set(codes)];
  const found = new Map<string, KnownUnit & { code: string }>();
  for (let start = 0; start < list.length; start += CHUNK) {
    const units = await db.unit.findMany({
      where: { code: { in: list.slice(start, start + CHUNK) } },
      select: KNOWN_UNIT_FIELDS,
    });
    for (const unit of units) found.set(unit.code, unit);
  }
  return found;
}

/**
 * Creates or updates units, parents before children. Every parent must be among the inputs or in the database
 * and rank above its child; the importer checks that before calling.
 */
export async function upsertUnits(
  tx: Writer,
  inputs: UnitInput[],
  /** `now`: the importer's clock, stamped on the rows it writes. */
  options: { defaultTimezone: string; now: Date },
): Promise<UnitWriteCounts> {
  const counts: UnitWriteCounts = { created: 0, updated: 0, unchanged: 0, moved: 0 };
  const known = await findUnitsByCode(tx, [
    ...inputs.map((unit) => unit.code),
    ...inputs.flatMap((unit) => (unit.parentCode ? [unit.parentCode] : [])),
  ]);
  const byRank = [...inputs].sort((a, b) => UNIT_RANK[a.kind] - UNIT_RANK[b.kind]);
  for (let rank = 0; rank <= UNIT_RANK.cell; rank += 1) {
    const level = byRank.filter((unit) => UNIT_RANK[unit.kind] === rank);
    const fresh: Prisma.UnitCreateManyInput[] = [];
    const changed: Array<{
      id: number;
      unit: UnitInput;
      parentId: number | null;
      path: string;
      timezone: string;
      onlineMeetingLink: string | null;
    }> = [];
    const moves: Array<{ from: string; to: string }> = [];
    for (const unit of level) {
      const parent = unit.parentCode ? known.get(unit.parentCode)! : null;
      const path = joinPath(parent?.path ?? null, unit.code);
      const existing = known.get(unit.code);
      if (!existing) {
        fresh.push({
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          parentId: parent?.id ?? null,
          path,
          timezone: unit.timezone ?? options.defaultTimezone,
          onlineMeetingLink: unit.onlineMeetingLink ?? null,
          createdAt: options.now,
          updatedAt: options.now,
        });
        continue;
      }
      const timezone = unit.timezone ?? existing.timezone;
      const onlineMeetingLink =
        unit.onlineMeetingLink === undefined ? existing.onlineMeetingLink : unit.onlineMeetingLink;
      const same =
        existing.name === unit.name &&
        existing.kind === unit.kind &&
        existing.parentId === (parent?.id ?? null) &&
        existing.path === path &&
        existing.timezone === timezone &&
        existing.onlineMeetingLink === onlineMeetingLink;
      if (same) {
        counts.unchanged += 1;
        continue;
      }
      if (existing.path !== path) moves.push({ from: existing.path, to: path });
      changed.push({
        id: existing.id,
        unit,
        parentId: parent?.id ?? null,
        path,
        timezone,
        onlineMeetingLink,
      });
      known.set(unit.code, {
        ...existing,
        name: unit.name,
        kind: unit.kind,
        parentId: parent?.id ?? null,
        path,
        timezone,
        onlineMeetingLink,
      });
    }

    for (let start = 0; start < fresh.length; start += CHUNK) {
      const created = await tx.unit.createManyAndReturn({
        data: fresh.slice(start, start + CHUNK),
        select: KNOWN_UNIT_FIELDS,
      });
      for (const unit of created) known.set(unit.code, unit);
      counts.created += created.length;
    }
    for (let start = 0; start < changed.length; start += CHUNK) {
      const batch = changed.slice(start, start + CHUNK);
      // Paths are unique: a unit moving onto a path another row still holds is impossible, as codes are unique.
      await tx.$executeRaw`
        UPDATE "Unit" AS unit
        SET name = input.name, kind = input.kind::"UnitKind", "parentId" = input.parent_id,
            path = input.path, timezone = input.timezone, "onlineMeetingLink" = input.online_meeting_link,
            "updatedAt" = ${options.now}
        FROM unnest(
          ${batch.map((row) => row.id)}::int[], ${batch.map((row) => row.unit.name)}::text[],
          ${batch.map((row) => row.unit.kind)}::text[], ${batch.map((row) => row.parentId)}::int[],
          ${batch.map((row) => row.path)}::text[], ${batch.map((row) => row.timezone)}::text[],
          ${batch.map((row) => row.onlineMeetingLink)}::text[]
        ) AS input(id, name, kind, parent_id, path, timezone, online_meeting_link)
        WHERE unit.id = input.id`;
      counts.updated += batch.length;
    }
    for (const move of moves) {
      // Descendants that the file does not mention follow their moved ancestor.
      await tx.$executeRaw`
        UPDATE "Unit" SET path = ${move.to} || substr(path, ${move.from.length + 1}), "updatedAt" = ${options.now}
        WHERE starts_with(path, ${`${move.from}/`})`;
      counts.moved += 1;
    }
    if (moves.length > 0) {
      // Codes further down the file may hang under a moved unit: read their parents' new paths.
      for (const [code, unit] of await findUnitsByCode(tx, known.keys())) known.set(code, unit);
    }
  }
  return counts;
}

export interface UnitTreeEntry {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  depth: number;
  /** Members in the cells' care (not transferred out, removed or left) in the unit's whole subtree, at `now`. */
  members: number;
  /** Of those, members away from home at `now` (an absence in force, exempted or not). */
  away: number;
}

/** The tree in display order (children under their parent, by code); `under` limits it to one subtree. */
export async function listUnitTree(
  db: Database,
  options: { under?: string; now: Date },
): Promise<UnitTreeEntry[]> {
  const root = options.under
    ? await db.unit.findUnique({ where: { code: options.under }, select: { path: true } })
    : undefined;
  if (options.under && !root) return [];
  const units = await db.unit.findMany({
    where: root ? { OR: [{ path: root.path }, { path: { startsWith: `${root.path}/` } }] } : undefined,
    select: { id: true, code: true, name: true, kind: true, parentId: true },
  });
  // Away or not on the day, from the facts in force then (as every view derives it).
  const counts = await db.$queryRaw<Array<{ cellId: number; members: number; away: number }>>(Prisma.sql`
    WITH ${stateFactsCtes(options.now)}
    SELECT m."cellId", count(*)::int AS members, count(ia.member_id)::int AS away
    FROM "Member" m ${stateFactsJoins}
    WHERE ${inCareSql}
    GROUP BY m."cellId"`);
  const own = new Map(counts.map((row) => [row.cellId, { members: row.members, away: row.away }]));
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | null, typeof units>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const ordered: UnitTreeEntry[] = [];
  const visit = (unit: (typeof units)[number], depth: number): { members: number; away: number } => {
    const entry: UnitTreeEntry = { ...unit, depth, members: 0, away: 0 };
    ordered.push(entry);
    const total = { ...(own.get(unit.id) ?? { members: 0, away: 0 }) };
    for (const child of sortByCode(children.get(unit.id) ?? [])) {
      const sub = visit(child, depth + 1);
      total.members += sub.members;
      total.away += sub.away;
    }
    entry.members = total.members;
    entry.away = total.away;
    return total;
  };
  for (const top of sortByCode(children.get(null) ?? [])) visit(top, 0);
  return ordered;
}

function sortByCode<T extends { code: string }>(units: T[]): T[] {
  return [...units].sort((a, b) => a.code.localeCompare(b.code));
}
