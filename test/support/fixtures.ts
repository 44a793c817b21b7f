// Small record fixtures for tests: a unit tree with one cell, and members in it.
import type { Database } from '../../src/db/client';
import type { MemberRole, MemberStatus } from '../../src/generated/prisma/client';

export interface TestCell {
  provinceId: number;
  cellId: number;
  cellName: string;
}

let unitCounter = 0;

export async function createCell(db: Database, name = 'Chi bộ thôn Thử Nghiệm'): Promise<TestCell> {
  unitCounter += 1;
  const prefix = `T${unitCounter}${Date.now().toString(36).toUpperCase()}`;
  const province = await db.unit.create({
    data: { code: prefix, name: 'Tỉnh ủy Thử', kind: 'province', path: prefix },
  });
  const district = await db.unit.create({
    data: {
      code: `${prefix}-D`,
      name: 'Huyện ủy Thử',
      kind: 'district',
      parentId: province.id,
      path: `${prefix}/${prefix}-D`,
    },
  });
  const commune = await db.unit.create({
    data: {
      code: `${prefix}-D-C`,
      name: 'Đảng ủy xã Thử',
      kind: 'grassroots',
      parentId: district.id,
      path: `${district.path}/${prefix}-D-C`,
    },
  });
  const cell = await db.unit.create({
    data: {
      code: `${prefix}-D-C-1`,
      name,
      kind: 'cell',
      parentId: commune.id,
      path: `${commune.path}/${prefix}-D-C-1`,
    },
  });
  return { provinceId: province.id, cellId: cell.id, cellName: cell.name };
}

let cardCounter = 0;

export async function createMember(
  db: Database,
  cell: TestCell,
  fields: {
    fullName?: string;
    role?: MemberRole;
    locale?: string;
    status?: MemberStatus;
    timezone?: string;
  } = {},
) {
  cardCounter += 1;
  return db.member.create({
    data: {
      fullName: fields.fullName ?? `Nguyễn Văn Thử ${cardCounter}`,
      cardNumber: `99.${Date.now().toString().slice(-6)}${String(cardCounter).padStart(4, '0')}`,
      birthYear: 1990,
      cellId: cell.cellId,
      role: fields.role ?? 'member',
      status: fields.status ?? 'active',
      locale: fields.locale ?? 'vi',
      timezone: fields.timezone ?? 'Asia/Ho_Chi_Minh',
      monthlyFeeVnd: 20000,
    },
  });
}

/** Row counts of the tables a member's actions write, to prove that a refused input wrote nothing. */
export async function recordCounts(db: Database) {
  const [members, identities, invites, audit, absences, checkIns, fees, reviews, requests] =
    await Promise.all([
      db.member.count(),
      db.chatIdentity.count(),
      db.invite.count(),
      db.auditEvent.count(),
      db.absence.count(),
      db.checkIn.count(),
      db.feePayment.count(),
      db.review.count(),
      db.request.count(),
    ]);
  return { members, identities, invites, audit, absences, checkIns, fees, reviews, requests };
}
