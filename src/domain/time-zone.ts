// Time-zone names as members and importers give them: validated against the IANA database luxon ships with.
import { IANAZone } from 'luxon';

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** Compares names without accents, case, spaces or underscores: "ho chi minh", "Ho_Chi_Minh", "HCM" aside. */
const simplified = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

// The runtime lists Vietnam's zone as Asia/Saigon; members type the city names they know.
const VIETNAM_NAMES = new Set(['hochiminh', 'tphcm', 'saigon', 'hanoi', 'vietnam']);

/**
 * The IANA zone a member means: an exact name ("Asia/Seoul"), or the city part of one ("seoul", "los angeles").
 * Undefined when nothing or more than one zone matches.
 */
export function resolveTimeZone(input: string): string | undefined {
  const text = input.trim();
  if (text.includes('/') && isValidTimeZone(text)) return text;
  const wanted = simplified(text);
  if (wanted.length < 3) return undefined;
  if (VIETNAM_NAMES.has(wanted)) return 'Asia/Ho_Chi_Minh';
  const matches = Intl.supportedValuesOf('timeZone').filter(
    (zone) => simplified(zone.split('/').at(-1)!) === wanted || simplified(zone) === wanted,
  );
  return matches.length === 1 ? matches[0] : undefined;
}
