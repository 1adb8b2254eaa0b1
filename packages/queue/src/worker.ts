import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { stageCatalog, type Stage, type StageInput } from '@newswire/contracts';
import type { Logger } from '@newswire/logger';
import { DeferError, errorCode, isPermanent } from './errors.js';
import { enqueue, type StageQueues } from './queues.js';

type NextStage<K extends Stage> = (typeof stageCatalog)[K]['next'];
type NextInput<K extends Stage> = NextStage<K> extends Stage ? StageInput<NextStage<K>> : never;

/** What a stage returns; the shell alone decides where the output goes (the catalog's `next`). */
export type StageResult<K extends Stage> =
  | { kind: 'next'; jobs: { payload: NextInput<K>; idSuffix?: string }[]; summary?: Record<string, unknown> }
  | { kind: 'done'; summary?: Record<string, unknown> }
  | { kind: 'skipped'; reason: string };

export interface StageContext {
  jobId: string;
  attempt: number;
  log: Logger;
}

export type StageHandler<K extends Stage> = (input: StageInput<K>, ctx: StageContext) => Promise<StageResult<K>>;

export interface AttemptRecord {
  stage: Stage;
  intakeId: string | null;
  jobId: string;
  attempt: number;
  startedAt: Date;
  finishedAt: Date;
  outcome: 'ok' | 'skipped' | 'retry' | 'failed';
  error: string | null;
}

export interface DeadLetter {
  stage: Stage;
  intakeId: string | null;
  jobId: string;
  attempts: number;
  code: string;
  reason: string;
  input: unknown;
}

/** Side effects the shell reports to; the services implement them on Postgres. */
export interface WorkerHooks {
  /** Lineage: one record per attempt. Must not throw for a bookkeeping failure to fail the job. */
  onAttempt?(rec: AttemptRecord): Promise<void>;
  /** Called once when a job will not be tried again (permanent error or last attempt). */
  onDeadLetter?(dl: DeadLetter): Promise<void>;
}

export interface StageWorkerOptions {
  connection: Redis;
  prefix: string;
  queues: StageQueues;
  log: Logger;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  hooks?: WorkerHooks;
  /**
   * Backpressure: when the next stage's queue holds more than this many waiting jobs, this worker pauses
   * (its job goes back to waiting, no attempt used), so a large backlog stays in the first queue as small
   * references instead of piling articles into Redis. 0 turns it off.
   */
  highWater?: number;
}

/**
 * The thin shell around a pure stage function: parse job.data against the contract, call the handler,
 * enqueue its output to the next stage, record lineage and dead letters. Importing this creates nothing.
 */
export function createStageWorker<K extends Stage>(stage: K, handler: StageHandler<K>, opts: StageWorkerOptions): Worker {
  const def = stageCatalog[stage];
  const base = opts.log.child({ stage });

  const highWater = opts.highWater ?? 0;
  let lastCheck = 0;
  let congested = false;
  const nextIsCongested = async (): Promise<boolean> => {
    if (highWater <= 0 || def.next === null) return false;
    // One LLEN-sized call at most every 250 ms per process, not one per job.
    if (Date.now() - lastCheck > 250) {
      lastCheck = Date.now();
      congested = (await opts.queues[def.next].getWaitingCount()) > highWater;
    }
    return congested;
  };

  const processor = async (job: Job, token?: string): Promise<unknown> => {
    if (await nextIsCongested()) {
      base.debug({ next: def.next, highWater }, 'next queue above high water: pausing');
      await worker.rateLimit(1000);
      throw Worker.RateLimitError();
    }
    const startedAt = new Date();
    const attempt = job.attemptsMade + 1;
    const maxAttempts = job.opts.attempts ?? 1;
    const jobId = job.id ?? 'unknown';
    const rawIntakeId = (job.data as { intakeId?: unknown } | undefined)?.intakeId;
    const intakeId = typeof rawIntakeId === 'string' ? rawIntakeId : null;
    const log = base.child({ jobId, intakeId, attempt });

    const record = async (outcome: AttemptRecord['outcome'], error: string | null) => {
      try {
        await opts.hooks?.onAttempt?.({ stage, intakeId, jobId, attempt, startedAt, finishedAt: new Date(), outcome, error });
      } catch (err) {
        log.warn({ err }, 'could not record lineage');
      }
    };

    const parsed = def.input.safeParse(job.data);
    if (!parsed.success) {
      const reason = `invalid ${stage} job payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
      await record('failed', reason);
      await deadLetter({ code: 'invalid-payload', reason, attempts: attempt });
      throw new UnrecoverableError(reason);
    }

    async function deadLetter(d: { code: string; reason: string; attempts: number }): Promise<void> {
      // If Postgres is away the error propagates: the job is retried (or left failed in Redis) rather than lost.
      await opts.hooks?.onDeadLetter?.({ stage, intakeId, jobId, input: job.data, ...d });
    }

    // Everything after the payload check runs under one policy: permanent errors (bad input, or a stage
    // output that breaks the next stage's contract) are dead-lettered at once; anything else is retried.
    try {
      const result = await handler(parsed.data as StageInput<K>, { jobId, attempt, log });
      const value = await dispatch(result);
      await record(result.kind === 'skipped' ? 'skipped' : 'ok', result.kind === 'skipped' ? result.reason : null);
      return value;
    } catch (err) {
      if (err instanceof DeferError) {
        // Back to the delayed set under the same id: attemptsMade stays as it was, and BullMQ's DelayedError tells
        // the worker the job was moved, not failed.
        log.debug({ delayMs: err.delayMs, reason: err.message }, 'deferred');
        await job.moveToDelayed(Date.now() + Math.max(1, Math.round(err.delayMs)), token);
        throw new DelayedError();
      }
      const message = err instanceof Error ? err.message : String(err);
      const permanent = isPermanent(err) || (err instanceof Error && err.name === 'ZodError');
      const last = permanent || attempt >= maxAttempts;
      await record(last ? 'failed' : 'retry', message);
      if (last) {
        log.warn({ err: message, code: errorCode(err), permanent }, 'job failed for good: dead-lettered');
        await deadLetter({ code: permanent ? errorCode(err) : 'retries-exhausted', reason: message, attempts: attempt });
        if (permanent) throw new UnrecoverableError(message);
      } else {
        log.info({ err: message }, 'transient failure: will retry with backoff');
      }
      throw err;
    }

    async function dispatch(result: StageResult<K>): Promise<unknown> {
      switch (result.kind) {
        case 'next': {
          const next = def.next;
          if (next === null) throw new Error(`stage ${stage} has no next stage but returned jobs`);
          const ids: string[] = [];
          // A reprocessing run's rev goes on with the item: in the payload, and in the job id.
          const rev = (parsed.data as { rev?: string }).rev;
          for (const j of result.jobs) {
            const payload = (rev ? { ...j.payload, rev } : j.payload) as StageInput<typeof next>;
            const idSuffix = [j.idSuffix, rev].filter(Boolean).join('.');
            ids.push(await enqueue(opts.queues, next, payload, idSuffix ? { idSuffix } : {}));
          }
          log.debug({ next, jobs: ids.length, ...result.summary }, 'stage done');
          return { next, jobIds: ids, ...result.summary };
        }
        case 'done':
          log.debug({ ...result.summary }, 'stage done');
          return { done: true, ...result.summary };
        case 'skipped':
          log.info({ reason: result.reason }, 'stage skipped');
          return { skipped: result.reason };
      }
    }
  };

  const worker = new Worker(def.queue, processor, {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 4,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
    autorun: false,
  });
  worker.on('error', (err) => base.error({ err }, 'worker error'));
  return worker;
}
