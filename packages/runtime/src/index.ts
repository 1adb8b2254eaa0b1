import type { Worker } from 'bullmq';
import type { z } from 'zod';
import { intVar, loadConfig, workerConfigSchema, type BaseConfig } from '@newswire/config';
import type { Stage } from '@newswire/contracts';
import { assertDbReachable, createDb, finishIntakeItem, recordFailure, recordStageRun, type Db } from '@newswire/db';
import { createLogger, type Logger } from '@newswire/logger';
import {
  assertRedisReachable,
  closeQueues,
  createQueues,
  createRedis,
  createStageWorker,
  onShutdown,
  redact,
  type StageHandler,
  type StageQueues,
  type WorkerHooks,
} from '@newswire/queue';
import type { Redis } from 'ioredis';

export const stageServiceConfigSchema = workerConfigSchema.extend({
  /** How long a job's lock lasts; a crashed worker's jobs come back after about this long. */
  LOCK_DURATION_MS: intVar(30_000, 1000),
  /** How often workers look for jobs whose worker died. */
  STALLED_INTERVAL_MS: intVar(30_000, 1000),
  /** A worker pauses while the next stage has more than this many jobs waiting (0: never). */
  QUEUE_HIGH_WATER: intVar(1000, 0),
});
export type StageServiceConfig = z.infer<typeof stageServiceConfigSchema>;

export interface ServiceDeps {
  db: Db;
  redis: Redis;
  queues: StageQueues;
  log: Logger;
}

/** Lineage and dead letters go to Postgres: every attempt is a stage_runs row; a job that ends failed
 * gets a failures row and its intake item the final state "failed", in one transaction. */
export function postgresHooks(db: Db): WorkerHooks {
  return {
    onAttempt: async (r) => recordStageRun(db, r),
    onDeadLetter: async (d) => {
      await db.transaction().execute(async (trx) => {
        await recordFailure(trx, {
          intakeId: d.intakeId,
          stage: d.stage,
          jobId: d.jobId,
          code: d.code,
          reason: d.reason,
          attempts: d.attempts,
          input: d.input,
        });
        if (d.intakeId) await finishIntakeItem(trx, d.intakeId, { state: 'failed', stage: d.stage, reason: d.reason });
      });
    },
  };
}

/** Opens the connections every service needs and checks they answer, with errors that say what to do. */
export async function openDeps(name: string, cfg: BaseConfig): Promise<ServiceDeps & { close(): Promise<void> }> {
  const log = createLogger({ name, level: cfg.LOG_LEVEL });
  const redis = createRedis(cfg.REDIS_URL);
  const db = createDb({ url: cfg.DATABASE_URL, schema: cfg.DATABASE_SCHEMA });
  await assertRedisReachable(redis, cfg.REDIS_URL);
  await assertDbReachable(db, cfg.DATABASE_URL);
  const queues = createQueues(redis, cfg.QUEUE_PREFIX);
  log.info(
    { redis: redact(cfg.REDIS_URL), db: redact(cfg.DATABASE_URL), schema: cfg.DATABASE_SCHEMA, prefix: cfg.QUEUE_PREFIX },
    'connected',
  );
  return {
    log,
    redis,
    db,
    queues,
    close: async () => {
      await closeQueues(queues);
      await db.destroy();
      redis.disconnect();
    },
  };
}

/**
 * Runs one stage as a service: config from the environment, connections, the worker shell around the
 * stage's handler, clean shutdown on SIGTERM/SIGINT (jobs in hand finish first).
 */
export async function runStageService<K extends Stage, C extends StageServiceConfig>(
  stage: K,
  makeHandler: (deps: ServiceDeps, cfg: C) => StageHandler<K> | Promise<StageHandler<K>>,
  schema: z.ZodType<C> = stageServiceConfigSchema as unknown as z.ZodType<C>,
): Promise<Worker> {
  const cfg = loadConfig(schema);
  const deps = await openDeps(`newswire-${stage}`, cfg);
  const handler = await makeHandler(deps, cfg);
  const worker = createStageWorker(stage, handler, {
    connection: deps.redis,
    prefix: cfg.QUEUE_PREFIX,
    queues: deps.queues,
    log: deps.log,
    concurrency: cfg.CONCURRENCY,
    lockDurationMs: cfg.LOCK_DURATION_MS,
    stalledIntervalMs: cfg.STALLED_INTERVAL_MS,
    highWater: cfg.QUEUE_HIGH_WATER,
    hooks: postgresHooks(deps.db),
  });
  onShutdown(
    deps.log,
    async () => {
      await worker.close();
      await deps.close();
    },
    cfg.SHUTDOWN_TIMEOUT_MS,
  );
  void worker.run();
  deps.log.info({ concurrency: cfg.CONCURRENCY }, `${stage} worker started`);
  return worker;
}

/** For service mains: print a clean message for config/connection errors instead of a stack. */
export function exitOnBootError(err: unknown): never {
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`newswire: ${msg}\n`);
  process.exit(1);
}
