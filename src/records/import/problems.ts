// The bad rows of an import, by line, each with every reason found; reported together so one fix pass is enough.
import type { z } from 'zod';
import { reasonOfIssue, sameReason, type ImportReason } from './reason';

export interface RowProblem {
  line: number;
  reasons: ImportReason[];
}

export class RowProblems {
  private readonly byLine = new Map<number, ImportReason[]>();

  add(line: number, reason: ImportReason): void {
    const reasons = this.byLine.get(line);
    if (!reasons) this.byLine.set(line, [reason]);
    else if (!reasons.some((known) => sameReason(known, reason))) reasons.push(reason);
  }

  addAll(line: number, reasons: ImportReason[]): void {
    for (const reason of reasons) this.add(line, reason);
  }

  has(line: number): boolean {
    return this.byLine.has(line);
  }

  get count(): number {
    return this.byLine.size;
  }

  list(): RowProblem[] {
    return [...this.byLine.entries()].sort(([a], [b]) => a - b).map(([line, reasons]) => ({ line, reasons }));
  }
}

/** zod's issues as the importer reports them: one reason each, naming the column. */
export function zodReasons(error: z.ZodError): ImportReason[] {
  return error.issues.map(reasonOfIssue);
}
