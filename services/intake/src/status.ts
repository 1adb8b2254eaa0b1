import { getChildren, getIntakeItem, getLineage, listOpenFailures, type Db } from '@newswire/db';

/** Everything a user wants to know about one intake item: state, article, children, lineage, failures. */
export async function describeIntakeItem(db: Db, id: string) {
  const item = await getIntakeItem(db, id);
  if (!item) return undefined;
  const [children, lineage, failures] = await Promise.all([
    getChildren(db, id),
    getLineage(db, id),
    listOpenFailures(db, { intakeId: id, limit: 10 }),
  ]);
  return {
    id: item.id,
    state: item.state,
    source: { kind: item.source_kind, ref: item.source_ref, sha256: item.content_sha256 },
    articleId: item.article_id,
    duplicateOf: item.duplicate_of,
    failedStage: item.failed_stage,
    reason: item.reason,
    createdAt: item.created_at,
    finishedAt: item.finished_at,
    children: children.map((c) => ({
      id: c.id,
      state: c.state,
      ref: c.source_ref,
      articleId: c.article_id,
      duplicateOf: c.duplicate_of,
      reason: c.reason,
    })),
    lineage: lineage.map((r) => ({
      stage: r.stage,
      jobId: r.job_id,
      attempt: r.attempt,
      outcome: r.outcome,
      error: r.error,
      startedAt: r.started_at,
      durationMs: r.duration_ms,
    })),
    failures: failures.map((f) => ({ stage: f.stage, code: f.code, reason: f.reason, attempts: f.attempts, at: f.created_at })),
  };
}
export type IntakeStatus = NonNullable<Awaited<ReturnType<typeof describeIntakeItem>>>;
