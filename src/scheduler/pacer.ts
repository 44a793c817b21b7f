// The global send rate: each send reserves the next free slot, evenly spaced, shared by every worker (through Redis
// when there is one); a 429 pushes every worker's next slot past Telegram's retry_after.
import type { Redis } from 'ioredis';

export interface Pacer {
  /** Resolves when this send's slot comes; rejects with the signal's reason if aborted first. */
  nextSlot(signal?: AbortSignal): Promise<void>;
  /** Nobody sends for `ms` (Telegram said 429 with retry_after). */
  pauseFor(ms: number): Promise<void>;
}

/**
 * Slots `1000 / rate` ms apart, stretched by 2%: Telegram (and the emulator) count sends in any rolling second, and a
 * few milliseconds of network jitter would otherwise let the 31st of a second land inside the first one's second.
 */
export function slotSpacingMs(messagesPerSecond: number): number {
  return (1000 / messagesPerSecond) * 1.02;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One process's pacer: the rate limit when there is no Redis (run one instance then, or use Redis). */
export class MemoryPacer implements Pacer {
  private nextFree = 0;
  private readonly spacing: number;

  constructor(messagesPerSecond: number) {
    this.spacing = slotSpacingMs(messagesPerSecond);
  }

  async nextSlot(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextFree);
    this.nextFree = slot + this.spacing;
    await sleep(slot - now, signal);
  }

  async pauseFor(ms: number): Promise<void> {
    this.nextFree = Math.max(this.nextFree, Date.now() + ms);
  }
}

// Redis's own clock, so instances on different machines agree on when a slot is.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nextFree)
redis.call('SET', KEYS[1], tostring(slot + tonumber(ARGV[1])), 'PX', math.floor(slot - now) + 60000)
return math.floor(slot - now)
`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local resume = now + tonumber(ARGV[1])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if resume > nextFree then
  redis.call('SET', KEYS[1], tostring(resume), 'PX', tonumber(ARGV[1]) + 60000)
end
return resume
`;

/** The pacer every instance shares through one Redis key. */
export class RedisPacer implements Pacer {
  private readonly spacing: number;

  constructor(
    private readonly redis: Redis,
    messagesPerSecond: number,
    private readonly key = 'homecell:delivery:next-slot',
  ) {
    this.spacing = slotSpacingMs(messagesPerSecond);
  }

  async nextSlot(signal?: AbortSignal): Promise<void> {
    const wait = Number(await this.redis.eval(RESERVE, 1, this.key, String(this.spacing)));
    await sleep(wait, signal);
  }

  async pauseFor(ms: number): Promise<void> {
    await this.redis.eval(PAUSE, 1, this.key, String(Math.ceil(ms)));
  }
}
