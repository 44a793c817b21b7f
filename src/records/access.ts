// Who may see or decide what: the actor's role and unit read fresh from the records, and every refusal audited.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { MemberRole, Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';

type Reader = Pick<Prisma.TransactionClient, 'member' | 'unit' | 'auditEvent'>;

/** The person acting, as the records say now (never as a chat, a session or a button says). */
export interface Actor {
  id: number;
  fullName: string;
  role: MemberRole;
  cellId: number;
  /** The committee unit an officer works for; null for other roles or an officer without a unit. */
  officerUnit: { id: number; code: string; path: string } | null;
}

/**
 * What an actor may read: a secretary or deputy their cell, an officer their subtree, a member themselves.
 * Only a cell's secretary or deputy decides; officers read aggregates and records.
 */
export type Scope =
  | { kind: 'cell'; cellId: number }
  | { kind: 'subtree'; unitId: number; path: string }
  | { kind: 'self'; memberId: number };

export type AccessRefusal = 'not-bound' | 'not-allowed' | 'out-of-scope' | 'not-found';

export const CELL_LEADERS: readonly MemberRole[] = ['secretary', 'deputy_secretary'];

export async function loadActor(db: Reader, memberId: number): Promise<Actor | null> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      fullName: true,
      role: true,
      status: true,
      cellId: true,
      officerUnit: { select: { id: true, code: true, path: true } },
    },
  });
  // A removed or departed member keeps no powers, whatever role the row still carries.
  if (!member || member.status === 'removed' || member.status === 'left') return null;
  return {
    id: member.id,
    fullName: member.fullName,
    role: member.role,
    cellId: member.cellId,
    officerUnit: member.role === 'committee_officer' ? member.officerUnit : null,
  };
}

export function isCellLeader(actor: Pick<Actor, 'role'>): boolean {
  return CELL_LEADERS.includes(actor.role);
}

export function scopeOf(actor: Actor): Scope {
  if (isCellLeader(actor)) return { kind: 'cell', cellId: actor.cellId };
  if (actor.officerUnit)
    return { kind: 'subtree', unitId: actor.officerUnit.id, path: actor.officerUnit.path };
  return { kind: 'self', memberId: actor.id };
}

/** A Prisma filter for the members a scope covers; a subtree is one prefix match on the cell's path. */
export function membersInScope(scope: Scope): Prisma.MemberWhereInput {
  if (scope.kind === 'cell') return { cellId: scope.cellId };
  if (scope.kind === 'self') return { id: scope.memberId };
  return { cell: { OR: [{ path: scope.path }, { path: { startsWith: `${scope.path}/` } }] } };
}

export function unitInSubtree(unitPath: string, rootPath: string): boolean {
  return unitPath === rootPath || unitPath.startsWith(`${rootPath}/`);
}

export async function memberInScope(db: Reader, scope: Scope, memberId: number): Promise<boolean> {
  const found = await db.member.findFirst({
    where: { AND: [{ id: memberId }, membersInScope(scope)] },
    select: { id: true },
  });
  return found !== null;
}

/** Records a refused attempt: who tried what on which record, so forged buttons and stale roles leave a trace. */
export async function recordDenied(
  db: Pick<Prisma.TransactionClient, 'auditEvent'>,
  entry: {
    actorId: number | null;
    actorLabel?: string;
    action: string;
    reason: AccessRefusal;
    target?: unknown;
    at: Date;
  },
): Promise<void> {
  await recordAudit(db, {
    actorId: entry.actorId,
    actorLabel: entry.actorLabel ?? (entry.actorId === null ? 'unknown' : 'member'),
    action: 'access.denied',
    entity: 'Access',
    entityId: entry.action,
    after: { action: entry.action, reason: entry.reason, target: entry.target ?? null },
    at: entry.at,
  });
}

export class AccessRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  actor(memberId: number): Promise<Actor | null> {
    return loadActor(this.db, memberId);
  }

  /** For refusals decided in the channel (a plain member typing a secretary's command, an unbound chat). */
  denied(entry: Omit<Parameters<typeof recordDenied>[1], 'at'>): Promise<void> {
    return recordDenied(this.db, { ...entry, at: this.clock() });
  }
}
