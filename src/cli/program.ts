// The `homecell` admin command line: one commander program, one file per command under commands/.
/* eslint-disable @typescript-eslint/no-require-imports -- each command is required lazily, see COMMANDS */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * The commands in help order, each module loaded only when needed: an admin's `homecell stats` should not wait
 * for the queue, bot and spreadsheet libraries other commands use (a second of start-up on a busy server).
 * `require`, not `import()`: the sources run through tsx's CommonJS hook, which import() would bypass.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Register]> = [
  [
    'migrate',
    () => (require('./commands/migrate.js') as typeof import('./commands/migrate.js')).registerMigrate,
  ],
  [
    'seed-demo',
    () => (require('./commands/seed-demo.js') as typeof import('./commands/seed-demo.js')).registerSeedDemo,
  ],
  ['import', () => (require('./commands/import.js') as typeof import('./commands/import.js')).registerImport],
  [
    'directory',
    () => (require('./commands/directory.js') as typeof import('./commands/directory.js')).registerDirectory,
  ],
  ['invite', () => (require('./commands/invite.js') as typeof import('./commands/invite.js')).registerInvite],
  [
    'dashboard-link',
    () =>
      (require('./commands/dashboard-link.js') as typeof import('./commands/dashboard-link.js'))
        .registerDashboardLink,
  ],
  ['unlink', () => (require('./commands/unlink.js') as typeof import('./commands/unlink.js')).registerUnlink],
  ['units', () => (require('./commands/units.js') as typeof import('./commands/units.js')).registerUnits],
  ['stats', () => (require('./commands/stats.js') as typeof import('./commands/stats.js')).registerStats],
  ['report', () => (require('./commands/report.js') as typeof import('./commands/report.js')).registerReport],
  [
    'meetings',
    () => (require('./commands/meetings.js') as typeof import('./commands/meetings.js')).registerMeetings,
  ],
  ['member', () => (require('./commands/member.js') as typeof import('./commands/member.js')).registerMember],
  ['sweep', () => (require('./commands/sweep.js') as typeof import('./commands/sweep.js')).registerSweep],
];

// package.json sits two levels up from both src/cli and dist/cli.
function packageVersion(): string {
  try {
    const file = path.resolve(__dirname, '..', '..', 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The program for `argv`: the named command alone when there is one, every command for help and mistakes. */
export function buildProgram(argv: readonly string[] = process.argv): Command {
  const program = new Command('homecell')
    .description(
      'Admin commands for homecell. Settings come from the environment, as for the service ' +
        '(DATABASE_URL, or the embedded PostgreSQL in DATA_DIR; HOME_TIMEZONE; BOT_TOKEN or BOT_USERNAME).',
    )
    .version(packageVersion())
    .showHelpAfterError()
    .showSuggestionAfterError();
  const args = argv.slice(2);
  const named = args.find((arg) => !arg.startsWith('-'));
  const chosen = COMMANDS.filter(([name]) => name === named);
  const versionOnly = named === undefined && (args.includes('--version') || args.includes('-V'));
  if (versionOnly) return program;
  for (const [, load] of chosen.length > 0 ? chosen : COMMANDS) load()(program);
  return program;
}
