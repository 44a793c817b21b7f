// What every CLI command shares: the config, a logger on stderr, the database (always closed), and expected errors.
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { openDatabase, type OpenDatabase } from '../db/connect';
import { hasEmbeddedCluster } from '../db/embedded';
import { createI18n, isLocale, translator, type Locale } from '../i18n';
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

export type CliTranslate = (key: string, args?: Record<string, string | number>) => string;

/** The language of a command's output: its --lang, else DEFAULT_LOCALE; one language for the whole output. */
export function cliTranslator(
  lang: string | undefined,
  fallback: Locale,
): { locale: Locale; t: CliTranslate } {
  if (lang !== undefined && !isLocale(lang)) throw new CliError(`--lang: "${lang}" is not vi or en`, 2);
  const locale = lang ?? fallback;
  const translate = translator(createI18n(fallback), fallback);
  return { locale, t: (key, args) => translate(locale, key, args) };
}

export interface WithDatabaseOptions {
  migrate?: boolean;
  /**
   * Only `migrate`, `seed-demo` and `import` may make the embedded cluster in a DATA_DIR that has none: any other
   * command there would work on a new empty database (a mistyped DATA_DIR then reads "unknown unit code").
   */
  createsCluster?: boolean;
  /** The command's --lang, for the refusal above. */
  lang?: string;
}

/** Runs `work` with an open database and closes it afterwards, whatever happens. */
export async function withDatabase<T>(
  work: (session: CliSession) => Promise<T>,
  options: WithDatabaseOptions = {},
): Promise<T> {
  const config = loadCliConfig();
  if (!config.databaseUrl && !options.createsCluster && !hasEmbeddedCluster(config.dataDir)) {
    const { t } = cliTranslator(options.lang, config.defaultLocale);
    // The absolute path: a relative DATA_DIR's mistake is often the directory it was run from.
    throw new CliError(t('cli-no-cluster', { dir: path.resolve(config.dataDir) }));
  }
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
