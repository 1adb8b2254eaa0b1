import type { Redis } from 'ioredis';

/**
 * Politeness per host, shared by every fetch worker through Redis: a host is asked at most once per interval (the
 * larger of FETCH_HOST_INTERVAL_MS and the Crawl-delay its robots.txt sets, capped), and a host that answered 429 or
 * 503 with Retry-After is left alone that long.
 *
 * Slots are handed out in order of asking: `reserve` gives the caller the host's next free slot, now (0) or later (the
 * ms until it), and remembers a later slot under the caller's key; the fetch stage defers the job (DeferError) until
 * then, and when the job comes back its own slot is due and it goes. So N queued URLs of one host cost N reservations,
 * not N rounds of everyone asking again, and they are fetched first come, first served.
 */
export interface HostThrottleOptions {
  /** Least time between two requests to one host, in ms (0: no limit). */
  intervalMs: number;
  /** Cap on a robots.txt Crawl-delay or a Retry-After, in ms. */
  maxDelayMs: number;
  /** Key prefix (the queue prefix; `{name}` keeps every key in one Redis Cluster slot), per deployment or test run. */
  prefix: string;
}

// KEYS[1] the host's next free slot, KEYS[2] the host's block (Retry-After), KEYS[3] the caller's reserved slot,
// KEYS[4] when the host was last asked; ARGV[1] interval ms. One script, on Redis's clock, so workers on several
// machines agree. Returns 0 (go now) or the ms until the caller's slot. A job may come back later than its slot (the
// delayed set is promoted in batches): the last request's time keeps the spacing whatever the lateness.
const RESERVE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval = tonumber(ARGV[1])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
local last = tonumber(redis.call('GET', KEYS[4]) or '0')
local function hold(at)
  redis.call('SET', KEYS[3], at, 'PX', at - now + 600000)
  return at - now
end
local function go()
  redis.call('DEL', KEYS[3])
  if interval > 0 then redis.call('SET', KEYS[4], now, 'PX', interval + 1000) end
  return 0
end
local held = tonumber(redis.call('GET', KEYS[3]) or '0')
if held > 0 then
  if held > now then return held - now end
  if blocked > now then return hold(blocked) end
  if last + interval > now then return hold(last + interval) end
  return go()
end
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'), blocked, last + interval)
if interval > 0 then redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 1000) end
if slot > now then return hold(slot) end
return go()
`;

// KEYS[1] the host's block; ARGV[1] ms: no new slot before then, and slots already handed out move past it when due
// (never shortens a block already set).
const BLOCK = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local untilAt = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilAt > current then redis.call('SET', KEYS[1], untilAt, 'PX', tonumber(ARGV[1]) + 1000) end
return 0
`;

/** The two scripts as commands of the connection: ioredis sends each once, then calls it by its SHA (EVALSHA). */
type ThrottleRedis = Redis & {
  newswireHostReserve(...args: string[]): Promise<number>;
  newswireHostBlock(...args: string[]): Promise<number>;
};

export class HostThrottle {
  private readonly redis: ThrottleRedis;

  constructor(
    redis: Redis,
    private readonly opts: HostThrottleOptions,
  ) {
    redis.defineCommand('newswireHostReserve', { numberOfKeys: 4, lua: RESERVE });
    redis.defineCommand('newswireHostBlock', { numberOfKeys: 1, lua: BLOCK });
    this.redis = redis as ThrottleRedis;
  }

  private hostKey(url: string): string {
    return `${this.opts.prefix}:fetch:host:${new URL(url).host.toLowerCase()}`;
  }

  /**
   * 0 when `url`'s host may be asked now by `caller` (a job's key: the intake item), else the ms until the slot the
   * caller now holds. Asking again before the slot is due returns the rest of the wait; at or after it, 0.
   */
  async reserve(url: string, caller: string, crawlDelayMs: number | null = null): Promise<number> {
    const interval = Math.max(this.opts.intervalMs, Math.min(crawlDelayMs ?? 0, this.opts.maxDelayMs));
    const host = this.hostKey(url);
    // Even with no interval the host may be blocked (block below), so Redis is always asked.
    return Number(
      await this.redis.newswireHostReserve(host, `${host}:block`, `${host}:slot:${caller}`, `${host}:last`, String(Math.round(interval))),
    );
  }

  /** Keeps every request away from `url`'s host for `ms` (capped): its answer said to wait (429/503 Retry-After). */
  async block(url: string, ms: number): Promise<void> {
    const wait = Math.min(Math.max(0, ms), this.opts.maxDelayMs);
    if (wait > 0) await this.redis.newswireHostBlock(`${this.hostKey(url)}:block`, String(Math.round(wait)));
  }
}
