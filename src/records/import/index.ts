// Imports a units or members file (.csv or .xlsx), recognised by its header; see importUnits and importMembers.
import type { Database } from '../../db/client';
import { detectHeader } from './header';
import { importMembers } from './members';
import { isBlankRow, ImportFileError, readTable } from './table';
import type { ImportOptions, ImportReport } from './types';
import { importUnits } from './units';

export { ImportFileError } from './table';
export type { RowProblem } from './problems';
export type {
  ImportOptions,
  ImportProgress,
  ImportReport,
  MemberImportCounts,
  UnitImportCounts,
} from './types';

export async function importFile(db: Database, file: string, options: ImportOptions): Promise<ImportReport> {
  const table = readTable(file, (progress) => options.onProgress?.({ phase: 'reading', ...progress }));
  try {
    let header = await table.next();
    while (!header.done && isBlankRow(header.value.cells)) header = await table.next();
    if (header.done) throw new ImportFileError('import-file-empty', { file });
    const detected = detectHeader(header.value.cells);
    return detected.kind === 'units'
      ? await importUnits(db, file, table, detected.columns, options)
      : await importMembers(db, file, table, detected.columns, options);
  } finally {
    await table.return(undefined);
  }
}
