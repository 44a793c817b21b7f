// ioredis connections with an error listener: Redis may stop and come back, and ioredis reconnects by itself, so a
// lost connection is logged (once, then at most every half minute while it lasts) and never an unhandled event.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger';

const REPEAT_LOG_MS = 30_000;

export function connectRedis(
  url: string,
  logger: Logger,
  purpose: string,
  options: RedisOptions = {},
): Redis {
  const redis = new Redis(url, options);
  let lastLogged = 0;
  let down = false;
  redis.on('error', (error: Error) => {
    const now = performance.now();
    if (down && now - lastLogged < REPEAT_LOG_MS) return;
    down = true;
    lastLogged = now;
    logger.warn({ err: error, redis: purpose }, 'Redis unavailable; reconnecting');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis: purpose }, 'Redis connection back');
  });
  return redis;
}
