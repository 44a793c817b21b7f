// Opens the records database the config names: DATABASE_URL, or the embedded server in DATA_DIR; migrated before use.
import type { Logger } from 'pino';
import { createDatabase, type Database } from './client';
import { startEmbeddedPostgres } from './embedded';
import { migrate } from './migrator';

export interface OpenDatabase {
  db: Database;
  url: string;
  /** Disconnects, and stops the embedded server if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(
  settings: { databaseUrl?: string; dataDir: string },
  logger: Logger,
  options: { poolSize?: number; migrate?: boolean } = {},
): Promise<OpenDatabase> {
  const embedded = settings.databaseUrl ? undefined : await startEmbeddedPostgres(settings.dataDir, logger);
  const url = settings.databaseUrl ?? embedded!.url;
  try {
    if (options.migrate !== false) {
      const result = await migrate(url);
      if (result.applied.length > 0) logger.info({ applied: result.applied }, 'migrations applied');
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = createDatabase(url, {
    poolSize: options.poolSize,
    onConnectionError: (error) =>
      logger.warn({ err: error }, 'a database connection was closed; the next query opens a new one'),
  });
  return {
    db,
    url,
    close: async () => {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
