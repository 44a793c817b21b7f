// What an import run is told and what it reports back, shared by the units, members and attendance importers.
import type { RowProblem } from './problems';

export type ImportProgress =
  | { phase: 'reading'; bytesRead: number; totalBytes: number }
  | { phase: 'writing'; done: number; total: number };

export interface ImportOptions {
  /** Import the good rows and list the bad ones, instead of refusing the whole file. */
  skipBad: boolean;
  /** Check everything, write nothing. */
  dryRun: boolean;
  /** Today's date in the home zone (YYYY-MM-DD): absences the import ends, end on it. */
  today: string;
  /**
   * The importer's clock: stamped on every row written, and the records-since of a new member whose row has no
   * `recorded_since`.
   */
  now: Date;
  defaultTimezone: string;
  defaultLocale: 'vi' | 'en';
  onProgress?: (progress: ImportProgress) => void;
}

export interface UnitImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  moved: number;
}

export interface MemberImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  absencesOpened: number;
  absencesUpdated: number;
  absencesEnded: number;
  /** Full exemptions from work and activities (age, health): recorded, changed, ended by the file. */
  fullExemptionsOpened: number;
  fullExemptionsUpdated: number;
  fullExemptionsEnded: number;
  /** Removed, left or transferred members: their status is a decision the file does not override. */
  statusKept: number;
}

/** Past meetings' attendance lines: new, changed (a correction of the minutes), or as recorded already. */
export interface AttendanceImportCounts {
  recorded: number;
  updated: number;
  unchanged: number;
  /** Meetings the file names that homecell did not know, added as held. */
  meetingsAdded: number;
}

export type ImportReport = {
  file: string;
  /** Non-blank data rows. */
  rows: number;
  problems: RowProblem[];
  /** False when refused for bad rows or on a dry run. */
  written: boolean;
} & (
  | { kind: 'units'; counts: UnitImportCounts | null }
  | { kind: 'members'; counts: MemberImportCounts | null }
  | { kind: 'attendance'; counts: AttendanceImportCounts | null }
);
