// The global send rate: each send reserves the next free slot, evenly spaced, shared by every worker (through Redis
// when there is one), then passes a per-second gate; a 429 pushes every worker past Telegram's retry_after.
import type { Redis } from 'ioredis';

/** Call when the send's request is over (answered or failed): from then on it counts as having happened then. */
export type SendFinished = () => Promise<void>;

export interface Pacer {
  /** Resolves when this send's slot comes; rejects with the signal's reason if aborted first. */
  nextSlot(signal?: AbortSignal): Promise<void>;
  /**
   * The last gate, right before the request: waits while `rate` sends are on the wire or were answered less than a
   * second ago, then counts this one as on the wire until `finished` is called. Counting a send until its answer is
   * back makes jitter harmless: Telegram saw the 1st before we got its answer, and sees the 31st after we sent it,
   * so more than a second lies between them whatever the network or a busy event loop did.
   */
  admit(signal?: AbortSignal): Promise<SendFinished>;
  /** Nobody sends for `ms` (Telegram said 429 with retry_after). */
  pauseFor(ms: number): Promise<void>;
}

const WINDOW_MS = 1000;

/** Evenly spaced slots keep sends smooth; the gate above keeps them within the rolling second. */
export function slotSpacingMs(messagesPerSecond: number): number {
  return 1000 / messagesPerSecond;
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
  private onTheWire = 0;
  /** When the sends answered in the last second were answered, oldest first. */
  private readonly answered: number[] = [];

  constructor(messagesPerSecond: number) {
    this.spacing = slotSpacingMs(messagesPerSecond);
    this.limit = Math.max(1, Math.floor(messagesPerSecond));
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

  async admit(signal?: AbortSignal): Promise<SendFinished> {
    for (;;) {
      const now = Date.now();
      while (this.answered.length > 0 && this.answered[0] <= now - WINDOW_MS) this.answered.shift();
      if (this.onTheWire + this.answered.length < this.limit) break;
      // Wait for the oldest answer to leave the window, or for a send on the wire to be answered.
      await sleep(this.answered.length > 0 ? this.answered[0] + WINDOW_MS - now + 1 : 5, signal);
    }
    this.onTheWire += 1;
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      this.onTheWire -= 1;
      this.answered.push(Date.now());
    };
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

// KEYS[1] a sorted set of sends: scored by when they were answered, or (on the wire) by a time ahead that keeps them
// counted until answered; a worker that died mid-send stops counting after ARGV[4] ms. Returns 0 and counts this send
// when it may leave, else the milliseconds to wait.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window + tonumber(ARGV[4]))
  return 0
end
local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
return math.max(1, math.min(50, math.floor(oldest + window - now + 1)))
`;

// The send is answered: it counts from now, for a second.
const FINISHED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
return now
`;

/** A send on the wire counts for at most this long if its worker dies before the answer. */
const ON_THE_WIRE_MAX_MS = 30_000;

/** The pacer every instance shares through Redis. */
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

  async nextSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = Number(await this.redis.eval(RESERVE, 1, this.key, String(this.spacing)));
      await sleep(wait, signal);
      const paused = Number(await this.redis.eval(PAUSED_FOR, 1, `${this.key}:paused-until`));
      if (paused <= 0) return;
      await sleep(paused, signal);
    }
  }

  async admit(signal?: AbortSignal): Promise<SendFinished> {
    const token = `${Date.now()}:${Math.random()}`;
    const sends = `${this.key}:sends`;
    for (;;) {
      const wait = Number(
        await this.redis.eval(
          ADMIT,
          1,
          sends,
          String(WINDOW_MS),
          String(this.limit),
          token,
          String(ON_THE_WIRE_MAX_MS),
        ),
      );
      if (wait === 0) break;
      await sleep(wait, signal);
    }
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      await this.redis.eval(FINISHED, 1, sends, token);
    };
  }

  async pauseFor(ms: number): Promise<void> {
    await this.redis.eval(PAUSE, 2, this.key, `${this.key}:paused-until`, String(Math.ceil(ms)));
  }
}
