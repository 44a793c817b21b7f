// Members of a cell or subtree in keyset batches (by cell, then id): constant memory however large the unit.
import type { Database } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { membersInScope } from '../access';
import type { TableContext } from './types';

export const BATCH_SIZE = 500;

export const MEMBER_COLUMNS = {
  id: true,
  fullName: true,
  cardNumber: true,
  birthYear: true,
  role: true,
  status: true,
  locale: true,
  timezone: true,
  monthlyFeeVnd: true,
  cellId: true,
  cell: { select: { code: true, name: true, timezone: true } },
  _count: { select: { identities: true } },
} as const satisfies Prisma.MemberSelect;

export type BatchMember = Prisma.MemberGetPayload<{ select: typeof MEMBER_COLUMNS }>;

export async function* memberBatches(db: Database, context: TableContext): AsyncGenerator<BatchMember[]> {
  let last: { cellId: number; id: number } | undefined;
  for (;;) {
    const after: Prisma.MemberWhereInput = last
      ? { OR: [{ cellId: { gt: last.cellId } }, { cellId: last.cellId, id: { gt: last.id } }] }
      : {};
    const batch = await db.member.findMany({
      where: { AND: [membersInScope(context.scope), after] },
      select: MEMBER_COLUMNS,
      orderBy: [{ cellId: 'asc' }, { id: 'asc' }],
      take: BATCH_SIZE,
    });
    if (batch.length === 0) return;
    yield batch;
    const tail = batch.at(-1)!;
    last = { cellId: tail.cellId, id: tail.id };
    if (batch.length < BATCH_SIZE) return;
  }
}

/**
 * Rows of a per-member table: members a batch at a time, each batch turned into rows by `rowsOf`. The next batch is
 * read while the writer is busy with this one, so the database and the writer work side by side, not in turn.
 */
export async function* perMemberRows<Row>(
  db: Database,
  context: TableContext,
  rowsOf: (members: BatchMember[]) => Promise<Row[]>,
): AsyncGenerator<Row[]> {
  const batches = memberBatches(db, context);
  const nextRows = async (): Promise<Row[] | undefined> => {
    const batch = await batches.next();
    return batch.done ? undefined : rowsOf(batch.value);
  };
  let ahead = nextRows();
  try {
    for (;;) {
      const rows = await ahead;
      if (rows === undefined) return;
      ahead = nextRows();
      yield rows;
    }
  } finally {
    // A writer that stops early (a failed write) leaves the batch read ahead: its failure is no longer anyone's.
    ahead.catch(() => undefined);
  }
}
