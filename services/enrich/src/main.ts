import { exitOnBootError, runStageService } from '@newswire/runtime';
import { getNerModel } from './entities/extract-entities.js';
import { enrichStage } from './enrich-stage.js';
import { getGazetteer } from './geo/index.js';

runStageService('enrich', () => {
  // Load the model and the gazetteer (~0.7 s to parse) before taking jobs, so the first job is not slow
  // and broken data fails the boot.
  getNerModel();
  getGazetteer();
  return async (job) => ({ kind: 'next', jobs: [{ payload: enrichStage(job) }] });
}).catch(exitOnBootError);
