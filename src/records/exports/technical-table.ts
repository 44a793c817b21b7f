// The record book's last sheet: the keys and settings a machine needs (codes, zones, language, internal ids), by
// party card number, kept off the sheets a secretary prints and files.
import type { Database } from '../../db/client';
import { perMemberRows } from './member-batches';
import type { ExportTable, TableContext } from './types';

export function technicalTable(db: Database, context: TableContext): ExportTable {
  const columns = [
    'export-col-card',
    'export-col-name',
    'export-col-cell-code',
    // The zone the other sheets' times are written in.
    'export-col-cell-zone',
    'export-col-zone',
    'export-col-language',
    'export-col-member-id',
  ];
  return {
    id: 'technical',
    title: context.t('export-sheet-technical'),
    headers: columns.map((key) => context.t(key)),
    widths: [14, 26, 16, 20, 20, 10, 12],
    signed: false,
    rows: () =>
      perMemberRows(db, context, async (members) =>
        members.map((member) => [
          member.cardNumber,
          member.fullName,
          member.cell.code,
          member.cell.timezone,
          member.timezone,
          member.locale,
          member.id,
        ]),
      ),
  };
}
