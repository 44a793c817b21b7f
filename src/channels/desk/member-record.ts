// /member <name or card>: one member's whole record for a cell leader or an officer within their scope, and under
// it, for a running exemption the cell approved, the choice to let the member pay its months late or in advance.
import { monthOf, today } from '../../domain/periods';
import type { MemberRecordView } from '../../records/member-record';
import { isLeaderScope, isOfficerScope, refusedByRecords, refusedCommand } from './access';
import { lookupMember } from './lookup';
import { memberRecordTexts } from './member-record-texts';
import type { DeskEnv, DeskReply } from './screen';

export async function memberCommand(env: DeskEnv, query: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member) && !isOfficerScope(env.member))
    return refusedCommand(env, 'record.read', 'records');
  const looked = await lookupMember(env, query, 'record');
  return 'found' in looked ? showRecord(env, looked.found.id) : looked.replies;
}

/** The record of a member the caller named or picked (re-checked: a pick is only a hint). */
export async function showRecord(env: DeskEnv, memberId: number): Promise<DeskReply[]> {
  const result = await env.records.memberRecords.read(env.member!.id, memberId);
  if (result.outcome === 'refused') return refusedByRecords(env);
  const texts = memberRecordTexts(result.record, env.t, env.formats);
  const offer = feeArrangementOffer(env, result.record);
  return [...texts.map((text): DeskReply => ({ type: 'message', text })), ...(offer ? [offer] : [])];
}

/**
 * An exemption the committee approved is when the cell may allow paying the fee late or in advance for its months
 * (QĐ 01-QĐ/TW 2026): the secretary is told so, and finds the choice here, under the member's record.
 */
function feeArrangementOffer(env: DeskEnv, record: MemberRecordView): DeskReply | undefined {
  if (!isLeaderScope(env.member)) return undefined;
  // Only an exemption still running on the member's day: a lapsed one has no months left to arrange.
  const memberToday = today(env.records.decisions.now(), record.member.timezone);
  const exemption = record.absences.find(
    (absence) =>
      absence.arrangement === 'temporary_exemption' &&
      absence.applicationStatus === 'approved' &&
      absence.endedOn === null &&
      absence.expectedEndOn !== null &&
      absence.expectedEndOn >= memberToday,
  );
  if (!exemption) return undefined;
  const first = monthOf(exemption.startsOn);
  const last = monthOf(exemption.expectedEndOn!);
  if (record.arrangements.some((range) => range.firstMonth <= last && range.lastMonth >= first))
    return undefined;
  return {
    type: 'message',
    text: env.t('sec-offer-fee-arrangement'),
    buttons: [
      [
        {
          label: env.t('sec-button-fee-late'),
          action: { type: 'fee-arrangement', kind: 'late', id: exemption.id },
        },
      ],
      [
        {
          label: env.t('sec-button-fee-advance'),
          action: { type: 'fee-arrangement', kind: 'advance', id: exemption.id },
        },
      ],
    ],
  };
}
