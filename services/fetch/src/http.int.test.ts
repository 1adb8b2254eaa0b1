import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { FetchError } from './errors.js';
import { fetchUrl, type FetchOptions } from './http.js';

// The test server listens on loopback, which the SSRF guard refuses unless allowed.
const OPTS: FetchOptions = {
  timeoutMs: 5_000,
  maxBytes: 1_000_000,
  maxRedirects: 5,
  userAgent: 'newswire-test/1.0',
  allowPrivateNetworks: true,
};
const ARTICLE = '<html><body><p>Élection: le maire sortant réélu — « une victoire nette »</p></body></html>';

let server: Server;
let base: string;
/** Bytes the /endless route managed to write before the client hung up. */
let endlessSent = 0;
let endlessClosed: Promise<void> = Promise.resolve();
const seenAgents: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  seenAgents.push(String(req.headers['user-agent']));
  const p = url.pathname;
  if (p === '/ok') {
    // labelled ISO-8859-1 but holding windows-1252 (the em dash): what servers do, and why WHATWG maps the label
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
    res.end(iconv.encode(ARTICLE, 'windows-1252'));
  } else if (p === '/news/2024/start') {
    res.writeHead(301, { location: 'step?x=1' }); // relative to /news/2024/
    res.end();
  } else if (p === '/news/2024/step') {
    res.writeHead(302, { location: '../../ok#fragment' });
    res.end('moved');
  } else if (p.startsWith('/chain/')) {
    const n = Number(p.split('/')[2]);
    res.writeHead(307, { location: `/chain/${n + 1}` });
    res.end();
  } else if (p === '/self') {
    res.writeHead(302, { location: '/self' });
    res.end();
  } else if (p === '/to-file') {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  } else if (p === '/no-location') {
    res.writeHead(302);
    res.end();
  } else if (p === '/stall-headers') {
    // never answers
  } else if (p === '/stall-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>first half');
  } else if (p === '/endless') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    endlessSent = 0;
    endlessClosed = new Promise((resolve) => res.on('close', () => resolve()));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = (): void => {
      while (!res.destroyed && endlessSent < 50_000_000) {
        endlessSent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  } else if (p === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5_000_000) });
    res.end(); // the lie does not matter: the client must refuse before reading
  } else if (p === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(ARTICLE));
  } else if (p === '/br') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
    res.end(brotliCompressSync(ARTICLE));
  } else if (p === '/deflate') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
    res.end(deflateSync(ARTICLE));
  } else if (p === '/gzip-bomb') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(20_000_000, 0x20)));
  } else if (p === '/broken-gzip' || p === '/broken-br') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': p === '/broken-br' ? 'br' : 'gzip' });
    res.end('this body is not compressed at all');
  } else if (p === '/koi8') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=koi8-r' });
    res.end(iconv.encode('Новости: курс рубля снова упал.', 'koi8-r'));
  } else if (p === '/503') {
    res.writeHead(503, { 'retry-after': '7' });
    res.end('maintenance');
  } else if (p === '/429') {
    res.writeHead(429);
    res.end();
  } else if (p === '/403') {
    res.writeHead(403);
    res.end('forbidden');
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected fetchUrl to fail');
}

describe('fetchUrl', () => {
  it('fetches bytes with status, content type and time, sending our user agent', async () => {
    const before = Date.now();
    const r = await fetchUrl(`${base}/ok`, OPTS);
    expect(r).toMatchObject({
      url: `${base}/ok`,
      finalUrl: `${base}/ok`,
      status: 200,
      contentType: 'text/html; charset=ISO-8859-1',
      redirects: [],
    });
    expect(Buffer.from(r.bytes).equals(iconv.encode(ARTICLE, 'windows-1252'))).toBe(true);
    expect(Date.parse(r.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(seenAgents).toContain('newswire-test/1.0');
    // the header charset decodes it
    expect(decodeBytes(r.bytes, { contentType: r.contentType })).toMatchObject({
      text: ARTICLE,
      charset: 'windows-1252',
      rule: 'http-header',
    });
  });

  it('follows relative redirects and records the hops', async () => {
    const r = await fetchUrl(`${base}/news/2024/start`, OPTS);
    expect(r.finalUrl).toBe(`${base}/ok`);
    expect(r.redirects).toEqual([`${base}/news/2024/start`, `${base}/news/2024/step?x=1`]);
    expect(r.status).toBe(200);
  });

  it('fails permanently when the redirect cap is exceeded', async () => {
    const err = await failure(fetchUrl(`${base}/chain/0`, { ...OPTS, maxRedirects: 3 }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'too-many-redirects' });
    expect(err.message).toContain('more than 3');
  });

  it('allows exactly maxRedirects hops', async () => {
    const err = await failure(fetchUrl(`${base}/chain/0`, { ...OPTS, maxRedirects: 2 }));
    expect(err.code).toBe('too-many-redirects');
    const ok = await fetchUrl(`${base}/news/2024/start`, { ...OPTS, maxRedirects: 2 });
    expect(ok.redirects).toHaveLength(2);
  });

  it('detects redirect loops, redirects without Location and redirects to non-http schemes', async () => {
    expect(await failure(fetchUrl(`${base}/self`, OPTS))).toMatchObject({ kind: 'permanent', code: 'redirect-loop' });
    expect(await failure(fetchUrl(`${base}/no-location`, OPTS))).toMatchObject({ kind: 'permanent', code: 'bad-redirect' });
    const err = await failure(fetchUrl(`${base}/to-file`, OPTS));
    expect(err).toMatchObject({ kind: 'permanent', code: 'bad-scheme' });
    expect(err.message).toContain('only http and https');
  });

  it('refuses non-http URLs and malformed URLs without a request', async () => {
    expect(await failure(fetchUrl('file:///etc/passwd', OPTS))).toMatchObject({ kind: 'permanent', code: 'bad-scheme' });
    expect(await failure(fetchUrl('data:text/plain,hello', OPTS))).toMatchObject({ kind: 'permanent', code: 'bad-scheme' });
    expect(await failure(fetchUrl('not a url', OPTS))).toMatchObject({ kind: 'permanent', code: 'bad-url' });
    expect(await failure(fetchUrl(`http://user:secret@127.0.0.1:1/`, OPTS))).toMatchObject({ kind: 'permanent', code: 'bad-url' });
  });

  it('refuses loopback and private addresses unless allowed (SSRF guard), by literal and by name', async () => {
    const guarded = { ...OPTS, allowPrivateNetworks: false };
    const literal = await failure(fetchUrl(`${base}/ok`, guarded));
    expect(literal).toMatchObject({ kind: 'permanent', code: 'blocked-address' });
    expect(literal.message).toContain('FETCH_ALLOW_PRIVATE_NETWORKS');
    const port = new URL(base).port;
    const byName = await failure(fetchUrl(`http://localhost:${port}/ok`, guarded));
    expect(byName).toMatchObject({ kind: 'permanent', code: 'blocked-address' });
    expect(byName.message).toMatch(/localhost.*resolved to (127\.0\.0\.1|::1)/);
    expect(await failure(fetchUrl('http://169.254.169.254/latest/meta-data/', guarded))).toMatchObject({ code: 'blocked-address' });
    expect((await fetchUrl(`http://localhost:${port}/ok`, OPTS)).status).toBe(200);
  });

  it('times out transiently when the server never answers', async () => {
    const t0 = Date.now();
    const err = await failure(fetchUrl(`${base}/stall-headers`, { ...OPTS, timeoutMs: 300 }));
    expect(err).toMatchObject({ kind: 'transient', code: 'timeout' });
    expect(err.message).toContain('300 ms');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('times out when the body stalls after the headers', async () => {
    const err = await failure(fetchUrl(`${base}/stall-body`, { ...OPTS, timeoutMs: 300 }));
    expect(err).toMatchObject({ kind: 'transient', code: 'timeout' });
  });

  it('aborts a streamed body as soon as it exceeds maxBytes', async () => {
    const err = await failure(fetchUrl(`${base}/endless`, { ...OPTS, maxBytes: 200_000 }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'too-large' });
    await endlessClosed;
    expect(endlessSent).toBeLessThan(20_000_000); // the server was cut off, not read to the end
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const err = await failure(fetchUrl(`${base}/big-declared`, { ...OPTS, maxBytes: 1_000_000 }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'too-large' });
    expect(err.message).toContain('Content-Length');
  });

  it.each(['gzip', 'br', 'deflate'])('decompresses %s content encoding', async (encoding) => {
    const r = await fetchUrl(`${base}/${encoding}`, OPTS);
    expect(new TextDecoder().decode(r.bytes)).toBe(ARTICLE);
  });

  it('applies the size cap to the decompressed body (compression bomb)', async () => {
    const err = await failure(fetchUrl(`${base}/gzip-bomb`, { ...OPTS, maxBytes: 1_000_000 }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'too-large' });
    expect(err.message).toContain('gzip');
  });

  it.each(['gzip', 'br'])('fails permanently when a %s body does not decompress', async (encoding) => {
    const err = await failure(fetchUrl(`${base}/broken-${encoding}`, OPTS));
    expect(err).toMatchObject({ kind: 'permanent', code: 'bad-compression' });
  });

  it('passes the charset header on for decoding', async () => {
    const r = await fetchUrl(`${base}/koi8`, OPTS);
    expect(decodeBytes(r.bytes, { contentType: r.contentType })).toMatchObject({
      text: 'Новости: курс рубля снова упал.',
      charset: 'koi8-r',
      rule: 'http-header',
    });
  });

  it('classifies 404 and 403 as permanent, 503 and 429 as transient', async () => {
    const notFound = await failure(fetchUrl(`${base}/missing`, OPTS));
    expect(notFound).toMatchObject({ kind: 'permanent', code: 'http-status', status: 404 });
    expect(notFound.message).toContain('HTTP 404');
    expect(await failure(fetchUrl(`${base}/403`, OPTS))).toMatchObject({ kind: 'permanent', status: 403 });
    const unavailable = await failure(fetchUrl(`${base}/503`, OPTS));
    expect(unavailable).toMatchObject({ kind: 'transient', status: 503, retryAfterMs: 7000 });
    expect(await failure(fetchUrl(`${base}/429`, OPTS))).toMatchObject({ kind: 'transient', code: 'rate-limited', status: 429 });
  });

  it('classifies a refused connection as transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await failure(fetchUrl(`http://127.0.0.1:${port}/`, OPTS));
    expect(err).toMatchObject({ kind: 'transient', code: 'connection' });
    expect(err.message).toContain('ECONNREFUSED');
  });
});
