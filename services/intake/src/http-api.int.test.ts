import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@newswire/logger';
import { closeQueues, createQueues, type StageQueues } from '@newswire/queue';
import { createTestDb, createTestRedis, startTestServices, type TestDb, type TestRedis, type TestServices } from '@newswire/testing';
import { createHttpApi } from './http-api.js';

let services: TestServices;
let t: TestDb;
let r: TestRedis;
let queues: StageQueues;
let server: Server;
let base: string;

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'http');
  r = await createTestRedis(services.redisUrl, 'http');
  queues = createQueues(r.redis, r.prefix);
  server = createHttpApi(
    { db: t.db, queues, log: createLogger({ name: 'test', level: 'silent' }) },
    { host: '127.0.0.1', port: 0, maxBytes: 1000 },
  );
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((res) => server.close(res));
  await closeQueues(queues);
  await r.cleanup();
  await t.drop();
  await services.stop();
});

describe('intake HTTP API (real Redis and Postgres)', () => {
  it('accepts a document body, archives it and enqueues a fetch job by reference', async () => {
    const res = await fetch(`${base}/ingest?filename=a.html`, {
      method: 'POST',
      body: '<html><body><p>Hello</p></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    expect(res.status).toBe(202);
    const { id, status } = (await res.json()) as { id: string; status: string };
    const job = await queues.fetch.getJob(`fetch.${id}`);
    expect(job?.data).toMatchObject({ intakeId: id, source: { kind: 'raw', fileName: 'a.html', contentType: 'text/html' } });
    expect(JSON.stringify(job?.data)).not.toContain('Hello');
    const s = (await (await fetch(`${base}${status}`)).json()) as { state: string; source: { kind: string } };
    expect(s).toMatchObject({ state: 'pending', source: { kind: 'http' } });
  });

  it('accepts {"url"} JSON as a URL to fetch', async () => {
    const res = await fetch(`${base}/ingest`, {
      method: 'POST',
      body: JSON.stringify({ url: 'https://example.org/story' }),
      headers: { 'content-type': 'application/json' },
    });
    const { id } = (await res.json()) as { id: string };
    expect((await queues.fetch.getJob(`fetch.${id}`))?.data).toMatchObject({ source: { kind: 'url', url: 'https://example.org/story' } });
  });

  it('refuses empty and oversized bodies and unknown items with clear errors', async () => {
    const empty = await fetch(`${base}/ingest`, { method: 'POST', body: '' });
    expect(empty.status).toBe(400);
    const big = await fetch(`${base}/ingest`, { method: 'POST', body: 'x'.repeat(2000) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toMatch(/INTAKE_MAX_BYTES/);
    expect((await fetch(`${base}/intake/nope`)).status).toBe(404);
  });
});
