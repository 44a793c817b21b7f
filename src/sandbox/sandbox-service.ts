// The sandbox's composition root: the production service with the in-process Bot API emulator in place of
// Telegram, the demo cell, and the web chat. Chosen only by config.sandbox (no BOT_TOKEN on the embedded database,
// or SANDBOX=1), so a deployment that loses its token never turns its records into the demo.
import path from 'node:path';
import type { Config } from '../config';
import { seedDemo } from '../records/demo';
import type { Logger } from '../logger';
import { startService, type RunningService, type ServiceOptions } from '../service';
import { ChatHistory } from './chat-history';
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

export interface SandboxOptions extends Omit<ServiceOptions, 'mode'> {
  /**
   * Where the emulator's chats are kept across restarts. Default: DATA_DIR/sandbox/chats.json on the embedded
   * database, whose records they go with; on a DATABASE_URL server (SANDBOX=1, the tests) none are kept.
   */
  chatHistoryFile?: string;
}

/** The chats belong with the records: kept beside the embedded cluster, in the same DATA_DIR. */
export function sandboxChatHistoryFile(config: Config, options: SandboxOptions): string | undefined {
  if (options.chatHistoryFile !== undefined) return options.chatHistoryFile;
  return config.databaseUrl ? undefined : path.join(config.dataDir, 'sandbox', 'chats.json');
}

export async function startSandbox(
  config: Config,
  logger: Logger,
  { chatHistoryFile, ...options }: SandboxOptions = {},
): Promise<RunningSandbox> {
  let emulator: BotApiEmulator | undefined;
  const historyFile = sandboxChatHistoryFile(config, { chatHistoryFile });
  const service = await startService(config, logger, {
    ...options,
    mode: async ({ database, records, logger: log, clock }) => {
      const seeded = await seedDemo(database.db, { now: clock(), homeTimezone: config.homeTimezone });
      if (seeded.created) log.info({ cell: seeded.cellCode }, 'demo cell created');
      const history = historyFile ? new ChatHistory(historyFile, log) : undefined;
      // A new demo cell means new records (DATA_DIR's cluster was made again): chats of the old ones would mislead.
      if (seeded.created) history?.clear();
      // Ids go on from the last run, as Telegram's do (the emulator stands for Telegram's servers and their clock).
      const started = new BotApiEmulator({
        token: SANDBOX_TOKEN,
        botUsername: 'homecell_sandbox_bot',
        firstUpdateId: Date.now(),
        ...(history ? { history } : {}),
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
