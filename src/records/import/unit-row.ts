// One row of a units file, checked on its own: code, name, kind, parent (a province has none), optional time zone.
import { z } from 'zod';
import type { UnitKind } from '../../generated/prisma/client';
import { choiceCell, optionalCell, requiredCell, timeZoneCell } from './cells';

export const UNIT_KINDS = ['province', 'district', 'grassroots', 'cell'] as const;

// '/' joins codes in a unit's path, so it can never be part of a code.
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface UnitRow {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  timezone?: string;
}

const codeCell = (column: string) =>
  z.string().regex(CODE_PATTERN, {
    error: (issue) => `${column}: "${String(issue.input)}" may hold only letters, digits, '.', '_' and '-'`,
  });

export const unitRowSchema = z
  .object({
    code: requiredCell('code').pipe(codeCell('code')),
    name: requiredCell('name'),
    kind: requiredCell('kind').pipe(choiceCell(UNIT_KINDS)),
    parent_code: optionalCell(codeCell('parent_code')),
    timezone: optionalCell(timeZoneCell),
  })
  .superRefine((row, context) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', path: ['parent_code'], message });
    if (row.kind === 'province' && row.parent_code) problem('parent_code must be empty for a province');
    if (row.kind !== 'province' && !row.parent_code) problem(`parent_code is required for a ${row.kind}`);
    if (row.parent_code === row.code) problem("parent_code is the unit's own code");
  })
  .transform((row): Omit<UnitRow, 'line'> => ({
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentCode: row.parent_code ?? null,
    timezone: row.timezone,
  }));
