import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { createLogger } from '@newswire/logger';
import {
  createTestRedis,
  makeEnrichedArticle,
  makeParsedArticle,
  startTestServices,
  waitFor,
  type TestRedis,
  type TestServices,
} from '@newswire/testing';
import { DeferError, PermanentError } from './errors.js';
import { closeQueues, createQueues, enqueue, type StageQueues } from './queues.js';
import { createStageWorker, type AttemptRecord, type DeadLetter, type StageHandler } from './worker.js';

const log = createLogger({ name: 'test', level: 'silent' });
const sha = 'a'.repeat(64);
let services: TestServices;
let r: TestRedis;
let queues: StageQueues;
const workers: Worker[] = [];

beforeAll(async () => {
  services = await startTestServices();
  r = await createTestRedis(services.redisUrl, 'queue');
  queues = createQueues(r.redis, r.prefix);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await closeQueues(queues);
  await r.cleanup();
  await services.stop();
});

function start<K extends 'parse' | 'store'>(stage: K, handler: StageHandler<K>, highWater = 0) {
  const attempts: AttemptRecord[] = [];
  const dead: DeadLetter[] = [];
  const w = createStageWorker(stage, handler, {
    connection: r.redis,
    prefix: r.prefix,
    queues,
    log,
    concurrency: 2,
    highWater,
    hooks: { onAttempt: async (a) => void attempts.push(a), onDeadLetter: async (d) => void dead.push(d) },
  });
  workers.push(w);
  void w.run();
  return { w, attempts, dead };
}

describe('stage worker shell (real Redis)', () => {
  it('runs the handler and enqueues its output to the next stage under a deterministic id', async () => {
    const { w, attempts } = start('parse', async (input) => ({
      kind: 'next',
      jobs: [{ payload: { intakeId: input.intakeId, docSha256: input.docSha256, article: makeParsedArticle() } }],
    }));
    await queues.parse.add(
      'parse',
      { intakeId: 'ok1', docSha256: sha, mediaType: 'text/plain', fileName: null, url: null },
      { jobId: 'parse.ok1' },
    );
    await waitFor(async () => (attempts.length > 0 ? true : undefined));
    await w.close();
    expect(attempts[0]).toMatchObject({ stage: 'parse', intakeId: 'ok1', jobId: 'parse.ok1', outcome: 'ok' });
    const next = await queues.enrich.getJob('enrich.ok1');
    expect(next?.data).toMatchObject({ intakeId: 'ok1', docSha256: sha, article: { title: 'Harbour bridge to reopen' } });
  });

  it('dead-letters a stage output that breaks the next contract instead of retrying it', async () => {
    const { w, dead } = start('parse', async (input) => ({
      kind: 'next',
      jobs: [{ payload: { intakeId: input.intakeId, docSha256: input.docSha256, article: { title: 't' } as never } }],
    }));
    await queues.parse.add(
      'parse',
      { intakeId: 'badout', docSha256: sha, mediaType: null, fileName: null, url: null },
      { jobId: 'parse.badout', attempts: 4 },
    );
    const d = await waitFor(async () => dead[0]);
    await w.close();
    expect(d).toMatchObject({ stage: 'parse', intakeId: 'badout', attempts: 1 });
  });

  it('dead-letters an invalid payload at once, without retries', async () => {
    const { w, dead, attempts } = start('store', async () => ({ kind: 'done' }));
    await queues.store.add('store', { intakeId: 'bad1', nonsense: true }, { jobId: 'store.bad1', attempts: 3 });
    const d = await waitFor(async () => dead[0]);
    expect(d).toMatchObject({ stage: 'store', intakeId: 'bad1', code: 'invalid-payload', attempts: 1 });
    expect(d.reason).toMatch(/invalid store job payload/);
    const job = await waitFor(async () => {
      const j = await queues.store.getJob('store.bad1');
      return (await j?.isFailed()) ? j : undefined;
    });
    expect(job?.attemptsMade).toBe(1);
    expect(attempts.map((a) => a.outcome)).toEqual(['failed']);
    await w.close();
  });

  it('retries transient errors with backoff, then succeeds; records every attempt', async () => {
    let calls = 0;
    const { w, attempts, dead } = start('parse', async (input) => {
      calls++;
      if (calls < 3) throw new Error('postgres went away');
      return { kind: 'skipped', reason: `done after ${calls} calls for ${input.intakeId}` };
    });
    await queues.parse.add(
      'parse',
      { intakeId: 'flaky', docSha256: sha, mediaType: null, fileName: null, url: null },
      { jobId: 'parse.flaky', attempts: 5, backoff: { type: 'exponential', delay: 20, jitter: 0.5 } },
    );
    await waitFor(async () => (attempts.length >= 3 ? true : undefined));
    expect(attempts.map((a) => a.outcome)).toEqual(['retry', 'retry', 'skipped']);
    expect(dead).toEqual([]);
    await w.close();
  });

  it('dead-letters a permanent error once, with stage, reason and input reference', async () => {
    const { w, dead, attempts } = start('parse', async () => {
      throw new PermanentError('not an article: the file is empty', 'empty');
    });
    const payload = { intakeId: 'perm', docSha256: sha, mediaType: null, fileName: 'empty.txt', url: null };
    await queues.parse.add('parse', payload, { jobId: 'parse.perm', attempts: 5, backoff: { type: 'fixed', delay: 10 } });
    const d = await waitFor(async () => dead[0]);
    expect(d).toMatchObject({ stage: 'parse', intakeId: 'perm', code: 'empty', attempts: 1, input: payload });
    expect(attempts).toHaveLength(1);
    await w.close();
  });

  it('enqueue validates against the contract and ignores a second add of the same job', async () => {
    await expect(enqueue(queues, 'fetch', { intakeId: 'x', source: { kind: 'url', url: 'not a url' } })).rejects.toThrow();
    const id1 = await enqueue(queues, 'fetch', { intakeId: 'same', source: { kind: 'url', url: 'https://example.org/a' } });
    const id2 = await enqueue(queues, 'fetch', { intakeId: 'same', source: { kind: 'url', url: 'https://example.org/a' } });
    expect(id1).toBe(id2);
    expect(await queues.fetch.getJobCountByTypes('waiting')).toBe(1);
  });

  it('on close, finishes the job in hand before returning', async () => {
    let finished = false;
    let started = false;
    const { w } = start('store', async () => {
      started = true;
      await new Promise((res) => setTimeout(res, 400));
      finished = true;
      return { kind: 'done' };
    });
    await queues.store.add('store', { intakeId: 'slow', docSha256: sha, article: makeEnrichedArticle() }, { jobId: 'store.slow' });
    await waitFor(async () => (started ? true : undefined));
    await w.close();
    expect(finished).toBe(true);
  });

  it('pauses while the next queue is above its high-water mark, then resumes', async () => {
    const article = makeParsedArticle();
    for (const i of [1, 2, 3]) {
      await queues.enrich.add('enrich', { intakeId: `hw${i}`, docSha256: sha, article }, { jobId: `enrich.hw${i}` });
    }
    const { w, attempts } = start(
      'parse',
      async (input) => ({ kind: 'next', jobs: [{ payload: { intakeId: input.intakeId, docSha256: input.docSha256, article } }] }),
      2,
    );
    await queues.parse.add(
      'parse',
      { intakeId: 'held', docSha256: sha, mediaType: null, fileName: null, url: null },
      { jobId: 'parse.held' },
    );
    await new Promise((res) => setTimeout(res, 1500));
    expect(attempts).toEqual([]);
    const held = await queues.parse.getJob('parse.held');
    expect(held?.attemptsMade).toBe(0);
    // The next stage drains: the held job goes through.
    for (const i of [1, 2, 3]) await (await queues.enrich.getJob(`enrich.hw${i}`))?.remove();
    await waitFor(async () => (attempts.length > 0 ? true : undefined), { timeoutMs: 10_000 });
    await w.close();
    expect(attempts[0]).toMatchObject({ jobId: 'parse.held', outcome: 'ok' });
  });

  it('puts a deferred job back for later without using an attempt or writing lineage', async () => {
    let calls = 0;
    const seen: number[] = [];
    const { w, attempts, dead } = start('parse', async (input) => {
      seen.push(Date.now());
      if (++calls < 3) throw new DeferError(300, 'host asked too recently');
      return { kind: 'next', jobs: [{ payload: { intakeId: input.intakeId, docSha256: input.docSha256, article: makeParsedArticle() } }] };
    });
    // One attempt only: two deferrals must not use it up.
    await queues.parse.add(
      'parse',
      { intakeId: 'defer1', docSha256: sha, mediaType: null, fileName: null, url: null },
      { jobId: 'parse.defer1', attempts: 1 },
    );
    await waitFor(async () => (attempts.length > 0 ? true : undefined), { timeoutMs: 10_000 });
    await w.close();
    expect(calls).toBe(3);
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(290);
    expect(attempts).toEqual([expect.objectContaining({ jobId: 'parse.defer1', attempt: 1, outcome: 'ok' })]);
    expect(dead).toEqual([]);
    expect(await queues.enrich.getJob('enrich.defer1')).toBeDefined();
  });

  it('carries a reprocessing rev to the next stage, in its payload and its job id', async () => {
    const { w, attempts } = start('parse', async (input) => ({
      kind: 'next',
      jobs: [{ payload: { intakeId: input.intakeId, docSha256: input.docSha256, article: makeParsedArticle() } }],
    }));
    await queues.parse.add(
      'parse',
      { intakeId: 'rev1', docSha256: sha, mediaType: null, fileName: null, url: null, rev: 'rp7' },
      { jobId: 'parse.rev1.rp7' },
    );
    await waitFor(async () => (attempts.length > 0 ? true : undefined));
    await w.close();
    const next = await queues.enrich.getJob('enrich.rev1.rp7');
    expect(next?.data).toMatchObject({ intakeId: 'rev1', rev: 'rp7' });
  });
});
