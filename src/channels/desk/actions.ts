// What a secretary or officer can do from a screen, as typed values, and the one codec that writes them into a
// button's data (Telegram's 64 bytes) or a text channel's numbered reply and reads them back. Ids in an action are
// only hints: every action is re-checked against the records.
import type { FeeArrangementKind, Rating } from '../../generated/prisma/client';
import type { PendingKind } from '../../records/pending';

export type CellVerb = 'approve' | 'propose' | 'reject' | 'confirm' | 'dispute' | 'later' | 'contacted';
export type OfficerVerb = 'approve' | 'reject' | 'ask';
export type MemberPickPurpose = 'record' | 'invite' | 'review' | 'unlink' | 'exempt';
export type FullExemptionChoice = 'age' | 'health' | 'end';
export type MeetingField = 'when' | 'place' | 'agenda' | 'link';

export type DeskAction =
  | { type: 'pending-page'; page: number }
  | { type: 'pending-open'; kind: PendingKind; id: number }
  | { type: 'pending-decide'; verb: CellVerb; id: number }
  | { type: 'pending-rate'; rating: Rating; id: number }
  | { type: 'fee-arrangement'; kind: FeeArrangementKind; id: number }
  | { type: 'officer-page'; page: number }
  | { type: 'officer-open'; id: number }
  | { type: 'officer-decide'; verb: OfficerVerb; id: number }
  | { type: 'member-pick'; purpose: MemberPickPurpose; memberId: number }
  | { type: 'full-exemption'; choice: FullExemptionChoice; memberId: number }
  | { type: 'unlink-confirm'; memberId: number; connectionId: number }
  | { type: 'unlink-cancel'; memberId: number }
  | { type: 'meeting-schedule' }
  | { type: 'meeting-default'; change: 'set' | 'clear' }
  | { type: 'meeting-open'; meetingId: number }
  | { type: 'meeting-edit'; field: MeetingField; meetingId: number }
  | { type: 'meeting-cancel'; step: 'ask' | 'yes' | 'no'; meetingId: number }
  | { type: 'meeting-attendance'; meetingId: number }
  | { type: 'meeting-cycle'; meetingId: number; memberId: number }
  | { type: 'meeting-save'; meetingId: number }
  | { type: 'meeting-document'; meetingId: number }
  | { type: 'meeting-print'; meetingId: number };

export type DeskActionType = DeskAction['type'];
export type DeskActionOf<T extends DeskActionType> = Extract<DeskAction, { type: T }>;

/**
 * A field of an action in the data: a number (ids of 1-10 digits, pages of 1-4: anything longer is forged and never
 * reaches the database), or one of a closed set of values, each written as its code.
 */
type FieldSpec =
  { name: string; number: 'id' | 'page' } | { name: string; codes: Readonly<Record<string, string>> };

interface ActionSpec {
  type: DeskActionType;
  /** The data's fixed head, e.g. "pd:open"; the fields follow, each after a colon. */
  head: string;
  fields: readonly FieldSpec[];
}

const id = (name: string): FieldSpec => ({ name, number: 'id' });
const same = (...values: string[]) => Object.fromEntries(values.map((value) => [value, value]));

/** The data strings are those of the buttons already sent: a message from before this codec still works. */
const SPECS: readonly ActionSpec[] = [
  { type: 'pending-page', head: 'pd:page', fields: [{ name: 'page', number: 'page' }] },
  {
    type: 'pending-open',
    head: 'pd:open',
    fields: [{ name: 'kind', codes: { application: 'a', fee: 'f', review: 'r', request: 'q' } }, id('id')],
  },
  {
    type: 'pending-decide',
    head: 'pd',
    fields: [
      {
        name: 'verb',
        codes: same('approve', 'propose', 'reject', 'confirm', 'dispute', 'later', 'contacted'),
      },
      id('id'),
    ],
  },
  {
    type: 'pending-rate',
    head: 'pd:rate',
    fields: [
      { name: 'rating', codes: { excellent: 'x', good: 'g', complete: 'c', incomplete: 'i' } },
      id('id'),
    ],
  },
  {
    type: 'fee-arrangement',
    head: 'pd',
    fields: [{ name: 'kind', codes: { late: 'fee-late', advance: 'fee-advance' } }, id('id')],
  },
  { type: 'officer-page', head: 'od:page', fields: [{ name: 'page', number: 'page' }] },
  { type: 'officer-open', head: 'od:open', fields: [id('id')] },
  {
    type: 'officer-decide',
    head: 'od',
    fields: [{ name: 'verb', codes: same('approve', 'reject', 'ask') }, id('id')],
  },
  {
    type: 'member-pick',
    head: 'mp',
    fields: [
      { name: 'purpose', codes: same('record', 'invite', 'review', 'unlink', 'exempt') },
      id('memberId'),
    ],
  },
  {
    type: 'full-exemption',
    head: 'fx',
    fields: [{ name: 'choice', codes: same('age', 'health', 'end') }, id('memberId')],
  },
  { type: 'unlink-confirm', head: 'ul:yes', fields: [id('memberId'), id('connectionId')] },
  { type: 'unlink-cancel', head: 'ul:no', fields: [id('memberId')] },
  { type: 'meeting-schedule', head: 'mt:new', fields: [] },
  { type: 'meeting-default', head: 'mt:default', fields: [{ name: 'change', codes: same('set', 'clear') }] },
  { type: 'meeting-open', head: 'mt:open', fields: [id('meetingId')] },
  {
    type: 'meeting-edit',
    head: 'mt:edit',
    fields: [{ name: 'field', codes: same('when', 'place', 'agenda', 'link') }, id('meetingId')],
  },
  {
    type: 'meeting-cancel',
    head: 'mt',
    fields: [{ name: 'step', codes: { ask: 'cancel', yes: 'cancel-yes', no: 'cancel-no' } }, id('meetingId')],
  },
  { type: 'meeting-attendance', head: 'mt:att', fields: [id('meetingId')] },
  { type: 'meeting-cycle', head: 'mt:cyc', fields: [id('meetingId'), id('memberId')] },
  { type: 'meeting-save', head: 'mt:save', fields: [id('meetingId')] },
  { type: 'meeting-document', head: 'mt:doc', fields: [id('meetingId')] },
  { type: 'meeting-print', head: 'mt:print', fields: [id('meetingId')] },
];

const SPEC_OF = new Map(SPECS.map((spec) => [spec.type, spec]));
const NUMBER = { id: /^[0-9]{1,10}$/, page: /^[0-9]{1,4}$/ };

/** The action as button data: at most 64 bytes, as Telegram allows. */
export function encodeDeskAction(action: DeskAction): string {
  const spec = SPEC_OF.get(action.type)!;
  const values = action as unknown as Record<string, string | number>;
  const parts = spec.fields.map((field) =>
    'number' in field ? String(values[field.name]) : field.codes[String(values[field.name])],
  );
  return [spec.head, ...parts].join(':');
}

function readFields(spec: ActionSpec, parts: readonly string[]): DeskAction | undefined {
  if (parts.length !== spec.fields.length) return undefined;
  const action: Record<string, string | number> = { type: spec.type };
  for (const [index, field] of spec.fields.entries()) {
    const part = parts[index];
    if ('number' in field) {
      if (!NUMBER[field.number].test(part)) return undefined;
      action[field.name] = Number(part);
    } else {
      const value = Object.keys(field.codes).find((key) => field.codes[key] === part);
      if (value === undefined) return undefined;
      action[field.name] = value;
    }
  }
  return action as unknown as DeskAction;
}

/** The action a button's data (or a remembered numbered reply) stands for; undefined for anything else or forged. */
export function decodeDeskAction(data: string): DeskAction | undefined {
  if (data.length > 64) return undefined;
  for (const spec of SPECS) {
    if (data !== spec.head && !data.startsWith(`${spec.head}:`)) continue;
    const rest = data.slice(spec.head.length + 1);
    const action = readFields(spec, rest === '' ? [] : rest.split(':'));
    if (action) return action;
  }
  return undefined;
}

/** Decodes data known to be of one type (a grammY route already matched it), or undefined. */
export function decodeDeskActionOf<T extends DeskActionType>(
  type: T,
  data: string | undefined,
): DeskActionOf<T> | undefined {
  const action = data === undefined ? undefined : decodeDeskAction(data);
  return action?.type === type ? (action as DeskActionOf<T>) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A route for a channel that dispatches by pattern (grammY's callbackQuery): the data of these action types. */
export function deskActionPattern(...types: DeskActionType[]): RegExp {
  const alternatives = types.map((type) => {
    const spec = SPEC_OF.get(type)!;
    const fields = spec.fields.map((field) =>
      'number' in field
        ? `:${field.number === 'id' ? '[0-9]{1,10}' : '[0-9]{1,4}'}`
        : `:(?:${Object.values(field.codes).map(escapeRegExp).join('|')})`,
    );
    return escapeRegExp(spec.head) + fields.join('');
  });
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
