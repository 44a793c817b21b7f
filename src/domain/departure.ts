// The departure wizard's rule: which arrangement a member leaving home must apply for (DOMAIN duty 3, product rule 6).
import type { Policy } from './policy';

export type ArrangementChoice =
  'seasonal' | 'temporary_transfer' | 'temporary_exemption' | 'official_transfer' | 'none';

export type ArrangementReason =
  | 'not-leaving'
  | 'domestic-under-3-months'
  | 'domestic-fixed-3-to-12-months'
  | 'domestic-fixed-organisation-unknown'
  | 'domestic-mobile'
  | 'domestic-no-organisation'
  | 'domestic-12-months-or-more'
  | 'abroad-under-12-months'
  | 'abroad-12-months-or-more'
  | 'abroad-12-months-or-more-no-organisation';

export interface DeparturePlan {
  abroad: boolean;
  /** ISO 3166-1 alpha-2; 'VN' at home. Kept for the directory of overseas organisations, not for the rule. */
  countryCode: string;
  /** Expected length of the stay in whole months. */
  durationMonths: number;
  /** Moves between sites (construction, fishing, driving) rather than working at one place. */
  mobile: boolean;
  /** Whether a party organisation exists where the member goes; the member may not know. */
  organisationThere: boolean | 'unknown';
}

export interface ArrangementAdvice {
  arrangement: ArrangementChoice;
  reason: ArrangementReason;
  /** For an exemption: the months one application may ask for (the stay, capped by policy). */
  exemptionMonths?: number;
  /** The stay is longer than one exemption may last: the member must renew before it ends. */
  renewalNeeded?: boolean;
}

/**
 * Recommends the arrangement for a departure. The thresholds are policy data: under
 * `departure.seasonalMaxMonths` at home nothing is needed; a fixed place with an organisation from
 * `temporaryTransferMinMonths` to under `temporaryTransferMaxMonths` is a temporary transfer; mobile work or no
 * organisation is a temporary exemption; a longer stay at home is an official transfer; abroad, under
 * `abroad.officialTransferMonths` is an exemption and longer an official transfer.
 */
export function recommendArrangement(
  plan: DeparturePlan,
  policy: Pick<Policy, 'departure' | 'abroad' | 'exemption'>,
): ArrangementAdvice {
  const months = plan.durationMonths;
  if (!Number.isFinite(months) || months < 0)
    throw new RangeError(`durationMonths must be ≥ 0, got ${months}`);
  if (months === 0) return { arrangement: 'none', reason: 'not-leaving' };

  if (plan.abroad) {
    if (months >= policy.abroad.officialTransferMonths) {
      // Where there is no organisation the overseas committee still takes the member and guides them.
      return {
        arrangement: 'official_transfer',
        reason:
          plan.organisationThere === false
            ? 'abroad-12-months-or-more-no-organisation'
            : 'abroad-12-months-or-more',
      };
    }
    // Even a short stay abroad needs the cell's decision (HD 09/12-HD/BTCTW), so no 'seasonal' here.
    return exemption('abroad-under-12-months', months, policy);
  }

  const { seasonalMaxMonths, temporaryTransferMaxMonths } = policy.departure;
  if (months < seasonalMaxMonths) return { arrangement: 'seasonal', reason: 'domestic-under-3-months' };
  if (months >= temporaryTransferMaxMonths) {
    return { arrangement: 'official_transfer', reason: 'domestic-12-months-or-more' };
  }
  if (months < policy.departure.temporaryTransferMinMonths) {
    // Only reachable when a committee sets a gap between the seasonal and transfer thresholds.
    return exemption('domestic-no-organisation', months, policy);
  }
  if (plan.mobile) return exemption('domestic-mobile', months, policy);
  if (plan.organisationThere === false) return exemption('domestic-no-organisation', months, policy);
  // Nearly every commune and ward has a party organisation; the cell confirms the one to transfer to.
  if (plan.organisationThere === 'unknown') {
    return { arrangement: 'temporary_transfer', reason: 'domestic-fixed-organisation-unknown' };
  }
  return { arrangement: 'temporary_transfer', reason: 'domestic-fixed-3-to-12-months' };
}

function exemption(
  reason: ArrangementReason,
  months: number,
  policy: Pick<Policy, 'exemption'>,
): ArrangementAdvice {
  const cap = policy.exemption.maxMonths;
  return {
    arrangement: 'temporary_exemption',
    reason,
    exemptionMonths: Math.min(Math.ceil(months), cap),
    renewalNeeded: months > cap,
  };
}
