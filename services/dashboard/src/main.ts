import { baseConfigSchema, intVar, loadConfig } from '@newswire/config';
import { onShutdown } from '@newswire/queue';
import { exitOnBootError, openDeps } from '@newswire/runtime';
import { sql } from 'kysely';
import { z } from 'zod';
import { createDashboard } from './create-dashboard.js';

const configSchema = baseConfigSchema
  .extend({
    DASHBOARD_HOST: z.string().default('127.0.0.1'),
    DASHBOARD_PORT: intVar(3000, 1),
    DASHBOARD_BASE_PATH: z.string().startsWith('/').default('/queues'),
    DASHBOARD_USER: z.string().min(1).optional(),
    DASHBOARD_PASSWORD: z.string().min(1).optional(),
  })
  .refine((c) => Boolean(c.DASHBOARD_USER) === Boolean(c.DASHBOARD_PASSWORD), {
    message: 'set both DASHBOARD_USER and DASHBOARD_PASSWORD, or neither',
    path: ['DASHBOARD_PASSWORD'],
  });

async function main(): Promise<void> {
  const cfg = loadConfig(configSchema);
  const deps = await openDeps('newswire-dashboard', cfg);
  const app = createDashboard(
    {
      queues: deps.queues,
      db: deps.db,
      ping: async () => {
        await deps.redis.ping();
        await sql`select 1`.execute(deps.db);
      },
    },
    { basePath: cfg.DASHBOARD_BASE_PATH, user: cfg.DASHBOARD_USER ?? null, password: cfg.DASHBOARD_PASSWORD ?? null },
  );
  const server = app.listen(cfg.DASHBOARD_PORT, cfg.DASHBOARD_HOST, () => {
    deps.log.info(
      { url: `http://${cfg.DASHBOARD_HOST}:${cfg.DASHBOARD_PORT}${cfg.DASHBOARD_BASE_PATH}`, auth: Boolean(cfg.DASHBOARD_USER) },
      'dashboard listening',
    );
  });
  onShutdown(deps.log, async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deps.close();
  });
}

main().catch(exitOnBootError);
