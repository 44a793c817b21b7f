// The shape every exported table shares: translated headers, and rows produced a batch at a time from the database.
import type { Scope } from '../access';

/** A calendar day ('2026-12-03'): a real date cell in the workbook, "03/12/2026" in CSV. */
export interface DateCell {
  kind: 'date';
  date: string;
}

/** An instant read in a cell's zone: a date-time cell of that wall clock in the workbook, "03/12/2026 13:42" in CSV. */
export interface LocalTimeCell {
  kind: 'local-time';
  at: Date;
  zone: string;
}

export type CellValue = string | number | null | DateCell | LocalTimeCell;

/** A calendar day as a date cell, or blank. */
export const dateCell = (date: string | null | undefined): CellValue => (date ? { kind: 'date', date } : '');

/** An instant as the wall clock of `zone` (the cell's), or blank. */
export const localTimeCell = (at: Date | null | undefined, zone: string): CellValue =>
  at ? { kind: 'local-time', at, zone } : '';

export const RECORD_BOOK_TABLES = [
  'roster',
  'absences',
  'checkins',
  'fees',
  'meetings',
  'reviews',
  'decisions',
  // Last: what a machine needs and a secretary does not file.
  'technical',
] as const;
export type RecordBookTable = (typeof RECORD_BOOK_TABLES)[number];
export type TableId = RecordBookTable | 'statistics' | 'statistics-report';

export interface ExportTable {
  id: TableId;
  /** Sheet name and file name part, translated. */
  title: string;
  headers: string[];
  widths: number[];
  /** False for a sheet nobody files (the technical one): no signature block under it. */
  signed?: boolean;
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
