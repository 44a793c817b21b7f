// The `homecell` admin command line: one commander program, one file per command under commands/.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { registerDirectory } from './commands/directory';
import { registerImport } from './commands/import';
import { registerInvite } from './commands/invite';
import { registerMigrate } from './commands/migrate';
import { registerReport } from './commands/report';
import { registerSeedDemo } from './commands/seed-demo';
import { registerStats } from './commands/stats';
import { registerSweep } from './commands/sweep';
import { registerUnits } from './commands/units';

// package.json sits two levels up from both src/cli and dist/cli.
function packageVersion(): string {
  try {
    const file = path.resolve(__dirname, '..', '..', 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function buildProgram(): Command {
  const program = new Command('homecell')
    .description(
      'Admin commands for homecell. Settings come from the environment, as for the service ' +
        '(DATABASE_URL, or the embedded PostgreSQL in DATA_DIR; HOME_TIMEZONE; BOT_TOKEN or BOT_USERNAME).',
    )
    .version(packageVersion())
    .showHelpAfterError()
    .showSuggestionAfterError();
  registerMigrate(program);
  registerSeedDemo(program);
  registerImport(program);
  registerDirectory(program);
  registerInvite(program);
  registerUnits(program);
  registerStats(program);
  registerReport(program);
  registerSweep(program);
  return program;
}
