// The bot as a deployer runs it: `node --import tsx src/main.ts` in its own process, configured by the environment.
// Its pino JSON output is kept in a file and read line by line: error-level lines (level >= 50), other output, exits.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { log, onCleanup, sleep } from './support';

export interface LogLine {
  at: number;
  level: number;
  msg: string;
  /** The error's type, code and message when the line carries one. */
  error?: string;
}

export interface ServiceExit {
  at: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by the benchmark (kill -9 or a stop), not by itself. */
  byBenchmark: boolean;
}

export interface ServiceSettings {
  /** The checkout to run (the working tree, or a worktree of --ref). */
  serviceDir: string;
  env: Record<string, string>;
  logFile: string;
  /** The program to run instead of the service (a benchmark's stand-in bot); relative to serviceDir. */
  entry?: string;
  /** Node options before it, e.g. a `--require` that counts the database queries. */
  nodeArgs?: string[];
}

/** A summary of a pino line's `err`: enough to tell 57P01 from ECONNREFUSED from a TypeError. */
function describeError(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const err = value as { type?: string; code?: string; message?: string };
  return [err.type, err.code, err.message?.split('\n')[0]?.slice(0, 160)].filter(Boolean).join(' ');
}

export class ServiceProcess {
  readonly lines: LogLine[] = [];
  /** Output that is not pino JSON: stack traces of crashes, raw library warnings. */
  readonly rawLines: string[] = [];
  exit?: ServiceExit;
  private killedByBenchmark = false;
  readonly exited: Promise<ServiceExit>;
  readonly dispose: () => Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly settings: ServiceSettings,
  ) {
    const out = fs.createWriteStream(settings.logFile, { flags: 'a' });
    const read = (stream: NodeJS.ReadableStream) => {
      readline.createInterface({ input: stream }).on('line', (line) => {
        out.write(`${line}\n`);
        this.readLine(line);
      });
    };
    read(child.stdout!);
    read(child.stderr!);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { at: Date.now(), code, signal, byBenchmark: this.killedByBenchmark };
        // Output of the last moments arrives just after the exit event.
        setTimeout(() => {
          out.end();
          resolve(this.exit!);
        }, 100);
      });
    });
    this.dispose = onCleanup(() => this.kill9());
  }

  static start(settings: ServiceSettings): ServiceProcess {
    const child = spawn(
      process.execPath,
      [...(settings.nodeArgs ?? []), '--import', 'tsx', settings.entry ?? 'src/main.ts'],
      {
        cwd: settings.serviceDir,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? '/root',
          NODE_ENV: 'production',
          ...settings.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new ServiceProcess(child, settings);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  get url(): string {
    return `http://127.0.0.1:${this.settings.env.PORT}`;
  }

  errorLines(since = 0): LogLine[] {
    return this.lines.filter((line) => line.level >= 50 && line.at >= since);
  }

  /** GET /healthz: the status code, or 0 when nothing answered. */
  async health(timeoutMs = 3000): Promise<number> {
    try {
      const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.text();
      return response.status;
    } catch {
      return 0;
    }
  }

  /** Resolves once /healthz answers 200 and the bot logged that it runs; fails if the process exits first. */
  async ready(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.alive) throw new Error(`the service exited while starting: ${this.describeExit()}`);
      const running = this.lines.some((line) => /is running|webhook set/.test(line.msg));
      if (running && (await this.health()) === 200) return;
      await sleep(200);
    }
    throw new Error(`the service was not ready within ${timeoutMs} ms`);
  }

  /** kill -9: no shutdown handler runs, as in an OOM kill or a power cut. */
  async kill9(): Promise<void> {
    if (!this.alive) return;
    this.killedByBenchmark = true;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, then SIGKILL if it has not stopped within 20 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.killedByBenchmark = true;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
    await this.dispose();
  }

  describeExit(): string {
    if (!this.exit) return 'running';
    const cause =
      this.rawLines.find((line) => /^\w*Error\b|Error:|homecell:/.test(line.trim())) ??
      this.errorLines().at(-1)?.msg ??
      '';
    return `exit code ${this.exit.code ?? '-'}, signal ${this.exit.signal ?? '-'}${cause ? `; ${cause.slice(0, 200)}` : ''}`;
  }

  private readLine(line: string): void {
    if (line.startsWith('{')) {
      try {
        const parsed = JSON.parse(line) as { level?: unknown; msg?: unknown; err?: unknown; error?: unknown };
        if (typeof parsed.level === 'number') {
          this.lines.push({
            at: Date.now(),
            level: parsed.level,
            msg: typeof parsed.msg === 'string' ? parsed.msg : '',
            error: describeError(parsed.err ?? parsed.error),
          });
          return;
        }
      } catch {
        // Not JSON after all: kept as raw output below.
      }
    }
    if (line.trim() !== '') this.rawLines.push(line);
  }
}

/** Counts of error-level lines by message and error, for the report. */
export function tallyErrors(lines: LogLine[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const line of lines) {
    const key = `${line.msg}${line.error ? ` (${line.error})` : ''}`.slice(0, 200);
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

export function logPath(dir: string, name: string): string {
  const file = path.join(dir, `${name}.log`);
  log(`service log: ${file}`);
  return file;
}
