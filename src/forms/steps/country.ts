// Countries: an ISO code ("KR") or a name in Vietnamese or English ("Hàn Quốc", "han quoc", "Korea").
import { normaliseWords } from '../keywords';
import type { CountryStep } from '../types';
import { COMMON_COUNTRIES, FREQUENT_DESTINATIONS } from '../../presentation/countries';
import { countryName } from '../../presentation/formats';
import { accepted, refused, type Parsed } from './parsed';

function comparable(text: string): string {
  return normaliseWords(text).replace(/[-_]/g, ' ').replace(/\s+/g, ' ');
}

const byName = new Map<string, string>();
for (const country of COMMON_COUNTRIES) {
  for (const name of [country.vi, country.en, ...country.aliases]) byName.set(comparable(name), country.code);
}

function isRegionCode(code: string): boolean {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

export function frequentCountries(step: CountryStep): string[] {
  const frequent = step.frequent ?? FREQUENT_DESTINATIONS;
  return frequent.filter((code) => !step.allowed || step.allowed.includes(code));
}

export function parseCountry(step: CountryStep, text: string, locale: string): Parsed<string> {
  const trimmed = text.trim();
  // "MY" typed in capitals is Malaysia; "my" or "Mỹ" is the United States (Mỹ) as people write it.
  const upperCode = /^[A-Z]{2}$/.test(trimmed) && isRegionCode(trimmed) ? trimmed : undefined;
  const name = byName.get(comparable(trimmed));
  const lowerCode = /^[a-z]{2}$/i.test(trimmed) && isRegionCode(trimmed.toUpperCase());
  const code = upperCode ?? name ?? (lowerCode ? trimmed.toUpperCase() : undefined);
  if (!code) return refused('forms-error-country');
  if (step.allowed && !step.allowed.includes(code))
    return refused('forms-error-country-not-allowed', { country: countryName(code, locale) });
  return accepted(code);
}
