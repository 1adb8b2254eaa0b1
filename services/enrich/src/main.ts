import { exitOnBootError, runStageService } from '@newswire/runtime';
import { getNerModel } from './entities/extract-entities.js';
import { enrichStage } from './enrich-stage.js';

runStageService('enrich', () => {
  // Load the model before taking jobs, so the first job is not slow and a broken model fails the boot.
  getNerModel();
  return async (job) => ({ kind: 'next', jobs: [{ payload: enrichStage(job) }] });
}).catch(exitOnBootError);
