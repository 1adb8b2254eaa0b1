import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createQueues, closeQueues, type StageQueues } from '@newswire/queue';
import {
  createTestDb,
  createTestRedis,
  startTestServices,
  waitFor,
  type TestDb,
  type TestRedis,
  type TestServices,
} from '@newswire/testing';
import { freePort, repoRoot, ServiceProcess } from './harness.js';

// The services run as separate processes from their built entry points, against real Redis and Postgres,
// each test run in its own Postgres schema and queue prefix.

let services: TestServices;
let t: TestDb;
let r: TestRedis;
let queues: StageQueues;
let dir: string;
let env: Record<string, string>;
let httpPort: number;
let dashPort: number;
const procs = new Map<string, ServiceProcess>();

const READY: Record<string, RegExp> = {
  intake: /intake watching/,
  fetch: /fetch worker started/,
  parse: /parse worker started/,
  enrich: /enrich worker started/,
  store: /store worker started/,
  dashboard: /dashboard listening/,
};

async function startService(name: string, extra: Record<string, string> = {}): Promise<ServiceProcess> {
  const p = new ServiceProcess(name, { ...env, ...extra });
  procs.set(name, p);
  await p.start(READY[name] ?? /started/);
  return p;
}

const intakeDir = () => path.join(dir, 'intake');
const sampleCandidates = [path.resolve(repoRoot, '../shared/samples/xinhua-2024-12-31-xi-putin.txt')];

async function drop(name: string, content: Buffer | string): Promise<void> {
  // Write elsewhere, then rename into the folder: how well-behaved producers drop files.
  const tmp = path.join(dir, `.${name}.tmp`);
  await writeFile(tmp, content);
  await copyFile(tmp, path.join(intakeDir(), name));
  await rm(tmp);
}

async function itemFor(fileName: string, state?: string) {
  return waitFor(
    async () => {
      const row = await t.db
        .selectFrom('intake_items')
        .selectAll()
        .where('source_ref', 'like', `%/${fileName}`)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (!row || row.state === 'pending') return undefined;
      if (state && row.state !== state) return undefined;
      return row;
    },
    { timeoutMs: 20_000, what: `${fileName} to finish` },
  );
}

function wireStory(i: number): string {
  return ` date 2025-03-${String((i % 27) + 1).padStart(2, '0')} Lagos, March ${(i % 27) + 1}: The port authority said on Monday that container traffic rose by ${i + 3} percent in the quarter, the ${i}th report in the series. Officials in Lagos credited new cranes and longer opening hours.\n\nThe Nigerian Ports Authority said it expects a further rise of ${i % 9} percent next year, according to its statement.`;
}

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'e2e');
  r = await createTestRedis(services.redisUrl, 'e2e');
  queues = createQueues(r.redis, r.prefix);
  dir = await mkdtemp(path.join(tmpdir(), 'newswire-e2e-'));
  httpPort = await freePort();
  dashPort = await freePort();
  env = {
    REDIS_URL: services.redisUrl,
    DATABASE_URL: services.databaseUrl,
    DATABASE_SCHEMA: t.schema,
    QUEUE_PREFIX: r.prefix,
    LOG_LEVEL: 'info',
    INTAKE_DIR: intakeDir(),
    INTAKE_DONE_DIR: path.join(dir, 'intake', 'done'),
    INTAKE_FAILED_DIR: path.join(dir, 'intake', 'failed'),
    INTAKE_STABLE_MS: '200',
    INTAKE_POLL_MS: '100',
    INTAKE_HTTP_PORT: String(httpPort),
    DASHBOARD_PORT: String(dashPort),
    LOCK_DURATION_MS: '4000',
    STALLED_INTERVAL_MS: '1500',
    // The feed test serves its pages from this process, on loopback.
    FETCH_ALLOW_PRIVATE_NETWORKS: 'true',
    FETCH_HOST_INTERVAL_MS: '400',
  };
  await Promise.all(Object.keys(READY).map((name) => startService(name)));
}, 120_000);

afterAll(async () => {
  await Promise.all([...procs.values()].map((p) => p.stop('SIGTERM').catch(() => null)));
  await closeQueues(queues);
  await r?.cleanup();
  await t?.drop();
  await services?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('pipeline end to end (services as separate processes)', () => {
  it('turns a dropped wire story into one clean, enriched article row', async () => {
    await drop('nairobi.txt', await readFile(path.join(repoRoot, 'tests/fixtures/wire-story.txt')));
    const item = await itemFor('nairobi.txt', 'stored');
    const a = await t.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', item.article_id ?? '0')
      .executeTakeFirstOrThrow();
    expect(a.published_date).toBe('2025-02-14');
    expect(a.dateline_place).toBe('Nairobi');
    expect(a.language).toBe('en');
    expect(a.body).not.toContain('East African Leaders Pledge');
    expect(JSON.stringify(a.fragments)).toContain('East African Leaders Pledge Faster Customs Checks At Summit');
    const people = await t.db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select(['name', 'mentions'])
      .where('article_id', '=', a.id)
      .where('type', '=', 'PER')
      .execute();
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['William Ruto', 'Samia Suluhu Hassan']));
    expect(people.find((p) => p.name === 'William Ruto')?.mentions).toBeGreaterThanOrEqual(3);
    // The file leaves the intake folder once stored (on the watcher's next sweep).
    await waitFor(async () => (existsSync(path.join(dir, 'intake', 'done', 'nairobi.txt')) ? true : undefined), {
      what: 'nairobi.txt in done/',
    });
    expect(existsSync(path.join(intakeDir(), 'nairobi.txt'))).toBe(false);
    // Lineage: every stage recorded its job for this item.
    const stages = await t.db.selectFrom('stage_runs').select('stage').where('intake_id', '=', item.id).execute();
    expect(new Set(stages.map((s) => s.stage))).toEqual(new Set(['fetch', 'parse', 'enrich', 'store']));
  });

  it.skipIf(!existsSync(sampleCandidates[0] ?? ''))('stores the shared Xinhua sample as the issue describes', async () => {
    await drop('xinhua.txt', await readFile(sampleCandidates[0] ?? ''));
    const item = await itemFor('xinhua.txt', 'stored');
    const a = await t.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', item.article_id ?? '0')
      .executeTakeFirstOrThrow();
    expect(a.dateline_place).toBe('Beijing');
    expect(a.language).toBe('en');
    expect(a.body).not.toContain('Russia Fourth-largest Economy Globally');
    expect(a.body).not.toContain('Taiwan Accuses China, Russia of Heightening Regional Tensions');
    const people = await t.db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select('name')
      .where('article_id', '=', a.id)
      .where('type', '=', 'PER')
      .execute();
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Xi Jinping', 'Vladimir Putin', 'Donald Trump']));
    const places = await t.db.selectFrom('article_places').select(['name', 'country_code', 'via']).where('article_id', '=', a.id).execute();
    const where = (name: string) => places.find((p) => p.name === name);
    for (const [name, cc] of [
      ['Beijing', 'CN'],
      ['Kyiv', 'UA'],
      ['Astana', 'KZ'],
      ['Kazan', 'RU'],
    ] as const) {
      expect(where(name)).toMatchObject({ country_code: cc });
      expect(where(name)?.via).not.toBe('related');
    }
    // Taiwan is named only in the removed related headline: listed, and marked as such.
    expect(where('Taiwan')).toMatchObject({ country_code: 'TW', via: 'related' });
  });

  it('stores the same content dropped again only once and marks the new item duplicate', async () => {
    await drop('nairobi-again.txt', await readFile(path.join(repoRoot, 'tests/fixtures/wire-story.txt')));
    const first = await itemFor('nairobi.txt', 'stored');
    const again = await itemFor('nairobi-again.txt');
    expect(again.state).toBe('duplicate');
    expect(again.duplicate_of).toBe(first.article_id);
  });

  it('`newswire reprocess` runs a stored item again and rewrites its article in place, never beside it', async () => {
    const item = await itemFor('nairobi.txt', 'stored');
    const count = async () =>
      Number((await t.db.selectFrom('articles').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    // Mark the stored row, as an older version of the pipeline might have left it: reprocessing must overwrite it.
    await t.db
      .updateTable('articles')
      .set({ summary: ['stale summary'] })
      .where('id', '=', item.article_id ?? '0')
      .execute();
    const res = spawnSync(process.execPath, [path.join(repoRoot, 'services/cli/bin/newswire.js'), 'reprocess', item.id, 'no-such-item'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.stdout).toMatch(/1 item\(s\) queued for reprocessing \(rev rp\w+\)/);
    expect(res.stderr).toContain('not reprocessed: no-such-item: no such intake item');
    expect(res.status).toBe(0);
    const rev = /\(rev (rp\w+)\)/.exec(res.stdout)?.[1] ?? '';
    // The store stage's run under the new rev is the end of the second pass.
    await waitFor(
      async () =>
        (await t.db
          .selectFrom('stage_runs')
          .select('id')
          .where('intake_id', '=', item.id)
          .where('stage', '=', 'store')
          .where('job_id', 'like', `%${rev}`)
          .where('outcome', '=', 'ok')
          .executeTakeFirst()) ?? undefined,
      { timeoutMs: 60_000, what: 'store run of the reprocessing pass' },
    );
    const a = await t.db.selectFrom('articles').select(['id', 'summary']).where('intake_id', '=', item.id).execute();
    expect(a).toHaveLength(1);
    expect(a[0]?.id).toBe(item.article_id);
    expect(a[0]?.summary).not.toEqual(['stale summary']);
    expect(await count()).toBe(before);
    expect(await itemFor('nairobi.txt')).toMatchObject({ state: 'stored', article_id: item.article_id });
  });

  it('fails an empty file, a PNG and an empty gzip with readable reasons, and goes on with the next file', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    await drop('empty.txt', '');
    await drop('picture.png', png);
    await drop('nothing.txt.gz', gzipSync(Buffer.alloc(0)));
    await drop('after-bad.txt', wireStory(1000));
    for (const [name, re] of [
      ['empty.txt', /empty/i],
      ['picture.png', /png|image|binary/i],
      ['nothing.txt.gz', /empty/i],
    ] as const) {
      const item = await itemFor(name, 'failed');
      expect(item.reason).toMatch(re);
      expect(item.failed_stage).toBe('fetch');
      const f = await t.db.selectFrom('failures').selectAll().where('intake_id', '=', item.id).executeTakeFirstOrThrow();
      expect(f).toMatchObject({ stage: 'fetch' });
      await waitFor(async () => (existsSync(path.join(dir, 'intake', 'failed', name)) ? true : undefined), { what: `${name} in failed/` });
      expect(await readFile(path.join(dir, 'intake', 'failed', `${name}.reason.txt`), 'utf8')).toMatch(re);
    }
    expect((await itemFor('after-bad.txt')).state).toBe('stored');
  });

  it('accepts documents over HTTP and reports their state', async () => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/ingest?filename=story.txt`, {
      method: 'POST',
      body: wireStory(2000),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const status = await waitFor(async () => {
      const s = (await (await fetch(`http://127.0.0.1:${httpPort}/intake/${id}`)).json()) as {
        state: string;
        articleId: string | null;
        lineage: unknown[];
      };
      return s.state === 'pending' ? undefined : s;
    });
    expect(status.state).toBe('stored');
    expect(status.articleId).not.toBeNull();
    expect(status.lineage.length).toBeGreaterThanOrEqual(4);
    const bad = await fetch(`http://127.0.0.1:${httpPort}/ingest`, {
      method: 'POST',
      body: JSON.stringify({ url: 'ftp://example.org/x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/http/);
  });

  it("fetches a feed's links from one host no faster than the per-host interval, deferring the rest, and stores them all", async () => {
    const hits: { path: string; at: number }[] = [];
    const server = http.createServer((req, res) => {
      hits.push({ path: req.url ?? '', at: Date.now() });
      const m = /^\/story\/(\d)$/.exec(req.url ?? '');
      if (req.url === '/feed.xml') {
        const items = [1, 2, 3, 4].map((i) => `<item><title>Port report ${i}</title><link>${base}/story/${i}</link></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title><link>${base}/</link>${items}</channel></rss>`);
      } else if (m) {
        const paras = wireStory(8000 + Number(m[1]))
          .split('\n\n')
          .map((p) => `<p>${p.replace(/^\s*date \S+\s*/, '')}</p>`)
          .join('');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<html><head><title>Port report ${m[1]}</title></head><body><article><h1>Port report ${m[1]}</h1>${paras}</article></body></html>`,
        );
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`http://127.0.0.1:${httpPort}/ingest`, {
        method: 'POST',
        body: JSON.stringify({ url: `${base}/feed.xml` }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      const children = await waitFor(
        async () => {
          const rows = await t.db.selectFrom('intake_items').select(['id', 'state']).where('parent_id', '=', id).execute();
          return rows.length === 4 && rows.every((c) => c.state === 'stored') ? rows : undefined;
        },
        { timeoutMs: 60_000, what: "the feed's four stories stored" },
      );
      expect(children).toHaveLength(4);
      // Every request to the host (the feed, the four stories) about the interval after the one before: 400 ms between
      // slots, less what request latency may shift an arrival by on a busy machine; four fetch slots without the
      // throttle send the stories within a few milliseconds of each other.
      const times = hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at);
      expect(times).toHaveLength(5);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
      // Waiting is not failing: no story used a second attempt or left a failure.
      const runs = await t.db
        .selectFrom('stage_runs')
        .select(['outcome', 'attempt'])
        .where('stage', '=', 'fetch')
        .where(
          'intake_id',
          'in',
          children.map((c) => c.id),
        )
        .execute();
      expect(runs.map((r) => [r.outcome, r.attempt])).toEqual([
        ['ok', 1],
        ['ok', 1],
        ['ok', 1],
        ['ok', 1],
      ]);
    } finally {
      await new Promise((res) => server.close(res));
    }
  });

  it('serves the dashboard, /healthz and Prometheus /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${dashPort}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${dashPort}/metrics`)).text();
    expect(metrics).toMatch(/newswire_queue_jobs\{queue="store",state="completed"\}/);
    expect(metrics).toMatch(/newswire_intake_items\{state="stored"\} [1-9]/);
    const board = await fetch(`http://127.0.0.1:${dashPort}/queues`);
    expect(board.status).toBe(200);
    expect(await board.text()).toMatch(/<html/i);
  });

  it('`newswire ingest` shows each item until it is stored, duplicate or failed, then a summary', async () => {
    const files = path.join(dir, 'cli-input');
    await mkdir(files, { recursive: true });
    await writeFile(path.join(files, 'one.txt'), wireStory(7000));
    await writeFile(path.join(files, 'two.txt'), wireStory(7001));
    await writeFile(path.join(files, 'blank.txt'), '');
    const res = spawnSync(process.execPath, [path.join(repoRoot, 'services/cli/bin/newswire.js'), 'ingest', files], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.stdout).toMatch(/stored\s+\S*one\.txt\s+-> article \d+/);
    expect(res.stdout).toMatch(/stored\s+\S*two\.txt/);
    expect(res.stdout).toMatch(/FAILED\s+\S*blank\.txt\s+\[fetch\] .*empty/i);
    expect(res.stdout).toMatch(/done in [\d.]+s: .*2 stored.*1 failed|done in [\d.]+s: .*1 failed.*2 stored/);
    expect(res.status).toBe(1);
  });

  async function backlogThenKill(signal: NodeJS.Signals, label: string, n: number) {
    // Build a backlog in front of enrich while it is down, then run it with one job at a time and stop it mid-batch.
    expect(await procs.get('enrich')?.stop('SIGTERM')).toBe(0);
    const names = Array.from({ length: n }, (_, i) => `${label}-${i}.txt`);
    for (const [i, name] of names.entries()) await drop(name, wireStory(i + (label === 'kill' ? 5000 : 3000)));
    await waitFor(async () => ((await queues.enrich.getJobCountByTypes('waiting')) >= n ? true : undefined), {
      timeoutMs: 30_000,
      what: 'backlog',
    });
    const enrich = await startService('enrich', { CONCURRENCY: '1' });
    await waitFor(
      async () =>
        (await queues.enrich.getJobCountByTypes('completed')) > 0 && (await queues.enrich.getActiveCount()) > 0 ? true : undefined,
      {
        intervalMs: 5,
        what: 'enrich mid-batch',
      },
    );
    const code = await enrich.stop(signal);
    return { names, code };
  }

  it('on SIGTERM a worker finishes the jobs in hand and exits 0; nothing is lost', async () => {
    const { names, code } = await backlogThenKill('SIGTERM', 'term', 60);
    expect(code).toBe(0);
    // No job was left locked by the stopped worker.
    expect(await queues.enrich.getActiveCount()).toBe(0);
    await startService('enrich');
    for (const name of names) expect((await itemFor(name)).state).toBe('stored');
  });

  it('after SIGKILL the jobs in hand come back and are stored exactly once', async () => {
    const { names, code } = await backlogThenKill('SIGKILL', 'kill', 60);
    expect(code).toBeNull();
    await startService('enrich');
    for (const name of names) expect((await itemFor(name)).state).toBe('stored');
    const rows = await sql<{
      n: string;
    }>`select count(*) as n from articles where body like '%report in the series%' and body ~ ${'the (50[0-5][0-9])th report'}`.execute(
      t.db,
    );
    expect(Number(rows.rows[0]?.n)).toBe(names.length);
    const dup = await t.db
      .selectFrom('intake_items')
      .select('id')
      .where('source_ref', 'like', '%/kill-%')
      .where('state', '!=', 'stored')
      .execute();
    expect(dup).toEqual([]);
  });

  it('leaves no file behind in the intake folder', async () => {
    const files = async () =>
      (await readdir(intakeDir(), { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
    // Every item is final by now; the watcher moves files out on its next sweep.
    await waitFor(async () => ((await files()).length === 0 ? true : undefined), { timeoutMs: 5000, what: 'intake folder to empty' }).catch(
      () => undefined,
    );
    expect(await files()).toEqual([]);
  });
});
