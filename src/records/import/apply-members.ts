// Writes checked member rows in chunks: one lookup per chunk, then set-based inserts and updates, never a query per row.
import { startOfDay } from '../../domain/periods';
import type { MemberRole, MemberStatus, Prisma } from '../../generated/prisma/client';
import { absenceFor, sameAbsence, type AbsenceFields } from './absence-fields';
import { applyFullExemptions } from './full-exemptions';
import {
  insertAbsences,
  insertMembers,
  updateAbsences,
  updateMembers,
  type MemberFields,
} from './member-sql';
import type { MemberRow } from './member-row';
import type { ImportOptions, MemberImportCounts } from './types';

export interface ResolvedMemberRow extends MemberRow {
  cellId: number;
  officerUnitId?: number;
}

type Writer = Prisma.TransactionClient;

const CHUNK = 2_000;
/** Decisions of the committee that a spreadsheet must not undo. */
const DECIDED_STATUSES: MemberStatus[] = ['removed', 'left', 'transferred'];

/** The file's recorded_since as the start of that day in the member's zone; otherwise `fallback`. */
function recordedSinceFor(row: ResolvedMemberRow, timezone: string, fallback: Date): Date {
  return row.recordedSince ? startOfDay(row.recordedSince, timezone) : fallback;
}

/** An officer with no officer_unit works for their own cell: the narrowest scope, widened only on purpose. */
function officerUnitFor(row: ResolvedMemberRow, role: MemberRole, current: number | null): number | null {
  if (role !== 'committee_officer') return null;
  return row.officerUnitId ?? current ?? row.cellId;
}

export async function applyMembers(
  tx: Writer,
  rows: ResolvedMemberRow[],
  options: Pick<ImportOptions, 'today' | 'now' | 'defaultTimezone' | 'defaultLocale' | 'onProgress'>,
): Promise<MemberImportCounts> {
  const counts: MemberImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    absencesOpened: 0,
    absencesUpdated: 0,
    absencesEnded: 0,
    fullExemptionsOpened: 0,
    fullExemptionsUpdated: 0,
    fullExemptionsEnded: 0,
    statusKept: 0,
  };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const existing = new Map(
      (
        await tx.member.findMany({
          where: { cardNumber: { in: chunk.map((row) => row.cardNumber) } },
          include: { absences: { where: { endedOn: null }, orderBy: { startsOn: 'desc' } } },
        })
      ).map((member) => [member.cardNumber, member]),
    );

    const fresh = chunk.filter((row) => !existing.has(row.cardNumber));
    const created = await insertMembers(
      tx,
      fresh.map((row) => {
        const role = row.role ?? 'member';
        const timezone = row.timezone ?? options.defaultTimezone;
        return {
          cardNumber: row.cardNumber,
          fullName: row.fullName,
          birthYear: row.birthYear ?? null,
          cellId: row.cellId,
          role,
          officerUnitId: officerUnitFor(row, role, null),
          // Away and exempted follow from the absences and exemptions written below, on their dates.
          status: 'active',
          locale: row.locale ?? options.defaultLocale,
          timezone,
          monthlyFeeVnd: row.monthlyFeeVnd ?? 0,
          // A member the file does not date is on the records from the import.
          recordedSince: recordedSinceFor(row, timezone, options.now),
        };
      }),
      options.now,
    );
    counts.created += created.length;
    const idOfCard = new Map(created.map((member) => [member.cardNumber, member.id]));
    const absencesToOpen: Array<AbsenceFields & { memberId: number }> = [];
    for (const row of fresh) {
      if (row.away) absencesToOpen.push({ memberId: idOfCard.get(row.cardNumber)!, ...absenceFor(row.away) });
    }

    const memberUpdates: Array<MemberFields & { id: number }> = [];
    const absenceUpdates: Array<AbsenceFields & { id: number }> = [];
    const absencesToEnd: number[] = [];
    for (const row of chunk) {
      const member = existing.get(row.cardNumber);
      if (!member) continue;
      const role = row.role ?? member.role;
      // The file describes a member on the books; a removal, leaving or transfer stays as it was decided.
      const decided = DECIDED_STATUSES.includes(member.status);
      if (decided && (row.away !== undefined || row.fullExemption !== undefined)) counts.statusKept += 1;
      const timezone = row.timezone ?? member.timezone;
      const next: MemberFields = {
        fullName: row.fullName,
        birthYear: row.birthYear ?? member.birthYear,
        cellId: row.cellId,
        role,
        officerUnitId: officerUnitFor(row, role, member.officerUnitId),
        status: member.status,
        locale: row.locale ?? member.locale,
        timezone,
        monthlyFeeVnd: row.monthlyFeeVnd ?? member.monthlyFeeVnd,
        // A re-import keeps the date the member is on the records since, unless the file gives one.
        recordedSince: recordedSinceFor(row, timezone, member.recordedSince),
      };
      const changed = (Object.keys(next) as Array<keyof MemberFields>).some((key) =>
        key === 'recordedSince'
          ? next.recordedSince.getTime() !== member.recordedSince.getTime()
          : next[key] !== member[key],
      );
      if (changed) memberUpdates.push({ id: member.id, ...next });
      else counts.unchanged += 1;

      // Only the latest open absence follows the file; should there be several, sorting them out needs a person.
      const open = member.absences[0];
      if (row.away === null) {
        absencesToEnd.push(...member.absences.map((absence) => absence.id));
      } else if (row.away) {
        const target = absenceFor(row.away);
        if (!open) absencesToOpen.push({ memberId: member.id, ...target });
        else if (!sameAbsence(open, target)) absenceUpdates.push({ id: open.id, ...target });
      }
    }

    await updateMembers(tx, memberUpdates, options.now);
    counts.updated += memberUpdates.length;
    await insertAbsences(tx, absencesToOpen, options.now);
    counts.absencesOpened += absencesToOpen.length;
    await updateAbsences(tx, absenceUpdates, options.now);
    counts.absencesUpdated += absenceUpdates.length;
    if (absencesToEnd.length > 0) {
      await tx.absence.updateMany({
        where: { id: { in: absencesToEnd } },
        data: { endedOn: new Date(`${options.today}T00:00:00Z`), updatedAt: options.now },
      });
    }
    counts.absencesEnded += absencesToEnd.length;
    const exemptions = await applyFullExemptions(
      tx,
      chunk.flatMap((row) => {
        const memberId = existing.get(row.cardNumber)?.id ?? idOfCard.get(row.cardNumber);
        return row.fullExemption === undefined || memberId === undefined
          ? []
          : [{ memberId, cellId: row.cellId, wanted: row.fullExemption }];
      }),
      options,
    );
    counts.fullExemptionsOpened += exemptions.opened;
    counts.fullExemptionsUpdated += exemptions.updated;
    counts.fullExemptionsEnded += exemptions.ended;
    options.onProgress?.({ phase: 'writing', done: start + chunk.length, total: rows.length });
  }
  return counts;
}
