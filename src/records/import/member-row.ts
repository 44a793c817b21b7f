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
      full_name: requiredCell(),
      party_card_no: requiredCell(),
      birth_year: optionalCell(
        wholeNumberCell().refine((year) => year >= OLDEST_BIRTH_YEAR && year <= youngest, {
          error: 'import-birth-year-range',
          params: { min: String(OLDEST_BIRTH_YEAR), max: String(youngest) },
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
          .refine(isCountryCode, { error: 'import-not-country-code' }),
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
          error: 'import-recorded-since-future',
          params: { today: options.today },
        }),
      ),
    })
    .superRefine((row, context) => {
      const problem = (column: MemberColumn, id: string, params: Record<string, string> = {}) =>
        context.addIssue({ code: 'custom', path: [column], message: id, params });
      if (!row.cell_code && !row.unit_path) problem('cell_code', 'import-cell-required');
      if (row.officer_unit && (!row.role || ROLE_OF[row.role] !== 'committee_officer')) {
        problem('officer_unit', 'import-officer-unit-role', { role: row.role ?? 'none' });
      }
      const awayKind = row.away_kind ?? 'none';
      const exemptionKind = exemptionKindOf(row, options.hasExemptionKindColumn === true);
      if (exemptionKind !== 'full') {
        if (row.exemption_since) {
          problem('exemption_since', 'import-exemption-since-not-full');
        }
        if (row.exemption_reason) {
          problem('exemption_reason', 'import-exemption-reason-not-full');
        }
      }
      if (exemptionKind === undefined && row.exemption_until && options.hasExemptionKindColumn) {
        problem('exemption_kind', 'import-exemption-kind-empty', { until: row.exemption_until });
      }
      if (exemptionKind === 'temporary' && awayKind === 'none') {
        problem('exemption_kind', 'import-temporary-not-away');
      }
      if (exemptionKind === 'temporary' && !row.exemption_until) {
        problem('exemption_until', 'import-temporary-needs-until');
      }
      if (exemptionKind === 'full' && row.exemption_since && row.exemption_until) {
        if (row.exemption_until < row.exemption_since) {
          problem('exemption_until', 'import-until-before-since', {
            until: row.exemption_until,
            since: row.exemption_since,
          });
        }
      }
      if (awayKind === 'none') {
        if (row.away_since) problem('away_since', 'import-away-since-without-away');
        if (row.exemption_until && exemptionKind !== 'full' && !options.hasExemptionKindColumn) {
          problem('exemption_until', 'import-until-without-away');
        }
        return;
      }
      if (!row.away_since) problem('away_since', 'import-away-since-required', { awayKind });
      if (
        exemptionKind === 'temporary' &&
        row.away_since &&
        row.exemption_until &&
        row.exemption_until < row.away_since
      ) {
        problem('exemption_until', 'import-until-before-away-since', {
          until: row.exemption_until,
          since: row.away_since,
        });
      }
      if (awayKind === 'abroad' && !row.country) problem('country', 'import-country-required-abroad');
      if (awayKind === 'abroad' && row.country === HOME_COUNTRY) {
        problem('country', 'import-country-home-abroad', { country: HOME_COUNTRY });
      }
      if (awayKind === 'domestic' && row.country && row.country !== HOME_COUNTRY) {
        problem('country', 'import-country-domestic', { country: row.country });
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
