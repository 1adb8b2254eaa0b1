import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRaw, createIntakeItem, getDecodedText, getIntakeItem } from '@newswire/db';
import { DeferError } from '@newswire/queue';
import { createTestDb, createTestRedis, startTestServices, type TestDb, type TestRedis, type TestServices } from '@newswire/testing';
import { FetchError } from './errors.js';
import { fetchDocument, type FetchStageDeps } from './fetch-stage.js';
import { HostThrottle } from './host-throttle.js';
import { RobotsCache } from './robots.js';

let services: TestServices;
let t: TestDb;
let r: TestRedis;
let deps: FetchStageDeps;
let server: http.Server;
let base: string;
let blockedHits = 0;

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'fetch');
  r = await createTestRedis(services.redisUrl, 'fetch');
  deps = {
    db: t.db,
    maxBytes: 1_000_000,
    http: { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3, userAgent: 'test', allowPrivateNetworks: true },
  };
  server = http.createServer((req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /blocked/\nCrawl-delay: 2\n');
    } else if (req.url === '/busy') {
      res.writeHead(429, { 'retry-after': '5' });
      res.end('slow down');
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/blocked/story.html' });
      res.end();
    } else if (req.url?.startsWith('/blocked/')) {
      blockedHits++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>members only</p>');
    } else if (req.url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from('<html><head><title>Caf\xe9</title></head><body><p>Un caf\xe9 cr\xe8me.</p></body></html>', 'latin1'));
    } else {
      res.writeHead(404);
      res.end('gone');
    }
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((res) => server.close(res));
  await t.drop();
  await r.cleanup();
  await services.stop();
});

describe('fetch stage (real Postgres, local HTTP server)', () => {
  it('checks robots.txt before fetching a URL: a disallowed page fails permanently and is not downloaded', async () => {
    const withRobots = { ...deps, robots: new RobotsCache(deps.http, { ttlMs: 60_000 }) };
    const err = await fetchDocument({ intakeId: 'r1', source: { kind: 'url', url: `${base}/blocked/story.html` } }, withRobots).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ kind: 'permanent', code: 'robots-disallowed' });
    const ok = await fetchDocument({ intakeId: 'r2', source: { kind: 'url', url: `${base}/latin1` } }, withRobots);
    expect(ok.url).toBe(`${base}/latin1`);
  });

  it('checks each redirect target against robots.txt too, before requesting it', async () => {
    const withRobots = { ...deps, robots: new RobotsCache(deps.http, { ttlMs: 60_000 }) };
    blockedHits = 0;
    const err = await fetchDocument({ intakeId: 'r3', source: { kind: 'url', url: `${base}/moved` } }, withRobots).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'permanent', code: 'robots-disallowed' });
    expect(blockedHits).toBe(0);
    // without robots checks the same redirect is followed
    const out = await fetchDocument({ intakeId: 'r4', source: { kind: 'url', url: `${base}/moved` } }, deps);
    expect(out.url).toBe(`${base}/blocked/story.html`);
    expect(blockedHits).toBe(1);
  });

  it('decodes archived bytes and passes the parse stage a reference, not the bytes', async () => {
    const sha = await archiveRaw(t.db, { bytes: Buffer.from('\ufeffA plain story about caf\u00e9s.', 'utf8'), fileName: 'story.txt' });
    const out = await fetchDocument({ intakeId: 'f1', source: { kind: 'raw', sha256: sha, fileName: 'story.txt' } }, deps);
    expect(out).toMatchObject({ intakeId: 'f1', docSha256: sha, fileName: 'story.txt' });
    expect(JSON.stringify(out)).not.toContain('story about');
    const doc = await getDecodedText(t.db, sha);
    expect(doc?.text).toBe('A plain story about caf\u00e9s.');
  });

  it('gunzips .gz files before decoding', async () => {
    const sha = await archiveRaw(t.db, { bytes: gzipSync('<p>Zipped news.</p>'), fileName: 'a.html.gz' });
    await fetchDocument({ intakeId: 'f2', source: { kind: 'raw', sha256: sha, fileName: 'a.html.gz' } }, deps);
    expect((await getDecodedText(t.db, sha))?.text).toBe('<p>Zipped news.</p>');
  });

  it('downloads a URL, archives its bytes and decodes its declared charset; the intake item names the document', async () => {
    await createIntakeItem(t.db, { id: 'f3', sourceKind: 'url', sourceRef: `${base}/latin1` });
    const out = await fetchDocument({ intakeId: 'f3', source: { kind: 'url', url: `${base}/latin1` } }, deps);
    expect(out.url).toBe(`${base}/latin1`);
    const doc = await getDecodedText(t.db, out.docSha256);
    expect(doc?.text).toContain('Un caf\u00e9 cr\u00e8me.');
    expect((await getIntakeItem(t.db, 'f3'))?.content_sha256).toBe(out.docSha256);
  });

  it('rejects empty files, images, empty gzips and 404s as permanent errors with readable reasons', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.alloc(0), 'empty.txt', /empty/i],
      [Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]), 'x.png', /png|binary|image/i],
      [gzipSync(Buffer.alloc(0)), 'nothing.gz', /empty/i],
    ];
    for (const [bytes, fileName, re] of cases) {
      const sha = await archiveRaw(t.db, { bytes, fileName });
      const err = await fetchDocument({ intakeId: fileName, source: { kind: 'raw', sha256: sha, fileName } }, deps).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).kind).toBe('permanent');
      expect((err as FetchError).message).toMatch(re);
    }
    const notFound = await fetchDocument({ intakeId: 'f404', source: { kind: 'url', url: `${base}/missing` } }, deps).catch(
      (e: unknown) => e,
    );
    expect((notFound as FetchError).kind).toBe('permanent');
    expect((notFound as FetchError).message).toMatch(/404/);
  });

  it("defers a URL whose host was asked less than the interval ago, and honours robots.txt's Crawl-delay", async () => {
    const throttle = new HostThrottle(r.redis, { intervalMs: 500, maxDelayMs: 60_000, prefix: `${r.prefix}:a` });
    const first = await fetchDocument({ intakeId: 'h1', source: { kind: 'url', url: `${base}/latin1` } }, { ...deps, throttle });
    expect(first.mediaType).toBe('text/html');
    const err = await fetchDocument({ intakeId: 'h2', source: { kind: 'url', url: `${base}/latin1?page=2` } }, { ...deps, throttle }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeferError);
    expect((err as DeferError).delayMs).toBeGreaterThan(0);
    expect((err as DeferError).delayMs).toBeLessThan(500 + 250);
    // With robots.txt read, its Crawl-delay (2 s) sets the interval.
    const polite = {
      ...deps,
      throttle: new HostThrottle(r.redis, { intervalMs: 100, maxDelayMs: 60_000, prefix: `${r.prefix}:b` }),
      robots: new RobotsCache(deps.http, { ttlMs: 60_000 }),
    };
    await fetchDocument({ intakeId: 'h3', source: { kind: 'url', url: `${base}/latin1` } }, polite);
    const later = await fetchDocument({ intakeId: 'h4', source: { kind: 'url', url: `${base}/latin1?page=3` } }, polite).catch(
      (e: unknown) => e,
    );
    expect((later as DeferError).delayMs).toBeGreaterThan(1500);
  });

  it('keeps every job away from a host that answered 429 with Retry-After, for that long', async () => {
    const throttle = new HostThrottle(r.redis, { intervalMs: 0, maxDelayMs: 60_000, prefix: `${r.prefix}:c` });
    const err = await fetchDocument({ intakeId: 'b1', source: { kind: 'url', url: `${base}/busy` } }, { ...deps, throttle }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ kind: 'transient', code: 'rate-limited' });
    const next = await fetchDocument({ intakeId: 'b2', source: { kind: 'url', url: `${base}/latin1` } }, { ...deps, throttle }).catch(
      (e: unknown) => e,
    );
    expect(next).toBeInstanceOf(DeferError);
    expect((next as DeferError).delayMs).toBeGreaterThan(4000);
  });
});
