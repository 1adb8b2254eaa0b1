import type { z } from 'zod';
import { enrichJobSchema, fetchJobSchema, parseJobSchema, storeJobSchema } from './jobs.js';

/** The pipeline order lives here and nowhere else. */
export const STAGES = ['fetch', 'parse', 'enrich', 'store'] as const;
export type Stage = (typeof STAGES)[number];

export interface RetryPolicy {
  attempts: number;
  /** First backoff delay in ms; doubles each attempt, with jitter. */
  backoffMs: number;
}

export interface StageDefinition<S extends z.ZodType = z.ZodType> {
  stage: Stage;
  /** BullMQ queue name (the key prefix is configured separately). */
  queue: string;
  input: S;
  next: Stage | null;
  retry: RetryPolicy;
  /** Completed/failed jobs kept in Redis, by age (s) and count: Redis memory stays flat while a backlog drains. */
  keep: { completed: { age: number; count: number }; failed: { age: number; count: number } };
}

const keep = { completed: { age: 3600, count: 1000 }, failed: { age: 7 * 24 * 3600, count: 10_000 } };

export const stageCatalog = {
  fetch: { stage: 'fetch', queue: 'fetch', input: fetchJobSchema, next: 'parse', retry: { attempts: 5, backoffMs: 2000 }, keep },
  parse: { stage: 'parse', queue: 'parse', input: parseJobSchema, next: 'enrich', retry: { attempts: 3, backoffMs: 1000 }, keep },
  enrich: { stage: 'enrich', queue: 'enrich', input: enrichJobSchema, next: 'store', retry: { attempts: 3, backoffMs: 1000 }, keep },
  store: { stage: 'store', queue: 'store', input: storeJobSchema, next: null, retry: { attempts: 8, backoffMs: 1000 }, keep },
} as const satisfies { [K in Stage]: StageDefinition };

export type StageCatalog = typeof stageCatalog;
export type StageInput<K extends Stage> = z.infer<StageCatalog[K]['input']>;

/** Deterministic job id: the same intake item at the same stage always gets the same id, so a re-add is a no-op. */
export function jobIdFor(stage: Stage, intakeId: string, suffix?: string): string {
  // BullMQ forbids ':' in custom ids (it is its key separator).
  return [stage, intakeId, suffix].filter(Boolean).join('.').replace(/:/g, '_');
}
