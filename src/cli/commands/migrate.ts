// `homecell migrate`: applies pending migrations and says which, or that the database is up to date.
import type { Command } from 'commander';
import { migrate } from '../../db/migrator';
import { countOf, printLine, withDatabase } from '../session';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await withDatabase(
        async ({ database }) => {
          const result = await migrate(database.url);
          for (const name of result.applied) printLine(`applied ${name}`);
          if (result.applied.length === 0) {
            printLine(`up to date (${countOf(result.alreadyApplied, 'migration')} applied earlier)`);
          }
        },
        { migrate: false, createsCluster: true },
      );
    });
}
