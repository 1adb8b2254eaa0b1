import type { Redis } from 'ioredis';

/**
 * Politeness per host, shared by every fetch worker through Redis: a host is asked at most once per interval (the
 * larger of FETCH_HOST_INTERVAL_MS and the Crawl-delay its robots.txt sets, capped), and a host that answered 429 or
 * 503 with Retry-After is left alone that long. `reserve` either takes the host's next slot (0) or says how long
 * until it is free; the fetch stage then defers the job (DeferError) instead of holding a worker slot while it waits.
 */
export interface HostThrottleOptions {
  /** Least time between two requests to one host, in ms (0: no limit). */
  intervalMs: number;
  /** Cap on a robots.txt Crawl-delay or a Retry-After, in ms. */
  maxDelayMs: number;
  /** Key prefix (the queue prefix), so test runs and deployments do not share slots. */
  prefix: string;
}

// KEYS[1] host key; ARGV[1] interval ms. The slot is taken atomically (one script), on Redis's clock, so workers on
// several machines agree. Returns 0 (go) or the ms to wait.
const RESERVE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt > now then return nextAt - now end
local interval = tonumber(ARGV[1])
if interval > 0 then redis.call('SET', KEYS[1], now + interval, 'PX', interval + 1000) end
return 0
`;

// KEYS[1] host key; ARGV[1] ms: nothing goes to the host for that long (never shortens a wait already set).
const BLOCK = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local untilAt = now + tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilAt > nextAt then redis.call('SET', KEYS[1], untilAt, 'PX', tonumber(ARGV[1]) + 1000) end
return 0
`;

export class HostThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly opts: HostThrottleOptions,
  ) {}

  private key(url: string): string {
    return `${this.opts.prefix}:fetch:host:${new URL(url).host.toLowerCase()}`;
  }

  /** 0 when `url`'s host may be asked now (the slot is then taken), else how many ms until it may. */
  async reserve(url: string, crawlDelayMs: number | null = null): Promise<number> {
    const interval = Math.max(this.opts.intervalMs, Math.min(crawlDelayMs ?? 0, this.opts.maxDelayMs));
    // Even with no interval the host may be blocked (block below), so Redis is always asked.
    return Number(await this.redis.eval(RESERVE, 1, this.key(url), String(Math.round(interval))));
  }

  /** Keeps every request away from `url`'s host for `ms` (capped): its answer said to wait (429/503 Retry-After). */
  async block(url: string, ms: number): Promise<void> {
    const wait = Math.min(Math.max(0, ms), this.opts.maxDelayMs);
    if (wait > 0) await this.redis.eval(BLOCK, 1, this.key(url), String(Math.round(wait)));
  }
}
