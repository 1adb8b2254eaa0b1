import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection for BullMQ. Workers block on Redis, so requests must never time out
 * (maxRetriesPerRequest: null); reconnects back off up to 5 s.
 */
export function createRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 5), 5000),
    ...opts,
  });
}

/** Resolves once Redis answers PING, or throws a message that says what to do. */
export async function assertRedisReachable(redis: Redis, url: string, timeoutMs = 5000): Promise<void> {
  const timer = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`Redis at ${redact(url)} did not answer within ${timeoutMs} ms. Start Redis or set REDIS_URL.`)),
      timeoutMs,
    ).unref(),
  );
  await Promise.race([redis.ping(), timer]);
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
