// Figures beside their goals: a table per scenario, and one JSON object of everything at the end.

export interface Figure {
  /** Key in the JSON line. */
  key: string;
  label: string;
  value: number | string | boolean | null;
  /** What the goal is, in words (e.g. "0", "5 of 5", "< 250 ms"); absent for figures that only inform. */
  goal?: string;
  pass?: boolean;
}

export interface ScenarioReport {
  key: string;
  title: string;
  figures: Figure[];
  notes: string[];
}

export const goalZero = (key: string, label: string, value: number): Figure => ({
  key,
  label,
  value,
  goal: '0',
  pass: value === 0,
});

export const info = (key: string, label: string, value: Figure['value']): Figure => ({ key, label, value });

export function formatReport(report: ScenarioReport): string {
  const rows = report.figures.map((figure) => [
    figure.label,
    figure.value === null ? '-' : String(figure.value),
    figure.goal ?? '',
    figure.goal === undefined ? '' : figure.pass ? 'PASS' : 'FAIL',
  ]);
  const header = ['figure', 'value', 'goal', 'result'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [
    `\n== ${report.title} ==`,
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...report.notes.map((note) => `  note: ${note}`),
  ].join('\n');
}

export function figuresJson(reports: ScenarioReport[], context: Record<string, unknown>): string {
  const scenarios = Object.fromEntries(
    reports.map((report) => [
      report.key,
      Object.fromEntries(report.figures.map((figure) => [figure.key, figure.value])),
    ]),
  );
  const failed = reports.flatMap((report) =>
    report.figures
      .filter((figure) => figure.goal !== undefined && !figure.pass)
      .map((f) => `${report.key}.${f.key}`),
  );
  return JSON.stringify({ ...context, scenarios, failedGoals: failed });
}
