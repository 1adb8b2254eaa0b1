import path from 'node:path';
import { loadConfig } from '@newswire/config';
import { onShutdown } from '@newswire/queue';
import { exitOnBootError, openDeps } from '@newswire/runtime';
import { intakeConfigSchema } from './config.js';
import { createHttpApi } from './http-api.js';
import { prepareIntakeDirs } from './prepare-dirs.js';
import { watchIntake } from './watch-intake.js';

async function main(): Promise<void> {
  const cfg = loadConfig(intakeConfigSchema);
  const deps = await openDeps('newswire-intake', cfg);
  await prepareIntakeDirs([cfg.INTAKE_DIR, cfg.INTAKE_DONE_DIR, cfg.INTAKE_FAILED_DIR]);
  const watcher = watchIntake(deps, {
    dir: cfg.INTAKE_DIR,
    doneDir: cfg.INTAKE_DONE_DIR,
    failedDir: cfg.INTAKE_FAILED_DIR,
    stableMs: cfg.INTAKE_STABLE_MS,
    pollMs: cfg.INTAKE_POLL_MS,
    maxBytes: cfg.INTAKE_MAX_BYTES,
  });
  const server =
    cfg.INTAKE_HTTP_PORT > 0
      ? createHttpApi(deps, { host: cfg.INTAKE_HTTP_HOST, port: cfg.INTAKE_HTTP_PORT, maxBytes: cfg.INTAKE_MAX_BYTES })
      : null;
  server?.listen(cfg.INTAKE_HTTP_PORT, cfg.INTAKE_HTTP_HOST);
  onShutdown(
    deps.log,
    async () => {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await watcher.close();
      await deps.close();
    },
    cfg.SHUTDOWN_TIMEOUT_MS,
  );
  await watcher.ready;
  deps.log.info(
    { dir: path.resolve(cfg.INTAKE_DIR), http: server ? `http://${cfg.INTAKE_HTTP_HOST}:${cfg.INTAKE_HTTP_PORT}` : 'off' },
    'intake watching; drop files into the intake folder',
  );
}

main().catch(exitOnBootError);
