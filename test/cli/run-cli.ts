// Runs the real `homecell` CLI as a child process, the way an admin does, and captures what it prints.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
// CI clones the repository with ../shared beside it, wherever that is.
export const SAMPLE_DATA = path.resolve(REPO_ROOT, '..', 'shared', 'data');
const BIN = path.join(REPO_ROOT, 'bin', 'homecell.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: REPO_ROOT,
        timeout: 60_000,
        // A dry run over thousands of members prints megabytes of JSON.
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          // A stray token or username in the developer's shell must not change what the tests see.
          BOT_TOKEN: '',
          BOT_USERNAME: '',
          LOG_LEVEL: 'warn',
          // Test the sources, not a dist/ build that may be stale.
          HOMECELL_CLI_FROM_SOURCE: '1',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-cli-test-'));
}

/** The sample file with each line passed through `edit` (the header is line 1); returns the new file's path. */
export function editedSample(
  dir: string,
  name: string,
  edit: (line: string, lineNumber: number) => string,
): string {
  const lines = fs.readFileSync(path.join(SAMPLE_DATA, name), 'utf8').split('\n');
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.map((line, index) => edit(line, index + 1)).join('\n'));
  return file;
}
