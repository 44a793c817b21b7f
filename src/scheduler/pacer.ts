// The global send rate: each send reserves the next free slot, evenly spaced, shared by every worker (through Redis
// when there is one); a 429 pushes every worker's next slot past Telegram's retry_after.
import type { Redis } from 'ioredis';

export interface Pacer {
  /** Resolves when this send's slot comes; rejects with the signal's reason if aborted first. */
  nextSlot(signal?: AbortSignal): Promise<void>;
  /**
   * The last gate, right before the request: waits while `rate` sends already left in the last second (and a
   * little), then counts this one. Slots keep sends evenly spaced; this keeps a late slot (a busy event loop, a slow
   * database round trip after the slot) from bunching with the next ones inside Telegram's rolling second.
   */
  admit(signal?: AbortSignal): Promise<void>;
  /** Nobody sends for `ms` (Telegram said 429 with retry_after). */
  pauseFor(ms: number): Promise<void>;
}

/** Sends are counted over a second and this much more: the jitter between leaving here and arriving at Telegram. */
const WINDOW_GUARD_MS = 40;
const WINDOW_MS = 1000 + WINDOW_GUARD_MS;

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
  private pausedUntil = 0;
  private readonly spacing: number;
  private readonly limit: number;
  private readonly issued: number[] = [];

  constructor(messagesPerSecond: number) {
    this.spacing = slotSpacingMs(messagesPerSecond);
    this.limit = Math.max(1, Math.floor(messagesPerSecond));
  }

  async admit(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.issued.length > 0 && this.issued[0]! <= now - WINDOW_MS) this.issued.shift();
      if (this.issued.length < this.limit) {
        this.issued.push(now);
        return;
      }
      await sleep(this.issued[0]! + WINDOW_MS - now + 1, signal);
    }
  }

  async nextSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now();
      const slot = Math.max(now, this.nextFree);
      this.nextFree = slot + this.spacing;
      await sleep(slot - now, signal);
      // A 429 that came while this send waited for its slot stops it too: it takes a new slot after the pause.
      const paused = this.pausedUntil - Date.now();
      if (paused <= 0) return;
      await sleep(paused, signal);
    }
  }

  async pauseFor(ms: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
    this.nextFree = Math.max(this.nextFree, this.pausedUntil);
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

// KEYS[1] the next free slot, KEYS[2] the end of the current pause.
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local resume = now + tonumber(ARGV[1])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if resume > nextFree then
  redis.call('SET', KEYS[1], tostring(resume), 'PX', tonumber(ARGV[1]) + 60000)
end
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if resume > pausedUntil then
  redis.call('SET', KEYS[2], tostring(resume), 'PX', tonumber(ARGV[1]) + 60000)
end
return resume
`;

// Milliseconds left of a pause, by Redis's clock (0 when none).
const PAUSED_FOR = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pausedUntil = tonumber(redis.call('GET', KEYS[1]) or '0')
return math.max(0, math.floor(pausedUntil - now))
`;

// KEYS[1] a sorted set of recent send times. Returns 0 when this send may leave (and counts it), else ms to wait.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window * 2)
  return 0
end
local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
return math.max(1, math.floor(oldest + window - now + 1))
`;

/** The pacer every instance shares through one Redis key. */
export class RedisPacer implements Pacer {
  private readonly spacing: number;

  private readonly limit: number;

  constructor(
    private readonly redis: Redis,
    messagesPerSecond: number,
    private readonly key = 'homecell:delivery:next-slot',
  ) {
    this.spacing = slotSpacingMs(messagesPerSecond);
    this.limit = Math.max(1, Math.floor(messagesPerSecond));
  }

  async admit(signal?: AbortSignal): Promise<void> {
    const token = `${Date.now()}:${Math.random()}`;
    for (;;) {
      const wait = Number(
        await this.redis.eval(ADMIT, 1, `${this.key}:sent`, String(WINDOW_MS), String(this.limit), token),
      );
      if (wait === 0) return;
      await sleep(wait, signal);
    }
  }

  async nextSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = Number(await this.redis.eval(RESERVE, 1, this.key, String(this.spacing)));
      await sleep(wait, signal);
      const paused = Number(await this.redis.eval(PAUSED_FOR, 1, `${this.key}:paused-until`));
      if (paused <= 0) return;
      await sleep(paused, signal);
    }
  }

  async pauseFor(ms: number): Promise<void> {
    await this.redis.eval(PAUSE, 2, this.key, `${this.key}:paused-until`, String(Math.ceil(ms)));
  }
}
