// `homecell units`: the unit tree, indented, with current and away member counts per subtree.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { listUnitTree } from '../../records/units';
import { CliError, countOf, printLine, withDatabase } from '../session';

export function registerUnits(program: Command): void {
  program
    .command('units')
    .description('show the unit tree with member counts')
    .option('--under <code>', 'show only this unit and the units below it')
    .action(async (options: { under?: string }) => {
      await withDatabase(async ({ database }) => {
        const tree = await listUnitTree(database.db, { under: options.under, now: systemClock() });
        if (tree.length === 0) {
          if (options.under) throw new CliError(`unknown unit code ${options.under}`);
          printLine('no units yet: import a units file with `homecell import <units.csv>`');
          return;
        }
        for (const unit of tree) {
          const counts = `${countOf(unit.members, 'member')}, ${unit.away} away`;
          printLine(`${'  '.repeat(unit.depth)}${unit.code}  ${unit.name}  (${unit.kind})  ${counts}`);
        }
      });
    });
}
