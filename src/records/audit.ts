// Audit trail: every change and every read of another member's record leaves who, what and when.
import type { Prisma } from '../generated/prisma/client';

export interface AuditEntry {
  actorId?: number | null;
  /** Who acted when there is no member: 'system', 'cli', 'scheduler', or the member's name for readability. */
  actorLabel: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** When it happened: the records' clock, as the change it records (never the database's). */
  at: Date;
}

type Writer = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** Strips values JSON cannot hold (Dates become ISO strings) so before/after stay readable. */
function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, inner) => (typeof inner === 'bigint' ? inner.toString() : inner)),
  );
}

export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: asJson(entry.before),
      after: asJson(entry.after),
      at: entry.at,
    },
  });
}
