// What every CLI command shares: the config, a logger on stderr, the database (always closed), and expected errors.
import { ConfigError, loadConfig, type Config } from '../config';
import { openDatabase, type OpenDatabase } from '../db/connect';
import { createLogger, type Logger } from '../logger';

/** An error the user can fix (bad argument, unknown card number): one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface CliSession {
  config: Config;
  logger: Logger;
  database: OpenDatabase;
}

export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env, 'cli');
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`${error.variable}: ${error.problem}`, 2);
    throw error;
  }
}

/** Logs go to stderr so that stdout holds only the command's results. */
export function createCliLogger(config: Config): Logger {
  return createLogger(config.logLevel, { destination: 2, pretty: Boolean(process.stderr.isTTY) });
}

/** Runs `work` with an open database and closes it afterwards, whatever happens. */
export async function withDatabase<T>(
  work: (session: CliSession) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadCliConfig();
  const logger = createCliLogger(config);
  let database: OpenDatabase;
  try {
    database = await openDatabase(config, logger, { poolSize: 4, migrate: options.migrate });
  } catch (error) {
    throw new CliError(`cannot open the database: ${(error as Error).message}`);
  }
  try {
    return await work({ config, logger, database });
  } finally {
    await database.close();
  }
}

export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function printError(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** "1 row", "2 rows". */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
