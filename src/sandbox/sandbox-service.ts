// The sandbox's composition root: the production service with the in-process Bot API emulator in place of
// Telegram, the demo cell, and the web chat. Chosen only by config.sandbox (no BOT_TOKEN on the embedded database,
// or SANDBOX=1), so a deployment that loses its token never turns its records into the demo.
import type { Config } from '../config';
import { seedDemo } from '../records/demo';
import type { Logger } from '../logger';
import { startService, type RunningService, type ServiceOptions } from '../service';
import { BotApiEmulator } from './emulator';
import { listSandboxPeople, registerSandboxPeople } from './web/people';
import { setChatCommandMenu } from '../channels/telegram/command-menu';
import { audienceOf } from '../channels/telegram/commands';
import { sandboxRoutes } from './web/web-chat-routes';

/** The emulator accepts only this token; it never leaves the process. */
export const SANDBOX_TOKEN = '1000000001:sandbox-token-for-the-local-emulator';

export interface RunningSandbox extends RunningService {
  emulator: BotApiEmulator;
}

export async function startSandbox(
  config: Config,
  logger: Logger,
  options: Omit<ServiceOptions, 'mode'> = {},
): Promise<RunningSandbox> {
  let emulator: BotApiEmulator | undefined;
  const service = await startService(config, logger, {
    ...options,
    mode: async ({ database, records, logger: log, clock }) => {
      const seeded = await seedDemo(database.db, { now: clock(), homeTimezone: config.homeTimezone });
      if (seeded.created) log.info({ cell: seeded.cellCode }, 'demo cell created');
      // Ids go on from the last run, as Telegram's do (the emulator stands for Telegram's servers and their clock).
      const started = new BotApiEmulator({
        token: SANDBOX_TOKEN,
        botUsername: 'homecell_sandbox_bot',
        firstUpdateId: Date.now(),
      });
      await started.start();
      emulator = started;
      await registerSandboxPeople(started, database.db);
      const closing = new AbortController();
      return {
        name: 'sandbox',
        token: SANDBOX_TOKEN,
        apiRoot: started.apiRoot,
        // The demo's deadlines are weeks away and would fire at start; the visitor's clock control runs sweeps.
        periodicSweep: false,
        routes: (scheduler) =>
          sandboxRoutes({
            emulator: started,
            db: database.db,
            logger: log,
            defaultLocale: config.defaultLocale,
            closing: closing.signal,
            runScheduleAt: (at) => scheduler.runOnce(at),
            homeTimezone: config.homeTimezone,
          }),
        // The demo's chats are bound by the seed, not by /start: each gets its role's menu at once.
        botReady: async (bot, translate) => {
          for (const person of await listSandboxPeople(database.db)) {
            const member = await records.members.findByChat('telegram', String(person.chatId));
            if (!member) continue;
            await setChatCommandMenu(bot.api, translate, person.chatId, member.locale, audienceOf(member));
          }
        },
        beforeHttpClose: () => closing.abort(),
        stop: () => started.stop(),
        startedMessage: (url) => `homecell sandbox is running: open ${url}/`,
      };
    },
  });
  return { ...service, emulator: emulator! };
}
