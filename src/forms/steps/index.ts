// One entry point per concern over all step kinds: read a typed answer or a file, list the options, format, hint.
import type { Translate } from '../../i18n';
import type { AnswerValue, Answers, FileAnswer, FormEnv, MoneyAnswer, StepDefinition } from '../types';
import { parseChoice, parseConfirm, parseMultiChoice, type OfferedOption } from './choice';
import { frequentCountries, parseCountry } from './country';
import { parseDate } from './date';
import { expectedFileError, parseFile, type ReceivedFile } from './file';
import { parseMoney } from './money';
import { parseMonths } from './months';
import {
  countryName,
  formatDate,
  formatMoney,
  formatMonth,
  formatMonths,
  formatStoredValue,
} from '../../presentation/formats';
import { formatNumber, parseNumber } from './number';
import { refused, type Parsed } from './parsed';
import { parseText, textMaxLength } from './text';

export type { OfferedOption } from './choice';
export type { Parsed } from './parsed';
export type { ReceivedFile } from './file';

/** What reading and showing an answer needs besides the step itself. */
export interface StepContext {
  answers: Answers;
  env: FormEnv;
  locale: string;
  translate: Translate;
}

/** Steps whose answers come from a list, offered as buttons on Telegram and as numbers in text. */
export async function loadOptions(step: StepDefinition, context: StepContext): Promise<OfferedOption[]> {
  const { answers, env, locale, translate } = context;
  switch (step.kind) {
    case 'choice':
    case 'multi-choice': {
      const options = typeof step.options === 'function' ? await step.options(answers, env) : step.options;
      return options.map((option) => ({
        value: option.value,
        label: translate(locale, option.labelKey, option.labelArgs),
      }));
    }
    case 'confirm':
      return [
        { value: 'yes', label: translate(locale, 'forms-yes') },
        { value: 'no', label: translate(locale, 'forms-no') },
      ];
    case 'months':
      return (await step.months(answers, env)).map((month) => ({
        value: month,
        label: formatMonth(month, locale),
      }));
    case 'country':
      return frequentCountries(step).map((code) => ({ value: code, label: countryName(code, locale) }));
    default:
      return [];
  }
}

export function parseTypedAnswer(
  step: StepDefinition,
  text: string,
  offered: readonly OfferedOption[],
  context: StepContext,
): Parsed<AnswerValue> {
  const { answers, env, locale } = context;
  switch (step.kind) {
    case 'choice':
      return parseChoice(text, offered);
    case 'multi-choice':
      return parseMultiChoice(step, text, offered);
    case 'confirm':
      return parseConfirm(step, text);
    case 'text':
      return parseText(step, text, env);
    case 'number':
      return parseNumber(step, text, locale);
    case 'money':
      return parseMoney(step, text, locale);
    case 'months':
      return parseMonths(
        step,
        text,
        offered.map((option) => option.value),
        locale,
      );
    case 'date':
      return parseDate(step, text, answers, env);
    case 'country': {
      // The buttons are numbered in the text channel, so "2" picks the second one.
      if (/^\d{1,2}$/.test(text.trim())) return parseChoice(text, offered);
      return parseCountry(step, text, locale);
    }
    case 'photo':
    case 'document':
      return refused(expectedFileError(step));
  }
}

export function parseReceivedFile(step: StepDefinition, file: ReceivedFile): Parsed<AnswerValue> {
  if (step.kind === 'photo' || step.kind === 'document') return parseFile(step, file);
  return refused('forms-error-expect-typed');
}

/** A sticker, voice message, location...: never an answer; the error says what the step wants. */
export function mediaError(step: StepDefinition): string {
  return step.kind === 'photo' || step.kind === 'document'
    ? expectedFileError(step)
    : 'forms-error-expect-typed';
}

const isMoney = (value: AnswerValue): value is MoneyAnswer =>
  typeof value === 'object' && !Array.isArray(value) && 'amountMinor' in value;
const isFile = (value: AnswerValue): value is FileAnswer =>
  typeof value === 'object' && !Array.isArray(value) && ('storedFileId' in value || 'fileId' in value);

/** The answer as the member reads it in the summary and under an answered question. */
export async function formatAnswer(
  step: StepDefinition,
  value: AnswerValue,
  context: StepContext,
): Promise<string> {
  const { locale, translate } = context;
  switch (step.kind) {
    case 'choice':
    case 'multi-choice': {
      const labels = new Map(
        (await loadOptions(step, context)).map((option) => [option.value, option.label]),
      );
      const values = Array.isArray(value) ? value : [String(value)];
      // An option no longer offered (the late month once filed) still reads as a month, not as its stored value.
      return values.map((entry) => labels.get(entry) ?? formatStoredValue(entry, locale)).join(', ');
    }
    case 'confirm':
      return translate(locale, value === true ? 'forms-yes' : 'forms-no');
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    case 'money':
      return isMoney(value) ? formatMoney(value.amountMinor, value.currency, locale) : String(value);
    case 'months':
      return Array.isArray(value) ? formatMonths(value, locale) : String(value);
    case 'date':
      return formatDate(String(value), locale);
    case 'country':
      return countryName(String(value), locale);
    case 'photo':
    case 'document':
      return translate(
        locale,
        isFile(value) && value.fileType === 'photo' ? 'forms-answer-photo' : 'forms-answer-document',
      );
    case 'text':
      return String(value);
  }
}

/** What the step expects, for kinds whose format is not obvious from the question or the buttons. */
export function stepHint(step: StepDefinition, locale: string, translate: Translate): string | undefined {
  switch (step.kind) {
    case 'text': {
      const max = textMaxLength(step);
      const key = step.multiMessage ? 'forms-hint-text-multi' : 'forms-hint-text';
      return translate(locale, key, { max: formatNumber(max, locale) });
    }
    case 'number':
      return translate(locale, step.integer ? 'forms-hint-integer' : 'forms-hint-number');
    case 'money':
      return translate(locale, 'forms-hint-money', { currencies: step.currencies.join(', ') });
    case 'months':
      return translate(locale, 'forms-hint-months');
    case 'date':
      return translate(locale, 'forms-hint-date');
    case 'country':
      return translate(locale, 'forms-hint-country');
    case 'photo':
      return translate(locale, 'forms-hint-photo');
    case 'document':
      return translate(locale, 'forms-hint-document');
    default:
      return undefined;
  }
}
