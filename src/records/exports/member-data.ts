// Everything homecell holds about one member, as plain JSON: the member's record, what they submitted, what the cell
// decided about them, what they were told, what was done with their record (Decree 13/2023: a person may see it).
import type { Database } from '../../db/client';
import { chatSessionKey } from '../session-storage';
import { calendarDateFromDb, monthFromDb } from '../../domain/periods';
import type { Prisma } from '../../generated/prisma/client';

export const MEMBER_DATA_FORMAT = 'homecell-member-export/1';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
export type PlainRow = { [key: string]: Plain };

/** The sections of an export, in the order they are written. */
export const MEMBER_DATA_SECTIONS = [
  'chatIdentities',
  'invites',
  'absences',
  'checkIns',
  'feePayments',
  'feeArrangements',
  'reviews',
  'requests',
  'decisions',
  'sessions',
  'notifications',
  'auditEvents',
] as const;
export type MemberDataSection = (typeof MEMBER_DATA_SECTIONS)[number];

export type MemberData = {
  format: typeof MEMBER_DATA_FORMAT;
  exportedAt: string;
  member: PlainRow;
  /** Names of the people the rows name by id (who decided, confirmed, rated, issued an invite, acted). */
  people: Record<string, string>;
} & Record<MemberDataSection, PlainRow[]>;

/** Calendar columns (`@db.Date`) as 'YYYY-MM-DD', month columns as 'YYYY-MM'; instants as ISO 8601 in UTC. */
interface Columns {
  dates?: readonly string[];
  months?: readonly string[];
}

function plainValue(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainValue(inner)]));
  }
  return value as Plain;
}

/** Every column of the row (a column added later comes along), values as JSON can hold them. */
function plainRow(row: object, columns: Columns = {}): PlainRow {
  const plain: PlainRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date && columns.dates?.includes(key)) plain[key] = calendarDateFromDb(value);
    else if (value instanceof Date && columns.months?.includes(key)) plain[key] = monthFromDb(value);
    else plain[key] = plainValue(value);
  }
  return plain;
}

const PERSON_FIELDS = ['decidedById', 'confirmedById', 'ratedById', 'handledById', 'createdById', 'actorId'];

/** Reads the member's data; undefined when there is no such member. */
export async function loadMemberData(
  db: Database,
  memberId: number,
  now: Date,
): Promise<MemberData | undefined> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    include: {
      cell: { select: { code: true, name: true } },
      officerUnit: { select: { code: true, name: true } },
    },
  });
  if (!member) return undefined;
  const mine = { memberId };
  const [identities, invites, absences, checkIns, payments, arrangements, reviews, requests, decisions] =
    await Promise.all([
      db.chatIdentity.findMany({ where: mine, orderBy: { id: 'asc' } }),
      // The code's hash is left out: it is a credential, not data about the member.
      db.invite.findMany({
        where: mine,
        orderBy: { id: 'asc' },
        select: { id: true, createdAt: true, createdById: true, expiresAt: true, usedAt: true, usedBy: true },
      }),
      db.absence.findMany({ where: mine, orderBy: { id: 'asc' } }),
      db.checkIn.findMany({
        where: mine,
        orderBy: { month: 'asc' },
        include: { revisions: { orderBy: { revision: 'asc' } } },
      }),
      db.feePayment.findMany({
        where: mine,
        orderBy: { id: 'asc' },
        include: { months: { orderBy: { month: 'asc' }, select: { month: true } } },
      }),
      db.feeArrangement.findMany({ where: mine, orderBy: { id: 'asc' } }),
      db.review.findMany({ where: mine, orderBy: { year: 'asc' } }),
      db.request.findMany({ where: mine, orderBy: { id: 'asc' } }),
      db.decision.findMany({
        where: mine,
        orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
        include: { unit: { select: { code: true, name: true } } },
      }),
    ]);
  const [sessions, notifications, auditEvents] = await Promise.all([
    // A private chat's session is keyed by its channel and chat id (the user id the identity holds); sessions from
    // before keys named their channel are under the bare id.
    db.session.findMany({
      where: {
        key: {
          in: identities.flatMap((identity) => [
            chatSessionKey(identity.channel, identity.externalId),
            identity.externalId,
          ]),
        },
      },
      orderBy: { key: 'asc' },
    }),
    db.notification.findMany({
      where: { OR: [mine, { payload: { path: ['about'], equals: memberId } }] },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      select: {
        key: true,
        kind: true,
        status: true,
        memberId: true,
        dueAt: true,
        sentAt: true,
        createdAt: true,
        attempts: true,
      },
    }),
    db.auditEvent.findMany({
      where: auditAbout(memberId, { absences, checkIns, payments, reviews, requests }),
    }),
  ]);
  auditEvents.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);

  const data: MemberData = {
    format: MEMBER_DATA_FORMAT,
    exportedAt: now.toISOString(),
    member: plainRow(member),
    people: {},
    chatIdentities: identities.map((row) => plainRow(row)),
    invites: invites.map((row) => plainRow(row)),
    absences: absences.map((row) => plainRow(row, { dates: ['startsOn', 'expectedEndOn', 'endedOn'] })),
    checkIns: checkIns.map(({ revisions, ...row }) => ({
      ...plainRow(row, { months: ['month'] }),
      revisions: revisions.map((revision) => plainRow(revision)),
    })),
    feePayments: payments.map(({ months, ...row }) => ({
      ...plainRow(row),
      months: months.map((month) => monthFromDb(month.month)),
    })),
    feeArrangements: arrangements.map((row) => plainRow(row, { months: ['firstMonth', 'lastMonth'] })),
    reviews: reviews.map((row) => plainRow(row)),
    requests: requests.map((row) => plainRow(row)),
    decisions: decisions.map((row) => plainRow(row)),
    sessions: sessions.map((row) => ({
      key: row.key,
      updatedAt: row.updatedAt.toISOString(),
      value: parsedSession(row.value),
    })),
    // What the member was told, and what the cell was told about them: keys, kinds, status and dates, not texts.
    notifications: notifications.map(({ memberId: recipient, ...row }) => ({
      ...plainRow(row),
      to: recipient === memberId ? 'member' : 'cell',
    })),
    auditEvents: auditEvents.map((row) => plainRow(row)),
  };
  data.people = await peopleNamed(db, data);
  return data;
}

function parsedSession(value: string): Plain {
  try {
    return plainValue(JSON.parse(value));
  } catch {
    return value;
  }
}

/**
 * Audit events about the member: theirs as the actor, those about their record or one of their rows, and those
 * naming them in what they record (a read of their record, a refused look-up of them, a binding of their chat).
 */
function auditAbout(
  memberId: number,
  rows: Record<'absences' | 'checkIns' | 'payments' | 'reviews' | 'requests', Array<{ id: number }>>,
): Prisma.AuditEventWhereInput {
  const ids = (list: Array<{ id: number }>) => list.map((row) => String(row.id));
  const of = (entity: string, list: Array<{ id: number }>) =>
    list.length > 0 ? [{ entity, entityId: { in: ids(list) } }] : [];
  return {
    OR: [
      { actorId: memberId },
      { entity: 'Member', entityId: String(memberId) },
      ...of('Absence', rows.absences),
      ...of('CheckIn', rows.checkIns),
      ...of('FeePayment', rows.payments),
      ...of('Review', rows.reviews),
      ...of('Request', rows.requests),
      { after: { path: ['memberId'], equals: memberId } },
      { before: { path: ['memberId'], equals: memberId } },
      { after: { path: ['target', 'memberId'], equals: memberId } },
    ],
  };
}

async function peopleNamed(db: Database, data: MemberData): Promise<Record<string, string>> {
  const ids = new Set<number>();
  const visit = (row: PlainRow) => {
    for (const field of PERSON_FIELDS) {
      const value = row[field];
      if (typeof value === 'number') ids.add(value);
    }
  };
  for (const section of MEMBER_DATA_SECTIONS) data[section].forEach(visit);
  const people = await db.member.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, fullName: true },
    orderBy: { id: 'asc' },
  });
  return Object.fromEntries(people.map((person) => [String(person.id), person.fullName]));
}
