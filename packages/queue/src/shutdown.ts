import type { Logger } from '@newswire/logger';

/**
 * On SIGTERM/SIGINT: run `close` once (stop taking jobs, finish the ones in hand, close connections),
 * then exit 0; exit 1 if it takes longer than `timeoutMs` or fails. A second signal exits at once.
 */
export function onShutdown(log: Logger, close: () => Promise<void>, timeoutMs = 30_000): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    log.info({ signal }, 'shutting down: finishing jobs in hand');
    const timer = setTimeout(() => {
      log.error({ timeoutMs }, 'shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => {
        log.info('shut down cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
