import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRedis, startTestServices, type TestRedis, type TestServices } from '@newswire/testing';
import { HostThrottle } from './host-throttle.js';

let services: TestServices;
let r: TestRedis;
let n = 0;

beforeAll(async () => {
  services = await startTestServices();
  r = await createTestRedis(services.redisUrl, 'throttle');
});
afterAll(async () => {
  await r.cleanup();
  await services.stop();
});

/** A throttle with keys of its own, so the tests do not share hosts' slots. */
const throttle = (intervalMs: number, maxDelayMs = 60_000) =>
  new HostThrottle(r.redis, { intervalMs, maxDelayMs, prefix: `${r.prefix}:${++n}` });
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

describe('per-host throttle (real Redis)', () => {
  it('gives a host one slot per interval and says how long until the next', async () => {
    const t = throttle(400);
    expect(await t.reserve('https://news.example/a')).toBe(0);
    const wait = await t.reserve('https://news.example/b');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(400);
    // Another host, or the same host on another port, has slots of its own.
    expect(await t.reserve('https://other.example/a')).toBe(0);
    expect(await t.reserve('https://news.example:8443/a')).toBe(0);
    await sleep(wait + 20);
    expect(await t.reserve('https://NEWS.example/c')).toBe(0);
  });

  it('shares the slots between throttles on the same Redis and prefix (several fetch workers)', async () => {
    const prefix = `${r.prefix}:shared`;
    const a = new HostThrottle(r.redis, { intervalMs: 1000, maxDelayMs: 60_000, prefix });
    const b = new HostThrottle(r.redis, { intervalMs: 1000, maxDelayMs: 60_000, prefix });
    expect(await a.reserve('https://news.example/1')).toBe(0);
    expect(await b.reserve('https://news.example/2')).toBeGreaterThan(500);
  });

  it('lengthens the interval to a Crawl-delay, capped', async () => {
    const t = throttle(100, 3000);
    expect(await t.reserve('https://slow.example/a', 2000)).toBe(0);
    expect(await t.reserve('https://slow.example/b', 2000)).toBeGreaterThan(1500);
    expect(await t.reserve('https://capped.example/a', 600_000)).toBe(0);
    const wait = await t.reserve('https://capped.example/b', 600_000);
    expect(wait).toBeGreaterThan(2500);
    expect(wait).toBeLessThanOrEqual(3000);
  });

  it('keeps every request away from a host that asked to wait, and never shortens a wait already set', async () => {
    const t = throttle(0, 10_000);
    expect(await t.reserve('https://busy.example/a')).toBe(0); // no interval: no slot taken
    expect(await t.reserve('https://busy.example/a')).toBe(0);
    await t.block('https://busy.example/x', 5000);
    expect(await t.reserve('https://busy.example/a')).toBeGreaterThan(4500);
    await t.block('https://busy.example/x', 1000);
    expect(await t.reserve('https://busy.example/a')).toBeGreaterThan(4000);
    await t.block('https://huge.example/x', 3_600_000);
    expect(await t.reserve('https://huge.example/a')).toBeLessThanOrEqual(10_000);
  });
});
