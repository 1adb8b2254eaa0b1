import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from './errors.js';
import type { FetchOptions } from './http.js';
import { RobotsCache } from './robots.js';

// Loopback test servers, so private addresses are allowed here.
const HTTP: FetchOptions = {
  timeoutMs: 3000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  userAgent: 'newswire/0.1 (+https://example.org)',
  allowPrivateNetworks: true,
};
let server: http.Server;
let base: string;
let robotsHits = 0;
let robotsStatus = 200;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/robots.txt') {
      robotsHits++;
      res.writeHead(robotsStatus, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /members/\n\nUser-agent: newswire\nDisallow: /private/\nAllow: /\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>ok</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected a FetchError');
}

describe('RobotsCache', () => {
  it('applies the group for our User-Agent: its disallow holds, the * group does not', async () => {
    robotsStatus = 200;
    const robots = new RobotsCache(HTTP, { ttlMs: 60_000 });
    const err = await failure(robots.check(`${base}/private/story.html`));
    expect(err).toMatchObject({ kind: 'permanent', code: 'robots-disallowed' });
    expect(err.message).toContain('/robots.txt disallows /private/story.html');
    await expect(robots.check(`${base}/members/story.html`)).resolves.toBeUndefined();
    await expect(robots.check(`${base}/news/story.html`)).resolves.toBeUndefined();
  });

  it('reads robots.txt once per host and TTL, also under concurrent checks', async () => {
    robotsStatus = 200;
    let now = 1_000;
    const robots = new RobotsCache(HTTP, { ttlMs: 60_000, now: () => now });
    robotsHits = 0;
    await Promise.all([robots.check(`${base}/a`), robots.check(`${base}/b`), robots.check(`${base}/c`)]);
    await robots.check(`${base}/d`);
    expect(robotsHits).toBe(1);
    now += 61_000;
    await robots.check(`${base}/e`);
    expect(robotsHits).toBe(2);
  });

  it('allows everything when there is no robots.txt (4xx)', async () => {
    robotsStatus = 404;
    const robots = new RobotsCache(HTTP, { ttlMs: 60_000 });
    await expect(robots.check(`${base}/private/story.html`)).resolves.toBeUndefined();
  });

  it('fails transiently while robots.txt answers 5xx, so the page is retried, not fetched', async () => {
    robotsStatus = 503;
    const robots = new RobotsCache(HTTP, { ttlMs: 60_000 });
    expect(await failure(robots.check(`${base}/news/story.html`))).toMatchObject({ kind: 'transient', code: 'robots-unreachable' });
    robotsStatus = 200;
  });
});
