// How every text shows a date, a month, an instant, an amount or a country, in the reader's language: the one place
// these are formatted, so a secretary's screen, a nudge and an export write "tháng 11/2026" and "40.000 ₫" alike.
import { DateTime } from 'luxon';
import { currencyFractionDigits, majorUnits } from '../domain/money';
import type { Translate } from '../i18n';
import { COMMON_COUNTRIES } from './countries';
import { zoneName } from './zones';

const COUNTRIES_BY_CODE = new Map(COMMON_COUNTRIES.map((country) => [country.code, country]));

const isVietnamese = (locale: string) => locale !== 'en';

/** A calendar date ('2026-12-03' or a date-only Date): "03/12/2026" in Vietnamese, "3 Dec 2026" in English. */
export function formatDate(date: string | Date, locale: string): string {
  const parsed =
    typeof date === 'string'
      ? DateTime.fromISO(date, { zone: 'utc' })
      : DateTime.fromJSDate(date, { zone: 'utc' });
  if (!parsed.isValid) return String(date);
  return isVietnamese(locale) ? parsed.toFormat('dd/MM/yyyy') : parsed.setLocale('en').toFormat('d LLL yyyy');
}

/** A month ('2026-11'): "11/2026" in Vietnamese (the texts say "tháng" before it), "November 2026" in English. */
export function formatMonth(month: string, locale: string): string {
  const parsed = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  if (!parsed.isValid) return month;
  return isVietnamese(locale) ? parsed.toFormat('MM/yyyy') : parsed.setLocale('en').toFormat('LLLL yyyy');
}

/** Months in a list: "10/2026, 11/2026"; "October 2026, November 2026". */
export function formatMonths(months: readonly string[], locale: string): string {
  return months.map((month) => formatMonth(month, locale)).join(', ');
}

/** The clock time of an instant in a zone: "07:48". */
export function formatClock(at: Date | string, zone: string): string {
  return toZone(at, zone).toFormat('HH:mm');
}

/** An instant as the reader's date and clock in a zone, without the zone's name: "03/12/2026 13:37". */
export function formatLocalDateTime(at: Date | string, zone: string, locale: string): string {
  const local = toZone(at, zone);
  return isVietnamese(locale)
    ? local.toFormat('dd/MM/yyyy HH:mm')
    : local.setLocale('en').toFormat('d LLL yyyy, HH:mm');
}

/** An instant with the zone it is read in: "03/12/2026 13:37 giờ Seoul", "3 Dec 2026, 13:37 Seoul time". */
export function formatInstant(at: Date | string, zone: string, locale: string, translate: Translate): string {
  return `${formatLocalDateTime(at, zone, locale)} ${zoneName(zone, locale, translate)}`;
}

/**
 * An amount with the currency's own sign, as the reader writes it: "40.000 ₫" in Vietnamese, "₫40,000" in English;
 * "400 NT$", "12,50 US$". Whole amounts show no decimals ("400 NT$", not "400,00 NT$"); a currency Intl does not
 * know keeps its code after the number.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const digits = currencyFractionDigits(currency);
  const major = majorUnits(amountMinor, currency);
  const tag = isVietnamese(locale) ? 'vi-VN' : 'en-US';
  const fraction = Number.isInteger(major) ? 0 : digits;
  try {
    return new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      minimumFractionDigits: fraction,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    const number = new Intl.NumberFormat(tag, {
      minimumFractionDigits: fraction,
      maximumFractionDigits: digits,
    }).format(major);
    return `${number} ${currency}`;
  }
}

/** A country by its ISO code, in the reader's language: "Hàn Quốc", "South Korea"; the code when Intl has no name. */
export function countryName(code: string, locale: string): string {
  const known = COUNTRIES_BY_CODE.get(code);
  if (known) return isVietnamese(locale) ? known.vi : known.en;
  try {
    return new Intl.DisplayNames([isVietnamese(locale) ? 'vi' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function toZone(at: Date | string, zone: string): DateTime {
  const instant = typeof at === 'string' ? DateTime.fromISO(at, { setZone: true }) : DateTime.fromJSDate(at);
  return instant.setZone(zone);
}

/** The formats above bound to one reader: their language, and the zone their instants are shown in. */
export interface ReaderFormats {
  locale: string;
  date(date: string | Date): string;
  /** A date that may be missing: the placeholder when it is. */
  dateOr(date: string | Date | null | undefined, missing: string): string;
  month(month: string): string;
  months(months: readonly string[]): string;
  /** An instant on the reader's clock, without the zone's name (the reader's own zone); '' for none. */
  localTime(at: Date | string | null | undefined): string;
  /** An instant with its zone named: "10:00 giờ Seoul". */
  instant(at: Date | string, zone?: string): string;
  money(amountMinor: number, currency: string): string;
  country(code: string): string;
  /** A zone as people name it: "giờ Seoul". */
  zone(zone: string): string;
}

export function readerFormats(locale: string, zone: string, translate: Translate): ReaderFormats {
  return {
    locale,
    date: (date) => formatDate(date, locale),
    dateOr: (date, missing) => (date ? formatDate(date, locale) : missing),
    month: (month) => formatMonth(month, locale),
    months: (months) => formatMonths(months, locale),
    localTime: (at) => (at ? formatLocalDateTime(at, zone, locale) : ''),
    instant: (at, inZone = zone) => formatInstant(at, inZone, locale, translate),
    money: (amountMinor, currency) => formatMoney(amountMinor, currency, locale),
    country: (code) => countryName(code, locale),
    zone: (name) => zoneName(name, locale, translate),
  };
}

/** A value that may be a month ('2026-11') or a date ('2026-12-03') stored as text: shown as the reader writes it. */
export function formatStoredValue(value: string, locale: string): string {
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value, locale);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  return value;
}
