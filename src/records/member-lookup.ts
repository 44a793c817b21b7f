// Finding a member by party card number or (part of) the name, accents optional, within what the actor may see.
import type { Database } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { Scope } from './access';
import type { FindResult, FoundMember } from './roster';

const MAX_CANDIDATES = 10;

// Vietnamese letters folded to ASCII, so "nguyen van minh" finds "Nguyễn Văn Minh" in SQL as in JS.
const FOLD = buildFold();

export function foldName(text: string): string {
  return [...text]
    .map((char) => FOLD.map.get(char) ?? char)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export async function findInScope(db: Database, scope: Scope, query: string): Promise<FindResult> {
  const card = query.replace(/\s+/g, '');
  const pattern = `%${foldName(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const inScope =
    scope.kind === 'cell'
      ? Prisma.sql`u.id = ${scope.cellId}`
      : scope.kind === 'subtree'
        ? Prisma.sql`(u.path = ${scope.path} OR starts_with(u.path, ${`${scope.path}/`}))`
        : Prisma.sql`m.id = ${scope.memberId}`;
  // translate() folds the stored names the same way foldName folds the query.
  const found = await db.$queryRaw<FoundMember[]>`
    SELECT m.id, m."fullName", m."cardNumber", u.name AS "cellName", m.status::text AS status
    FROM "Member" m JOIN "Unit" u ON u.id = m."cellId"
    WHERE ${inScope}
      AND (m."cardNumber" = ${card} OR lower(translate(m."fullName", ${FOLD.from}, ${FOLD.to})) LIKE ${pattern})
    ORDER BY m."fullName", m.id
    LIMIT 200`;
  const byCard = found.filter((member) => member.cardNumber === card);
  const exact = found.filter((member) => foldName(member.fullName) === foldName(query));
  const best = byCard.length > 0 ? byCard : exact.length > 0 ? exact : found;
  if (best.length === 0) return { outcome: 'none' };
  if (best.length === 1) return { outcome: 'found', member: best[0]! };
  return { outcome: 'ambiguous', candidates: best.slice(0, MAX_CANDIDATES) };
}

function buildFold(): { from: string; to: string; map: Map<string, string> } {
  const map = new Map<string, string>([
    ['đ', 'd'],
    ['Đ', 'D'],
  ]);
  for (let code = 0xc0; code <= 0x1ef9; code += 1) {
    const char = String.fromCharCode(code);
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== char && /^[A-Za-z]$/.test(base)) map.set(char, base);
  }
  return { from: [...map.keys()].join(''), to: [...map.values()].join(''), map };
}
