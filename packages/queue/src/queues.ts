import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { STAGES, jobIdFor, stageCatalog, type Stage, type StageInput } from '@newswire/contracts';

export type StageQueues = { [K in Stage]: Queue };

/** Job options from the stage's retry policy: exponential backoff with jitter, finished jobs trimmed. */
export function jobOptions(stage: Stage): JobsOptions {
  const def = stageCatalog[stage];
  return {
    attempts: def.retry.attempts,
    backoff: { type: 'exponential', delay: def.retry.backoffMs, jitter: 0.5 },
    removeOnComplete: def.keep.completed,
    removeOnFail: def.keep.failed,
  };
}

export function createQueues(connection: Redis, prefix: string): StageQueues {
  const make = (stage: Stage) =>
    new Queue(stageCatalog[stage].queue, {
      connection,
      prefix,
      defaultJobOptions: jobOptions(stage),
      // The events stream is capped so Redis memory stays flat.
      streams: { events: { maxLen: 2000 } },
    });
  return Object.fromEntries(STAGES.map((s) => [s, make(s)])) as StageQueues;
}

export async function closeQueues(queues: StageQueues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}

/**
 * Validates the payload against the stage's contract, then adds it under a deterministic id
 * (stage + intake id [+ suffix]); adding the same job twice is a no-op in BullMQ.
 */
export async function enqueue<K extends Stage>(
  queues: StageQueues,
  stage: K,
  payload: StageInput<K>,
  opts: { idSuffix?: string } = {},
): Promise<string> {
  const data = stageCatalog[stage].input.parse(payload) as StageInput<K>;
  const jobId = jobIdFor(stage, data.intakeId, opts.idSuffix);
  await queues[stage].add(stage, data, { jobId });
  return jobId;
}
