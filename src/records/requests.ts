// A member's "I have difficulties" or "I am thinking of leaving" request, stored before anyone is alerted.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import type { Prisma, RequestKind, RequestStatus } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { lockMember } from './checkins';

/** Telegram's message limit: a request is one message the secretary can read in full. */
export const REQUEST_MAX_CHARS = 4096;

export interface RequestView {
  id: number;
  memberId: number;
  kind: RequestKind;
  text: string;
  status: RequestStatus;
  createdAt: string;
}

export type RequestCreateResult =
  | { outcome: 'created'; request: RequestView; duplicate: boolean }
  | { outcome: 'refused'; reason: 'text-missing' | 'text-too-long' };

export class RequestRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async create(
    memberId: number,
    input: { kind: RequestKind; text: string; sourceKey: string; now?: Date },
  ): Promise<RequestCreateResult> {
    const text = input.text.trim();
    return this.db.$transaction(async (tx): Promise<RequestCreateResult> => {
      await lockMember(tx, memberId);
      const earlier = await tx.request.findUnique({ where: { sourceKey: input.sourceKey } });
      if (earlier) return { outcome: 'created', request: toView(earlier), duplicate: true };
      if (text === '') return { outcome: 'refused', reason: 'text-missing' };
      if (text.length > REQUEST_MAX_CHARS) return { outcome: 'refused', reason: 'text-too-long' };

      const request = await tx.request.create({
        data: {
          memberId,
          kind: input.kind,
          text,
          sourceKey: input.sourceKey,
          createdAt: input.now ?? this.clock(),
        },
      });
      await recordAudit(tx, {
        actorId: memberId,
        actorLabel: 'member',
        action: `request.${input.kind}.created`,
        entity: 'Request',
        entityId: request.id,
        // The text is kept once, in the request: the audit names the request, which holds it.
        after: { id: request.id, memberId, kind: request.kind, status: request.status },
        at: request.createdAt,
      });
      return { outcome: 'created', request: toView(request), duplicate: false };
    });
  }

  /**
   * What an alert about these requests says, read when it is rendered: the outbox names a request by id and never
   * holds its text or the member's name. A request not found (its member was deleted) is missing from the map.
   */
  async alertTexts(ids: readonly number[]): Promise<Map<number, { member: string; text: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.request.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, text: true, member: { select: { fullName: true } } },
    });
    return new Map(rows.map((row) => [row.id, { member: row.member.fullName, text: row.text }]));
  }

  /** The member's requests still waiting for the secretary, newest first. */
  async openFor(memberId: number): Promise<RequestView[]> {
    const rows = await this.db.request.findMany({
      where: { memberId, status: { not: 'closed' } },
      orderBy: { createdAt: 'desc' },
    });
    return rows.map(toView);
  }
}

function toView(row: Prisma.RequestGetPayload<object>): RequestView {
  return {
    id: row.id,
    memberId: row.memberId,
    kind: row.kind,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
