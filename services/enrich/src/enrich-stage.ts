import type { EnrichJob, StoreJob } from '@newswire/contracts';
import { enrichArticle } from './enrich-article.js';

/** The enrich stage: the parsed article plus everything enrichment adds, on to the store. */
export function enrichStage(job: EnrichJob): StoreJob {
  return { intakeId: job.intakeId, docSha256: job.docSha256, article: { ...job.article, enrichment: enrichArticle(job.article) } };
}
