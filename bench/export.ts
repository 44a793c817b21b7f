// bench:export: `homecell report <district> --format xlsx` for a district of 15,000 members (goals: at most 15 s, peak RSS
// under 400 MB), run as the compiled CLI under GNU time, and the workbook read back to check every member is in it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { compiledCli, DISTRICT, DISTRICT_MEMBERS, log, machine, provinceDatabase, YEAR } from './province';

const run = promisify(execFile);
const GNU_TIME = '/usr/bin/time';
const HEADER_ROW = 6;

async function main(): Promise<void> {
  if (!fs.existsSync(GNU_TIME))
    throw new Error(`${GNU_TIME} (Debian package "time") is needed to measure peak memory`);
  const bin = compiledCli();
  const { url, server } = await provinceDatabase();
  const out = path.join(os.tmpdir(), `homecell-bench-${DISTRICT}.xlsx`);
  const command = ['report', DISTRICT, '--format', 'xlsx', '--year', String(YEAR), '--out', out];
  try {
    const runs: Array<{ seconds: number; peakMb: number }> = [];
    for (let index = 0; index < 2; index += 1) {
      const result = await run(GNU_TIME, ['-f', 'HOMECELL_TIME %e %M', process.execPath, bin, ...command], {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', BOT_TOKEN: '' },
        maxBuffer: 16 * 1024 * 1024,
      });
      const [, seconds, kilobytes] = /HOMECELL_TIME ([\d.]+) (\d+)/.exec(result.stderr) ?? [];
      runs.push({ seconds: Number(seconds), peakMb: Math.round(Number(kilobytes) / 1024) });
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // Rows below the header (row 6, under the title block) with a first cell: the signature block has none.
    const dataRows = (sheet: ExcelJS.Worksheet) => {
      let count = 0;
      sheet.eachRow((row, number) => {
        if (number > HEADER_ROW && row.getCell(1).value !== null) count += 1;
      });
      return count;
    };
    const rows = workbook.worksheets.map((sheet) => `${sheet.name}: ${dataRows(sheet)}`);
    const roster = workbook.getWorksheet('Danh sách');
    if (!roster || dataRows(roster) !== DISTRICT_MEMBERS)
      throw new Error(`roster has ${roster ? dataRows(roster) : 0} rows, not ${DISTRICT_MEMBERS}`);
    const best = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
    const peak = Math.max(...runs.map((entry) => entry.peakMb));
    process.stdout.write(
      [
        `- \`homecell ${command.join(' ')}\`, compiled CLI under \`/usr/bin/time -f '%e %M'\`, ${runs.length} runs: ${runs.map((entry) => `${entry.seconds} s / ${entry.peakMb} MB`).join('; ')}`,
        `- file: ${(fs.statSync(out).size / 2 ** 20).toFixed(1)} MB; rows per sheet: ${rows.join(', ')}`,
        `- goals: at most 15 s: ${best.seconds <= 15 ? 'met' : 'NOT met'} (best ${best.seconds} s); peak RSS under 400 MB: ${peak < 400 ? 'met' : 'NOT met'} (${peak} MB)`,
        '',
        'Machine:',
        '```',
        ...machine(),
        '```',
        '',
      ].join('\n'),
    );
  } finally {
    await server.stop();
  }
  log('done');
}

void main().catch((error: unknown) => {
  log(String((error as Error).stack ?? error));
  process.exit(1);
});
