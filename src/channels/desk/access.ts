// Role gates of the cell's and committee's screens on the member the records say is behind the chat, and the
// audited refusals every channel gives alike.
import type { MemberScope } from '../../records/members';
import type { DeskEnv, DeskReply } from './screen';

export type LeaderScope = MemberScope & { role: 'secretary' | 'deputy_secretary' };
export type OfficerScope = MemberScope & { role: 'committee_officer'; officerUnitId: number };

/** The member is read from the records on every update, so a demoted secretary fails this at once. */
export function isLeaderScope(member: MemberScope | undefined): member is LeaderScope {
  return member?.role === 'secretary' || member?.role === 'deputy_secretary';
}

export function isOfficerScope(member: MemberScope | undefined): member is OfficerScope {
  return member?.role === 'committee_officer' && member.officerUnitId !== null;
}

function actorOf(env: DeskEnv): { actorId: number | null; actorLabel?: string } {
  return env.member ? { actorId: env.member.id } : { actorId: null, actorLabel: env.actorLabel };
}

/** A command the caller's role does not allow: a clear answer, and an audit event naming who tried. */
export async function refusedCommand(
  env: DeskEnv,
  action: string,
  needs: 'leader' | 'officer' | 'records',
): Promise<DeskReply[]> {
  await env.records.access.denied({
    ...actorOf(env),
    action,
    reason: env.member ? 'not-allowed' : 'not-bound',
  });
  env.log.warn({ action, memberId: env.member?.id }, 'command refused');
  return [{ type: 'message', text: env.t(env.member ? `access-${needs}-only` : 'access-unbound') }];
}

/** An action the caller may not take (demoted, another chat's message, forged): refused and audited, nothing shown. */
export async function refusedAction(env: DeskEnv, action: string, data: string | null): Promise<DeskReply[]> {
  await env.records.access.denied({
    ...actorOf(env),
    action,
    reason: env.member ? 'not-allowed' : 'not-bound',
    target: { data },
  });
  env.log.warn({ action, memberId: env.member?.id }, 'button refused');
  return [{ type: 'refused', text: env.t('access-button-refused') }];
}

/** A refusal the records gave, read alike for another cell's item and a forged id, so it leaks nothing. */
export function refusedByRecords(env: DeskEnv): DeskReply[] {
  return [{ type: 'refused', text: env.t('access-button-refused') }];
}
