import type { StoreJob } from '@newswire/contracts';
import { finishIntakeItem, storeArticle, type Db, type StoreOutcome } from '@newswire/db';
import { toStoreInput } from './to-row.js';

/**
 * Upserts the article and records the intake item's final state (stored, or duplicate of which article). A final state
 * reached earlier stays (finishIntakeItem is sticky), so reprocessing an item changes its article, not its state.
 */
export async function storeStage(job: StoreJob, deps: { db: Db }): Promise<StoreOutcome> {
  const input = toStoreInput(job.intakeId, job.docSha256, job.article);
  // A reprocessing run (job.rev) replaces the item's earlier article in place.
  const outcome = await storeArticle(deps.db, job.rev ? { ...input, replace: true } : input);
  await finishIntakeItem(
    deps.db,
    job.intakeId,
    outcome.outcome === 'stored'
      ? { state: 'stored', articleId: outcome.articleId }
      : { state: 'duplicate', duplicateOf: outcome.articleId },
  );
  return outcome;
}
