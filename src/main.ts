// Start-up: read the config, start the service (or the sandbox), stop it cleanly on SIGINT/SIGTERM.
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { createI18n } from './i18n';
import { createLogger, serviceOutput, type Logger } from './logger';
import type { RunningService } from './service';

/**
 * Production never loads the sandbox's emulator and web chat. `require`, not `import()`: the sources run through
 * tsx's CommonJS hook, which import() would bypass (as in src/cli/program.ts).
 */
function start(config: Config, logger: Logger): Promise<RunningService> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (config.sandbox) {
    const sandbox = require('./sandbox/sandbox-service.js') as typeof import('./sandbox/sandbox-service.js');
    return sandbox.startSandbox(config, logger);
  }
  const service = require('./service.js') as typeof import('./service.js');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return service.startService(config, logger);
}

/** The address in plain words after the log lines so far (the pretty logs go through a worker thread). */
async function printBanner(config: Config, service: RunningService, logger: Logger): Promise<void> {
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
  const t = createI18n(config.defaultLocale);
  const text = config.sandbox
    ? t.t(config.defaultLocale, 'startup-banner-sandbox', { url: service.http.url })
    : t.t(config.defaultLocale, 'startup-banner-bot', {
        url: service.http.url,
        bot: service.bot.botInfo.username,
      });
  process.stdout.write(`\n${text}\n\n`);
}

async function main(): Promise<void> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`homecell: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const output = serviceOutput(config.logFormat, Boolean(process.stdout.isTTY));
  const logger = createLogger(config.logLevel, { pretty: output.pretty });
  // A promise nobody awaited failed: a defect to fix, but the members still need the service, so it keeps running.
  process.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  const service = await start(config, logger);
  if (output.banner) await printBanner(config, service, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`homecell: could not start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
