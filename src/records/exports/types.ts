// The shape every exported table shares: translated headers, and rows produced a batch at a time from the database.
import type { Scope } from '../access';

export type CellValue = string | number | null;

export const RECORD_BOOK_TABLES = [
  'roster',
  'absences',
  'checkins',
  'fees',
  'meetings',
  'reviews',
  'decisions',
] as const;
export type RecordBookTable = (typeof RECORD_BOOK_TABLES)[number];
export type TableId = RecordBookTable | 'statistics';

export interface ExportTable {
  id: TableId;
  /** Sheet name and file name part, translated. */
  title: string;
  headers: string[];
  widths: number[];
  /** Rows in batches, so a district of thousands is never held in memory at once. */
  rows(): AsyncGenerator<CellValue[][]>;
}

/** Everything a table needs to read and label its rows. */
export interface TableContext {
  /** Translates in the reader's language (headers, statuses, ratings). */
  t: (key: string, args?: Record<string, string | number>) => string;
  locale: string;
  /** The zone instants are shown in (the home cells'). */
  zone: string;
  scope: Exclude<Scope, { kind: 'self' }>;
  year: number;
  now: Date;
}
