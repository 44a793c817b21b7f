// One row of a members file, checked on its own (zod): every field, and the rules between the away columns.
import { z } from 'zod';
import type { AbsenceKind, MemberRole } from '../../generated/prisma/client';
import { choiceCell, isoDateCell, optionalCell, requiredCell, timeZoneCell, wholeNumberCell } from './cells';
import { HOME_COUNTRY, isCountryCode } from './country-codes';
import type { MemberColumn } from './header';

/** Party admission starts at 18; the oldest living members were born in the 1920s. */
const OLDEST_BIRTH_YEAR = 1900;
const YOUNGEST_MEMBER_AGE = 18;

// The spreadsheets say "deputy" and "officer"; the records keep the schema's names.
const ROLE_WORDS = [
  'member',
  'secretary',
  'deputy',
  'deputy_secretary',
  'officer',
  'committee_officer',
] as const;
const ROLE_OF: Record<(typeof ROLE_WORDS)[number], MemberRole> = {
  member: 'member',
  secretary: 'secretary',
  deputy: 'deputy_secretary',
  deputy_secretary: 'deputy_secretary',
  officer: 'committee_officer',
  committee_officer: 'committee_officer',
};

export interface MemberAway {
  kind: AbsenceKind;
  place: string | null;
  countryCode: string;
  /** Calendar dates as YYYY-MM-DD. */
  since: string;
  exemptionUntil: string | null;
}

/** Full exemption from work and activities for age or health (not a temporary exemption while away). */
export interface MemberFullExemption {
  /** YYYY-MM-DD; null: not in the file (a new record starts on the import day, an existing one keeps its start). */
  since: string | null;
  until: string | null;
  reason: 'age' | 'health' | null;
}

/** A valid row. Absent optional values are undefined: defaults for a new member, unchanged for an existing one. */
export interface MemberRow {
  line: number;
  cellCode?: string;
  unitPath?: string;
  fullName: string;
  cardNumber: string;
  birthYear?: number;
  role?: MemberRole;
  officerUnitCode?: string;
  /** null: at home (away_kind none); undefined: the file has no away_kind column, absences are left alone. */
  away?: MemberAway | null;
  /** null: no full exemption (one running is ended); undefined: the file has no exemption_kind column. */
  fullExemption?: MemberFullExemption | null;
  timezone?: string;
  locale?: 'vi' | 'en';
  monthlyFeeVnd?: number;
  /** The day the member is on the cell's records from (YYYY-MM-DD, in the member's zone). */
  recordedSince?: string;
}

export function memberRowSchema(options: {
  today: string;
  hasAwayColumn: boolean;
  /** With the column, `exemption_kind` says which exemption `exemption_until` ends; without it, an end date on an
   * away row is a temporary exemption (files made before the column). */
  hasExemptionKindColumn?: boolean;
}) {
  const currentYear = Number(options.today.slice(0, 4));
  const youngest = currentYear - YOUNGEST_MEMBER_AGE;
  return z
    .object({
      cell_code: optionalCell(z.string()),
      unit_path: optionalCell(z.string()),
      full_name: requiredCell('full_name'),
      party_card_no: requiredCell('party_card_no'),
      birth_year: optionalCell(
        wholeNumberCell().refine((year) => year >= OLDEST_BIRTH_YEAR && year <= youngest, {
          error: (issue) => `${String(issue.input)} is out of range (${OLDEST_BIRTH_YEAR}-${youngest})`,
        }),
      ),
      role: optionalCell(choiceCell(ROLE_WORDS)),
      officer_unit: optionalCell(z.string()),
      away_kind: optionalCell(choiceCell(['none', 'domestic', 'abroad'] as const)),
      place: optionalCell(z.string()),
      country: optionalCell(
        z
          .string()
          .transform((code) => code.toUpperCase())
          .refine(isCountryCode, {
            error: (issue) =>
              `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. KR, JP)`,
          }),
      ),
      away_since: optionalCell(isoDateCell),
      exemption_until: optionalCell(isoDateCell),
      exemption_kind: optionalCell(choiceCell(['temporary', 'full'] as const)),
      exemption_since: optionalCell(isoDateCell),
      exemption_reason: optionalCell(choiceCell(['age', 'health'] as const)),
      timezone: optionalCell(timeZoneCell),
      language: optionalCell(choiceCell(['vi', 'en'] as const)),
      monthly_fee_vnd: optionalCell(wholeNumberCell()),
      recorded_since: optionalCell(
        isoDateCell.refine((date) => date <= options.today, {
          error: (issue) => `recorded_since ${String(issue.input)} is after today (${options.today})`,
        }),
      ),
    })
    .superRefine((row, context) => {
      const problem = (column: MemberColumn, message: string) =>
        context.addIssue({ code: 'custom', path: [column], message });
      if (!row.cell_code && !row.unit_path) problem('cell_code', 'cell_code (or unit_path) is required');
      if (row.officer_unit && (!row.role || ROLE_OF[row.role] !== 'committee_officer')) {
        problem(
          'officer_unit',
          `officer_unit is only for role officer (this row's role is ${row.role ?? 'empty'})`,
        );
      }
      const awayKind = row.away_kind ?? 'none';
      const exemptionKind = exemptionKindOf(row, options.hasExemptionKindColumn === true);
      if (exemptionKind !== 'full') {
        if (row.exemption_since) {
          problem(
            'exemption_since',
            'exemption_since is only for exemption_kind full (a temporary exemption starts on away_since)',
          );
        }
        if (row.exemption_reason) {
          problem('exemption_reason', 'exemption_reason (age or health) is only for exemption_kind full');
        }
      }
      if (exemptionKind === undefined && row.exemption_until && options.hasExemptionKindColumn) {
        problem(
          'exemption_kind',
          `exemption_until ${row.exemption_until} is set but exemption_kind is empty (temporary: exempted from activities while away; full: exempted from work and activities for age or health)`,
        );
      }
      if (exemptionKind === 'temporary' && awayKind === 'none') {
        problem(
          'exemption_kind',
          'exemption_kind temporary is an exemption while away, but away_kind is none (for age or health use full)',
        );
      }
      if (exemptionKind === 'temporary' && !row.exemption_until) {
        problem('exemption_until', 'exemption_until is required when exemption_kind is temporary');
      }
      if (exemptionKind === 'full' && row.exemption_since && row.exemption_until) {
        if (row.exemption_until < row.exemption_since) {
          problem(
            'exemption_until',
            `exemption_until ${row.exemption_until} is before exemption_since ${row.exemption_since}`,
          );
        }
      }
      if (awayKind === 'none') {
        if (row.away_since) problem('away_since', 'away_since is set but away_kind is none');
        if (row.exemption_until && exemptionKind !== 'full' && !options.hasExemptionKindColumn) {
          problem('exemption_until', 'exemption_until is set but away_kind is none');
        }
        return;
      }
      if (!row.away_since) problem('away_since', `away_since is required when away_kind is ${awayKind}`);
      if (
        exemptionKind === 'temporary' &&
        row.away_since &&
        row.exemption_until &&
        row.exemption_until < row.away_since
      ) {
        problem(
          'exemption_until',
          `exemption_until ${row.exemption_until} is before away_since ${row.away_since}`,
        );
      }
      if (awayKind === 'abroad' && !row.country)
        problem('country', 'country is required when away_kind is abroad');
      if (awayKind === 'abroad' && row.country === HOME_COUNTRY) {
        problem('country', `country ${HOME_COUNTRY} contradicts away_kind abroad`);
      }
      if (awayKind === 'domestic' && row.country && row.country !== HOME_COUNTRY) {
        problem('country', `country ${row.country} contradicts away_kind domestic (use abroad)`);
      }
    })
    .transform((row): Omit<MemberRow, 'line'> => {
      const awayKind = row.away_kind ?? 'none';
      const exemptionKind = exemptionKindOf(row, options.hasExemptionKindColumn === true);
      let away: MemberAway | null | undefined;
      if (!options.hasAwayColumn) away = undefined;
      else if (awayKind === 'none') away = null;
      else {
        away = {
          kind: awayKind,
          place: row.place ?? null,
          countryCode: row.country ?? HOME_COUNTRY,
          since: row.away_since!,
          exemptionUntil: exemptionKind === 'temporary' ? (row.exemption_until ?? null) : null,
        };
      }
      let fullExemption: MemberFullExemption | null | undefined;
      if (!options.hasExemptionKindColumn) fullExemption = undefined;
      else if (exemptionKind !== 'full') fullExemption = null;
      else {
        fullExemption = {
          since: row.exemption_since ?? null,
          until: row.exemption_until ?? null,
          reason: row.exemption_reason ?? null,
        };
      }
      return {
        cellCode: row.cell_code,
        unitPath: row.unit_path,
        fullName: row.full_name,
        cardNumber: row.party_card_no,
        birthYear: row.birth_year,
        role: row.role ? ROLE_OF[row.role] : undefined,
        officerUnitCode: row.officer_unit,
        away,
        fullExemption,
        timezone: row.timezone,
        locale: row.language,
        monthlyFeeVnd: row.monthly_fee_vnd,
        recordedSince: row.recorded_since,
      };
    });
}

/** The row's kind of exemption: the column when the file has it; otherwise an end date on an away row is temporary. */
function exemptionKindOf(
  row: { exemption_kind?: 'temporary' | 'full'; exemption_until?: string; away_kind?: string },
  hasColumn: boolean,
): 'temporary' | 'full' | undefined {
  if (hasColumn) return row.exemption_kind;
  return row.exemption_until && row.away_kind && row.away_kind !== 'none' ? 'temporary' : undefined;
}
