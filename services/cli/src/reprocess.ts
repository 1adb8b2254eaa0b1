import type { Db } from '@newswire/db';
import { planReprocessing } from '@newswire/db';
import { enqueue, type StageQueues } from '@newswire/queue';

export interface ReprocessResult {
  rev: string;
  queued: string[];
  skipped: { intakeId: string; reason: string }[];
}

/**
 * Runs stored items again from their archived documents, with today's parser and models: each gets a parse job
 * carrying a new `rev`, which goes on with it through enrich and store, where the item's article is replaced in
 * place (same article id; nothing added twice). `ids`: those items; without them every stored article and expanded
 * feed, oldest first, up to `limit`.
 */
export async function reprocess(
  db: Db,
  queues: StageQueues,
  opts: {
    ids?: readonly string[];
    limit: number;
    rev?: string;
    /** Called at most every `progressEveryMs` (default 2000) with the items handled so far. */
    onProgress?: (done: number, total: number) => void;
    progressEveryMs?: number;
  },
): Promise<ReprocessResult> {
  const rev = opts.rev ?? `rp${Date.now().toString(36)}`;
  const plans = await planReprocessing(db, { ...(opts.ids ? { ids: opts.ids } : {}), limit: opts.limit });
  const result: ReprocessResult = { rev, queued: [], skipped: [] };
  const every = opts.progressEveryMs ?? 2000;
  let last = Date.now();
  for (const [i, p] of plans.entries()) {
    // Long runs (--all over a large store) report as they go.
    if (opts.onProgress && Date.now() - last >= every) {
      opts.onProgress(i, plans.length);
      last = Date.now();
    }
    if ('skip' in p) {
      result.skipped.push({ intakeId: p.intakeId, reason: p.skip });
      continue;
    }
    await enqueue(queues, 'parse', { intakeId: p.intakeId, ...p.parse, rev }, { idSuffix: rev });
    result.queued.push(p.intakeId);
  }
  return result;
}
