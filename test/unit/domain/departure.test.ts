// The departure wizard's recommendation, by destination, duration, mobility and organisation (rule 6).
import { recommendArrangement, type DeparturePlan } from '../../../src/domain/departure';
import { loadPolicy } from '../../../src/domain/policy';

const policy = loadPolicy();
const home: DeparturePlan = {
  abroad: false,
  countryCode: 'VN',
  durationMonths: 6,
  mobile: false,
  organisationThere: true,
};
const abroad: DeparturePlan = {
  abroad: true,
  countryCode: 'KR',
  durationMonths: 6,
  mobile: false,
  organisationThere: 'unknown',
};

describe('recommendArrangement', () => {
  it.each<[string, Partial<DeparturePlan>, string, string]>([
    [
      'seasonal work in Bình Dương for 2 months',
      { durationMonths: 2 },
      'seasonal',
      'domestic-under-3-months',
    ],
    ['2 months of mobile work', { durationMonths: 2, mobile: true }, 'seasonal', 'domestic-under-3-months'],
    [
      'a factory in Đồng Nai for 3 months',
      { durationMonths: 3 },
      'temporary_transfer',
      'domestic-fixed-3-to-12-months',
    ],
    [
      'a factory for 11 months',
      { durationMonths: 11 },
      'temporary_transfer',
      'domestic-fixed-3-to-12-months',
    ],
    [
      'a fixed place, organisation unknown',
      { organisationThere: 'unknown' },
      'temporary_transfer',
      'domestic-fixed-organisation-unknown',
    ],
    ['construction sites for 6 months', { mobile: true }, 'temporary_exemption', 'domestic-mobile'],
    [
      'no organisation where they go',
      { organisationThere: false },
      'temporary_exemption',
      'domestic-no-organisation',
    ],
    ['12 months at home', { durationMonths: 12 }, 'official_transfer', 'domestic-12-months-or-more'],
    ['not leaving at all', { durationMonths: 0 }, 'none', 'not-leaving'],
  ])('in Vietnam: %s', (_case, change, arrangement, reason) => {
    expect(recommendArrangement({ ...home, ...change }, policy)).toMatchObject({ arrangement, reason });
  });

  it.each<[string, Partial<DeparturePlan>, string, string]>([
    ['Korea for 6 months', {}, 'temporary_exemption', 'abroad-under-12-months'],
    [
      'Japan for 2 months (no seasonal abroad)',
      { countryCode: 'JP', durationMonths: 2 },
      'temporary_exemption',
      'abroad-under-12-months',
    ],
    ['Korea for 11 months', { durationMonths: 11 }, 'temporary_exemption', 'abroad-under-12-months'],
    ['Korea for 12 months', { durationMonths: 12 }, 'official_transfer', 'abroad-12-months-or-more'],
    [
      'Taiwan for 36 months',
      { countryCode: 'TW', durationMonths: 36, organisationThere: true },
      'official_transfer',
      'abroad-12-months-or-more',
    ],
    [
      'the Gulf for 24 months, no organisation',
      { countryCode: 'SA', durationMonths: 24, organisationThere: false },
      'official_transfer',
      'abroad-12-months-or-more-no-organisation',
    ],
  ])('abroad: %s', (_case, change, arrangement, reason) => {
    expect(recommendArrangement({ ...abroad, ...change }, policy)).toMatchObject({ arrangement, reason });
  });

  it('states how long the exemption may be, capped by policy', () => {
    expect(recommendArrangement({ ...abroad, durationMonths: 8 }, policy)).toEqual({
      arrangement: 'temporary_exemption',
      reason: 'abroad-under-12-months',
      exemptionMonths: 8,
      renewalNeeded: false,
    });
    const shortCap = { ...policy, exemption: { ...policy.exemption, maxMonths: 6 } };
    expect(recommendArrangement({ ...abroad, durationMonths: 9 }, shortCap)).toMatchObject({
      exemptionMonths: 6,
      renewalNeeded: true,
    });
  });

  it('follows the policy thresholds', () => {
    const longerAbroad = { ...policy, abroad: { officialTransferMonths: 24 } };
    expect(recommendArrangement({ ...abroad, durationMonths: 18 }, longerAbroad).arrangement).toBe(
      'temporary_exemption',
    );
    const longerSeasonal = {
      ...policy,
      departure: { ...policy.departure, seasonalMaxMonths: 4, temporaryTransferMinMonths: 4 },
    };
    expect(recommendArrangement({ ...home, durationMonths: 3 }, longerSeasonal).arrangement).toBe('seasonal');
  });

  it('refuses a negative duration', () => {
    expect(() => recommendArrangement({ ...home, durationMonths: -1 }, policy)).toThrow(RangeError);
  });
});
