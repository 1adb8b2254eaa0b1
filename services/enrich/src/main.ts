import { exitOnBootError, runStageService } from '@newswire/runtime';
import { enrichArticle } from './enrich-article.js';

runStageService('enrich', () => async (job) => ({
  kind: 'next',
  jobs: [{ payload: { intakeId: job.intakeId, docSha256: job.docSha256, article: { ...job.article, enrichment: enrichArticle(job.article) } } }],
})).catch(exitOnBootError);
