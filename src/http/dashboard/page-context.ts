// What every dashboard page needs from its request: the reader's language (?lang=, else the member's), the period
// in the URL (?year=&month=), the formats of src/presentation, and links that keep both.
import type http from 'node:http';
import { currentMonth, endOfMonth, monthKey, type MonthKey } from '../../domain/periods';
import { isLocale, type Locale, type Translations } from '../../i18n';
import { readerFormats, type ReaderFormats } from '../../presentation/formats';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { Records } from '../../records';
import type { DashboardViewer } from '../../records/dashboard';
import { urlOf } from './http-io';

export interface DashboardDeps {
  records: Records;
  translations: Translations;
  clock: Clock;
  logger: Logger;
  /** The home cells' zone: the period's months and every instant shown are on its clock. */
  homeZone: string;
  /** The public address is https: the cookie is marked Secure. */
  secureCookies: boolean;
}

export type PageTranslate = (key: string, variables?: Record<string, string | number>) => string;

/** The figures of a month (as they stood at its end, or now for the running month) and of its year. */
export interface Period {
  year: number;
  month: MonthKey;
  asOf: Date;
  /** The running month: no "next month" to go to. */
  current: boolean;
}

export interface PageContext {
  locale: Locale;
  t: PageTranslate;
  formats: ReaderFormats;
  url: URL;
  /** The other language's link for the same page. */
  otherLanguage: { locale: Locale; href: string };
  /** A dashboard path with this page's language and, unless told otherwise, its period. */
  link(path: string, period?: Pick<Period, 'month'> | null): string;
}

export function localeFor(url: URL, viewer: DashboardViewer | null, fallback: Locale): Locale {
  const asked = url.searchParams.get('lang');
  if (isLocale(asked)) return asked;
  return viewer && isLocale(viewer.locale) ? viewer.locale : fallback;
}

export function pageContext(
  deps: DashboardDeps,
  request: http.IncomingMessage,
  viewer: DashboardViewer | null,
): PageContext {
  const url = urlOf(request);
  const locale = localeFor(url, viewer, deps.translations.defaultLocale);
  const t: PageTranslate = (key, variables) => deps.translations.t(locale, key, variables);
  const translate = (reader: string, key: string, variables?: Record<string, string | number>) =>
    deps.translations.t(reader, key, variables);
  const month = url.searchParams.get('month');
  const year = url.searchParams.get('year');
  const link = (path: string, period?: Pick<Period, 'month'> | null, lang: Locale = locale) => {
    const params = new URLSearchParams();
    if (period) {
      params.set('year', period.month.slice(0, 4));
      params.set('month', String(Number(period.month.slice(5, 7))));
    } else if (period === undefined) {
      if (year) params.set('year', year);
      if (month) params.set('month', month);
    }
    // The language stays in the URL only when asked for, so a link sent in chat opens in its reader's language.
    if (url.searchParams.has('lang') || lang !== locale) params.set('lang', lang);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return {
    locale,
    t,
    formats: readerFormats(locale, deps.homeZone, translate),
    url,
    otherLanguage: { locale: other, href: link(url.pathname, undefined, other) },
    link: (path, period) => link(path, period),
  };
}

/**
 * The period in the URL: `year` and `month` (1-12), each optional; the running month by default, a past year's
 * December when only a past year is given. A month still to come has no figures: null.
 */
export function periodOf(url: URL, now: Date, zone: string): Period | null {
  const thisMonth = currentMonth(now, zone);
  const yearText = url.searchParams.get('year');
  const monthText = url.searchParams.get('month');
  if (yearText !== null && !/^\d{4}$/.test(yearText)) return null;
  if (monthText !== null && !/^(0?[1-9]|1[0-2])$/.test(monthText)) return null;
  const year = yearText === null ? Number(thisMonth.slice(0, 4)) : Number(yearText);
  const month =
    monthText !== null
      ? monthKey(year, Number(monthText))
      : year === Number(thisMonth.slice(0, 4))
        ? thisMonth
        : monthKey(year, 12);
  if (month > thisMonth || year < 2000) return null;
  if (month === thisMonth) return { year, month, asOf: now, current: true };
  // The last instant of a past month on the home clock: the figures as the month closed.
  return { year, month, asOf: new Date(endOfMonth(month, zone).getTime() - 1), current: false };
}
