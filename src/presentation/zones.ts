// Time zones as people name them: "giờ Seoul", "giờ Việt Nam", "Prague time"; never a raw IANA name in a text.
import type { Translate } from '../i18n';
import { foldAccents } from './fold';

/** Vietnam's zone under both of its IANA names (the runtime lists Asia/Saigon). */
const VIETNAM_ZONES = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

/** Cities as a Vietnamese reader writes them, where that differs from the IANA city (members type these too). */
const VIETNAMESE_CITY: Record<string, string> = {
  'Asia/Taipei': 'Đài Bắc',
  'Europe/Prague': 'Praha',
  'Asia/Shanghai': 'Bắc Kinh',
  'Asia/Bangkok': 'Băng Cốc',
  'Europe/Moscow': 'Mát-xcơ-va',
  'Europe/Warsaw': 'Vác-sa-va',
  'Europe/Berlin': 'Béc-lin',
  'Europe/Paris': 'Pa-ri',
  'Europe/London': 'Luân Đôn',
  'Asia/Vientiane': 'Viêng Chăn',
  'Asia/Phnom_Penh': 'Phnôm Pênh',
  'Asia/Hong_Kong': 'Hồng Kông',
  'Asia/Singapore': 'Xin-ga-po',
};

/** Other names members type for a zone: Taiwanese and Korean cities where Vietnamese work, in Vietnamese. */
const ALIASES: Record<string, string> = {
  'dai trung': 'Asia/Taipei',
  'dao vien': 'Asia/Taipei',
  'cao hung': 'Asia/Taipei',
  'dai loan': 'Asia/Taipei',
  'han quoc': 'Asia/Seoul',
  'nhat ban': 'Asia/Tokyo',
  sec: 'Europe/Prague',
  'cong hoa sec': 'Europe/Prague',
  'ba lan': 'Europe/Warsaw',
  duc: 'Europe/Berlin',
  nga: 'Europe/Moscow',
  // And the same in English, as members writing in English type them.
  taichung: 'Asia/Taipei',
  kaohsiung: 'Asia/Taipei',
  taoyuan: 'Asia/Taipei',
  taiwan: 'Asia/Taipei',
  korea: 'Asia/Seoul',
  'south korea': 'Asia/Seoul',
  japan: 'Asia/Tokyo',
  czechia: 'Europe/Prague',
  'czech republic': 'Europe/Prague',
};

/** The city of a zone as the reader writes it: "Seoul", "Đài Bắc" in Vietnamese, "Taipei" in English. */
export function zoneCity(zone: string, locale: string): string {
  if (locale === 'vi' && VIETNAMESE_CITY[zone]) return VIETNAMESE_CITY[zone];
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** Where a zone's clock is, as the reader says it: "Seoul", "Đài Bắc", "Việt Nam" (for a zone choice). */
export function zonePlace(zone: string, locale: string, translate: Translate): string {
  return VIETNAM_ZONES.has(zone) ? translate(locale, 'zone-place-vietnam') : zoneCity(zone, locale);
}

/** "giờ Seoul", "giờ Việt Nam"; "Seoul time", "Vietnam time" (for an instant: "10:00 giờ Seoul"). */
export function zoneName(zone: string, locale: string, translate: Translate): string {
  return translate(locale, 'zone-name', { place: zonePlace(zone, locale, translate) });
}

/** The zone a typed name means by its Vietnamese form or a country members name ("Praha", "Đài Trung", "Hàn Quốc"). */
export function zoneByLocalName(typed: string): string | undefined {
  const wanted = foldAccents(typed).replace(/[-_]/g, ' ');
  if (ALIASES[wanted]) return ALIASES[wanted];
  return Object.entries(VIETNAMESE_CITY).find(
    ([, city]) => foldAccents(city).replace(/-/g, ' ') === wanted,
  )?.[0];
}
