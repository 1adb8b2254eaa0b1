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
  it("hands out one slot per interval, first come first served, and a held slot is the caller's when due", async () => {
    const t = throttle(300);
    expect(await t.reserve('https://news.example/a', 'a')).toBe(0);
    const b = await t.reserve('https://news.example/b', 'b');
    const c = await t.reserve('https://news.example/c', 'c');
    expect(b).toBeGreaterThan(200);
    expect(b).toBeLessThanOrEqual(300);
    // c's slot is the one after b's, not the same one.
    expect(c).toBeGreaterThan(b + 200);
    // Asking again before the slot comes gives the rest of the wait, and keeps the slot.
    const again = await t.reserve('https://news.example/c', 'c');
    expect(again).toBeLessThanOrEqual(c);
    expect(again).toBeGreaterThan(b);
    // Another host, or the same host on another port, has slots of its own.
    expect(await t.reserve('https://other.example/a', 'x')).toBe(0);
    expect(await t.reserve('https://news.example:8443/a', 'y')).toBe(0);
    await sleep(b + 10);
    expect(await t.reserve('https://news.example/b', 'b')).toBe(0);
    // c is still waiting for its own slot; a newcomer queues behind it.
    expect(await t.reserve('https://news.example/c', 'c')).toBeGreaterThan(0);
    expect(await t.reserve('https://news.example/d', 'd')).toBeGreaterThan(300);
  });

  it('keeps the interval after the last request even when a slot is taken late', async () => {
    const t = throttle(400);
    expect(await t.reserve('https://late.example/a', 'a')).toBe(0);
    const b = await t.reserve('https://late.example/b', 'b');
    expect(b).toBeGreaterThan(0);
    // b comes back late and goes; c's slot was computed from b's slot, yet c still waits a full interval after b.
    const c = await t.reserve('https://late.example/c', 'c');
    await sleep(c + 10);
    expect(await t.reserve('https://late.example/b', 'b')).toBe(0);
    expect(await t.reserve('https://late.example/c', 'c')).toBeGreaterThan(300);
  });

  it('shares the slots between throttles on the same Redis and prefix (several fetch workers)', async () => {
    const prefix = `${r.prefix}:shared`;
    const a = new HostThrottle(r.redis, { intervalMs: 1000, maxDelayMs: 60_000, prefix });
    const b = new HostThrottle(r.redis, { intervalMs: 1000, maxDelayMs: 60_000, prefix });
    expect(await a.reserve('https://news.example/1', 'one')).toBe(0);
    expect(await b.reserve('https://news.example/2', 'two')).toBeGreaterThan(500);
  });

  it('lengthens the interval to a Crawl-delay, capped', async () => {
    const t = throttle(100, 3000);
    expect(await t.reserve('https://slow.example/a', 'a', 2000)).toBe(0);
    expect(await t.reserve('https://slow.example/b', 'b', 2000)).toBeGreaterThan(1500);
    expect(await t.reserve('https://capped.example/a', 'a', 600_000)).toBe(0);
    const wait = await t.reserve('https://capped.example/b', 'b', 600_000);
    expect(wait).toBeGreaterThan(2500);
    expect(wait).toBeLessThanOrEqual(3000);
  });

  it('keeps every request away from a host that asked to wait, held slots included, and never shortens a wait', async () => {
    const t = throttle(0, 10_000);
    expect(await t.reserve('https://busy.example/a', 'a')).toBe(0); // no interval: every caller goes at once
    expect(await t.reserve('https://busy.example/b', 'b')).toBe(0);
    await t.block('https://busy.example/x', 5000);
    expect(await t.reserve('https://busy.example/a', 'a')).toBeGreaterThan(4500);
    await t.block('https://busy.example/x', 1000);
    expect(await t.reserve('https://busy.example/c', 'c')).toBeGreaterThan(4000);
    await t.block('https://huge.example/x', 3_600_000);
    expect(await t.reserve('https://huge.example/a', 'a')).toBeLessThanOrEqual(10_000);
    // A slot handed out before a block moves past the block when it comes due.
    const u = throttle(200, 10_000);
    expect(await u.reserve('https://held.example/a', 'a')).toBe(0);
    const b = await u.reserve('https://held.example/b', 'b');
    await u.block('https://held.example/x', 3000);
    await sleep(b + 10);
    expect(await u.reserve('https://held.example/b', 'b')).toBeGreaterThan(2000);
  });
});
