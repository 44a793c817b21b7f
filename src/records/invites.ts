// One-time invite codes: issued for a member, stored hashed, redeemed once from one chat, with limits on wrong tries
// (per chat, and across all chats) that hold with any number of instances.
import crypto from 'node:crypto';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Policy } from '../domain/policy';
import type { Channel, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { enqueueMessage } from './notifications';

const MINUTE_MS = 60_000;
// No 0/O or 1/I/L: codes are read aloud over the phone and typed on small keyboards.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
/** The advisory locks of invites live under their own first key, apart from every other lock of homecell. */
const LOCK_SPACE = 'homecell-invites';
const INACTIVE = ['removed', 'left', 'transferred'];

export type InviteLimits = Policy['invites'];

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

/** The moment the wrong tries of all chats reached the limit: counts only, never a code. */
export interface GlobalLimitReached {
  wrongTries: number;
  chats: number;
  windowMinutes: number;
  pauseMinutes: number;
}

/** What a wrong try set off besides its own answer: the limit of all chats, a message to a cell's secretary. */
export interface WrongTryEffects {
  globalLimitReached?: GlobalLimitReached;
  /** The cell whose used or expired code was tried, when its secretary was told (at most once per period). */
  cellTold?: number;
}

export type RedeemResult =
  | { outcome: 'bound'; memberId: number }
  /** `lockedMinutes`: this wrong try was the last one allowed; the chat may try again after that many minutes. */
  | ({ outcome: 'invalid'; remainingTries: number; lockedMinutes?: number } & WrongTryEffects)
  | ({ outcome: 'used' } & WrongTryEffects)
  | ({ outcome: 'expired' } & WrongTryEffects)
  /** This chat used up its wrong tries. */
  | { outcome: 'cooldown'; minutes: number }
  /** All chats together did: every code is refused for a while. */
  | { outcome: 'paused'; minutes: number }
  | { outcome: 'member-has-other-chat'; memberName: string }
  | { outcome: 'member-inactive' }
  | { outcome: 'chat-already-bound'; memberId: number };

export interface IssuedInvite {
  code: string;
  expiresAt: Date;
}

type Tx = Prisma.TransactionClient;
type FoundInvite = Prisma.InviteGetPayload<{
  include: { member: { include: { identities: true } } };
}>;

export class InviteRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly limits: InviteLimits,
  ) {}

  async issue(memberId: number, actor: { id?: number; label: string }): Promise<IssuedInvite> {
    const code = newCode();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.limits.lifetimeDays * 24 * 60 * MINUTE_MS);
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

  /**
   * One transaction per try, holding a lock on the chat: the chat's count of wrong tries and the try it adds are one
   * step on every instance, and so is the count of all chats (under a second lock) for a wrong try.
   */
  async redeem(code: string, channel: Channel, externalId: string): Promise<RedeemResult> {
    const now = this.clock();
    const chat = `${channel}:${externalId}`;
    // Under a flood every try ends here, in one read without a transaction or a lock, once the pause began.
    const paused = await this.pauseLeft(this.db, now);
    if (paused > 0) return { outcome: 'paused', minutes: minutesOf(paused) };
    return this.db.$transaction(
      async (tx): Promise<RedeemResult> => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK_SPACE}), hashtext(${chat}))`;
        return this.redeemLocked(tx, code, channel, externalId, now);
      },
      // The tries of one chat wait for each other here, and wrong tries for the count of all chats.
      { maxWait: 10_000, timeout: 20_000 },
    );
  }

  private async redeemLocked(
    tx: Tx,
    code: string,
    channel: Channel,
    externalId: string,
    now: Date,
  ): Promise<RedeemResult> {
    const bound = await tx.chatIdentity.findUnique({
      where: { channel_externalId: { channel, externalId } },
    });
    if (bound) return { outcome: 'chat-already-bound', memberId: bound.memberId };

    const chatWindowMs = this.limits.chatWindowMinutes * MINUTE_MS;
    const failures = await tx.inviteFailure.findMany({
      where: { channel, externalId, at: { gt: new Date(now.getTime() - chatWindowMs) } },
      orderBy: { at: 'asc' },
      select: { at: true },
    });
    const allowed = this.limits.chatWrongTries;
    if (failures.length >= allowed) {
      const freeAt = failures[failures.length - allowed].at.getTime() + chatWindowMs;
      return { outcome: 'cooldown', minutes: minutesOf(freeAt - now.getTime()) };
    }

    const invite = await tx.invite.findUnique({
      where: { codeHash: hashInviteCode(code) },
      include: { member: { include: { identities: { where: { channel } } } } },
    });
    const refusal = !invite
      ? 'invalid'
      : invite.usedAt
        ? 'used'
        : invite.expiresAt <= now
          ? 'expired'
          : undefined;
    if (refusal) {
      const counted = await this.countWrongTry(tx, channel, externalId, now);
      if ('paused' in counted) return { outcome: 'paused', minutes: minutesOf(counted.paused) };
      const effects: WrongTryEffects = { ...counted };
      if (refusal === 'invalid') {
        const remainingTries = allowed - failures.length - 1;
        if (remainingTries > 0) return { outcome: 'invalid', remainingTries, ...effects };
        // This try locks the chat: until the oldest wrong try in the window leaves it (the policy's window).
        const freeAt = (failures[0]?.at.getTime() ?? now.getTime()) + chatWindowMs;
        return {
          outcome: 'invalid',
          remainingTries: 0,
          lockedMinutes: minutesOf(freeAt - now.getTime()),
          ...effects,
        };
      }
      const told = await this.tellCellOfTriedCode(tx, invite!, refusal, now);
      if (told !== undefined) effects.cellTold = told;
      return { outcome: refusal, ...effects };
    }
    return this.bind(tx, invite!, channel, externalId, now);
  }

  private async bind(
    tx: Tx,
    invite: FoundInvite,
    channel: Channel,
    externalId: string,
    now: Date,
  ): Promise<RedeemResult> {
    if (INACTIVE.includes(invite.member.status)) return { outcome: 'member-inactive' };
    if (invite.member.identities.length > 0) {
      return { outcome: 'member-has-other-chat', memberName: invite.member.fullName };
    }
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
  }

  /**
   * Milliseconds until codes are accepted again after the wrong tries of all chats reached the limit (0: not
   * paused). The pause runs from the last wrong try that found the limit's window full.
   */
  private async pauseLeft(tx: Pick<Tx, '$queryRaw'>, now: Date): Promise<number> {
    const { globalWrongTries, globalWindowMinutes, globalPauseMinutes } = this.limits;
    const windowMs = globalWindowMinutes * MINUTE_MS;
    const pauseMs = globalPauseMinutes * MINUTE_MS;
    // Only a day of tries is ever kept (retention.inviteFailureHours) and at most the limit's per window: a scan of
    // the few rows since the window before the pause began costs nothing, and needs no index of its own.
    const [row] = await tx.$queryRaw<Array<{ trippedAt: Date | null }>>`
      SELECT max(f.at) AS "trippedAt" FROM (
        SELECT at, count(*) OVER (
          ORDER BY at RANGE BETWEEN ${windowMs} * interval '1 millisecond' PRECEDING AND CURRENT ROW) AS tries
        FROM "InviteFailure"
        WHERE at > ${new Date(now.getTime() - windowMs - pauseMs)} AND at <= ${now}
      ) f
      WHERE f.tries >= ${globalWrongTries}`;
    if (!row?.trippedAt) return 0;
    return Math.max(0, row.trippedAt.getTime() + pauseMs - now.getTime());
  }

  /**
   * Writes a wrong try under the lock of all chats, unless other chats reached the limit meanwhile (then this try
   * is refused like the ones after it, and not counted). Says when this try is the one that reached it.
   */
  private async countWrongTry(
    tx: Tx,
    channel: Channel,
    externalId: string,
    now: Date,
  ): Promise<{ paused: number } | { globalLimitReached?: GlobalLimitReached }> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK_SPACE}), 0)`;
    const paused = await this.pauseLeft(tx, now);
    if (paused > 0) return { paused };
    await tx.inviteFailure.create({ data: { channel, externalId, at: now } });
    const { globalWrongTries, globalWindowMinutes, globalPauseMinutes } = this.limits;
    const [counts] = await tx.$queryRaw<Array<{ tries: number; chats: number }>>`
      SELECT count(*)::int AS tries, count(DISTINCT (channel, "externalId"))::int AS chats
      FROM "InviteFailure"
      WHERE at > ${new Date(now.getTime() - globalWindowMinutes * MINUTE_MS)} AND at <= ${now}`;
    if (!counts || counts.tries < globalWrongTries) return {};
    return {
      globalLimitReached: {
        wrongTries: counts.tries,
        chats: counts.chats,
        windowMinutes: globalWindowMinutes,
        pauseMinutes: globalPauseMinutes,
      },
    };
  }

  /**
   * What can be said about a cell from a wrong try: only a used or an expired code names a member, so only those
   * tell the cell's secretary (a code that matches nothing points at no cell, and guessing one of 31^10 codes is
   * hopeless, so a burst of those is the admins' concern: the warning the limit of all chats logs). A used code
   * tried from another chat means the code or its link left the member's hands; an expired one is often the member,
   * late, who needs a new code. Either way the secretary can act, and hears it once per `cellAlertEveryMinutes`.
   */
  private async tellCellOfTriedCode(
    tx: Tx,
    invite: FoundInvite,
    state: 'used' | 'expired',
    now: Date,
  ): Promise<number | undefined> {
    await recordAudit(tx, {
      actorLabel: 'system',
      action: `invite.tried-${state}`,
      entity: 'Invite',
      entityId: invite.id,
      after: { memberId: invite.memberId, state },
      at: now,
    });
    const { cellId } = invite.member;
    const [recipient] = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT m.id FROM "Member" m
      WHERE m."cellId" = ${cellId} AND m.id <> ${invite.memberId}
        AND m.role IN ('secretary', 'deputy_secretary') AND m.reachable
        AND m.status NOT IN ('transferred', 'removed', 'left')
        AND EXISTS (SELECT 1 FROM "ChatIdentity" c WHERE c."memberId" = m.id)
      ORDER BY (m.role = 'secretary') DESC, m.id LIMIT 1`;
    if (!recipient) return undefined;
    const period = Math.floor(now.getTime() / (this.limits.cellAlertEveryMinutes * MINUTE_MS));
    const queued = await enqueueMessage(tx, {
      key: `invite-tried:${cellId}:${period}`,
      memberId: recipient.id,
      messageKey: 'sec-invite-tried',
      args: { member: invite.member.fullName, state, minutes: this.limits.cellAlertEveryMinutes },
      dueAt: now,
    });
    return queued ? cellId : undefined;
  }
}

function minutesOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE_MS));
}
