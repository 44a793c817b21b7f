// Finding a member by party card number or (part of) the name, accents optional, within what the actor may see.
import type { Database } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { foldAccents, FOLD_TABLE } from '../presentation/fold';
import type { Scope } from './access';
import type { FindResult, FoundMember } from './roster';

const MAX_CANDIDATES = 10;

export async function findInScope(db: Database, scope: Scope, query: string): Promise<FindResult> {
  const card = query.replace(/\s+/g, '');
  const pattern = `%${foldAccents(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const inScope =
    scope.kind === 'cell'
      ? Prisma.sql`u.id = ${scope.cellId}`
      : scope.kind === 'subtree'
        ? Prisma.sql`(u.path = ${scope.path} OR starts_with(u.path, ${`${scope.path}/`}))`
        : Prisma.sql`m.id = ${scope.memberId}`;
  // Vietnamese letters folded to ASCII, so "nguyen van minh" finds "Nguyễn Văn Minh": translate() folds the stored
  // names the same way foldAccents folds the query.
  const found = await db.$queryRaw<FoundMember[]>`
    SELECT m.id, m."fullName", m."cardNumber", u.name AS "cellName", m.status::text AS status
    FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
    WHERE ${inScope}
      AND (m."cardNumber" = ${card} OR lower(translate(m."fullName", ${FOLD_TABLE.from}, ${FOLD_TABLE.to})) LIKE ${pattern})
    ORDER BY m."fullName", m.id
    LIMIT 200`;
  const byCard = found.filter((member) => member.cardNumber === card);
  const exact = found.filter((member) => foldAccents(member.fullName) === foldAccents(query));
  const best = byCard.length > 0 ? byCard : exact.length > 0 ? exact : found;
  if (best.length === 0) return { outcome: 'none' };
  if (best.length === 1) return { outcome: 'found', member: best[0] };
  return { outcome: 'ambiguous', candidates: best.slice(0, MAX_CANDIDATES) };
}
