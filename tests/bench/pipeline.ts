/**
 * npm run bench:pipeline -- [--n 500] [--html ../shared/bench/naeb] [--workers 1]
 *
 * Runs the whole pipeline as separate processes (as `npm start` does) in a throwaway Postgres schema and
 * queue prefix, submits N documents at once, and measures while the backlog drains: items/s, latency from
 * intake to final state, per-stage time, and Redis memory (which must stay flat: jobs carry references and
 * finished jobs are trimmed). Needs a build (`npm run build`, which the npm script runs first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { submitBytes } from '@newswire/intake';
import { closeQueues, createQueues } from '@newswire/queue';
import { createTestDb, createTestRedis } from '@newswire/testing';
import { freePort, ServiceProcess } from '../e2e/harness.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}

const n = Number(arg('n', '500'));
const htmlDir = arg('html', '');
const workers = Number(arg('workers', '1'));
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const err = (s: string) => process.stderr.write(s);

function documents(): { name: string; bytes: Buffer }[] {
  if (htmlDir) {
    const files = readdirSync(path.join(htmlDir, 'html'))
      .filter((f) => f.endsWith('.html.gz'))
      .slice(0, n);
    return files.map((f) => ({ name: f.replace(/\.gz$/, ''), bytes: gunzipSync(readFileSync(path.join(htmlDir, 'html', f))) }));
  }
  const cities = ['Lagos', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Accra', 'Dhaka'];
  return Array.from({ length: n }, (_, i) => {
    const city = cities[i % cities.length] ?? 'Lagos';
    const day = (i % 27) + 1;
    const text =
      ` date 2025-03-${String(day).padStart(2, '0')} ${city}, March ${day}: The port authority said on Monday that container traffic ` +
      `rose by ${(i % 40) + 3} percent in the quarter, report number ${i}. Officials in ${city} credited new cranes and longer hours.\n\n` +
      `"We expect a further rise next year," the authority's director, Ada Obi, told reporters. The World Bank said regional trade ` +
      `could grow by ${i % 9} percent, according to its statement.`;
    return { name: `story-${i}.txt`, bytes: Buffer.from(text) };
  });
}

/** First recorded runs of this bench (BENCHMARKS.md): the baseline printed beside each new run. */
const RECORDED = [
  { n: 5000, itemsPerSecond: 224.5, redisPeakMb: 18.8 },
  { n: 10000, itemsPerSecond: 240.8, redisPeakMb: 23.5 },
];

async function main(): Promise<void> {
  const docs = documents();
  const t = await createTestDb(databaseUrl, 'bench');
  const r = await createTestRedis(redisUrl, 'bench');
  const queues = createQueues(r.redis, r.prefix);
  const env = {
    REDIS_URL: redisUrl,
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: t.schema,
    QUEUE_PREFIX: r.prefix,
    LOG_LEVEL: 'warn',
    INTAKE_HTTP_PORT: '0',
    INTAKE_DIR: `/tmp/${r.prefix}-intake`,
    DASHBOARD_PORT: String(await freePort()),
  };
  const procs: ServiceProcess[] = [];
  try {
    const memBefore = await usedMemory(r.redis);
    err(`submitting ${docs.length} documents ...\n`);
    const t0 = Date.now();
    for (const d of docs)
      await submitBytes({ db: t.db, queues }, { bytes: d.bytes, sourceKind: 'file', sourceRef: `/bench/${d.name}`, fileName: d.name });
    const submitted = Date.now();
    const memBacklog = await usedMemory(r.redis);
    // The whole backlog waits in Redis before any worker runs; then the workers drain it.
    err(`starting services (${workers} process(es) per worker stage) ...\n`);
    for (const name of ['fetch', 'parse', 'enrich', 'store']) {
      for (let w = 0; w < workers; w++) {
        const p = new ServiceProcess(name, { ...env, LOG_LEVEL: 'info' });
        await p.start(new RegExp(`${name} worker started`));
        procs.push(p);
      }
    }
    const drainStart = Date.now();
    const mem: number[] = [];
    let done = 0;
    while (done < docs.length) {
      await new Promise((res) => setTimeout(res, 500));
      const row = await t.db
        .selectFrom('intake_items')
        .select(t.db.fn.countAll<string>().as('n'))
        .where('state', '!=', 'pending')
        .executeTakeFirstOrThrow();
      done = Number(row.n);
      mem.push(await usedMemory(r.redis));
      err(
        `\r  ${done}/${docs.length} finished, ${((done / (Date.now() - drainStart)) * 1000).toFixed(1)} items/s, redis ${mb(mem.at(-1) ?? 0)}   `,
      );
      if (Date.now() - drainStart > 30 * 60_000) throw new Error('gave up after 30 minutes');
    }
    const elapsed = (Date.now() - drainStart) / 1000;
    err('\n');
    const states = await t.db
      .selectFrom('intake_items')
      .select(['state', t.db.fn.countAll<string>().as('n')])
      .groupBy('state')
      .execute();
    const lat = await sql<{ p50: number; p95: number }>`
      select percentile_cont(0.5) within group (order by extract(epoch from finished_at - created_at)) as p50,
             percentile_cont(0.95) within group (order by extract(epoch from finished_at - created_at)) as p95
      from intake_items`.execute(t.db);
    const stages = await sql<{ stage: string; avg: number; p95: number }>`
      select stage, avg(duration_ms)::float as avg, percentile_cont(0.95) within group (order by duration_ms) as p95
      from stage_runs group by stage order by min(started_at)`.execute(t.db);
    const l = lat.rows[0];
    console.log(
      `bench:pipeline: ${docs.length} ${htmlDir ? 'HTML pages' : 'synthetic wire stories'}, ${workers} process(es) per stage, one machine`,
    );
    console.log(`  final states       ${states.map((s) => `${s.n} ${s.state}`).join(', ')}`);
    console.log(
      `  submit             ${((submitted - t0) / 1000).toFixed(1)} s (${(docs.length / ((submitted - t0) / 1000)).toFixed(0)} items/s)`,
    );
    console.log(
      `  drain              ${elapsed.toFixed(1)} s, ${(docs.length / elapsed).toFixed(1)} items/s end to end (workers started after the backlog was in)`,
    );
    console.log(
      `  latency            p50 ${Number(l?.p50).toFixed(2)} s, p95 ${Number(l?.p95).toFixed(2)} s (submission -> final state, incl. the wait for the workers to start)`,
    );
    for (const s of stages.rows)
      console.log(`  stage ${s.stage.padEnd(7)}      avg ${s.avg.toFixed(1)} ms, p95 ${Number(s.p95).toFixed(0)} ms per job`);
    console.log(
      `  redis used_memory  before ${mb(memBefore)}, with the backlog waiting ${mb(memBacklog)}, max while draining ${mb(Math.max(...mem))}, after ${mb(mem.at(-1) ?? 0)}`,
    );
    // The first recorded runs (BENCHMARKS.md, synthetic wire stories, 1 process per stage, same machine).
    const baseline =
      RECORDED.find((b) => !htmlDir && workers === 1 && b.n === docs.length) ?? (!htmlDir && workers === 1 ? RECORDED[0] : null);
    console.log(
      baseline
        ? `  baseline           ${baseline.itemsPerSecond} items/s end to end, Redis peak ${baseline.redisPeakMb} MB (first recorded run, n=${baseline.n}, BENCHMARKS.md)`
        : `  baseline           none recorded for this configuration (see BENCHMARKS.md)`,
    );
  } finally {
    await Promise.all(procs.map((p) => p.stop('SIGTERM').catch(() => null)));
    await closeQueues(queues);
    await r.cleanup();
    await t.drop();
  }
}

async function usedMemory(redis: { info(section: string): Promise<string> }): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
