// Small record fixtures for tests: a unit tree with one cell, and members in it.
import type { Database } from '../../src/db/client';
import type { MemberRole, MemberStatus } from '../../src/generated/prisma/client';

/**
 * When fixture rows are on the records from unless a test says otherwise: a fixed instant years before any clock a
 * test pins, so no rule's outcome depends on the day the suite runs.
 */
export const RECORDED_LONG_AGO = new Date('2020-01-01T00:00:00Z');

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
    data: { code: prefix, name: 'Tỉnh ủy Thử', kind: 'province', path: prefix, createdAt: RECORDED_LONG_AGO },
  });
  const district = await db.unit.create({
    data: {
      code: `${prefix}-D`,
      name: 'Huyện ủy Thử',
      kind: 'district',
      parentId: province.id,
      path: `${prefix}/${prefix}-D`,
      createdAt: RECORDED_LONG_AGO,
    },
  });
  const commune = await db.unit.create({
    data: {
      code: `${prefix}-D-C`,
      name: 'Đảng ủy xã Thử',
      kind: 'grassroots',
      parentId: district.id,
      path: `${district.path}/${prefix}-D-C`,
      createdAt: RECORDED_LONG_AGO,
    },
  });
  const cell = await db.unit.create({
    data: {
      code: `${prefix}-D-C-1`,
      name,
      kind: 'cell',
      parentId: commune.id,
      path: `${commune.path}/${prefix}-D-C-1`,
      createdAt: RECORDED_LONG_AGO,
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
    /**
     * Away or exempted is never a stored status: it follows from dated facts. These write them, in force from the
     * member's records-since day: an open absence in Vietnam (`away`), one on an approved temporary exemption
     * running to 2099 (`temporary-exemption`), or a full exemption for age with no end (`full-exemption`).
     */
    state?: 'away' | 'temporary-exemption' | 'full-exemption';
    /** The day those facts start (midnight UTC of a calendar date); default the records-since day. */
    stateSince?: Date;
    timezone?: string;
    /** On the records since; default RECORDED_LONG_AGO, so months are counted from before any pinned clock. */
    recordedSince?: Date;
  } = {},
) {
  cardCounter += 1;
  const since = fields.recordedSince ?? RECORDED_LONG_AGO;
  const sinceDay = new Date(`${(fields.stateSince ?? since).toISOString().slice(0, 10)}T00:00:00Z`);
  const exempt = fields.state === 'temporary-exemption';
  const absence =
    fields.state === 'away' || exempt
      ? {
          create: {
            kind: 'domestic' as const,
            place: 'Thủ Dầu Một, Bình Dương',
            countryCode: 'VN',
            startsOn: sinceDay,
            expectedEndOn: exempt ? new Date('2099-12-31T00:00:00Z') : null,
            arrangement: exempt ? ('temporary_exemption' as const) : null,
            applicationStatus: exempt ? ('approved' as const) : ('not_required' as const),
            createdAt: since,
            updatedAt: since,
          },
        }
      : undefined;
  const fullExemptions =
    fields.state === 'full-exemption'
      ? {
          create: {
            reason: 'age' as const,
            startsOn: sinceDay,
            createdAt: since,
            updatedAt: since,
          },
        }
      : undefined;
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
      recordedSince: fields.recordedSince ?? RECORDED_LONG_AGO,
      createdAt: fields.recordedSince ?? RECORDED_LONG_AGO,
      updatedAt: fields.recordedSince ?? RECORDED_LONG_AGO,
      absences: absence,
      fullExemptions,
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
