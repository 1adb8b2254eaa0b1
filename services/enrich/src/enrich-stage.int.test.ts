import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@newswire/logger';
import { closeQueues, createQueues, createStageWorker, type StageQueues } from '@newswire/queue';
import { createTestRedis, makeParsedArticle, startTestServices, waitFor, type TestRedis, type TestServices } from '@newswire/testing';
import { enrichStage } from './enrich-stage.js';

let services: TestServices;
let r: TestRedis;
let queues: StageQueues;

beforeAll(async () => {
  services = await startTestServices();
  r = await createTestRedis(services.redisUrl, 'enrich');
  queues = createQueues(r.redis, r.prefix);
});
afterAll(async () => {
  await closeQueues(queues);
  await r.cleanup();
  await services.stop();
});

describe('enrich stage through the worker shell (real Redis)', () => {
  it('takes an enrich job and hands the store an enriched article under a deterministic id', async () => {
    const body =
      'President Emmanuel Macron of France met Chancellor Olaf Scholz in Berlin on Monday. "Europe must stand together," Macron said. Scholz said Germany would host the next summit on March 12.';
    const worker = createStageWorker('enrich', async (job) => ({ kind: 'next', jobs: [{ payload: enrichStage(job) }] }), {
      connection: r.redis,
      prefix: r.prefix,
      queues,
      log: createLogger({ name: 'test', level: 'silent' }),
    });
    void worker.run();
    await queues.enrich.add(
      'enrich',
      { intakeId: 'e1', docSha256: 'b'.repeat(64), article: makeParsedArticle({ body, paragraphs: [body], publishedAt: '2025-03-03' }) },
      { jobId: 'enrich.e1' },
    );
    const job = await waitFor(async () => (await queues.store.getJob('store.e1')) ?? undefined);
    await worker.close();
    const e = job.data.article.enrichment;
    expect(e.language.code).toBe('en');
    expect(e.entities.filter((x: { type: string }) => x.type === 'PER').map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['Emmanuel Macron', 'Olaf Scholz']),
    );
    expect(e.places.map((p: { countryCode: string }) => p.countryCode)).toEqual(expect.arrayContaining(['DE', 'FR']));
    expect(e.quotes.some((q: { speakerEntity: string; direct: boolean }) => q.direct && q.speakerEntity === 'Emmanuel Macron')).toBe(true);
    expect(e.dates.map((d: { date: string }) => d.date)).toContain('2025-03-12');
    expect(e.simhash).toMatch(/^[0-9a-f]{16}$/);
  });
});
