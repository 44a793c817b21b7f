// Imports a units file: every row checked (fields, duplicates, parents in the file or the database), then one transaction.
import path from 'node:path';
import type { Database } from '../../db/client';
import type { UnitKind } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import { findUnitsByCode, joinPath, UNIT_RANK, upsertUnits } from '../units';
import { cellsByColumn, type UnitColumn } from './header';
import { RowProblems, zodReasons } from './problems';
import { reason, type ImportReason } from './reason';
import { isBlankRow, type TableRow } from './table';
import type { ImportOptions, ImportReport } from './types';
import { unitRowSchema, type UnitRow } from './unit-row';

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export async function importUnits(
  db: Database,
  file: string,
  rows: AsyncIterable<TableRow>,
  columns: Map<UnitColumn, number>,
  options: ImportOptions,
): Promise<ImportReport> {
  const problems = new RowProblems();
  const parsed: UnitRow[] = [];
  const lineOfCode = new Map<string, number>();
  let dataRows = 0;
  for await (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    dataRows += 1;
    const raw = cellsByColumn(columns, row.cells);
    const code = raw.code ?? '';
    const first = lineOfCode.get(code);
    if (code && first !== undefined) {
      problems.add(row.line, reason('import-code-also-on', { code, line: first }));
      problems.add(first, reason('import-code-repeated-on', { code, line: row.line }));
    } else if (code) lineOfCode.set(code, row.line);
    const result = unitRowSchema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push({ line: row.line, ...result.data });
    else problems.addAll(row.line, zodReasons(result.error));
  }

  await checkTree(db, parsed, problems);
  const good = parsed.filter((row) => !problems.has(row.line));
  const report = { kind: 'units' as const, file, rows: dataRows, problems: problems.list() };
  if ((problems.count > 0 && !options.skipBad) || options.dryRun) {
    return { ...report, written: false, counts: null };
  }
  const counts = await db.$transaction(
    async (tx) => {
      const written = await upsertUnits(tx, good, {
        defaultTimezone: options.defaultTimezone,
        now: options.now,
      });
      await recordAudit(tx, {
        actorLabel: 'cli',
        action: 'import.units',
        entity: 'Unit',
        after: { file: path.basename(file), rows: dataRows, skipped: problems.count, ...written },
        at: options.now,
      });
      return written;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
  options.onProgress?.({ phase: 'writing', done: good.length, total: good.length });
  return { ...report, written: true, counts };
}

/**
 * Every parent must be in the file or the database and rank above its child; a unit may not move under its
 * own subtree; a cell with members stays a cell. Rows are checked parents first, so a child of a bad row is bad.
 */
async function checkTree(db: Database, rows: UnitRow[], problems: RowProblems): Promise<void> {
  const stored = await findUnitsByCode(db, [
    ...rows.map((row) => row.code),
    ...rows.flatMap((row) => (row.parentCode ? [row.parentCode] : [])),
  ]);
  const inFile = new Map(rows.map((row) => [row.code, row]));
  const pathInFile = new Map<string, string>();
  const byRank = [...rows].sort((a, b) => UNIT_RANK[a.kind] - UNIT_RANK[b.kind]);
  const kindChanges = byRank.filter((row) => {
    const existing = stored.get(row.code);
    return existing && existing.kind !== row.kind;
  });
  const blocked = await kindChangeBlockers(db, kindChanges, stored, inFile);

  for (const row of byRank) {
    for (const reason of blocked.get(row.code) ?? []) problems.add(row.line, reason);
    if (!row.parentCode) {
      pathInFile.set(row.code, row.code);
      continue;
    }
    const parentRow = inFile.get(row.parentCode);
    const parentStored = stored.get(row.parentCode);
    const parentKind: UnitKind | undefined = parentRow?.kind ?? parentStored?.kind;
    if (!parentKind) {
      problems.add(row.line, reason('import-parent-unknown', { parent: row.parentCode }));
      continue;
    }
    if (UNIT_RANK[parentKind] >= UNIT_RANK[row.kind]) {
      problems.add(
        row.line,
        reason('import-parent-cannot-hold', { parent: row.parentCode, parentKind, kind: row.kind }),
      );
      continue;
    }
    // The parent ranks higher, so its own row (if any) was checked already.
    if (parentRow && problems.has(parentRow.line)) {
      problems.add(
        row.line,
        reason('import-parent-row-bad', { parent: row.parentCode, line: parentRow.line }),
      );
      continue;
    }
    const parentPath = pathInFile.get(row.parentCode) ?? parentStored!.path;
    const existing = stored.get(row.code);
    if (existing && parentPath.startsWith(`${existing.path}/`)) {
      problems.add(row.line, reason('import-parent-in-subtree', { parent: row.parentCode, code: row.code }));
      continue;
    }
    pathInFile.set(row.code, joinPath(parentPath, row.code));
  }
}

/** Reasons an existing unit cannot take its new kind: members in a former cell, or children it could no longer hold. */
async function kindChangeBlockers(
  db: Database,
  changes: UnitRow[],
  stored: Map<string, { id: number; kind: UnitKind }>,
  inFile: Map<string, UnitRow>,
): Promise<Map<string, ImportReason[]>> {
  const reasons = new Map<string, ImportReason[]>();
  if (changes.length === 0) return reasons;
  const ids = changes.map((row) => stored.get(row.code)!.id);
  const [members, children] = await Promise.all([
    db.member.groupBy({ by: ['cellId'], where: { cellId: { in: ids } }, _count: { _all: true } }),
    db.unit.findMany({
      where: { parentId: { in: ids } },
      select: { code: true, kind: true, parentId: true },
    }),
  ]);
  for (const row of changes) {
    const id = stored.get(row.code)!.id;
    const list: ImportReason[] = [];
    const memberCount = members.find((entry) => entry.cellId === id)?._count._all ?? 0;
    if (row.kind !== 'cell' && memberCount > 0) {
      list.push(reason('import-cell-has-members', { code: row.code, count: memberCount }));
    }
    for (const child of children.filter((unit) => unit.parentId === id)) {
      const childKind = inFile.get(child.code)?.kind ?? child.kind;
      const movesAway = inFile.has(child.code) && inFile.get(child.code)!.parentCode !== row.code;
      if (!movesAway && UNIT_RANK[childKind] <= UNIT_RANK[row.kind]) {
        list.push(
          reason('import-kind-holds-child', { code: row.code, child: child.code, childKind, kind: row.kind }),
        );
      }
    }
    if (list.length > 0) reasons.set(row.code, list);
  }
  return reasons;
}
