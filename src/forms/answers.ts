// Typed reading of answers in submit functions: undefined when the step was skipped or did not apply, an error on a mismatch.
import type { AnswerValue, Answers, FileAnswer, MoneyAnswer } from './types';

function read<V>(
  answers: Answers,
  id: string,
  isKind: (value: AnswerValue) => boolean,
  kind: string,
): V | undefined {
  const value = answers[id];
  if (value === undefined) return undefined;
  // A mismatch means the form definition and its submit disagree: a programming error, not member input.
  if (!isKind(value)) throw new TypeError(`answer "${id}" is not ${kind}: ${JSON.stringify(value)}`);
  return value as V;
}

/** Choice values, texts, ISO dates ('YYYY-MM-DD') and country codes. */
export const textAnswer = (answers: Answers, id: string) =>
  read<string>(answers, id, (value) => typeof value === 'string', 'text');

export const numberAnswer = (answers: Answers, id: string) =>
  read<number>(answers, id, (value) => typeof value === 'number', 'a number');

export const yesNoAnswer = (answers: Answers, id: string) =>
  read<boolean>(answers, id, (value) => typeof value === 'boolean', 'yes/no');

/** Multi-choice values and months ('YYYY-MM'). */
export const listAnswer = (answers: Answers, id: string) =>
  read<string[]>(answers, id, (value) => Array.isArray(value), 'a list');

export const moneyAnswer = (answers: Answers, id: string) =>
  read<MoneyAnswer>(
    answers,
    id,
    (value) => typeof value === 'object' && !Array.isArray(value) && 'amountMinor' in value,
    'money',
  );

export const fileAnswer = (answers: Answers, id: string) =>
  read<FileAnswer>(
    answers,
    id,
    (value) =>
      typeof value === 'object' && !Array.isArray(value) && ('storedFileId' in value || 'fileId' in value),
    'a file',
  );
