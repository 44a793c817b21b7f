// Where a member stands on a given day, from dated facts alone: at home, away, on a temporary or a full exemption, transferred out.
import type { ArrangementChoice } from './departure';
import type { CalendarDate } from './periods';

/**
 * What the records hold that is not a dated fact: on the cell's books, moved out by a decision with no dated absence
 * on record, removed or left. Being away, exempted or transferred by an approved official transfer is never stored:
 * it follows from the absences and exemptions in force on the day (DOMAIN rule 11), so a departure filed for next
 * month changes nothing today, and a rejected or withdrawn application changes nothing at all.
 */
export type MembershipCode = 'active' | 'transferred' | 'removed' | 'left';

/** The member's state on a day, as every view, rule, statistic and export names it. */
export const MEMBER_STATES = [
  'active',
  'away',
  'temporary-exemption',
  'full-exemption',
  'transferred',
  'removed',
  'left',
] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

/** `submitted` is with the cell, `proposed` with the unit that decides (issue 11 §3): both still undecided. */
export type ApplicationStatusCode =
  'not_required' | 'submitted' | 'proposed' | 'approved' | 'rejected' | 'withdrawn';

/** An absence on record that is neither ended nor a rejected or withdrawn application; it may not have begun yet. */
export interface AbsenceFacts {
  kind: 'domestic' | 'abroad';
  countryCode: string;
  arrangement: Exclude<ArrangementChoice, 'none'> | null;
  applicationStatus: ApplicationStatusCode;
  /** The departure day, in the member's zone: away from this day on. */
  startsOn: CalendarDate;
  expectedEndOn: CalendarDate | null;
}

/** Full exemption from work and activities for age or health (not a cancelled record); `endsOn` is its last day. */
export interface FullExemptionFacts {
  reason: 'age' | 'health' | null;
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
}

export interface DatedFacts {
  membership: MembershipCode;
  /** Absences not ended and not refused or withdrawn, any order. */
  absences: readonly AbsenceFacts[];
  fullExemptions: readonly FullExemptionFacts[];
}

export interface StateOnDay {
  state: MemberState;
  /** Still in the home cell's care: not transferred out, removed or left. */
  inCare: boolean;
  /** The absence in force: begun on or before the day and not ended (a lapsed one is still in force). */
  absence: AbsenceFacts | null;
  /** A departure filed for a later day, not in force yet. */
  upcoming: AbsenceFacts | null;
  /** The full exemption in force on the day. */
  fullExemption: FullExemptionFacts | null;
  /** The latest full exemption that ended before the day: the months it covered asked for no check-in. */
  endedFullExemption: FullExemptionFacts | null;
}

/** Applications that are no fact: a refused or withdrawn one changes nothing (DOMAIN rule 11). */
export function isAbsenceOnRecord(applicationStatus: ApplicationStatusCode): boolean {
  return applicationStatus !== 'rejected' && applicationStatus !== 'withdrawn';
}

export function isFullExemptionInForce(exemption: FullExemptionFacts, day: CalendarDate): boolean {
  return exemption.startsOn <= day && (exemption.endsOn === null || day <= exemption.endsOn);
}

/** The member's state on `day` (a calendar date in the member's own zone). */
export function stateOn(facts: DatedFacts, day: CalendarDate): StateOnDay {
  const onRecord = facts.absences.filter((absence) => isAbsenceOnRecord(absence.applicationStatus));
  const begun = onRecord.filter((absence) => absence.startsOn <= day);
  const later = onRecord.filter((absence) => absence.startsOn > day);
  const absence = begun.reduce<AbsenceFacts | null>(
    (latest, next) => (latest === null || next.startsOn > latest.startsOn ? next : latest),
    null,
  );
  const upcoming = later.reduce<AbsenceFacts | null>(
    (earliest, next) => (earliest === null || next.startsOn < earliest.startsOn ? next : earliest),
    null,
  );
  const fullExemption =
    facts.fullExemptions
      .filter((exemption) => isFullExemptionInForce(exemption, day))
      .sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0] ?? null;
  const endedFullExemption =
    facts.fullExemptions
      .filter((exemption) => exemption.endsOn !== null && exemption.endsOn < day)
      .sort((a, b) => (a.endsOn! < b.endsOn! ? 1 : -1))[0] ?? null;

  const base = { absence, upcoming, fullExemption, endedFullExemption };
  if (facts.membership !== 'active') return { ...base, state: facts.membership, inCare: false };
  if (absence?.arrangement === 'official_transfer' && absence.applicationStatus === 'approved') {
    return { ...base, state: 'transferred', inCare: false };
  }
  if (fullExemption) return { ...base, state: 'full-exemption', inCare: true };
  if (absence?.arrangement === 'temporary_exemption' && absence.applicationStatus === 'approved') {
    return { ...base, state: 'temporary-exemption', inCare: true };
  }
  return { ...base, state: absence ? 'away' : 'active', inCare: true };
}

const DECIDED: readonly ApplicationStatusCode[] = ['not_required', 'approved', 'rejected', 'withdrawn'];

/**
 * What a member may take back on `day` (their own): a departure that has not begun (cancelled, decided or not), or
 * an application not decided yet (withdrawn). Null when neither: a decided absence in force ends with /back.
 */
export function withdrawalOf(
  absence: AbsenceFacts,
  day: CalendarDate,
): { begun: boolean; undecided: boolean } | null {
  if (!isAbsenceOnRecord(absence.applicationStatus)) return null;
  const begun = absence.startsOn <= day;
  const undecided = !DECIDED.includes(absence.applicationStatus);
  return !begun || undecided ? { begun, undecided } : null;
}

/** Away from home on the day (a transfer out, removal or leaving ends the cell's care, so not "away"). */
export function isAwayOn(state: StateOnDay): boolean {
  return state.inCare && state.absence !== null;
}
