// The committee's directory of overseas party organisations by country, shown to members abroad (rule 5).
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { recordAudit } from './audit';

export interface OverseasContactRow {
  countryCode: string;
  organisation: string;
  contact: string;
  note?: string | null;
  /** Placeholder rows (demo, templates) are shown flagged so nobody writes to them in earnest. */
  isExample?: boolean;
}

export interface OverseasContactView {
  countryCode: string;
  organisation: string;
  contact: string;
  note: string | null;
  isExample: boolean;
}

export type DirectoryImportResult =
  | { outcome: 'imported'; created: number; updated: number; unchanged: number }
  | {
      outcome: 'refused';
      /** Zero-based index of the first bad row; nothing is written when any row is bad. */
      row: number;
      reason: 'invalid-country' | 'organisation-missing' | 'contact-missing' | 'duplicate-row';
    };

export class DirectoryRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Real contacts first, examples last, so a member sees what they can use. */
  async contactsFor(countryCode: string): Promise<OverseasContactView[]> {
    const rows = await this.db.overseasContact.findMany({
      where: { countryCode: countryCode.trim().toUpperCase() },
      orderBy: [{ isExample: 'asc' }, { organisation: 'asc' }],
    });
    return rows.map((row) => ({
      countryCode: row.countryCode,
      organisation: row.organisation,
      contact: row.contact,
      note: row.note,
      isExample: row.isExample,
    }));
  }

  /** Upserts the rows by country and organisation in one transaction with one audit event; all or nothing. */
  async importDirectory(
    rows: readonly OverseasContactRow[],
    actor: { id?: number; label: string } = { label: 'cli' },
  ): Promise<DirectoryImportResult> {
    const normalised = rows.map(normalise);
    const seen = new Set<string>();
    for (const [index, row] of normalised.entries()) {
      const reason = rowProblem(row, seen);
      if (reason) return { outcome: 'refused', row: index, reason };
    }

    const now = this.clock();
    return this.db.$transaction(async (tx): Promise<DirectoryImportResult> => {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for (const row of normalised) {
        const where = {
          countryCode_organisation: { countryCode: row.countryCode, organisation: row.organisation },
        };
        const existing = await tx.overseasContact.findUnique({ where });
        if (!existing) {
          await tx.overseasContact.create({ data: row });
          counts.created += 1;
        } else if (
          existing.contact !== row.contact ||
          existing.note !== row.note ||
          existing.isExample !== row.isExample
        ) {
          await tx.overseasContact.update({ where, data: row });
          counts.updated += 1;
        } else {
          counts.unchanged += 1;
        }
      }
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'directory.imported',
        entity: 'OverseasContact',
        after: { ...counts, countries: [...new Set(normalised.map((row) => row.countryCode))].sort() },
        at: now,
      });
      return { outcome: 'imported', ...counts };
    });
  }
}

type RowProblem = Extract<DirectoryImportResult, { outcome: 'refused' }>['reason'];

/** What is wrong with a row, if anything; remembers the row's key to catch a repeat later in the file. */
function rowProblem(row: OverseasContactView, seen: Set<string>): RowProblem | undefined {
  if (!/^[A-Z]{2}$/.test(row.countryCode)) return 'invalid-country';
  if (row.organisation === '') return 'organisation-missing';
  if (row.contact === '') return 'contact-missing';
  const key = `${row.countryCode}\u0000${row.organisation}`;
  if (seen.has(key)) return 'duplicate-row';
  seen.add(key);
  return undefined;
}

function normalise(row: OverseasContactRow): OverseasContactView {
  return {
    countryCode: row.countryCode.trim().toUpperCase(),
    organisation: row.organisation.trim(),
    contact: row.contact.trim(),
    note: row.note?.trim() || null,
    isExample: row.isExample ?? false,
  };
}
