import type { StoreJob } from '@newswire/contracts';
import { finishIntakeItem, storeArticle, type Db, type StoreOutcome } from '@newswire/db';
import { toStoreInput } from './to-row.js';

/** Upserts the article and records the intake item's final state (stored, or duplicate of which article). */
export async function storeStage(job: StoreJob, deps: { db: Db }): Promise<StoreOutcome> {
  const input = toStoreInput(job.intakeId, job.docSha256, job.article);
  const outcome = await storeArticle(deps.db, input);
  await finishIntakeItem(
    deps.db,
    job.intakeId,
    outcome.outcome === 'stored'
      ? { state: 'stored', articleId: outcome.articleId }
      : { state: 'duplicate', duplicateOf: outcome.articleId },
  );
  return outcome;
}
