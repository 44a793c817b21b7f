// /unlink <card or name>: removes a member's chat connection after they changed phone, so a new invite can bind the
// new account. Asks for confirmation; the records re-check everything when the leader confirms.
import { DateTime } from 'luxon';
import type { ConnectedMember } from '../../records/connections';
import { isLeaderScope, refusedByRecords, refusedCommand } from './access';
import { lookupMember } from './lookup';
import type { DeskButton, DeskEnv, DeskReply } from './screen';

/** The day the member's first chat was bound, on the cell's calendar. */
function boundOn(env: DeskEnv, member: ConnectedMember): string {
  const day = DateTime.fromJSDate(member.connections[0].boundAt).setZone(env.homeTimezone).toISODate()!;
  return env.formats.date(day);
}

/** After an unlink the leader's next step is a new invite: the same choice /invite's pick of a name uses. */
function inviteChoice(env: DeskEnv, memberId: number): DeskButton[][] {
  return [
    [
      {
        label: env.t('sec-unlink-button-invite'),
        action: { type: 'member-pick', purpose: 'invite', memberId },
      },
    ],
  ];
}

export async function unlinkCommand(env: DeskEnv, query: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'unlink.request', 'leader');
  const looked = await lookupMember(env, query, 'unlink');
  return 'found' in looked ? askToConfirm(env, looked.found.id) : looked.replies;
}

/** The question before anything changes, naming the member and since when their chat is bound. */
export async function askToConfirm(env: DeskEnv, memberId: number): Promise<DeskReply[]> {
  const found = await env.records.connections.forLeader(env.member!.id, memberId);
  if (found.outcome === 'refused') return refusedByRecords(env);
  if (found.outcome === 'self') return [{ type: 'message', text: env.t('sec-unlink-self') }];
  const { member } = found;
  if (member.connections.length === 0)
    return [
      {
        type: 'message',
        text: env.t('sec-unlink-not-connected', { name: member.fullName }),
        buttons: inviteChoice(env, member.id),
      },
    ];
  return [
    {
      type: 'message',
      text: env.t('sec-unlink-confirm', {
        name: member.fullName,
        card: member.cardNumber,
        since: boundOn(env, member),
      }),
      buttons: [
        [
          {
            label: env.t('sec-unlink-button-confirm'),
            action: { type: 'unlink-confirm', memberId: member.id, connectionId: member.connections[0].id },
          },
        ],
        [
          {
            label: env.t('sec-unlink-button-cancel'),
            action: { type: 'unlink-cancel', memberId: member.id },
          },
        ],
      ],
    },
  ];
}

/** The leader confirmed: the connection asked about goes (a press after it changed is stale). */
export async function confirmUnlink(
  env: DeskEnv,
  memberId: number,
  connectionId: number,
): Promise<DeskReply[]> {
  const result = await env.records.connections.unlinkByLeader(env.member!.id, memberId, connectionId);
  switch (result.outcome) {
    case 'refused':
      return refusedByRecords(env);
    case 'self':
      return [{ type: 'message', text: env.t('sec-unlink-self') }];
    case 'stale':
      return [{ type: 'refused', text: env.t('sec-unlink-stale') }, { type: 'close-actions' }];
    case 'unlinked': {
      const { member } = result;
      env.log.info({ memberId: member.id, chats: member.connections.length }, 'chat connection removed');
      return [
        { type: 'close-actions' },
        { type: 'chats-unbound', chats: member.connections },
        {
          type: 'message',
          text: env.t('sec-unlink-done', { name: member.fullName, buttons: env.buttons ? 'yes' : 'no' }),
          buttons: inviteChoice(env, member.id),
        },
      ];
    }
  }
}

export function cancelUnlink(env: DeskEnv): DeskReply[] {
  return [{ type: 'close-actions' }, { type: 'message', text: env.t('sec-unlink-cancelled') }];
}
