// `homecell units`: the unit tree, indented, with current and away member counts per subtree.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { listUnitTree } from '../../records/units';
import { CliError, cliTranslator, printLine, withDatabase } from '../session';

export function registerUnits(program: Command): void {
  program
    .command('units')
    .description('show the unit tree with member counts')
    .option('--under <code>', 'show only this unit and the units below it')
    .option('--lang <vi|en>', 'language of the output (default: DEFAULT_LOCALE)')
    .action(async (options: { under?: string; lang?: string }) => {
      await withDatabase(
        async ({ config, database }) => {
          const { t } = cliTranslator(options.lang, config.defaultLocale);
          const tree = await listUnitTree(database.db, { under: options.under, now: systemClock() });
          if (tree.length === 0) {
            if (options.under) throw new CliError(t('cli-unknown-unit', { code: options.under }));
            printLine(t('cli-units-empty'));
            return;
          }
          for (const unit of tree) {
            const kind = t('lbl-unit-kind', { kind: unit.kind });
            const counts = t('cli-units-counts', { members: unit.members, away: unit.away });
            printLine(`${'  '.repeat(unit.depth)}${unit.code}  ${unit.name}  (${kind})  ${counts}`);
          }
        },
        { lang: options.lang },
      );
    });
}
