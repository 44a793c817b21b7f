// `homecell seed-demo`: creates the fictional demo cell once, for trying the bot.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { seedDemo } from '../../records/demo';
import { printLine, withDatabase } from '../session';

export function registerSeedDemo(program: Command): void {
  program
    .command('seed-demo')
    .description('create the fictional demo cell with members at home, away and abroad (once)')
    .action(async () => {
      await withDatabase(
        async ({ config, database }) => {
          const result = await seedDemo(database.db, {
            now: systemClock(),
            homeTimezone: config.homeTimezone,
          });
          printLine(
            result.created
              ? `demo cell ${result.cellCode} created`
              : `demo cell ${result.cellCode} already exists; nothing changed`,
          );
        },
        { createsCluster: true },
      );
    });
}
