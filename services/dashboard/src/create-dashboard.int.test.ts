import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeQueues, createQueues, type StageQueues } from '@newswire/queue';
import { createTestDb, createTestRedis, startTestServices, type TestDb, type TestRedis, type TestServices } from '@newswire/testing';
import { createDashboard } from './create-dashboard.js';

let services: TestServices;
let t: TestDb;
let r: TestRedis;
let queues: StageQueues;
const servers: Server[] = [];

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'dash');
  r = await createTestRedis(services.redisUrl, 'dash');
  queues = createQueues(r.redis, r.prefix);
  await queues.parse.add('parse', { any: 'thing' }, { jobId: 'parse.waiting1' });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((res) => s.close(res))));
  await closeQueues(queues);
  await r.cleanup();
  await t.drop();
  await services.stop();
});

async function serve(user: string | null, password: string | null): Promise<string> {
  const app = createDashboard({ queues, db: t.db, ping: async () => void (await r.redis.ping()) }, { basePath: '/queues', user, password });
  const server = await new Promise<Server>((res) => {
    const s = app.listen(0, '127.0.0.1', () => res(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('dashboard (real Redis and Postgres)', () => {
  it('serves bull-board over every stage queue, /healthz and Prometheus /metrics', async () => {
    const base = await serve(null, null);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('newswire_queue_jobs{queue="parse",state="waiting"} 1');
    expect(metrics).toContain('newswire_intake_items{state="failed"} 0');
    const api = (await (await fetch(`${base}/queues/api/queues?activeQueue=parse&status=latest&page=1`)).json()) as {
      queues: { name: string }[];
    };
    expect(api.queues.map((q) => q.name).sort()).toEqual(['enrich', 'fetch', 'parse', 'store']);
  });

  it('asks for basic auth on the board when credentials are configured', async () => {
    const base = await serve('admin', 's3cret');
    expect((await fetch(`${base}/queues`)).status).toBe(401);
    const ok = await fetch(`${base}/queues`, { headers: { authorization: `Basic ${Buffer.from('admin:s3cret').toString('base64')}` } });
    expect(ok.status).toBe(200);
    expect(
      (await fetch(`${base}/queues`, { headers: { authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}` } })).status,
    ).toBe(401);
    // Health checks stay open for orchestrators.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
