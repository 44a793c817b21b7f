// Each step kind's parser with the inputs members really send, good and bad, and how answers are shown.
import { parseChoice, parseConfirm, parseMultiChoice } from '../../../src/forms/steps/choice';
import { parseCountry } from '../../../src/forms/steps/country';
import { parseDate } from '../../../src/forms/steps/date';
import { parseFile } from '../../../src/forms/steps/file';
import { parseMoney } from '../../../src/forms/steps/money';
import { parseMonths } from '../../../src/forms/steps/months';
import { parseDecimal, parseNumber } from '../../../src/forms/steps/number';
import { appendText, parseText } from '../../../src/forms/steps/text';
import type {
  CountryStep,
  DateStep,
  FileStep,
  FormEnv,
  MoneyStep,
  MonthsStep,
  MultiChoiceStep,
  NumberStep,
  TextStep,
} from '../../../src/forms/types';

const base = { promptKey: 'p', labelKey: 'l' };
const env = { now: new Date('2026-11-22T03:00:00Z'), locale: 'vi' } as FormEnv;

describe('money', () => {
  const step: MoneyStep = { ...base, id: 'amount', kind: 'money', currencies: ['VND', 'USD'] };
  it.each([
    ['20000', 20000, 'VND'],
    ['20.000', 20000, 'VND'],
    ['20,000 VND', 20000, 'VND'],
    ['20 000 đ', 20000, 'VND'],
    ['20.000đ', 20000, 'VND'],
    ['20k', 20000, 'VND'],
    ['1,2 triệu', 1200000, 'VND'],
    ['50 USD', 5000, 'USD'],
    ['50usd', 5000, 'USD'],
    ['$12.50', 1250, 'USD'],
    ['vnd 30000', 30000, 'VND'],
  ])('reads %j', (text, amountMinor, currency) => {
    expect(parseMoney(step, text, 'vi')).toEqual({ ok: true, value: { amountMinor, currency } });
  });

  it.each([
    ['abc', 'forms-error-money'],
    ['-20000', 'forms-error-money-negative'],
    ['- 5 USD', 'forms-error-money-negative'],
    ['0', 'forms-error-money-zero'],
    ['0 USD', 'forms-error-money-zero'],
    ['999999999999', 'forms-error-money-too-large'],
    ['5000 USD', 'forms-error-money-too-large'],
    ['50 EUR', 'forms-error-money-currency'],
    ['20.5 VND', 'forms-error-money-decimals'],
    ['20 bananas', 'forms-error-money'],
    ['', 'forms-error-money'],
  ])('refuses %j', (text, errorKey) => {
    expect(parseMoney(step, text, 'en')).toMatchObject({ ok: false, errorKey });
  });

  it('honours a form maximum and names it in the member language', () => {
    const capped: MoneyStep = { ...step, maxAmount: { VND: 1_000_000 } };
    expect(parseMoney(capped, '2.000.000', 'vi')).toEqual({
      ok: false,
      errorKey: 'forms-error-money-too-large',
      errorArgs: { max: '1.000.000\u00a0₫' },
    });
  });
});

describe('number', () => {
  const step: NumberStep = { ...base, id: 'n', kind: 'number', min: 1, max: 24, integer: true };
  it('reads digits and thousands separators', () => {
    expect(parseDecimal('1.500')).toBe(1500);
    expect(parseDecimal('1,500')).toBe(1500);
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseNumber(step, ' 12 ', 'vi')).toEqual({ ok: true, value: 12 });
  });
  it.each([
    ['abc', 'forms-error-number'],
    ['2.5', 'forms-error-number-integer'],
    ['-3', 'forms-error-number-min'],
    ['0', 'forms-error-number-min'],
    ['100', 'forms-error-number-max'],
    ['1e9', 'forms-error-number'],
  ])('refuses %j', (text, errorKey) => {
    expect(parseNumber(step, text, 'vi')).toMatchObject({ ok: false, errorKey });
  });
});

describe('date', () => {
  const step: DateStep = {
    ...base,
    id: 'd',
    kind: 'date',
    min: () => '2020-01-01',
    max: () => '2026-11-22',
  };
  it.each([
    ['25/10/2026', '2026-10-25'],
    ['5/1/2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(step, text, {}, env)).toEqual({ ok: true, value: iso });
  });
  it.each([
    ['30/02/2026', 'forms-error-date-impossible'],
    ['29/02/2026', 'forms-error-date-impossible'],
    ['31/04/2026', 'forms-error-date-impossible'],
    ['12/13/2026', 'forms-error-date-impossible'],
    ['tomorrow', 'forms-error-date-format'],
    ['2026/13', 'forms-error-date-format'],
    ['10-25-26', 'forms-error-date-format'],
    ['01/01/2019', 'forms-error-date-too-early'],
    ['01/12/2026', 'forms-error-date-too-late'],
  ])('refuses %j', (text, errorKey) => {
    expect(parseDate(step, text, {}, env)).toMatchObject({ ok: false, errorKey });
  });
});

describe('months', () => {
  const step: MonthsStep = { ...base, id: 'm', kind: 'months', months: () => [], maxSelected: 3 };
  const offered = ['2026-09', '2026-10', '2026-11'];
  it.each([
    ['11/2026, 10/2026', ['2026-10', '2026-11']],
    ['2026-11', ['2026-11']],
    ['tháng 9/2026 và 10/2026', ['2026-09', '2026-10']],
    ['1, 3', ['2026-09', '2026-11']],
    ['tất cả', offered],
  ])('reads %j', (text, months) => {
    expect(parseMonths(step, text, offered, 'vi')).toEqual({ ok: true, value: months });
  });
  it('refuses a month not offered and names those that are', () => {
    expect(parseMonths(step, '12/2026', offered, 'vi')).toEqual({
      ok: false,
      errorKey: 'forms-error-month-not-offered',
      errorArgs: { month: '12/2026', offered: '09/2026, 10/2026, 11/2026' },
    });
  });
  it.each([
    ['soon', 'forms-error-months-format'],
    ['13/2026', 'forms-error-months-format'],
    ['7', 'forms-error-months-number'],
  ])('refuses %j', (text, errorKey) => {
    expect(parseMonths(step, text, offered, 'vi')).toMatchObject({ ok: false, errorKey });
  });
});

describe('country', () => {
  const step: CountryStep = { ...base, id: 'c', kind: 'country' };
  it.each([
    ['KR', 'KR'],
    ['kr', 'KR'],
    ['Hàn Quốc', 'KR'],
    ['han quoc', 'KR'],
    ['South Korea', 'KR'],
    ['Đài Loan', 'TW'],
    ['Ả Rập Xê Út', 'SA'],
    ['Mỹ', 'US'],
    ['MY', 'MY'],
    ['Czech Republic', 'CZ'],
    ['NZ', 'NZ'],
  ])('reads %j', (text, code) => {
    expect(parseCountry(step, text, 'vi')).toEqual({ ok: true, value: code });
  });
  it('refuses unknown names and codes outside the allowed list', () => {
    expect(parseCountry(step, 'Atlantis', 'vi')).toMatchObject({
      ok: false,
      errorKey: 'forms-error-country',
    });
    expect(parseCountry(step, 'QQ', 'vi')).toMatchObject({ ok: false, errorKey: 'forms-error-country' });
    const abroad: CountryStep = { ...step, allowed: ['KR', 'JP'] };
    expect(parseCountry(abroad, 'Việt Nam', 'en')).toEqual({
      ok: false,
      errorKey: 'forms-error-country-not-allowed',
      errorArgs: { country: 'Vietnam' },
    });
  });
});

describe('text', () => {
  const step: TextStep = { ...base, id: 't', kind: 'text', minLength: 5, maxLength: 4000 };
  it('trims and checks the length', () => {
    expect(parseText(step, '  Hello there ')).toEqual({ ok: true, value: 'Hello there' });
    expect(parseText(step, 'Hi')).toMatchObject({ ok: false, errorKey: 'forms-error-text-too-short' });
  });
  it('refuses 5,000 characters over a 4,000 limit, saying both numbers', () => {
    expect(parseText(step, 'x'.repeat(5000))).toEqual({
      ok: false,
      errorKey: 'forms-error-text-too-long',
      errorArgs: { length: 5000, max: 4000 },
    });
  });
  it('applies the limit to the whole of a multi-message answer', () => {
    const first = appendText(step, '', 'a'.repeat(2500));
    expect(first).toEqual({ ok: true, value: 'a'.repeat(2500) });
    expect(appendText(step, 'a'.repeat(2500), 'b'.repeat(1000))).toEqual({
      ok: true,
      value: `${'a'.repeat(2500)}\n${'b'.repeat(1000)}`,
    });
    expect(appendText(step, 'a'.repeat(2500), 'b'.repeat(2500))).toMatchObject({
      ok: false,
      errorKey: 'forms-error-text-total-too-long',
      errorArgs: { length: 5001, max: 4000, sofar: 2500 },
    });
  });
});

describe('choices', () => {
  const offered = [
    { value: 'work', label: 'Công việc' },
    { value: 'family', label: 'Gia đình' },
    { value: 'fee', label: 'Đảng phí' },
  ];
  it('takes a number or a label, with or without accents', () => {
    expect(parseChoice('2', offered)).toEqual({ ok: true, value: 'family' });
    expect(parseChoice('dang phi', offered)).toEqual({ ok: true, value: 'fee' });
    expect(parseChoice('Công việc', offered)).toEqual({ ok: true, value: 'work' });
  });
  it.each(['0', '4', 'abc', ''])('refuses %j', (text) => {
    expect(parseChoice(text, offered)).toMatchObject({ ok: false, errorKey: 'forms-error-choice' });
  });
  it('takes several for a multi-choice and checks the count', () => {
    const step: MultiChoiceStep = { ...base, id: 'mc', kind: 'multi-choice', options: [], maxSelected: 2 };
    expect(parseMultiChoice(step, '1, 3', offered)).toEqual({ ok: true, value: ['work', 'fee'] });
    expect(parseMultiChoice(step, 'Gia đình', offered)).toEqual({ ok: true, value: ['family'] });
    expect(parseMultiChoice(step, '1 2 3', offered)).toMatchObject({
      ok: false,
      errorKey: 'forms-error-select-max',
    });
    expect(parseMultiChoice(step, '1, 9', offered)).toMatchObject({
      ok: false,
      errorKey: 'forms-error-choice',
    });
  });
  it('reads yes and no in both languages', () => {
    const step = { ...base, id: 'y', kind: 'confirm' as const };
    for (const yes of ['có', 'Co', 'yes', '1', 'OK'])
      expect(parseConfirm(step, yes)).toEqual({ ok: true, value: true });
    for (const no of ['không', 'ko', 'No', '2'])
      expect(parseConfirm(step, no)).toEqual({ ok: true, value: false });
    expect(parseConfirm(step, 'maybe')).toMatchObject({ ok: false, errorKey: 'forms-error-confirm' });
  });
});

describe('files', () => {
  const photo: FileStep = { ...base, id: 'p', kind: 'photo' };
  const document: FileStep = { ...base, id: 'd', kind: 'document' };
  it('takes a photo, or an image sent as a file, for a photo step', () => {
    expect(parseFile(photo, { fileType: 'photo', storedFileId: 1, mimeType: 'image/jpeg' })).toEqual({
      ok: true,
      value: { storedFileId: 1, fileType: 'photo', mimeType: 'image/jpeg' },
    });
    expect(parseFile(photo, { fileType: 'document', storedFileId: 2, mimeType: 'image/heic' })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(
      parseFile(photo, { fileType: 'document', storedFileId: 3, mimeType: 'application/pdf' }),
    ).toMatchObject({
      ok: false,
      errorKey: 'forms-error-file-type-photo',
    });
  });
  it('takes a file or a photo for a document step', () => {
    expect(
      parseFile(document, { fileType: 'document', storedFileId: 3, mimeType: 'application/pdf' }),
    ).toEqual({
      ok: true,
      value: { storedFileId: 3, fileType: 'document', mimeType: 'application/pdf' },
    });
    expect(parseFile(document, { fileType: 'photo', storedFileId: 4, mimeType: 'image/png' })).toMatchObject({
      ok: true,
    });
  });
});
