// Set-based writes for large imports: one statement per chunk through unnest(), as Prisma's createMany is slow at 200,000 rows.
import type { Prisma } from '../../generated/prisma/client';
import type { AbsenceFields } from './absence-fields';

type Writer = Prisma.TransactionClient;

export interface MemberFields {
  fullName: string;
  birthYear: number | null;
  cellId: number;
  role: string;
  officerUnitId: number | null;
  status: string;
  locale: string;
  timezone: string;
  monthlyFeeVnd: number;
  /** On the records since (see the schema): the file's recorded_since, or the importer's clock for a new member. */
  recordedSince: Date;
}

// Every instant written is the importer's clock (`now`), passed in: never the database's clock.
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function insertMembers(
  tx: Writer,
  members: Array<MemberFields & { cardNumber: string }>,
  now: Date,
): Promise<Array<{ id: number; cardNumber: string }>> {
  if (members.length === 0) return [];
  const column = <K extends keyof (typeof members)[number]>(key: K) => members.map((member) => member[key]);
  return tx.$queryRaw<Array<{ id: number; cardNumber: string }>>`
    INSERT INTO "Member" ("cardNumber", "fullName", "birthYear", "cellId", role, "officerUnitId", status,
                          locale, timezone, "monthlyFeeVnd", "recordedSince", "createdAt", "updatedAt")
    SELECT input.card_number, input.full_name, input.birth_year, input.cell_id, input.role::"MemberRole",
           input.officer_unit_id, input.status::"MemberStatus", input.locale, input.timezone, input.fee,
           input.recorded_since::timestamp, ${now}::timestamp, ${now}::timestamp
    FROM unnest(
      ${column('cardNumber')}::text[], ${column('fullName')}::text[], ${column('birthYear')}::int[],
      ${column('cellId')}::int[], ${column('role')}::text[], ${column('officerUnitId')}::int[],
      ${column('status')}::text[], ${column('locale')}::text[], ${column('timezone')}::text[],
      ${column('monthlyFeeVnd')}::int[], ${members.map((member) => member.recordedSince.toISOString())}::text[]
    ) AS input(card_number, full_name, birth_year, cell_id, role, officer_unit_id, status, locale, timezone, fee,
               recorded_since)
    RETURNING id, "cardNumber"`;
}

export async function updateMembers(
  tx: Writer,
  members: Array<MemberFields & { id: number }>,
  now: Date,
): Promise<void> {
  if (members.length === 0) return;
  const column = <K extends keyof (typeof members)[number]>(key: K) => members.map((member) => member[key]);
  await tx.$executeRaw`
    UPDATE "Member" AS member
    SET "fullName" = input.full_name, "birthYear" = input.birth_year, "cellId" = input.cell_id,
        role = input.role::"MemberRole", "officerUnitId" = input.officer_unit_id,
        status = input.status::"MemberStatus", locale = input.locale, timezone = input.timezone,
        "monthlyFeeVnd" = input.fee, "recordedSince" = input.recorded_since::timestamp, "updatedAt" = ${now}
    FROM unnest(
      ${column('id')}::int[], ${column('fullName')}::text[], ${column('birthYear')}::int[],
      ${column('cellId')}::int[], ${column('role')}::text[], ${column('officerUnitId')}::int[],
      ${column('status')}::text[], ${column('locale')}::text[], ${column('timezone')}::text[],
      ${column('monthlyFeeVnd')}::int[], ${members.map((member) => member.recordedSince.toISOString())}::text[]
    ) AS input(id, full_name, birth_year, cell_id, role, officer_unit_id, status, locale, timezone, fee,
               recorded_since)
    WHERE member.id = input.id`;
}

export async function insertAbsences(
  tx: Writer,
  absences: Array<AbsenceFields & { memberId: number }>,
  now: Date,
): Promise<void> {
  if (absences.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Absence" ("memberId", kind, place, "countryCode", "startsOn", "expectedEndOn", arrangement,
                           "applicationStatus", "createdAt", "updatedAt")
    SELECT input.member_id, input.kind::"AbsenceKind", input.place, input.country_code, input.starts_on,
           input.expected_end_on, input.arrangement::"Arrangement",
           input.application_status::"ApplicationStatus", ${now}::timestamp, ${now}::timestamp
    FROM unnest(
      ${absences.map((row) => row.memberId)}::int[], ${absences.map((row) => row.kind)}::text[],
      ${absences.map((row) => row.place)}::text[], ${absences.map((row) => row.countryCode)}::text[],
      ${absences.map((row) => isoDate(row.startsOn))}::date[],
      ${absences.map((row) => isoDate(row.expectedEndOn))}::date[],
      ${absences.map((row) => row.arrangement)}::text[], ${absences.map((row) => row.applicationStatus)}::text[]
    ) AS input(member_id, kind, place, country_code, starts_on, expected_end_on, arrangement, application_status)`;
}

export async function updateAbsences(
  tx: Writer,
  absences: Array<AbsenceFields & { id: number }>,
  now: Date,
): Promise<void> {
  if (absences.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Absence" AS absence
    SET kind = input.kind::"AbsenceKind", place = input.place, "countryCode" = input.country_code,
        "startsOn" = input.starts_on, "expectedEndOn" = input.expected_end_on,
        arrangement = input.arrangement::"Arrangement",
        "applicationStatus" = input.application_status::"ApplicationStatus",
        "updatedAt" = ${now}
    FROM unnest(
      ${absences.map((row) => row.id)}::int[], ${absences.map((row) => row.kind)}::text[],
      ${absences.map((row) => row.place)}::text[], ${absences.map((row) => row.countryCode)}::text[],
      ${absences.map((row) => isoDate(row.startsOn))}::date[],
      ${absences.map((row) => isoDate(row.expectedEndOn))}::date[],
      ${absences.map((row) => row.arrangement)}::text[], ${absences.map((row) => row.applicationStatus)}::text[]
    ) AS input(id, kind, place, country_code, starts_on, expected_end_on, arrangement, application_status)
    WHERE absence.id = input.id`;
}
