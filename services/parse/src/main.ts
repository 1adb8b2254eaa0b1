import { enqueue } from '@newswire/queue';
import { exitOnBootError, runStageService } from '@newswire/runtime';
import { parseStage } from './parse-stage.js';

runStageService('parse', ({ db, queues }) => async (job) => {
  const out = await parseStage(job, { db });
  switch (out.kind) {
    case 'article':
      return { kind: 'next', jobs: [{ payload: out.job }] };
    case 'expanded':
      // Link-only feed items start over at fetch as items of their own.
      for (const f of out.fetch) await enqueue(queues, 'fetch', f);
      return {
        kind: 'next',
        jobs: out.enrich.map((payload) => ({ payload })),
        summary: { feedItems: out.enrich.length, links: out.fetch.length },
      };
  }
}).catch(exitOnBootError);
