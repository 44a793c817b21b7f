// Members as the bot sees them: who is behind a chat, with role and cell, and the few fields a member changes.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Channel, MemberRole, MemberStatus } from '../generated/prisma/client';
import { isValidTimeZone } from '../domain/time-zone';
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
  /** The channels the member is bound on (a member may use Telegram and Zalo both). */
  channels: Channel[];
  /** False once the delivery found the chat blocked; the member's next own update makes it true again. */
  reachable: boolean;
}

/** What a member sets in /settings: language, time zone, and the hours reminders may arrive (null: the policy's). */
export interface MemberSettings {
  locale: string;
  timezone: string;
  preferredHourFrom: number | null;
  preferredHourTo: number | null;
  /** Where reminders go when the member is bound on several channels; null: the first the service runs. */
  reminderChannel: Channel | null;
}

export interface MemberProfile extends MemberSettings {
  monthlyFeeVnd: number;
  /** The home cell's zone: the cell's deadlines are its own. */
  cellTimezone: string;
}

export type SettingsUpdateResult =
  | { outcome: 'saved'; changed: boolean }
  | { outcome: 'refused'; reason: 'invalid-time-zone' | 'invalid-hours' | 'channel-not-bound' };

export class MemberRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * The member behind a chat, read on every update: one statement (Prisma's include took four: the identity, the
   * member, the cell, the member's identities).
   */
  async findByChat(channel: Channel, externalId: string): Promise<MemberScope | undefined> {
    const rows = await this.db.$queryRaw<Array<Omit<MemberScope, 'channels'> & { channels: string[] }>>`
      SELECT m.id, m."fullName", m.role::text AS role, m.status::text AS status, m.locale, m.timezone,
             m."cellId", u.name AS "cellName", m."officerUnitId", m.reachable,
             ARRAY(SELECT bound.channel::text FROM "ChatIdentity" bound WHERE bound."memberId" = m.id
                   ORDER BY bound.id) AS channels
        FROM "ChatIdentity" ci
        JOIN "Member" m ON m.id = ci."memberId"
        JOIN "Unit" u ON u.id = m."cellId"
       WHERE ci.channel = ${channel}::"Channel" AND ci."externalId" = ${externalId}`;
    const row = rows[0];
    return row ? { ...row, channels: row.channels as Channel[] } : undefined;
  }

  async setLocale(memberId: number, locale: string): Promise<void> {
    const now = this.clock();
    await this.db.$transaction(async (tx) => {
      const before = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { locale: true } });
      if (before.locale === locale) return;
      await tx.member.update({ where: { id: memberId }, data: { locale, updatedAt: now } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'member.locale.changed',
        entity: 'Member',
        entityId: memberId,
        before,
        after: { locale },
        at: now,
      });
    });
  }

  async profileOf(memberId: number): Promise<MemberProfile> {
    const { cell, ...member } = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      select: {
        locale: true,
        timezone: true,
        preferredHourFrom: true,
        preferredHourTo: true,
        reminderChannel: true,
        monthlyFeeVnd: true,
        cell: { select: { timezone: true } },
      },
    });
    return { ...member, cellTimezone: cell.timezone };
  }

  /** Saves the member's settings; saving the same values again changes nothing and writes no audit event. */
  async updateSettings(memberId: number, settings: MemberSettings): Promise<SettingsUpdateResult> {
    if (!isValidTimeZone(settings.timezone)) return { outcome: 'refused', reason: 'invalid-time-zone' };
    const { preferredHourFrom: from, preferredHourTo: to } = settings;
    const hoursValid =
      (from === null && to === null) ||
      (from !== null && to !== null && isHour(from) && isHour(to) && from < to);
    if (!hoursValid) return { outcome: 'refused', reason: 'invalid-hours' };
    const now = this.clock();
    return this.db.$transaction(async (tx): Promise<SettingsUpdateResult> => {
      const { identities, ...before } = await tx.member.findUniqueOrThrow({
        where: { id: memberId },
        select: {
          locale: true,
          timezone: true,
          preferredHourFrom: true,
          preferredHourTo: true,
          reminderChannel: true,
          identities: { select: { channel: true } },
        },
      });
      const channel = settings.reminderChannel;
      if (channel !== null && !identities.some((bound) => bound.channel === channel))
        return { outcome: 'refused', reason: 'channel-not-bound' };
      const after = {
        locale: settings.locale,
        timezone: settings.timezone,
        preferredHourFrom: from,
        preferredHourTo: to,
        reminderChannel: channel,
      };
      if (JSON.stringify(before) === JSON.stringify(after)) return { outcome: 'saved', changed: false };
      await tx.member.update({ where: { id: memberId }, data: { ...after, updatedAt: now } });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: 'member.settings.changed',
        entity: 'Member',
        entityId: memberId,
        before,
        after,
        at: now,
      });
      return { outcome: 'saved', changed: true };
    });
  }

  async findByCardNumber(cardNumber: string) {
    return this.db.member.findUnique({ where: { cardNumber }, include: { cell: true } });
  }
}

const isHour = (value: number) => Number.isInteger(value) && value >= 0 && value <= 23;
