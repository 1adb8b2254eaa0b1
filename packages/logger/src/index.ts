import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * The root logger of a process. Services create it once in main.ts and pass named children
 * ({ stage, jobId, intakeId }) down; nothing logs through a global.
 */
export function createLogger(opts: { name: string; level?: string; destination?: NodeJS.WritableStream }): Logger {
  const options: LoggerOptions = {
    name: opts.name,
    level: opts.level ?? 'info',
    // Connection strings carry passwords; job data can carry whole articles.
    redact: {
      paths: ['password', '*.password', 'databaseUrl', 'redisUrl', 'DATABASE_URL', 'REDIS_URL', 'data.article.body'],
      censor: '[redacted]',
    },
    base: { service: opts.name },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}
