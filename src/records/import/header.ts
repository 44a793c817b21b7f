// Recognises an import file by its header: units, members or past meeting attendance, with columns in any order.
import { ImportFileError } from './table';

export const UNIT_COLUMNS = [
  'code',
  'name',
  'kind',
  'parent_code',
  'timezone',
  'online_meeting_link',
] as const;
export const MEMBER_COLUMNS = [
  'cell_code',
  'unit_path',
  'full_name',
  'party_card_no',
  'birth_year',
  'role',
  'officer_unit',
  'away_kind',
  'place',
  'country',
  'away_since',
  'exemption_until',
  'exemption_kind',
  'exemption_since',
  'exemption_reason',
  'timezone',
  'language',
  'monthly_fee_vnd',
  'recorded_since',
] as const;

/** Past meetings' attendance, one row per member and meeting (a cell starting mid-year brings its minutes). */
export const ATTENDANCE_COLUMNS = [
  'cell_code',
  'meeting_at',
  'place',
  'party_card_no',
  'status',
  'reason',
] as const;

export type UnitColumn = (typeof UNIT_COLUMNS)[number];
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];
export type AttendanceColumn = (typeof ATTENDANCE_COLUMNS)[number];

export type DetectedHeader =
  | { kind: 'units'; columns: Map<UnitColumn, number> }
  | { kind: 'members'; columns: Map<MemberColumn, number> }
  | { kind: 'attendance'; columns: Map<AttendanceColumn, number> };

/** "Party Card No", "party_card_no" and "PARTY-CARD-NO" are the same column. */
function normalise(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function indexColumns<T extends string>(known: readonly T[], header: string[]): Map<T, number> {
  const byNormalName = new Map(known.map((column) => [normalise(column), column]));
  const columns = new Map<T, number>();
  header.forEach((name, index) => {
    const column = byNormalName.get(normalise(name));
    if (!column) return; // unknown extra columns are ignored
    if (columns.has(column)) {
      throw new ImportFileError('import-header-twice', {
        column,
        first: columns.get(column)! + 1,
        second: index + 1,
      });
    }
    columns.set(column, index);
  });
  return columns;
}

export function detectHeader(header: string[]): DetectedHeader {
  // meeting_at first: an attendance file names party_card_no too, but no members file has a meeting's time.
  const attendance = indexColumns(ATTENDANCE_COLUMNS, header);
  if (attendance.has('meeting_at')) {
    const required = ['cell_code', 'party_card_no', 'status'] as const;
    const missing = required.filter((column) => !attendance.has(column));
    if (missing.length > 0) {
      throw new ImportFileError('import-header-attendance-lacks', { missing: missing.join(', ') });
    }
    return { kind: 'attendance', columns: attendance };
  }
  const members = indexColumns(MEMBER_COLUMNS, header);
  if (members.has('full_name') || members.has('party_card_no')) {
    const missing = (['full_name', 'party_card_no'] as const).filter((column) => !members.has(column));
    if (!members.has('cell_code') && !members.has('unit_path')) missing.unshift('cell_code' as never);
    if (missing.length > 0) {
      throw new ImportFileError('import-header-members-lacks', { missing: missing.join(', ') });
    }
    return { kind: 'members', columns: members };
  }
  const units = indexColumns(UNIT_COLUMNS, header);
  if (units.has('code') && units.has('kind')) {
    const missing = (['name', 'parent_code'] as const).filter((column) => !units.has(column));
    if (missing.length > 0) {
      throw new ImportFileError('import-header-units-lacks', { missing: missing.join(', ') });
    }
    return { kind: 'units', columns: units };
  }
  const seen = header.map((name) => name.trim()).filter(Boolean);
  throw new ImportFileError('import-header-unknown', { found: seen.join(', ') || 'none' });
}

/** Picks a row's cells by column name, trimmed; a missing trailing cell reads as '', an absent column as undefined. */
export function cellsByColumn<T extends string>(
  columns: Map<T, number>,
  cells: string[],
): Partial<Record<T, string>> {
  const values: Partial<Record<T, string>> = {};
  for (const [column, index] of columns) values[column] = (cells[index] ?? '').trim();
  return values;
}
