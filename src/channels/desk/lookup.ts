// "<name or card number>" after /member, /invite, /unlink: one member found, a choice of several, or a clear no.
import type { FoundMember } from '../../records/roster';
import { refusedCommand } from './access';
import type { MemberPickPurpose } from './actions';
import type { DeskEnv, DeskReply } from './screen';

/** Resolves the query within the caller's scope: the member, or what to tell the caller instead. */
export async function lookupMember(
  env: DeskEnv,
  query: string,
  purpose: MemberPickPurpose,
): Promise<{ found: FoundMember } | { replies: DeskReply[] }> {
  const say = (text: string) => ({ replies: [{ type: 'message' as const, text }] });
  if (query.trim() === '') return say(env.t('sec-lookup-usage', { purpose }));
  const result = await env.records.roster.find(env.member!.id, query, { action: `lookup.${purpose}` });
  switch (result.outcome) {
    case 'found':
      return { found: result.member };
    case 'refused':
      return { replies: await refusedCommand(env, `lookup.${purpose}`, 'records') };
    case 'none':
      return say(env.t('sec-lookup-none', { query: query.trim().slice(0, 100) }));
    case 'ambiguous':
      return {
        replies: [
          {
            type: 'message',
            text: env.t('sec-lookup-ambiguous', { count: result.candidates.length }),
            buttons: result.candidates.map((member) => [
              {
                label: `${member.fullName} · ${member.cardNumber}`,
                action: { type: 'member-pick', purpose, memberId: member.id },
              },
            ]),
          },
        ],
      };
  }
}
