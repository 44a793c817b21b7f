// Money as members type it: "20000", "20.000", "20,000 VND", "20k", "50 USD", "50usd", "$50".
import { normaliseWords } from '../keywords';
import type { MoneyAnswer, MoneyStep } from '../types';
import { currencyFractionDigits } from '../../domain/money';
import { formatMoney } from '../../presentation/formats';
import { parseDecimal } from './number';
import { accepted, refused, type Parsed } from './parsed';

// Words and signs for currencies, after normaliseWords (no accents: "đồng" is "dong", "đ" is "d").
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  d: 'VND',
  dong: 'VND',
  vnd: 'VND',
  '₫': 'VND',
  $: 'USD',
  do: 'USD',
  usd: 'USD',
  '€': 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  won: 'KRW',
  '₩': 'KRW',
  yen: 'JPY',
  '¥': 'JPY',
  ntd: 'TWD',
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000,
  nghin: 1_000,
  ngan: 1_000,
  tr: 1_000_000,
  trieu: 1_000_000,
};

/**
 * Amounts above these (whole units) are taken for a typo: a party fee is about 1% of income, so even a
 * year paid at once stays far below. Forms set their own with `maxAmount`.
 */
const DEFAULT_MAX_AMOUNT: Readonly<Record<string, number>> = {
  VND: 50_000_000,
  KRW: 3_000_000,
  JPY: 300_000,
  TWD: 60_000,
};
const DEFAULT_MAX_OTHER = 2_000;

export function maxAmountOf(step: MoneyStep, currency: string): number {
  return step.maxAmount?.[currency] ?? DEFAULT_MAX_AMOUNT[currency] ?? DEFAULT_MAX_OTHER;
}

function currencyOf(word: string): string | undefined {
  if (CURRENCY_WORDS[word]) return CURRENCY_WORDS[word];
  return /^[a-z]{3}$/.test(word) ? word.toUpperCase() : undefined;
}

export function parseMoney(step: MoneyStep, text: string, locale: string): Parsed<MoneyAnswer> {
  const words = normaliseWords(text);
  if (/-\s*\d/.test(words)) return refused('forms-error-money-negative');
  const match = /^([^\d]*?)\s*(\d(?:[\d.,\s]*\d)?)\s*([^\d]*)$/.exec(words.replace(/\+/g, ''));
  const allowed = step.currencies.join(', ');
  if (!match) return refused('forms-error-money', { currencies: allowed });
  const number = parseDecimal(match[2]);
  if (number === undefined) return refused('forms-error-money', { currencies: allowed });

  let multiplier = 1;
  let currency: string | undefined;
  // "$50", "20k", "2 trieu dong": signs are words of their own.
  const units = `${match[1]} ${match[3]}`
    .replace(/([$€₫₩¥])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
  for (const unit of units) {
    if (MULTIPLIERS[unit] && multiplier === 1) multiplier = MULTIPLIERS[unit];
    else if (!currency && currencyOf(unit)) currency = currencyOf(unit);
    else return refused('forms-error-money', { currencies: allowed });
  }
  currency ??= step.currencies[0];
  if (!step.currencies.includes(currency))
    return refused('forms-error-money-currency', { currency, currencies: allowed });

  const decimals = currencyFractionDigits(currency);
  const scaled = number * multiplier * 10 ** decimals;
  const amountMinor = Math.round(scaled);
  if (Math.abs(scaled - amountMinor) > 1e-6) return refused('forms-error-money-decimals', { currency });
  if (amountMinor === 0) return refused('forms-error-money-zero');
  const max = maxAmountOf(step, currency);
  if (amountMinor > max * 10 ** decimals)
    return refused('forms-error-money-too-large', {
      max: formatMoney(max * 10 ** decimals, currency, locale),
    });
  return accepted({ amountMinor, currency });
}
