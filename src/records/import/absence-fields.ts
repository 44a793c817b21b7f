// The open absence a member's away columns describe: an end date on file means an approved temporary exemption.
import type { AbsenceKind, ApplicationStatus, Arrangement } from '../../generated/prisma/client';
import type { MemberAway } from './member-row';

export interface AbsenceFields {
  kind: AbsenceKind;
  place: string | null;
  countryCode: string;
  startsOn: Date;
  expectedEndOn: Date | null;
  /** null: the file does not say which arrangement the member is under. */
  arrangement: Arrangement | null;
  applicationStatus: ApplicationStatus;
}

/** A calendar date as Prisma stores @db.Date: midnight UTC of that day. */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function absenceFor(away: MemberAway): AbsenceFields {
  const exempted = away.exemptionUntil !== null;
  return {
    kind: away.kind,
    place: away.place,
    countryCode: away.countryCode,
    startsOn: calendarDate(away.since),
    expectedEndOn: away.exemptionUntil ? calendarDate(away.exemptionUntil) : null,
    arrangement: exempted ? 'temporary_exemption' : null,
    applicationStatus: exempted ? 'approved' : 'not_required',
  };
}

export function sameAbsence(stored: AbsenceFields, target: AbsenceFields): boolean {
  return (
    stored.kind === target.kind &&
    stored.place === target.place &&
    stored.countryCode === target.countryCode &&
    stored.startsOn.getTime() === target.startsOn.getTime() &&
    (stored.expectedEndOn?.getTime() ?? null) === (target.expectedEndOn?.getTime() ?? null) &&
    stored.arrangement === target.arrangement &&
    stored.applicationStatus === target.applicationStatus
  );
}
