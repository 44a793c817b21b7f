// A cell's roster with each member's standing, who is overdue (most at risk first), and finding a member by name or card.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { removalGround, type YearAbsences, type RemovalGround } from '../domain/meetings';
import type { Policy } from '../domain/policy';
import { addMonths, monthFromDb, monthToDb, type MonthKey } from '../domain/periods';
import { memberStanding, type MemberStanding } from '../domain/standing';
import type { MemberRole, MemberStatus } from '../generated/prisma/client';
import { isCellLeader, loadActor, recordDenied, scopeOf, type AccessRefusal, type Actor } from './access';
import { recordAudit } from './audit';
import { loadMemberFacts } from './member-facts';
import { findInScope } from './member-lookup';
import { absencesThisYear } from './meetings';

export interface RosterEntry {
  memberId: number;
  fullName: string;
  cardNumber: string;
  role: MemberRole;
  status: MemberStatus;
  reachable: boolean;
  /** A chat is bound: the member can be reached by the bot at all. */
  connected: boolean;
  standing: MemberStanding;
  /** The month just closed, when its check-in was filed late (issue 11 §7); null otherwise. */
  lateCheckIn: MonthKey | null;
  /** Absences without a reason at this year's meetings (the other half of the removal ground). */
  meetingAbsences: YearAbsences;
  /** Which half of the rule makes the member eligible for removal review, if any. */
  removalGround: RemovalGround | null;
}

/**
 * Why a member is on the overdue list, most serious first (the order, then the other rules). The removal
 * review is either half of the ground: 3 unpaid months or 3 absences without a reason in the year.
 */
export const OVERDUE_REASONS = [
  'removal-review',
  'two-unpaid',
  'two-absences',
  'absence-lapsed',
  'no-contact',
  'official-transfer-overdue',
  'one-unpaid',
] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

export interface OverdueEntry extends RosterEntry {
  reasons: OverdueReason[];
}

export interface FoundMember {
  id: number;
  fullName: string;
  cardNumber: string;
  cellName: string;
  status: MemberStatus;
}

export type FindResult =
  | { outcome: 'found'; member: FoundMember }
  | { outcome: 'none' }
  | { outcome: 'ambiguous'; candidates: FoundMember[] }
  | { outcome: 'refused'; reason: AccessRefusal };

export type RosterResult =
  { outcome: 'listed'; entries: RosterEntry[] } | { outcome: 'refused'; reason: AccessRefusal };
export type OverdueResult =
  { outcome: 'listed'; entries: OverdueEntry[] } | { outcome: 'refused'; reason: AccessRefusal };

/** Members the records say are no longer on the cell's books; the roster and overdue list leave them out (and
 * those whose approved official transfer has begun, which only the dated facts can say). */
const GONE: MemberStatus[] = ['removed', 'left', 'transferred'];
export const MEMBER_QUERY_MAX_CHARS = 100;

export class RosterRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** The secretary's or deputy's own cell, every current member with their standing. */
  async roster(actorId: number, now: Date = this.clock(), view = 'roster'): Promise<RosterResult> {
    const action = `${view}.read`;
    const actor = await this.leader(actorId, action);
    if ('outcome' in actor) return actor;
    const entries = await this.entriesOfCell(actor.cellId, now);
    // The roster shows every member's standing: a read of others' records like any other, so it is on the record.
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action,
      entity: 'Unit',
      entityId: actor.cellId,
      after: { members: entries.length },
      at: now,
    });
    return { outcome: 'listed', entries };
  }

  /**
   * Unchecked and unaudited: a cell's current members with their standing at `now`, for callers that checked access
   * and audit the read themselves (the roster above, the committee dashboard's roster of a cell in an officer's tree).
   */
  async entriesOfCell(cellId: number, now: Date): Promise<RosterEntry[]> {
    const members = await this.db.member.findMany({
      where: { cellId, status: { notIn: GONE } },
      select: {
        id: true,
        fullName: true,
        cardNumber: true,
        role: true,
        status: true,
        reachable: true,
        _count: { select: { identities: true } },
      },
      orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
    });
    const facts = await loadMemberFacts(
      this.db,
      members.map((member) => member.id),
      now,
    );
    const standings = members.map((member) => memberStanding(facts.get(member.id)!, this.policy, now));
    const [lateCheckIns, meetings] = await Promise.all([
      this.lateLastMonth(
        members.map((member) => member.id),
        standings,
      ),
      absencesThisYear(
        this.db,
        members.map((member) => member.id),
        now,
        this.policy,
      ),
    ]);
    return (
      members
        .map((member, index) => ({
          memberId: member.id,
          fullName: member.fullName,
          cardNumber: member.cardNumber,
          role: member.role,
          status: member.status,
          reachable: member.reachable,
          connected: member._count.identities > 0,
          standing: standings[index],
          lateCheckIn: lateCheckIns.get(member.id) ?? null,
          meetingAbsences: meetings.get(member.id)!,
          removalGround: removalGround(standings[index].fees.stage, meetings.get(member.id)!),
        }))
        // An approved official transfer takes the member off the roster from its start date, not before.
        .filter((entry) => entry.standing.state !== 'transferred')
    );
  }

  /** Each member's month just closed (in their own zone), when its check-in was filed late. */
  private async lateLastMonth(ids: number[], standings: MemberStanding[]): Promise<Map<number, MonthKey>> {
    const lastMonths = standings.map((standing) => addMonths(standing.month, -1));
    if (ids.length === 0) return new Map();
    const earliest = [...lastMonths].sort()[0];
    const rows = await this.db.checkIn.findMany({
      where: { memberId: { in: ids }, late: true, month: { gte: monthToDb(earliest) } },
      select: { memberId: true, month: true },
    });
    const lastOf = new Map(ids.map((id, index) => [id, lastMonths[index]]));
    const late = new Map<number, MonthKey>();
    for (const row of rows) {
      const month = monthFromDb(row.month);
      if (lastOf.get(row.memberId) === month) late.set(row.memberId, month);
    }
    return late;
  }

  /**
   * Members late on something, most at risk first: removal review, two unpaid months, two absences without a reason,
   * lapsed absence, no contact.
   */
  async overdue(actorId: number, now: Date = this.clock()): Promise<OverdueResult> {
    const roster = await this.roster(actorId, now, 'overdue');
    if (roster.outcome === 'refused') return roster;
    const entries = roster.entries
      .map((entry) => ({ ...entry, reasons: overdueReasons(entry) }))
      .filter((entry) => entry.reasons.length > 0);
    const rank = (entry: OverdueEntry) => OVERDUE_REASONS.indexOf(entry.reasons[0]);
    entries.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.standing.fees.unpaidCount - a.standing.fees.unpaidCount ||
        b.meetingAbsences.unexcused - a.meetingAbsences.unexcused ||
        b.standing.checkIn.missedMonthsRunning - a.standing.checkIn.missedMonthsRunning ||
        a.fullName.localeCompare(b.fullName, 'vi'),
    );
    return { outcome: 'listed', entries };
  }

  /**
   * Finds a member the actor may see by party card number or (part of) the name, accents optional. A card
   * number or name outside the actor's scope is simply not found: nothing about it leaks.
   */
  async find(actorId: number, query: string, options: { action: string }): Promise<FindResult> {
    const actor = await loadActor(this.db, actorId);
    const scope = actor ? scopeOf(actor) : null;
    if (!actor || !scope || scope.kind === 'self') {
      await recordDenied(this.db, {
        actorId,
        action: options.action,
        reason: 'not-allowed',
        at: this.clock(),
      });
      return { outcome: 'refused', reason: 'not-allowed' };
    }
    const trimmed = query.trim();
    if (trimmed === '' || trimmed.length > MEMBER_QUERY_MAX_CHARS) return { outcome: 'none' };
    const result = await findInScope(this.db, scope, trimmed);
    if (result.outcome === 'none') {
      // A card number of someone outside the scope reads as "not found", and the attempt is on the record.
      const outside = await this.db.member.findUnique({
        where: { cardNumber: trimmed.replace(/\s+/g, '') },
        select: { id: true },
      });
      if (outside) {
        await recordDenied(this.db, {
          actorId,
          action: options.action,
          reason: 'out-of-scope',
          target: { memberId: outside.id },
          at: this.clock(),
        });
      }
    }
    return result;
  }

  /** A member of the actor's own cell by id (a button's id is only a hint): found, or refused and audited. */
  async memberOfCell(
    actorId: number,
    memberId: number,
    action: string,
  ): Promise<
    | { outcome: 'found'; member: FoundMember & { connected: boolean } }
    | { outcome: 'refused'; reason: AccessRefusal }
  > {
    const actor = await this.leader(actorId, action);
    if ('outcome' in actor) return actor;
    const member = await this.db.member.findUnique({
      where: { id: memberId },
      select: {
        id: true,
        fullName: true,
        cardNumber: true,
        status: true,
        cellId: true,
        cell: { select: { name: true } },
        _count: { select: { identities: true } },
      },
    });
    if (!member || member.cellId !== actor.cellId) {
      const reason = member ? 'out-of-scope' : 'not-found';
      await recordDenied(this.db, { actorId, action, reason, target: { memberId }, at: this.clock() });
      return { outcome: 'refused', reason };
    }
    return {
      outcome: 'found',
      member: {
        id: member.id,
        fullName: member.fullName,
        cardNumber: member.cardNumber,
        cellName: member.cell.name,
        status: member.status,
        connected: member._count.identities > 0,
      },
    };
  }

  private async leader(
    actorId: number,
    action: string,
  ): Promise<Actor | { outcome: 'refused'; reason: AccessRefusal }> {
    const actor = await loadActor(this.db, actorId);
    if (actor && isCellLeader(actor)) return actor;
    await recordDenied(this.db, { actorId, action, reason: 'not-allowed', at: this.clock() });
    return { outcome: 'refused', reason: 'not-allowed' };
  }
}

export function overdueReasons(
  entry: Pick<RosterEntry, 'standing' | 'meetingAbsences' | 'removalGround'>,
): OverdueReason[] {
  const { standing, meetingAbsences: meetings } = entry;
  const reasons: OverdueReason[] = [];
  if (entry.removalGround !== null) reasons.push('removal-review');
  if (standing.fees.stage === 'alert-secretary') reasons.push('two-unpaid');
  if (meetings.stage === 'alert-secretary') reasons.push('two-absences');
  if (standing.absence?.lapsed) reasons.push('absence-lapsed');
  if (standing.checkIn.contactLost) reasons.push('no-contact');
  if (standing.absence?.officialTransferOverdue) reasons.push('official-transfer-overdue');
  if (standing.fees.stage === 'nudge') reasons.push('one-unpaid');
  return reasons;
}

/** Audits a read of another member's record (the actor reading their own is not "another's"). */
export async function auditRecordRead(
  db: Database,
  actor: Pick<Actor, 'id' | 'fullName'>,
  memberId: number,
  view: string,
  at: Date,
): Promise<void> {
  if (actor.id === memberId) return;
  await recordAudit(db, {
    actorId: actor.id,
    actorLabel: actor.fullName,
    action: 'record.read',
    entity: 'Member',
    entityId: memberId,
    after: { memberId, view },
    at,
  });
}
