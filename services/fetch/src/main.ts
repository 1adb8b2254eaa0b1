import { boolVar, intVar } from '@newswire/config';
import { exitOnBootError, runStageService, stageServiceConfigSchema } from '@newswire/runtime';
import { z } from 'zod';
import { fetchDocument } from './fetch-stage.js';
import { HostThrottle } from './host-throttle.js';
import { RobotsCache } from './robots.js';

const configSchema = stageServiceConfigSchema.extend({
  FETCH_TIMEOUT_MS: intVar(15_000, 100),
  FETCH_MAX_BYTES: intVar(10 * 1024 * 1024, 1024),
  FETCH_MAX_REDIRECTS: intVar(5, 0),
  FETCH_USER_AGENT: z.string().default('newswire/0.1 (+https://github.com/newswire/newswire)'),
  FETCH_ALLOW_PRIVATE_NETWORKS: boolVar(false),
  FETCH_RESPECT_ROBOTS: boolVar(true),
  FETCH_ROBOTS_TTL_MS: intVar(3_600_000, 0),
  FETCH_HOST_INTERVAL_MS: intVar(1_000, 0),
  FETCH_MAX_HOST_DELAY_MS: intVar(60_000, 0),
});

runStageService(
  'fetch',
  ({ db, redis }, cfg) => {
    const http = {
      timeoutMs: cfg.FETCH_TIMEOUT_MS,
      maxBytes: cfg.FETCH_MAX_BYTES,
      maxRedirects: cfg.FETCH_MAX_REDIRECTS,
      userAgent: cfg.FETCH_USER_AGENT,
      allowPrivateNetworks: cfg.FETCH_ALLOW_PRIVATE_NETWORKS,
    };
    const robots = cfg.FETCH_RESPECT_ROBOTS ? new RobotsCache(http, { ttlMs: cfg.FETCH_ROBOTS_TTL_MS }) : null;
    const throttle = new HostThrottle(redis, {
      intervalMs: cfg.FETCH_HOST_INTERVAL_MS,
      maxDelayMs: cfg.FETCH_MAX_HOST_DELAY_MS,
      prefix: cfg.QUEUE_PREFIX,
    });
    const deps = { db, maxBytes: cfg.FETCH_MAX_BYTES, http, robots, throttle };
    return async (job) => ({ kind: 'next', jobs: [{ payload: await fetchDocument(job, deps) }] });
  },
  configSchema,
).catch(exitOnBootError);
