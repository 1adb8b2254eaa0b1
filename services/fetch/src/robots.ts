import robotsParser from 'robots-parser';
import { FetchError } from './errors.js';
import { fetchUrl, type FetchOptions } from './http.js';

interface Rules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS (module.exports = function): under NodeNext the default import is that function.
const parseRobots = robotsParser as unknown as (url: string, robotstxt: string) => Rules;

interface Entry {
  rules: Rules | null; // null: no usable robots.txt (4xx), everything allowed
  expires: number;
}

export interface RobotsOptions {
  /** How long a host's robots.txt is trusted before it is fetched again. */
  ttlMs: number;
  /** Hosts remembered at once (oldest forgotten first). */
  maxHosts?: number;
  /** Clock (tests). */
  now?: () => number;
}

/**
 * robots.txt (RFC 9309) for the URLs newswire fetches: one fetch per host and TTL, then every URL of the host is
 * checked against the rules for our User-Agent. A 4xx robots.txt (none) allows everything; a 5xx or an unreachable
 * host is a transient failure (the RFC says to assume "disallow" then), so the article is retried later rather than
 * fetched against the site's wishes.
 */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();

  constructor(
    private readonly http: FetchOptions,
    private readonly opts: RobotsOptions,
  ) {}

  /** Throws a permanent FetchError when robots.txt disallows `url` for our User-Agent. */
  async check(url: string): Promise<void> {
    const u = new URL(url);
    const entry = await this.entryFor(u.origin);
    if (!entry.rules) return;
    if (entry.rules.isAllowed(u.href, this.http.userAgent) === false) {
      throw new FetchError(
        'permanent',
        'robots-disallowed',
        `${u.origin}/robots.txt disallows ${u.pathname}${u.search} for our User-Agent; not fetched (set FETCH_RESPECT_ROBOTS=false only for sites that allow you to crawl them)`,
      );
    }
  }

  /** The Crawl-delay robots.txt sets for our User-Agent on `url`'s host, in ms (null: none). Reads the cached rules. */
  async crawlDelayMs(url: string): Promise<number | null> {
    const entry = await this.entryFor(new URL(url).origin);
    const seconds = entry.rules?.getCrawlDelay(this.http.userAgent);
    return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
  }

  private async entryFor(origin: string): Promise<Entry> {
    const now = (this.opts.now ?? Date.now)();
    const hit = this.entries.get(origin);
    if (hit && hit.expires > now) return hit;
    let p = this.pending.get(origin);
    if (!p) {
      p = this.load(origin, now).finally(() => this.pending.delete(origin));
      this.pending.set(origin, p);
    }
    const entry = await p;
    this.entries.delete(origin);
    this.entries.set(origin, entry);
    const max = this.opts.maxHosts ?? 10_000;
    while (this.entries.size > max) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  private async load(origin: string, now: number): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const expires = now + this.opts.ttlMs;
    try {
      const res = await fetchUrl(robotsUrl, { ...this.http, maxBytes: 512 * 1024, timeoutMs: Math.min(this.http.timeoutMs, 10_000) });
      const text = new TextDecoder('utf-8').decode(res.bytes);
      return { rules: parseRobots(res.finalUrl, text), expires };
    } catch (err) {
      if (err instanceof FetchError && err.kind === 'permanent' && err.status !== undefined && err.status >= 400 && err.status < 500) {
        return { rules: null, expires }; // no robots.txt: everything is allowed
      }
      if (err instanceof FetchError && err.kind === 'permanent' && err.code === 'too-large') return { rules: null, expires };
      if (err instanceof FetchError && err.kind === 'permanent') throw err; // blocked address, bad URL: same as the page
      throw new FetchError(
        'transient',
        'robots-unreachable',
        `${robotsUrl} could not be read (${err instanceof Error ? err.message : String(err)}); the page is fetched once it can be checked`,
        { cause: err },
      );
    }
  }
}
