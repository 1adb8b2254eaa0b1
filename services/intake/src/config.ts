import { baseConfigSchema, intVar } from '@newswire/config';
import { z } from 'zod';

export const intakeConfigSchema = baseConfigSchema.extend({
  INTAKE_DIR: z.string().default('./intake'),
  INTAKE_DONE_DIR: z.string().default('./intake/done'),
  INTAKE_FAILED_DIR: z.string().default('./intake/failed'),
  INTAKE_STABLE_MS: intVar(500, 0),
  INTAKE_POLL_MS: intVar(250, 10),
  INTAKE_MAX_BYTES: intVar(50 * 1024 * 1024, 1),
  INTAKE_HTTP_HOST: z.string().default('127.0.0.1'),
  /** 0 disables the HTTP API. */
  INTAKE_HTTP_PORT: intVar(8081, 0),
  SHUTDOWN_TIMEOUT_MS: intVar(30_000, 0),
});
export type IntakeConfig = z.infer<typeof intakeConfigSchema>;
