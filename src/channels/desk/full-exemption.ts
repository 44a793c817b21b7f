// /full_exemption <card or name>: the secretary or deputy records the grassroots committee's decision to exempt a
// member from work and activities (old age, poor health), or its end. The records re-check role, cell and state.
import { isLeaderScope, refusedByRecords, refusedCommand } from './access';
import type { DeskActionOf } from './actions';
import { lookupMember } from './lookup';
import type { DeskEnv, DeskReply } from './screen';

function askWhich(env: DeskEnv, memberId: number, name: string): DeskReply[] {
  const choice = (label: string, which: 'age' | 'health' | 'end') => [
    { label: env.t(label), action: { type: 'full-exemption' as const, choice: which, memberId } },
  ];
  return [
    {
      type: 'message',
      text: env.t('sec-full-exemption-ask', { name }),
      buttons: [
        choice('sec-full-exemption-button-age', 'age'),
        choice('sec-full-exemption-button-health', 'health'),
        choice('sec-full-exemption-button-end', 'end'),
      ],
    },
  ];
}

export async function fullExemptionCommand(env: DeskEnv, query: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'full-exemption.request', 'leader');
  const looked = await lookupMember(env, query, 'exempt');
  return 'found' in looked ? askWhich(env, looked.found.id, looked.found.fullName) : looked.replies;
}

/** A member picked among several of the name: the member's cell and the leader's role read again. */
export async function fullExemptionFor(env: DeskEnv, memberId: number): Promise<DeskReply[]> {
  const found = await env.records.roster.memberOfCell(env.member!.id, memberId, 'full-exemption.request');
  if (found.outcome === 'refused') return refusedByRecords(env);
  return askWhich(env, found.member.id, found.member.fullName);
}

/** The committee's decision chosen: recorded, or its end; the spent choice closes. */
export async function decideFullExemption(
  env: DeskEnv,
  { choice, memberId }: DeskActionOf<'full-exemption'>,
): Promise<DeskReply[]> {
  const { decisions } = env.records;
  const say = (text: string): DeskReply => ({ type: 'message', text });
  if (choice === 'end') {
    const ended = await decisions.endFullExemption(env.member!.id, memberId);
    if (ended.outcome === 'refused')
      return ended.reason === 'not-exempt'
        ? [say(env.t('sec-full-exemption-not-exempt'))]
        : refusedByRecords(env);
    return [
      { type: 'close-actions' },
      say(
        env.t('sec-full-exemption-ended', { name: ended.memberName, until: env.formats.date(ended.endsOn) }),
      ),
    ];
  }
  const recorded = await decisions.recordFullExemption(env.member!.id, memberId, choice);
  if (recorded.outcome === 'refused')
    return recorded.reason === 'already-exempt'
      ? [say(env.t('sec-full-exemption-already'))]
      : refusedByRecords(env);
  return [
    { type: 'close-actions' },
    say(
      env.t('sec-full-exemption-recorded', {
        name: recorded.memberName,
        reason: choice,
        from: env.formats.date(recorded.startsOn),
      }),
    ),
  ];
}
