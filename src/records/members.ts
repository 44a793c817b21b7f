// Members as the bot sees them: who is behind a chat, with role and cell, and the few fields a member changes.
import type { Database } from '../db/client';
import type { Channel, MemberRole, MemberStatus } from '../generated/prisma/client';
import { recordAudit } from './audit';

/** What the bot needs to know about the member behind a chat; plain values only. */
export interface MemberScope {
  id: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
  locale: string;
  timezone: string;
  cellId: number;
  cellName: string;
  officerUnitId: number | null;
}

export class MemberRecords {
  constructor(private readonly db: Database) {}

  async findByChat(channel: Channel, externalId: string): Promise<MemberScope | undefined> {
    const identity = await this.db.chatIdentity.findUnique({
      where: { channel_externalId: { channel, externalId } },
      include: { member: { include: { cell: { select: { name: true } } } } },
    });
    if (!identity) return undefined;
    const { member } = identity;
    return {
      id: member.id,
      fullName: member.fullName,
      role: member.role,
      status: member.status,
      locale: member.locale,
      timezone: member.timezone,
      cellId: member.cellId,
      cellName: member.cell.name,
      officerUnitId: member.officerUnitId,
    };
  }

  async setLocale(memberId: number, locale: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const before = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { locale: true } });
      if (before.locale === locale) return;
      await tx.member.update({ where: { id: memberId }, data: { locale } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'member.locale.changed',
        entity: 'Member',
        entityId: memberId,
        before,
        after: { locale },
      });
    });
  }

  async findByCardNumber(cardNumber: string) {
    return this.db.member.findUnique({ where: { cardNumber }, include: { cell: true } });
  }
}
