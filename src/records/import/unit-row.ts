// One row of a units file, checked on its own: code, name, kind, parent (a province has none), optional time zone.
import { z } from 'zod';
import type { UnitKind } from '../../generated/prisma/client';
import { isWebLink } from '../../domain/web-link';
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
  /** Undefined when the file has no such column (the stored link stays); null when its cell is blank. */
  onlineMeetingLink?: string | null;
}

const codeCell = () => z.string().regex(CODE_PATTERN, { error: 'import-code-characters' });

export const unitRowSchema = z
  .object({
    code: requiredCell().pipe(codeCell()),
    name: requiredCell(),
    kind: requiredCell().pipe(choiceCell(UNIT_KINDS)),
    parent_code: optionalCell(codeCell()),
    timezone: optionalCell(timeZoneCell),
    // A blank cell ends the pilot, so '' is kept apart from a missing column here.
    online_meeting_link: z.string().optional(),
  })
  .superRefine((row, context) => {
    const problem = (id: string, params: Record<string, string> = {}) =>
      context.addIssue({ code: 'custom', path: ['parent_code'], message: id, params });
    if (row.kind === 'province' && row.parent_code) problem('import-province-no-parent');
    if (row.kind !== 'province' && !row.parent_code) problem('import-parent-required', { kind: row.kind });
    if (row.parent_code === row.code) problem('import-parent-self');
    const link = row.online_meeting_link;
    if (link) {
      const linkProblem = (id: string) =>
        context.addIssue({
          code: 'custom',
          path: ['online_meeting_link'],
          message: id,
          params: { value: link },
        });
      if (row.kind !== 'cell') linkProblem('import-link-cell-only');
      else if (!isWebLink(link)) linkProblem('import-not-link');
    }
  })
  .transform((row): Omit<UnitRow, 'line'> => ({
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentCode: row.parent_code ?? null,
    timezone: row.timezone,
    onlineMeetingLink: row.online_meeting_link === undefined ? undefined : row.online_meeting_link || null,
  }));
