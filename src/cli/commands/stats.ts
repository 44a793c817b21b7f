// `homecell stats <unit-code>`: the statistics of a unit's subtree, per child unit, as text or --json.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { StatsRecords } from '../../records/stats';
import { loadPolicy } from '../../domain/policy';
import { childStatsLine, statsSummaryLines } from '../../presentation/unit-stats';
import { formatInstant } from '../../presentation/formats';
import { CliError, cliTranslator, printLine, withDatabase } from '../session';

export interface StatsCliOptions {
  year?: string;
  json?: boolean;
  lang?: string;
}

/** "--year 2026": a whole year the records can hold; anything else stops with exit code 2. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100) {
    throw new CliError(`--year: "${text}" is not a year from 2000 to 2100`, 2);
  }
  return Number(text);
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description(
      "statistics of a unit's subtree: members away, check-ins, unpaid fees, reviews, requests, per child unit",
    )
    .argument('<unit-code>', 'the unit (province, district, grassroots committee or cell)')
    .option('--year <year>', 'fee and review year (default: this year in HOME_TIMEZONE)')
    .option('--json', 'print the figures as JSON')
    .option('--lang <vi|en>', 'language of the text output (default: DEFAULT_LOCALE)')
    .action(async (code: string, options: StatsCliOptions) => {
      const year = parseYear(options.year);
      await withDatabase(
        async ({ config, database }) => {
          const { t, locale } = cliTranslator(options.lang, config.defaultLocale);
          const stats = new StatsRecords(database.db, systemClock, loadPolicy(config.policyFile));
          const unit = await stats.unitByCode(code.trim());
          if (!unit) throw new CliError(t('cli-unknown-unit', { code: code.trim() }));
          const statistics = await stats.compute(unit, {
            ...(year ? { year } : {}),
            zone: config.homeTimezone,
          });
          if (options.json) {
            printLine(JSON.stringify(statistics, null, 2));
            return;
          }
          printLine(
            t('officer-stats-title', {
              unit: `${unit.name} (${unit.code})`,
              year: String(statistics.year),
              // In the home zone with its name, as /stats says it; the JSON keeps the instant.
              asOf: formatInstant(statistics.asOf, config.homeTimezone, locale, (_locale, key, args) =>
                t(key, args),
              ),
            }),
          );
          printLine();
          for (const line of statsSummaryLines(t, statistics)) printLine(line);
          if (statistics.children.length > 0) {
            printLine();
            printLine(t('officer-stats-children'));
            for (const child of statistics.children) printLine(childStatsLine(t, child.unit, child.counts));
          }
        },
        { lang: options.lang },
      );
    });
}
