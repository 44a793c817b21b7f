// Imports a members file: every row checked (fields, duplicate cards, cells and officer units), then one transaction.
import path from 'node:path';
import type { Database } from '../../db/client';
import { recordAudit } from '../audit';
import { findUnitsByCode } from '../units';
import { applyMembers, type ResolvedMemberRow } from './apply-members';
import { cellsByColumn, type MemberColumn } from './header';
import { memberRowSchema, type MemberRow } from './member-row';
import { RowProblems, zodReasons } from './problems';
import { reason } from './reason';
import { isBlankRow, type TableRow } from './table';
import type { ImportOptions, ImportReport } from './types';

// Large files take a while; the transaction must outlive them (200,000 rows write in well under a minute).
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export async function importMembers(
  db: Database,
  file: string,
  rows: AsyncIterable<TableRow>,
  columns: Map<MemberColumn, number>,
  options: ImportOptions,
): Promise<ImportReport> {
  const schema = memberRowSchema({
    today: options.today,
    hasAwayColumn: columns.has('away_kind'),
    hasExemptionKindColumn: columns.has('exemption_kind'),
  });
  const problems = new RowProblems();
  const parsed: MemberRow[] = [];
  const lineOfCard = new Map<string, number>();
  let dataRows = 0;
  for await (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    dataRows += 1;
    const raw = cellsByColumn(columns, row.cells);
    const card = raw.party_card_no ?? '';
    const first = lineOfCard.get(card);
    if (card && first !== undefined) {
      problems.add(row.line, reason('import-card-also-on', { card, line: first }));
      problems.add(first, reason('import-card-repeated-on', { card, line: row.line }));
    } else if (card) lineOfCard.set(card, row.line);
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push({ line: row.line, ...result.data });
    else problems.addAll(row.line, zodReasons(result.error));
  }
  lineOfCard.clear();

  const resolved = await resolveUnits(db, parsed, problems);
  const good = resolved.filter((row) => !problems.has(row.line));
  const report = { kind: 'members' as const, file, rows: dataRows, problems: problems.list() };
  if ((problems.count > 0 && !options.skipBad) || options.dryRun) {
    return { ...report, written: false, counts: null };
  }
  const counts = await db.$transaction(
    async (tx) => {
      const written = await applyMembers(tx, good, options);
      await recordAudit(tx, {
        actorLabel: 'cli',
        action: 'import.members',
        entity: 'Member',
        after: { file: path.basename(file), rows: dataRows, skipped: problems.count, ...written },
        at: options.now,
      });
      return written;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
  return { ...report, written: true, counts };
}

/** Finds each row's cell (by code or path) and officer unit with one query per few thousand distinct names. */
async function resolveUnits(
  db: Database,
  rows: MemberRow[],
  problems: RowProblems,
): Promise<ResolvedMemberRow[]> {
  const byCode = await findUnitsByCode(db, [
    ...rows.flatMap((row) => (row.cellCode ? [row.cellCode] : [])),
    ...rows.flatMap((row) => (row.officerUnitCode ? [row.officerUnitCode] : [])),
  ]);
  const paths = [...new Set(rows.flatMap((row) => (row.unitPath ? [row.unitPath] : [])))];
  const byPath = new Map(
    (paths.length > 0
      ? await db.unit.findMany({
          where: { path: { in: paths } },
          select: { id: true, code: true, kind: true, path: true },
        })
      : []
    ).map((unit) => [unit.path, unit]),
  );

  const resolved: ResolvedMemberRow[] = [];
  for (const row of rows) {
    const fromCode = row.cellCode ? byCode.get(row.cellCode) : undefined;
    const fromPath = row.unitPath ? byPath.get(row.unitPath) : undefined;
    if (row.cellCode && !fromCode)
      problems.add(row.line, reason('import-unknown-cell', { code: row.cellCode }));
    if (row.unitPath && !fromPath)
      problems.add(row.line, reason('import-unknown-unit-path', { path: row.unitPath }));
    if (fromCode && fromPath && fromCode.id !== fromPath.id) {
      problems.add(
        row.line,
        reason('import-cell-and-path-differ', { code: row.cellCode!, path: row.unitPath! }),
      );
    }
    const cell = fromCode ?? fromPath;
    if (cell && cell.kind !== 'cell') {
      problems.add(
        row.line,
        reason('import-not-a-cell', {
          column: row.cellCode ? 'cell_code' : 'unit_path',
          code: cell.code,
          kind: cell.kind,
        }),
      );
    }
    const officerUnit = row.officerUnitCode ? byCode.get(row.officerUnitCode) : undefined;
    if (row.officerUnitCode && !officerUnit) {
      problems.add(row.line, reason('import-unknown-officer-unit', { code: row.officerUnitCode }));
    }
    if (cell && !problems.has(row.line)) {
      resolved.push(Object.assign(row, { cellId: cell.id, officerUnitId: officerUnit?.id }));
    }
  }
  return resolved;
}
