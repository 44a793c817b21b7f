// /end_absence <card or name> <date>: the cell records that a member's absence ended (on or before today: the member
// is home from that day, and the return report is owed) or that an exemption now ends earlier (a later date).
import { DateTime } from 'luxon';
import type { CalendarDate } from '../../domain/periods';
import { isLeaderScope, refusedByRecords, refusedCommand } from './access';
import { lookupMember } from './lookup';
import type { DeskEnv, DeskReply } from './screen';

/** "15/03/2027", "15.3.2027" or "2027-03-15" at the end of the text; the rest names the member. */
function splitDate(text: string): { query: string; day: CalendarDate } | undefined {
  const match = /\s(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$|\s(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(
    ` ${text}`,
  );
  if (!match) return undefined;
  const [year, month, day] = match[1]
    ? [Number(match[3]), Number(match[2]), Number(match[1])]
    : [Number(match[4]), Number(match[5]), Number(match[6])];
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  if (!date.isValid) return undefined;
  return { query: ` ${text}`.slice(0, match.index).trim(), day: date.toISODate() };
}

const ACCESS_REFUSALS = ['not-bound', 'not-allowed', 'out-of-scope', 'not-found'];

export async function endAbsenceCommand(env: DeskEnv, args: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'absence.end', 'leader');
  const parsed = splitDate(args);
  if (!parsed || parsed.query === '') return [{ type: 'message', text: env.t('sec-end-absence-usage') }];
  const looked = await lookupMember(env, parsed.query, 'record');
  if (!('found' in looked)) return looked.replies;
  const { found } = looked;
  const result = await env.records.absenceChanges.endByCell(env.member.id, found.id, parsed.day);
  if (result.outcome === 'refused') {
    if (ACCESS_REFUSALS.includes(result.reason)) return refusedByRecords(env);
    return [
      {
        type: 'message',
        text: env.t('sec-end-absence-refused', { reason: result.reason, name: found.fullName }),
      },
    ];
  }
  return [
    {
      type: 'message',
      text: env.t(result.outcome === 'ended' ? 'sec-end-absence-ended' : 'sec-end-absence-shortened', {
        name: result.memberName,
        day: env.formats.date(result.day),
        arrangements: result.arrangementsFitted,
      }),
    },
  ];
}
