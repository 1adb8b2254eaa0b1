import { Agent, fetch, type Response } from 'undici';
import { BLOCKED_CODE, guardedLookup, isBlockedAddress } from './address-guard.js';
import { FetchError } from './errors.js';

export interface FetchOptions {
  /** Whole-request budget: every redirect hop, the headers and the body. */
  timeoutMs: number;
  /** Cap on the body size after HTTP decompression (Content-Encoding gzip/deflate/br). */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /**
   * Fetch URLs whose host is (or resolves to) a loopback, private or link-local address. Off by default: URLs come
   * from feeds and HTTP clients, and must not reach the machine's own or its network's internal services (SSRF).
   */
  allowPrivateNetworks?: boolean;
  /**
   * Called with each redirect target before it is requested; a throw stops the fetch with that error (the fetch
   * stage checks the target's robots.txt here, as a redirect may lead to another host or a disallowed path).
   */
  beforeRedirect?: (url: string) => Promise<void>;
}

export interface FetchedResource {
  /** The URL asked for. */
  url: string;
  /** The URL that answered with the body (after redirects). */
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Body, decompressed from any Content-Encoding. */
  bytes: Uint8Array;
  /** Each URL that answered with a redirect, in order (`redirects[0] === url` when there was any). */
  redirects: string[];
  /** ISO 8601 time the body finished downloading. */
  fetchedAt: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,' +
  'application/json;q=0.8,text/markdown;q=0.8,text/plain;q=0.7,*/*;q=0.5';

/** Marks our own aborts so they are told apart from network failures. */
class Abort extends Error {
  constructor(readonly why: 'timeout' | 'too-large') {
    super(why);
  }
}

/**
 * GET a URL with Node's fetch, following redirects by hand (so each hop is checked: http(s) only, relative Locations,
 * a hop cap, loops), within one timeout covering all hops, headers and body, streaming the body with a size cap that
 * aborts the download as soon as it is exceeded. The body is decompressed by fetch, so the cap applies to the
 * decompressed size (a compression bomb stops at `maxBytes`).
 *
 * Throws FetchError: transient for DNS failures, refused/reset connections, timeouts, 408/425/429 and 5xx;
 * permanent for bad URLs or schemes, other 4xx, too large, too many redirects, TLS certificate problems.
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchedResource> {
  let current = parseHttpUrl(url, 'URL');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Abort('timeout')), opts.timeoutMs);
  const redirects: string[] = [];
  const visited = new Set<string>([current.href]);
  try {
    for (;;) {
      const res = await request(current, opts, controller);
      if (REDIRECT_STATUSES.has(res.status)) {
        await discard(res);
        const location = res.headers.get('location');
        if (!location) {
          throw new FetchError(
            'permanent',
            'bad-redirect',
            `HTTP ${res.status} redirect from ${current.href} has no Location header; the server is misconfigured`,
            {
              status: res.status,
            },
          );
        }
        const next = parseHttpUrl(location, `redirect target of ${current.href}`, current);
        redirects.push(current.href);
        if (visited.has(next.href)) {
          throw new FetchError(
            'permanent',
            'redirect-loop',
            `redirect loop: ${current.href} redirects back to ${next.href}; the site needs cookies or is misconfigured`,
            {
              status: res.status,
            },
          );
        }
        if (redirects.length > opts.maxRedirects) {
          throw new FetchError(
            'permanent',
            'too-many-redirects',
            `too many redirects (more than ${opts.maxRedirects}) starting at ${url}, last to ${next.href}; use the final URL directly or raise the redirect limit`,
            { status: res.status },
          );
        }
        await opts.beforeRedirect?.(next.href);
        visited.add(next.href);
        current = next;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await discard(res);
        throw statusError(res, current.href);
      }
      const bytes = await readBody(res, current.href, opts.maxBytes, controller);
      return {
        url,
        finalUrl: current.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        bytes,
        redirects,
        fetchedAt: new Date().toISOString(),
      };
    }
  } catch (err) {
    throw classify(err, current.href, opts, controller);
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(raw: string, what: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch (err) {
    throw new FetchError('permanent', base ? 'bad-redirect' : 'bad-url', `${what} is not a valid URL: ${JSON.stringify(raw)}`, {
      cause: err,
    });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError(
      'permanent',
      'bad-scheme',
      `${what} uses the ${u.protocol.replace(/:$/, '')}: scheme (${u.href.slice(0, 100)}); only http and https URLs are fetched`,
    );
  }
  if (u.username || u.password) {
    // fetch refuses them, and credentials do not belong in a queue payload or the archive
    throw new FetchError(
      'permanent',
      base ? 'bad-redirect' : 'bad-url',
      `${what} contains credentials (user:password@); remove them from the URL`,
    );
  }
  u.hash = '';
  return u;
}

/** One connection pool per process and policy; the guarded one checks every address it connects to. */
let guardedAgent: Agent | null = null;
let openAgent: Agent | null = null;
function agentFor(allowPrivate: boolean): Agent {
  if (allowPrivate) return (openAgent ??= new Agent());
  return (guardedAgent ??= new Agent({ connect: { lookup: guardedLookup } }));
}

function blockedError(host: string, address: string): FetchError {
  return new FetchError(
    'permanent',
    'blocked-address',
    `${host} is ${host === address ? '' : `resolved to ${address}, `}a loopback, private or link-local address; newswire does not fetch internal addresses (set FETCH_ALLOW_PRIVATE_NETWORKS=true to allow it, e.g. for an intranet source)`,
  );
}

async function request(url: URL, opts: FetchOptions, controller: AbortController): Promise<Response> {
  // An IP literal is connected to without a DNS lookup, so it is checked here; names are checked by the lookup.
  if (!opts.allowPrivateNetworks && isBlockedAddress(url.hostname)) throw blockedError(url.hostname, url.hostname);
  return fetch(url, {
    dispatcher: agentFor(opts.allowPrivateNetworks === true),
    method: 'GET',
    redirect: 'manual',
    signal: controller.signal,
    headers: { 'user-agent': opts.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
  });
}

async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // the body is not needed; a failure to drain it changes nothing
  }
}

async function readBody(res: Response, url: string, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const encoding = res.headers.get('content-encoding')?.trim().toLowerCase();
  const declared = Number(res.headers.get('content-length'));
  // Content-Length counts encoded bytes; it only bounds the decoded size when there is no content coding.
  if ((!encoding || encoding === 'identity') && Number.isFinite(declared) && declared > maxBytes) {
    await discard(res);
    throw new FetchError(
      'permanent',
      'too-large',
      `${url} is ${declared} bytes (Content-Length), over the ${maxBytes}-byte limit; raise the limit if the document is genuine`,
    );
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort(new Abort('too-large'));
      await reader.cancel().catch(() => undefined);
      throw new FetchError(
        'permanent',
        'too-large',
        `${url} is larger than the ${maxBytes}-byte limit (download stopped at ${total} bytes${encoding ? ` after ${encoding} decoding` : ''}); raise the limit if the document is genuine`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function statusError(res: Response, url: string): FetchError {
  const status = res.status;
  const label = `HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} from ${url}`;
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
  const after = retryAfterMs !== undefined ? ` (server asks to wait ${Math.ceil(retryAfterMs / 1000)} s)` : '';
  if (status === 429)
    return new FetchError('transient', 'rate-limited', `${label}: rate limited by the site; will retry later${after}`, {
      status,
      retryAfterMs,
    });
  if (status === 408 || status === 425 || status >= 500) {
    return new FetchError('transient', 'http-status', `${label}: the server failed or timed out; will retry later${after}`, {
      status,
      retryAfterMs,
    });
  }
  const hint =
    status === 404 || status === 410
      ? 'the document does not exist (any more); check the URL'
      : status === 401 || status === 403
        ? 'access denied: the site needs credentials or refuses automated clients'
        : status >= 400
          ? 'the server rejected the request; retrying will not help'
          : 'unexpected status for a GET; nothing to ingest';
  return new FetchError('permanent', 'http-status', `${label}: ${hint}`, { status });
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function causeChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = err;
  for (let i = 0; i < 5 && e !== undefined && e !== null; i++) {
    out.push(e);
    if (e instanceof AggregateError) out.push(...e.errors);
    e = e instanceof Error ? e.cause : undefined;
  }
  return out;
}

function codeOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string'
    ? (e as { code: string }).code
    : undefined;
}

function classify(err: unknown, url: string, opts: FetchOptions, controller: AbortController): FetchError {
  if (err instanceof FetchError) return err;
  const reason: unknown = controller.signal.reason;
  if (controller.signal.aborted && reason instanceof Abort && reason.why === 'timeout') {
    return new FetchError(
      'transient',
      'timeout',
      `timed out after ${opts.timeoutMs} ms fetching ${url} (headers and body); the site is slow or stalled, will retry`,
      { cause: err },
    );
  }
  const chain = causeChain(err);
  const codes = chain.map(codeOf).filter((c): c is string => c !== undefined);
  const detail = chain
    .filter((e): e is Error => e instanceof Error)
    .map((e) => e.message)
    .filter((m) => m && m !== 'fetch failed')
    .join(': ');
  const host = safeHost(url);
  const has = (set: Set<string>): string | undefined => codes.find((c) => set.has(c));
  if (codes.includes(BLOCKED_CODE)) {
    const blocked = chain.find((e) => codeOf(e) === BLOCKED_CODE) as { address?: string } | undefined;
    return blockedError(host, blocked?.address ?? host);
  }

  if (/bad port/i.test(detail)) {
    return new FetchError('permanent', 'bad-url', `${url} uses a port fetch refuses to connect to (${detail}); use a standard web port`, {
      cause: err,
    });
  }
  const dns = has(DNS_CODES);
  if (dns) {
    return new FetchError(
      'transient',
      'dns',
      `DNS lookup failed for ${host} (${dns}); will retry — if it persists, check the host name in the URL`,
      { cause: err },
    );
  }
  const timeout = has(TIMEOUT_CODES);
  if (timeout) return new FetchError('transient', 'timeout', `connection to ${host} timed out (${timeout}); will retry`, { cause: err });
  const conn = has(CONNECTION_CODES);
  if (conn)
    return new FetchError('transient', 'connection', `could not talk to ${host} (${conn}${detail ? `: ${detail}` : ''}); will retry`, {
      cause: err,
    });
  const tls = codes.find((c) => /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(c));
  if (tls) {
    return new FetchError(
      'permanent',
      'tls',
      `TLS certificate of ${host} is not trusted (${tls}); the site's HTTPS is misconfigured, retrying will not help`,
      { cause: err },
    );
  }
  if (
    codes.some((c) => c.startsWith('Z_') || c.startsWith('ERR__ERROR_FORMAT') || c.includes('BROTLI') || c.includes('DECOMPRESS')) ||
    /decompression failed/i.test(detail)
  ) {
    return new FetchError(
      'permanent',
      'bad-compression',
      `${url} sent a body that does not decompress (${codes.join(', ')}); the server's Content-Encoding is broken`,
      { cause: err },
    );
  }
  return new FetchError(
    'transient',
    'network',
    `network error fetching ${url}${detail ? `: ${detail}` : ''}${codes.length ? ` (${codes.join(', ')})` : ''}; will retry`,
    { cause: err },
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
