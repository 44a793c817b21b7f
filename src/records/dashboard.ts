// The committee dashboard's records: single-use sign-in links, sessions, the sign-in rate limit, and every page's
// scope check and audit (the figures themselves come from the statistics, roster and member-record services).
import crypto from 'node:crypto';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Policy } from '../domain/policy';
import {
  loadActor,
  recordDenied,
  scopeOf,
  unitInSubtree,
  type AccessRefusal,
  type Actor,
  type Scope,
} from './access';
import { recordAudit } from './audit';
import type { MemberRecordRecords, MemberRecordView } from './member-record';
import type { RosterEntry, RosterRecords } from './roster';
import type { StatsCounts, StatsRecords, StatsUnit, UnitStatistics } from './stats';
import type { MonthKey } from '../domain/periods';

const MINUTE_MS = 60_000;
/** The advisory locks of the sign-in limit live under their own first key, apart from homecell's other locks. */
const LOCK_SPACE = 'homecell-dashboard-sign-in';
const INACTIVE = ['removed', 'left', 'transferred'];

export type DashboardLimits = Policy['dashboard'];

/** Tokens are 32 random bytes, URL-safe; only their SHA-256 is stored, so a database dump opens nothing. */
function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashDashboardToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export interface DashboardViewer {
  memberId: number;
  fullName: string;
  locale: string;
  timezone: string;
  sessionExpiresAt: Date;
}

export type SignInResult =
  | { outcome: 'signed-in'; sessionToken: string; expiresAt: Date; memberId: number }
  | { outcome: 'invalid' | 'used' | 'expired' | 'not-allowed' }
  | { outcome: 'rate-limited'; minutes: number };

export type DashboardResult<T> =
  { outcome: 'shown'; page: T } | { outcome: 'refused'; reason: AccessRefusal };

export interface CheckInTrend {
  unit: StatsUnit;
  year: number;
  months: Array<{ month: MonthKey } & Pick<StatsCounts, 'checkedIn' | 'checkInRequired'>>;
}

export interface CellRosterPage {
  cell: StatsUnit;
  entries: RosterEntry[];
}

/** Only these roles see anything: a cell's leaders their cell, a committee officer their subtree. */
function dashboardScope(actor: Actor | null): Exclude<Scope, { kind: 'self' }> | null {
  if (!actor) return null;
  const scope = scopeOf(actor);
  return scope.kind === 'self' ? null : scope;
}

function unitVisible(scope: Exclude<Scope, { kind: 'self' }>, unit: StatsUnit): boolean {
  return scope.kind === 'cell' ? unit.id === scope.cellId : unitInSubtree(unit.path, scope.path);
}

export class DashboardRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly limits: DashboardLimits,
    private readonly services: {
      stats: StatsRecords;
      roster: RosterRecords;
      memberRecords: MemberRecordRecords;
    },
  ) {}

  /** A sign-in link for an officer or a cell leader; anyone else gets none (they would see nothing). */
  async issueLink(
    memberId: number,
    issuer: { id?: number; label: string },
  ): Promise<{ outcome: 'issued'; token: string; expiresAt: Date } | { outcome: 'not-allowed' }> {
    const now = this.clock();
    const actor = await loadActor(this.db, memberId);
    if (!dashboardScope(actor)) return { outcome: 'not-allowed' };
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.limits.linkLifetimeMinutes * MINUTE_MS);
    await this.db.$transaction(async (tx) => {
      const link = await tx.dashboardLink.create({
        data: { tokenHash: hashDashboardToken(token), memberId, expiresAt, createdAt: now },
      });
      await recordAudit(tx, {
        actorId: issuer.id,
        actorLabel: issuer.label,
        action: 'dashboard.link-issued',
        entity: 'DashboardLink',
        entityId: link.id,
        after: { memberId, expiresAt },
        at: now,
      });
    });
    return { outcome: 'issued', token, expiresAt };
  }

  /**
   * Uses a link once and opens a session. One transaction under a lock on the source address, so its count of wrong
   * tries and the try it adds are one step on every instance; a used or expired link counts as a wrong try too.
   */
  async signIn(linkToken: string, source: string): Promise<SignInResult> {
    const now = this.clock();
    const windowStart = new Date(now.getTime() - this.limits.signInWindowMinutes * MINUTE_MS);
    return this.db.$transaction(
      async (tx): Promise<SignInResult> => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK_SPACE}), hashtext(${source}))`;
        const failures = await tx.dashboardSignInFailure.findMany({
          where: { source, at: { gt: windowStart } },
          select: { at: true },
          orderBy: { at: 'asc' },
        });
        if (failures.length >= this.limits.signInWrongTries) {
          const freeAt = failures[failures.length - this.limits.signInWrongTries].at.getTime();
          const left = freeAt + this.limits.signInWindowMinutes * MINUTE_MS - now.getTime();
          return { outcome: 'rate-limited', minutes: Math.max(1, Math.ceil(left / MINUTE_MS)) };
        }
        const fail = async (outcome: 'invalid' | 'used' | 'expired' | 'not-allowed') => {
          await tx.dashboardSignInFailure.create({ data: { source, at: now } });
          await recordAudit(tx, {
            actorLabel: 'unknown',
            action: 'dashboard.sign-in-refused',
            entity: 'DashboardLink',
            after: { outcome, source },
            at: now,
          });
          return { outcome };
        };
        const link = await tx.dashboardLink.findUnique({
          where: { tokenHash: hashDashboardToken(linkToken) },
          include: { member: { select: { id: true, fullName: true, status: true } } },
        });
        if (!link) return fail('invalid');
        if (link.usedAt) return fail('used');
        if (link.expiresAt <= now) return fail('expired');
        if (INACTIVE.includes(link.member.status)) return fail('not-allowed');
        // Taken only if still unused: two tabs opening the same link at once get one session between them.
        const taken = await tx.dashboardLink.updateMany({
          where: { id: link.id, usedAt: null },
          data: { usedAt: now },
        });
        if (taken.count !== 1) return fail('used');
        const sessionToken = newToken();
        const expiresAt = new Date(now.getTime() + this.limits.sessionHours * 60 * MINUTE_MS);
        const session = await tx.dashboardSession.create({
          data: {
            tokenHash: hashDashboardToken(sessionToken),
            memberId: link.memberId,
            expiresAt,
            createdAt: now,
          },
        });
        await recordAudit(tx, {
          actorId: link.memberId,
          actorLabel: link.member.fullName,
          action: 'dashboard.signed-in',
          entity: 'DashboardSession',
          entityId: session.id,
          after: { linkId: link.id, expiresAt, source },
          at: now,
        });
        return { outcome: 'signed-in', sessionToken, expiresAt, memberId: link.memberId };
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  }

  /**
   * Deletes links and sessions over (expired, used, ended) before `olderThan`, and failed sign-ins before it: each
   * names a person or an address, and nothing counts them any more (the rate limit's window is far shorter).
   */
  async prune(olderThan: Date): Promise<number> {
    const [links, sessions, failures] = await this.db.$transaction([
      this.db.dashboardLink.deleteMany({
        where: { OR: [{ expiresAt: { lt: olderThan } }, { usedAt: { lt: olderThan } }] },
      }),
      this.db.dashboardSession.deleteMany({
        where: { OR: [{ expiresAt: { lt: olderThan } }, { endedAt: { lt: olderThan } }] },
      }),
      this.db.dashboardSignInFailure.deleteMany({ where: { at: { lt: olderThan } } }),
    ]);
    return links.count + sessions.count + failures.count;
  }

  /** The person behind a session cookie, while the session runs and they are still on the books. */
  async viewer(sessionToken: string): Promise<DashboardViewer | null> {
    const now = this.clock();
    const session = await this.db.dashboardSession.findUnique({
      where: { tokenHash: hashDashboardToken(sessionToken) },
      include: {
        member: { select: { id: true, fullName: true, locale: true, timezone: true, status: true } },
      },
    });
    if (!session || session.endedAt || session.expiresAt <= now) return null;
    if (INACTIVE.includes(session.member.status)) return null;
    return {
      memberId: session.member.id,
      fullName: session.member.fullName,
      locale: session.member.locale,
      timezone: session.member.timezone,
      sessionExpiresAt: session.expiresAt,
    };
  }

  async signOut(sessionToken: string): Promise<void> {
    const now = this.clock();
    const session = await this.db.dashboardSession.findUnique({
      where: { tokenHash: hashDashboardToken(sessionToken) },
      include: { member: { select: { fullName: true } } },
    });
    if (!session || session.endedAt) return;
    await this.db.$transaction(async (tx) => {
      await tx.dashboardSession.update({ where: { id: session.id }, data: { endedAt: now } });
      await recordAudit(tx, {
        actorId: session.memberId,
        actorLabel: session.member.fullName,
        action: 'dashboard.signed-out',
        entity: 'DashboardSession',
        entityId: session.id,
        at: now,
      });
    });
  }

  /** The unit a viewer lands on: an officer's own unit, a leader's cell; null for anyone else. */
  async homeUnitCode(memberId: number): Promise<string | null> {
    const actor = await loadActor(this.db, memberId);
    const scope = dashboardScope(actor);
    if (!actor || !scope) return null;
    if (scope.kind === 'subtree') return actor.officerUnit!.code;
    const cell = await this.db.unit.findUnique({ where: { id: actor.cellId }, select: { code: true } });
    return cell?.code ?? null;
  }

  /** A unit's overview and its child units' table: the statistics service's figures, for a unit in scope. */
  async overview(
    memberId: number,
    unitCode: string,
    period: { year: number; asOf: Date },
  ): Promise<DashboardResult<UnitStatistics>> {
    const found = await this.visibleUnit(memberId, unitCode, 'dashboard.overview');
    if ('outcome' in found) return found;
    const statistics = await this.services.stats.compute(found.unit, { year: period.year, now: period.asOf });
    await this.audit(found.actor, 'dashboard.overview', found.unit, { year: period.year, asOf: period.asOf });
    return { outcome: 'shown', page: statistics };
  }

  /**
   * The check-in figures of each month of the year up to `now`, each as the statistics stood at its end (the running
   * month: now), for the trend chart. Twelve runs of the statistics at most, so it is a page of its own.
   */
  async checkInTrend(
    memberId: number,
    unitCode: string,
    period: { year: number; months: ReadonlyArray<{ month: MonthKey; asOf: Date }> },
  ): Promise<DashboardResult<CheckInTrend>> {
    const found = await this.visibleUnit(memberId, unitCode, 'dashboard.trend');
    if ('outcome' in found) return found;
    const months: CheckInTrend['months'] = [];
    // One after the other: each run already takes two connections for its two big queries.
    for (const { month, asOf } of period.months) {
      const { total } = await this.services.stats.compute(found.unit, { year: period.year, now: asOf });
      months.push({ month, checkedIn: total.checkedIn, checkInRequired: total.checkInRequired });
    }
    await this.audit(found.actor, 'dashboard.trend', found.unit, { year: period.year });
    return { outcome: 'shown', page: { unit: found.unit, year: period.year, months } };
  }

  /** A cell's roster with each member's standing, for a cell in scope. */
  async cellRoster(memberId: number, cellCode: string, asOf: Date): Promise<DashboardResult<CellRosterPage>> {
    const found = await this.visibleUnit(memberId, cellCode, 'dashboard.roster');
    if ('outcome' in found) return found;
    if (found.unit.kind !== 'cell') return this.deny(memberId, 'dashboard.roster', 'not-found', cellCode);
    const entries = await this.services.roster.entriesOfCell(found.unit.id, asOf);
    await this.audit(found.actor, 'dashboard.roster', found.unit, { asOf, members: entries.length });
    return { outcome: 'shown', page: { cell: found.unit, entries } };
  }

  /** A member's record, as `/member` shows it; the record service checks the scope and audits the read. */
  async memberRecord(
    memberId: number,
    targetId: number,
    asOf: Date,
  ): Promise<DashboardResult<MemberRecordView>> {
    const actor = await loadActor(this.db, memberId);
    if (!dashboardScope(actor)) return this.deny(memberId, 'dashboard.member', 'not-allowed', targetId);
    const result = await this.services.memberRecords.read(memberId, targetId, asOf);
    return result.outcome === 'found' ? { outcome: 'shown', page: result.record } : result;
  }

  private async visibleUnit(
    memberId: number,
    code: string,
    action: string,
  ): Promise<{ actor: Actor; unit: StatsUnit } | { outcome: 'refused'; reason: AccessRefusal }> {
    const actor = await loadActor(this.db, memberId);
    const scope = dashboardScope(actor);
    if (!actor || !scope) return this.deny(memberId, action, 'not-allowed', code);
    const unit = await this.services.stats.unitByCode(code);
    // An unknown code and a unit outside the scope get the same answer: nothing of other trees leaks.
    if (!unit || !unitVisible(scope, unit)) return this.deny(memberId, action, 'out-of-scope', code);
    return { actor, unit };
  }

  private async deny(
    actorId: number,
    action: string,
    reason: AccessRefusal,
    target: string | number,
  ): Promise<{ outcome: 'refused'; reason: AccessRefusal }> {
    await recordDenied(this.db, { actorId, action, reason, target: { target }, at: this.clock() });
    return { outcome: 'refused', reason };
  }

  private async audit(actor: Actor, action: string, unit: StatsUnit, after: object): Promise<void> {
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action,
      entity: 'Unit',
      entityId: unit.id,
      after: { code: unit.code, ...after },
      at: this.clock(),
    });
  }
}
