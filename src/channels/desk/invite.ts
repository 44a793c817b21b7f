// /invite <card or name>: a fresh one-time invite for a member of the cell leader's own cell, with the link (or code)
// the member opens (or types) on the channel they will use.
import { isLeaderScope, refusedByRecords, refusedCommand } from './access';
import { lookupMember } from './lookup';
import type { DeskEnv, DeskReply } from './screen';

// Such a member could not redeem a code anyway (InviteRecords.redeem refuses them).
const NOT_INVITABLE = ['removed', 'left', 'transferred'];

export async function inviteCommand(env: DeskEnv, query: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'invite.issue', 'leader');
  const looked = await lookupMember(env, query, 'invite');
  return 'found' in looked ? issueInvite(env, looked.found.id) : looked.replies;
}

/** A new code for the member named or picked (re-checked: a pick is only a hint). */
export async function issueInvite(env: DeskEnv, memberId: number): Promise<DeskReply[]> {
  const actor = env.member!;
  const found = await env.records.roster.memberOfCell(actor.id, memberId, 'invite.issue');
  if (found.outcome === 'refused') return refusedByRecords(env);
  const { member } = found;
  if (NOT_INVITABLE.includes(member.status))
    return [{ type: 'message', text: env.t('sec-invite-inactive', { name: member.fullName }) }];
  const issued = await env.records.invites.issue(member.id, { id: actor.id, label: actor.fullName });
  return [
    {
      type: 'message',
      text: env.t('sec-invite-issued', {
        name: member.fullName,
        card: member.cardNumber,
        link: env.inviteLink(issued.code) ?? 'none',
        code: issued.code,
        expires: env.formats.localTime(issued.expiresAt),
        connected: member.connected ? 'yes' : 'no',
      }),
    },
  ];
}
