// Dates, months, instants, amounts and countries as a Vietnamese or an English reader writes them.
import { createI18n, translator } from '../../../src/i18n';
import {
  countryName,
  formatClock,
  formatDate,
  formatInstant,
  formatMoney,
  formatMonth,
  formatMonths,
} from '../../../src/presentation/formats';

const translate = translator(createI18n('vi'), 'vi');

describe('dates and months', () => {
  it('writes a date day first in Vietnamese and in words in English', () => {
    expect(formatDate('2026-01-05', 'vi')).toBe('05/01/2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
    // A date-only column comes back from the database as midnight UTC: the calendar day, not shifted by a zone.
    expect(formatDate(new Date('2027-01-15T00:00:00Z'), 'vi')).toBe('15/01/2027');
  });

  it('writes months as month/year in Vietnamese and by name in English', () => {
    expect(formatMonth('2026-11', 'vi')).toBe('11/2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonths(['2026-09', '2026-10'], 'vi')).toBe('09/2026, 10/2026');
    expect(formatMonths(['2026-09', '2026-10'], 'en')).toBe('September 2026, October 2026');
  });

  it('leaves what is not a date as it was rather than print "Invalid DateTime"', () => {
    expect(formatDate('soon', 'vi')).toBe('soon');
    expect(formatMonth('2026-13', 'en')).toBe('2026-13');
  });
});

describe('instants', () => {
  const at = new Date('2026-12-03T06:37:00Z');
  it('shows the reader’s clock with the zone named as people say it', () => {
    expect(formatInstant(at, 'Asia/Ho_Chi_Minh', 'vi', translate)).toBe('03/12/2026 13:37 giờ Việt Nam');
    expect(formatInstant(at, 'Asia/Seoul', 'vi', translate)).toBe('03/12/2026 15:37 giờ Seoul');
    expect(formatInstant(at, 'Europe/Prague', 'en', translate)).toBe('3 Dec 2026, 07:37 Prague time');
  });
  it('crosses the date line with the zone: the same instant is the next day in Tokyo', () => {
    const lateEvening = new Date('2026-12-31T17:30:00Z');
    expect(formatInstant(lateEvening, 'Asia/Tokyo', 'vi', translate)).toBe('01/01/2027 02:30 giờ Tokyo');
    expect(formatClock(lateEvening, 'Asia/Ho_Chi_Minh')).toBe('00:30');
  });
});

describe('amounts', () => {
  it.each([
    [40000, 'VND', 'vi', '40.000 ₫'],
    [40000, 'VND', 'en', '₫40,000'],
    [40000, 'TWD', 'vi', '400 NT$'],
    [1250, 'USD', 'vi', '12,50 US$'],
    [1250, 'USD', 'en', '$12.50'],
    [50000, 'KRW', 'vi', '50.000 ₩'],
  ])('%d minor units of %s in %s: %s', (minor, currency, locale, shown) => {
    // Intl separates the number and the sign with a no-break space; a reader sees a space.
    expect(formatMoney(minor, currency, locale).replace(/\u00a0/g, ' ')).toBe(shown);
  });
  it('keeps the code of a currency Intl does not know', () => {
    expect(formatMoney(500, 'XYZ', 'vi').replace(/\u00a0/g, ' ')).toBe('5 XYZ');
  });
});

describe('countries', () => {
  it('names countries in the reader’s language, with the names members use', () => {
    expect(countryName('KR', 'vi')).toBe('Hàn Quốc');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('NZ', 'en')).toBe('New Zealand');
  });
});
