// One-time invite codes: issued for a member, stored hashed, redeemed once from one chat, with a limit on wrong tries.
import crypto from 'node:crypto';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Channel } from '../generated/prisma/client';
import { recordAudit } from './audit';

export const INVITE_LIFETIME_DAYS = 14;
export const WRONG_TRIES_PER_HOUR = 5;
const HOUR_MS = 3_600_000;
// No 0/O or 1/I/L: codes are read aloud over the phone and typed on small keyboards.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

export function hashInviteCode(code: string): string {
  return crypto.createHash('sha256').update(normaliseInviteCode(code)).digest('hex');
}

export function normaliseInviteCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, '');
}

function newCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export type RedeemResult =
  | { outcome: 'bound'; memberId: number }
  | { outcome: 'invalid'; remainingTries: number }
  | { outcome: 'used' }
  | { outcome: 'expired' }
  | { outcome: 'cooldown'; minutes: number }
  | { outcome: 'member-has-other-chat'; memberName: string }
  | { outcome: 'member-inactive' }
  | { outcome: 'chat-already-bound'; memberId: number };

export interface IssuedInvite {
  code: string;
  expiresAt: Date;
}

export class InviteRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async issue(memberId: number, actor: { id?: number; label: string }): Promise<IssuedInvite> {
    const code = newCode();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * HOUR_MS);
    await this.db.$transaction(async (tx) => {
      const invite = await tx.invite.create({
        data: {
          codeHash: hashInviteCode(code),
          memberId,
          expiresAt,
          createdById: actor.id ?? null,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'invite.issued',
        entity: 'Invite',
        entityId: invite.id,
        after: { memberId, expiresAt },
        at: now,
      });
    });
    return { code, expiresAt };
  }

  async redeem(code: string, channel: Channel, externalId: string): Promise<RedeemResult> {
    const now = this.clock();
    const bound = await this.db.chatIdentity.findUnique({
      where: { channel_externalId: { channel, externalId } },
    });
    if (bound) return { outcome: 'chat-already-bound', memberId: bound.memberId };

    const since = new Date(now.getTime() - HOUR_MS);
    const failures = await this.db.inviteFailure.findMany({
      where: { channel, externalId, at: { gt: since } },
      orderBy: { at: 'asc' },
      select: { at: true },
    });
    if (failures.length >= WRONG_TRIES_PER_HOUR) {
      const freeAt = failures[failures.length - WRONG_TRIES_PER_HOUR]!.at.getTime() + HOUR_MS;
      return { outcome: 'cooldown', minutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
    }

    const invite = await this.db.invite.findUnique({
      where: { codeHash: hashInviteCode(code) },
      include: { member: { include: { identities: { where: { channel } } } } },
    });
    const failure = async () => {
      await this.db.inviteFailure.create({ data: { channel, externalId, at: now } });
    };
    if (!invite) {
      await failure();
      return { outcome: 'invalid', remainingTries: WRONG_TRIES_PER_HOUR - failures.length - 1 };
    }
    if (invite.usedAt) {
      await failure();
      return { outcome: 'used' };
    }
    if (invite.expiresAt <= now) {
      await failure();
      return { outcome: 'expired' };
    }
    if (['removed', 'left', 'transferred'].includes(invite.member.status))
      return { outcome: 'member-inactive' };
    if (invite.member.identities.length > 0) {
      return { outcome: 'member-has-other-chat', memberName: invite.member.fullName };
    }

    return this.db.$transaction(async (tx): Promise<RedeemResult> => {
      // The conditional update makes a double tap or two chats racing on one code bind only once.
      const claimed = await tx.invite.updateMany({
        where: { id: invite.id, usedAt: null },
        data: { usedAt: now, usedBy: `${channel}:${externalId}` },
      });
      if (claimed.count === 0) return { outcome: 'used' };
      const identity = await tx.chatIdentity.create({
        data: { channel, externalId, memberId: invite.memberId, boundAt: now },
      });
      await recordAudit(tx, {
        actorId: invite.memberId,
        actorLabel: 'member',
        action: 'chat.bound',
        entity: 'ChatIdentity',
        entityId: identity.id,
        after: { channel, externalId, memberId: invite.memberId, inviteId: invite.id },
        at: now,
      });
      return { outcome: 'bound', memberId: invite.memberId };
    });
  }
}
