// The bad rows of an import, by line, each with every reason found; reported together so one fix pass is enough.
import type { z } from 'zod';

export interface RowProblem {
  line: number;
  reasons: string[];
}

export class RowProblems {
  private readonly byLine = new Map<number, string[]>();

  add(line: number, reason: string): void {
    const reasons = this.byLine.get(line);
    if (!reasons) this.byLine.set(line, [reason]);
    else if (!reasons.includes(reason)) reasons.push(reason);
  }

  addAll(line: number, reasons: string[]): void {
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
export function zodReasons(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const column = issue.path.length > 0 ? String(issue.path[0]) : '';
    return !column || issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`;
  });
}
