// Removing a member's chat connection (they changed phone or account), so a new invite can bind the new one.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Channel, Prisma } from '../generated/prisma/client';
import { isCellLeader, loadActor, recordDenied, type AccessRefusal } from './access';
import { recordAudit } from './audit';
import { enqueueMessage } from './notifications';

type Tx = Prisma.TransactionClient;

export interface BoundConnection {
  /** The ChatIdentity's id: a confirmation button names it, so a press after the connection changed is stale. */
  id: number;
  channel: Channel;
  externalId: string;
  boundAt: Date;
}

export interface ConnectedMember {
  id: number;
  fullName: string;
  cardNumber: string;
  connections: BoundConnection[];
}

export type ConnectionView =
  | { outcome: 'found'; member: ConnectedMember }
  | { outcome: 'refused'; reason: AccessRefusal }
  /** A secretary or deputy unlinking the chat they are writing from would lock themselves out. */
  | { outcome: 'self' };

export type UnlinkResult =
  | { outcome: 'unlinked'; member: ConnectedMember }
  /** The connection the confirmation named is gone or was replaced since: nothing changed. */
  | { outcome: 'stale'; member: ConnectedMember }
  | { outcome: 'refused'; reason: AccessRefusal }
  | { outcome: 'self' };

export type AdminUnlinkResult =
  | { outcome: 'unlinked'; member: ConnectedMember }
  /** Nothing is bound: nothing changed. */
  | { outcome: 'not-connected'; member: ConnectedMember }
  | { outcome: 'unknown-card' };

/** Who unlinked: a cell leader (by member id), or an admin on the server (`cli`). */
type Unlinker = { kind: 'leader'; id: number; fullName: string } | { kind: 'cli' };

export class ConnectionRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** What a secretary or deputy is asked to confirm: the member of their own cell and the chats bound now. */
  async forLeader(actorId: number, memberId: number): Promise<ConnectionView> {
    return this.db.$transaction(async (tx) => {
      const checked = await this.checkLeader(tx, actorId, memberId, 'unlink.request', this.clock());
      if ('outcome' in checked) return checked;
      return { outcome: 'found', member: checked.member };
    });
  }

  /**
   * The confirmed unlink, in one transaction: the actor's role and cell read again (a button is only a hint), the
   * connection the confirmation named still the one bound, then the same change as `unlinkByCard`.
   */
  async unlinkByLeader(actorId: number, memberId: number, connectionId: number): Promise<UnlinkResult> {
    const now = this.clock();
    return this.db.$transaction(async (tx): Promise<UnlinkResult> => {
      const checked = await this.checkLeader(tx, actorId, memberId, 'unlink.confirm', now);
      if ('outcome' in checked) return checked;
      const { actor, member } = checked;
      if (!member.connections.some((connection) => connection.id === connectionId)) {
        // Another leader unlinked it already, or the member was bound again since the question was asked: a press on
        // a stale (or forged) button, refused and on the record like any other.
        await recordDenied(tx, {
          actorId,
          action: 'unlink.confirm',
          reason: 'not-found',
          target: { memberId, connectionId },
          at: now,
        });
        return { outcome: 'stale', member };
      }
      await unlinkInTx(tx, member, { kind: 'leader', id: actor.id, fullName: actor.fullName }, now);
      return { outcome: 'unlinked', member };
    });
  }

  /** `homecell unlink <card>`: an admin on the server, audited as `cli`. */
  async unlinkByCard(cardNumber: string): Promise<AdminUnlinkResult> {
    const now = this.clock();
    return this.db.$transaction(async (tx): Promise<AdminUnlinkResult> => {
      const found = await tx.member.findUnique({ where: { cardNumber }, select: { id: true } });
      if (!found) return { outcome: 'unknown-card' };
      const member = await lockedMember(tx, found.id);
      if (member.connections.length === 0) return { outcome: 'not-connected', member };
      await unlinkInTx(tx, member, { kind: 'cli' }, now);
      return { outcome: 'unlinked', member };
    });
  }

  private async checkLeader(
    tx: Tx,
    actorId: number,
    memberId: number,
    action: string,
    now: Date,
  ): Promise<
    | { actor: { id: number; fullName: string }; member: ConnectedMember }
    | { outcome: 'refused'; reason: AccessRefusal }
    | { outcome: 'self' }
  > {
    const actor = await loadActor(tx, actorId);
    const refuse = async (reason: AccessRefusal, target?: unknown) => {
      await recordDenied(tx, { actorId, action, reason, target, at: now });
      return { outcome: 'refused' as const, reason };
    };
    if (!actor || !isCellLeader(actor)) return refuse('not-allowed');
    const cell = await tx.member.findUnique({ where: { id: memberId }, select: { cellId: true } });
    if (!cell) return refuse('not-found', { memberId });
    if (cell.cellId !== actor.cellId) return refuse('out-of-scope', { memberId });
    if (memberId === actor.id) return { outcome: 'self' };
    return { actor, member: await lockedMember(tx, memberId) };
  }
}

/**
 * Locks the member's row, so two leaders confirming at once (or a member redeeming an invite meanwhile, which binds
 * under the same member) take turns, and reads the chats bound now.
 */
async function lockedMember(tx: Tx, memberId: number): Promise<ConnectedMember> {
  await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${memberId} FOR UPDATE`;
  const member = await tx.member.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      id: true,
      fullName: true,
      cardNumber: true,
      identities: {
        select: { id: true, channel: true, externalId: true, boundAt: true },
        orderBy: { id: 'asc' },
      },
    },
  });
  return {
    id: member.id,
    fullName: member.fullName,
    cardNumber: member.cardNumber,
    connections: member.identities,
  };
}

async function unlinkInTx(tx: Tx, member: ConnectedMember, by: Unlinker, now: Date): Promise<void> {
  const before = await tx.member.findUniqueOrThrow({
    where: { id: member.id },
    select: { reachable: true, cell: { select: { name: true } } },
  });
  await tx.chatIdentity.deleteMany({
    where: { id: { in: member.connections.map((connection) => connection.id) } },
  });
  // "Unreachable" was about the old chat (it blocked the bot); the next chat bound starts afresh.
  await tx.member.update({ where: { id: member.id }, data: { reachable: true, updatedAt: now } });
  await recordAudit(tx, {
    actorId: by.kind === 'leader' ? by.id : null,
    actorLabel: by.kind === 'leader' ? by.fullName : 'cli',
    action: 'chat.unlinked',
    entity: 'Member',
    entityId: member.id,
    before: { chats: member.connections, reachable: before.reachable },
    after: { chats: [], reachable: true },
    at: now,
  });
  // The old chat is told through the outbox, addressed to it by its id: the row commits with the unlink or not at
  // all, survives a restart and is retried like any message, and still reaches the old chat once no identity is
  // bound to it (the outbox would otherwise send to the member's bound chats, which are gone, or are the new
  // account if the member redeems an invite before it goes out). A send straight from the feature after the commit
  // would be lost by a crash in between, and `homecell unlink` may run where no bot token is set.
  for (const connection of member.connections) {
    await enqueueMessage(tx, {
      key: `unlinked:${connection.id}`,
      memberId: member.id,
      messageKey: 'unlink-old-chat-told',
      args: { name: member.fullName, cell: before.cell.name, by: by.kind === 'leader' ? 'leader' : 'admin' },
      dueAt: now,
      to: { channel: connection.channel, externalId: connection.externalId },
    });
  }
}
