import type { Db } from '../db.js';

export async function recordStageRun(
  db: Db,
  r: {
    intakeId: string | null;
    stage: string;
    jobId: string;
    attempt: number;
    outcome: string;
    error: string | null;
    startedAt: Date;
    finishedAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('stage_runs')
    .values({
      intake_id: r.intakeId,
      stage: r.stage,
      job_id: r.jobId,
      attempt: r.attempt,
      outcome: r.outcome,
      error: r.error,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      duration_ms: Math.max(0, r.finishedAt.getTime() - r.startedAt.getTime()),
    })
    .execute();
}

export async function recordFailure(
  db: Db,
  f: { intakeId: string | null; stage: string; jobId: string; code: string; reason: string; attempts: number; input: unknown },
): Promise<void> {
  await db
    .insertInto('failures')
    .values({
      intake_id: f.intakeId,
      stage: f.stage,
      job_id: f.jobId,
      code: f.code,
      reason: f.reason,
      attempts: f.attempts,
      input: JSON.stringify(f.input ?? null),
      retried_at: null,
    })
    .execute();
}

export async function listOpenFailures(db: Db, opts: { intakeId?: string; limit?: number } = {}) {
  let q = db.selectFrom('failures').selectAll().where('retried_at', 'is', null);
  if (opts.intakeId) q = q.where('intake_id', '=', opts.intakeId);
  return q
    .orderBy('id', 'desc')
    .limit(opts.limit ?? 100)
    .execute();
}

export async function markFailureRetried(db: Db, id: string): Promise<void> {
  await db.updateTable('failures').set({ retried_at: new Date() }).where('id', '=', id).execute();
}

export async function getLineage(db: Db, intakeId: string) {
  return db.selectFrom('stage_runs').selectAll().where('intake_id', '=', intakeId).orderBy('started_at').execute();
}
