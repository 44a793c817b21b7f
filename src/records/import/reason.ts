// What is wrong with an import row or file, as a Fluent message id and its values, so the command that reads the
// file words it in its reader's language (the records never hold a sentence).
import type { z } from 'zod';

/** Values are text: a year or a line number must read 1990 or 12, never "1.990" through number formatting. */
export type ReasonArgs = Record<string, string>;

export interface ImportReason {
  /** A message id in locales/<lang>/import.ftl. */
  id: string;
  args: ReasonArgs;
}

export function reason(id: string, args: Record<string, string | number> = {}): ImportReason {
  return { id, args: Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)])) };
}

/** The same reason found twice on a row (two rules, one mistake) is reported once. */
export function sameReason(a: ImportReason, b: ImportReason): boolean {
  return a.id === b.id && JSON.stringify(a.args) === JSON.stringify(b.args);
}

/**
 * A zod issue raised by the import's schemas carries a message id as its message and its values as params; the
 * column is the issue's path and the value the cell's text. An issue from zod itself (none is expected: every
 * cell parser names its errors) keeps zod's English text rather than being lost.
 */
export function reasonOfIssue(issue: z.core.$ZodIssue): ImportReason {
  const column = issue.path.length > 0 ? String(issue.path[0]) : '';
  const params = (issue as { params?: Record<string, string | number> }).params ?? {};
  const values: Record<string, string | number> = { column };
  if (issue.input !== undefined && typeof issue.input !== 'object') values.value = String(issue.input);
  if (issue.code === 'invalid_value') values.choices = issue.values.map(String).join(', ');
  if (!issue.message.startsWith('import-'))
    return reason('import-reason-other', { column, detail: issue.message });
  return reason(issue.message, { ...values, ...params });
}

/** The reason in words: a row's reason starts with its column, as the spreadsheet's header names it. */
export function reasonText(
  reason: ImportReason,
  translate: (id: string, args: Record<string, string>) => string,
): string {
  const text = translate(reason.id, reason.args);
  const column = reason.args.column;
  return column && !text.startsWith(column) ? `${column}: ${text}` : text;
}

/** A problem with the file as a whole (missing, unreadable, wrong header): nothing can be imported. */
export class ImportFileError extends Error {
  readonly reason: ImportReason;

  constructor(id: string, args: Record<string, string | number> = {}) {
    super(id);
    this.reason = reason(id, args);
  }
}
