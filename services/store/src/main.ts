import { exitOnBootError, runStageService } from '@newswire/runtime';
import { storeStage } from './store-stage.js';

runStageService('store', ({ db }) => async (job) => {
  const out = await storeStage(job, { db });
  return { kind: 'done', summary: { ...out } };
}).catch(exitOnBootError);
