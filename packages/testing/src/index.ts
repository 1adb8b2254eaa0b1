import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { createDb, migrateToLatest, type Db } from '@newswire/db';
import { closeQueues, createQueues, createRedis, type StageQueues } from '@newswire/queue';
import type { Redis } from 'ioredis';

export interface TestServices {
  redisUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

function dockerAvailable(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Real Redis and Postgres for tests: REDIS_URL / DATABASE_URL when set (CI and this machine), otherwise
 * throwaway containers via testcontainers when a Docker engine exists, otherwise localhost defaults.
 */
export async function startTestServices(env: Record<string, string | undefined> = process.env): Promise<TestServices> {
  if (env.REDIS_URL && env.DATABASE_URL) return { redisUrl: env.REDIS_URL, databaseUrl: env.DATABASE_URL, stop: async () => {} };
  if (!env.REDIS_URL && !env.DATABASE_URL && env.NEWSWIRE_TEST_CONTAINERS !== '0' && dockerAvailable()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const { RedisContainer } = await import('@testcontainers/redis');
    const [pg, redis] = await Promise.all([
      new PostgreSqlContainer('postgres:16-alpine').start(),
      new RedisContainer('redis:7-alpine').start(),
    ]);
    return {
      redisUrl: redis.getConnectionUrl(),
      databaseUrl: pg.getConnectionUri(),
      stop: async () => {
        await Promise.all([pg.stop(), redis.stop()]);
      },
    };
  }
  return {
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    stop: async () => {},
  };
}

/** A name unique to this test file and run, usable as a Postgres schema and a BullMQ prefix. */
export function uniqueName(label: string): string {
  return `t_${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(4).toString('hex')}`;
}

export interface TestDb {
  db: Db;
  schema: string;
  drop(): Promise<void>;
}

/** A migrated schema of its own, so test files run in parallel without seeing each other's rows. */
export async function createTestDb(databaseUrl: string, label: string): Promise<TestDb> {
  const schema = uniqueName(label);
  const db = createDb({ url: databaseUrl, schema, max: 4 });
  await migrateToLatest(db, schema);
  return {
    db,
    schema,
    drop: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    },
  };
}

export interface TestRedis {
  redis: Redis;
  prefix: string;
  /** Deletes every key under the prefix and closes the connection. */
  cleanup(): Promise<void>;
}

export async function createTestRedis(redisUrl: string, label: string): Promise<TestRedis> {
  const prefix = uniqueName(label);
  const redis = createRedis(redisUrl);
  return {
    redis,
    prefix,
    cleanup: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}

/** Everything a test of the queue-driven parts needs: services, a schema, a Redis prefix and the stage queues on it. */
export interface TestPipeline {
  services: TestServices;
  t: TestDb;
  r: TestRedis;
  queues: StageQueues;
  /** Closes the queues, deletes the keys and the schema, stops what was started. */
  close(): Promise<void>;
}

export async function createTestPipeline(label: string): Promise<TestPipeline> {
  const services = await startTestServices();
  const t = await createTestDb(services.databaseUrl, label);
  const r = await createTestRedis(services.redisUrl, label);
  const queues = createQueues(r.redis, r.prefix);
  return {
    services,
    t,
    r,
    queues,
    close: async () => {
      await closeQueues(queues);
      await r.cleanup();
      await t.drop();
      await services.stop();
    },
  };
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? 'condition'}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}
export * from './articles.js';
