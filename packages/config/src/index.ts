import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}\nSee the configuration table in README.md.`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates `env` against `schema` once, at boot. Every bad variable is listed in one error,
 * so an operator fixes them all in one go. Tests pass literal objects instead of process.env.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.join('.');
        const value = env[key];
        return `${key}: ${issue.message}${value === undefined ? ' (not set)' : ` (got ${JSON.stringify(value)})`}`;
      }),
    );
  }
  return result.data;
}

/** Reads an integer variable with a default. */
export const intVar = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
/** Reads a boolean variable ("true"/"1"/"yes" vs "false"/"0"/"no") with a default. */
export const boolVar = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Settings every service shares: where Redis and Postgres are, logging, queue naming. */
export const baseConfigSchema = z.object({
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
  /** Schema holding newswire's tables; lets several installs (or test files) share one database. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('newswire'),
  /** Prefix of every BullMQ key. Wrap it in braces ("{newswire}") to pin all keys to one Redis Cluster slot. */
  QUEUE_PREFIX: z.string().min(1).default('newswire'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** Worker settings shared by the stage services. */
export const workerConfigSchema = baseConfigSchema.extend({
  /** Jobs one process handles at once. */
  CONCURRENCY: intVar(4, 1),
  /** Milliseconds a SIGTERM waits for jobs in hand before giving up. */
  SHUTDOWN_TIMEOUT_MS: intVar(30_000, 0),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
