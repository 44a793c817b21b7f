// Time-zone names as members and importers give them: validated against the IANA database luxon ships with.
import { IANAZone } from 'luxon';
import { foldAccents } from '../presentation/fold';
import { zoneByLocalName } from '../presentation/zones';

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** Compares names without accents, case, spaces or underscores: "ho chi minh", "Ho_Chi_Minh", "HCM" aside. */
const simplified = (text: string) => foldAccents(text).replace(/[\s_-]+/g, '');

// The runtime lists Vietnam's zone as Asia/Saigon; members type the city names they know.
const VIETNAM_NAMES = new Set(['hochiminh', 'tphcm', 'saigon', 'hanoi', 'vietnam']);

/**
 * The IANA zone a member means: an exact name ("Asia/Seoul"), the city part of one ("seoul", "los angeles"), or a
 * city or country as Vietnamese write it ("Praha", "Đài Bắc", "Đài Trung", "Hàn Quốc").
 * Undefined when nothing or more than one zone matches.
 */
export function resolveTimeZone(input: string): string | undefined {
  const text = input.trim();
  if (text.includes('/') && isValidTimeZone(text)) return text;
  const wanted = simplified(text);
  if (wanted.length < 3) return undefined;
  if (VIETNAM_NAMES.has(wanted)) return 'Asia/Ho_Chi_Minh';
  const local = zoneByLocalName(text);
  if (local) return local;
  const matches = Intl.supportedValuesOf('timeZone').filter(
    (zone) => simplified(zone.split('/').at(-1)!) === wanted || simplified(zone) === wanted,
  );
  return matches.length === 1 ? matches[0] : undefined;
}
