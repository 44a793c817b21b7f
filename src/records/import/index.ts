// Imports a units, members or meeting attendance file (.csv or .xlsx), recognised by its header; see the importers.
import type { Database } from '../../db/client';
import { importAttendance } from './attendance';
import { detectHeader } from './header';
import { importMembers } from './members';
import { isBlankRow, ImportFileError, readTable } from './table';
import type { ImportOptions, ImportReport } from './types';
import { importUnits } from './units';

export { ImportFileError } from './table';
export type { RowProblem } from './problems';
export type {
  AttendanceImportCounts,
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
    if (detected.kind === 'units') return await importUnits(db, file, table, detected.columns, options);
    if (detected.kind === 'attendance') {
      return await importAttendance(db, file, table, detected.columns, options);
    }
    return await importMembers(db, file, table, detected.columns, options);
  } finally {
    await table.return(undefined);
  }
}
