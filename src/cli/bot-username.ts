// The bot's username for invite deep links: BOT_USERNAME, or else asked from the Bot API with BOT_TOKEN.
import type { Config } from '../config';
import type { Logger } from '../logger';
import { CliError } from './session';

const GET_ME_TIMEOUT_MS = 5_000;

export async function findBotUsername(
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const configured = env.BOT_USERNAME?.trim().replace(/^@/, '');
  if (configured) {
    if (!/^[A-Za-z0-9_]+$/.test(configured)) {
      throw new CliError('BOT_USERNAME: must be the bot username (letters, digits and _)', 2);
    }
    return configured;
  }
  if (!config.botToken) return undefined;
  try {
    const response = await fetch(`${config.telegramApiRoot}/bot${config.botToken}/getMe`, {
      signal: AbortSignal.timeout(GET_ME_TIMEOUT_MS),
    });
    const body = (await response.json()) as { ok?: boolean; result?: { username?: string } };
    if (!body.ok) logger.warn({ status: response.status }, 'the Bot API refused getMe; is BOT_TOKEN right?');
    return body.ok ? body.result?.username : undefined;
  } catch (error) {
    // The URL holds the token: log only what went wrong.
    logger.warn({ reason: (error as Error).message }, 'could not ask the Bot API for the bot username');
    return undefined;
  }
}
