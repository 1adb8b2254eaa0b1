import { boolVar } from '@newswire/config';
import { enqueue } from '@newswire/queue';
import { exitOnBootError, runStageService, stageServiceConfigSchema } from '@newswire/runtime';
import { parseStage } from './parse-stage.js';

const configSchema = stageServiceConfigSchema.extend({
  FEED_SKIP_KNOWN_URLS: boolVar(true),
});

runStageService(
  'parse',
  ({ db, queues }, cfg) =>
    async (job) => {
      const out = await parseStage(job, { db, skipKnownUrls: cfg.FEED_SKIP_KNOWN_URLS });
      switch (out.kind) {
        case 'article':
          return { kind: 'next', jobs: [{ payload: out.job }] };
        case 'expanded':
          // Link-only feed items start over at fetch as items of their own.
          for (const f of out.fetch) await enqueue(queues, 'fetch', f);
          return {
            kind: 'next',
            jobs: out.enrich.map((payload) => ({ payload })),
            summary: { feedItems: out.enrich.length, links: out.fetch.length, alreadyStored: out.known },
          };
      }
    },
  configSchema,
).catch(exitOnBootError);
