/**
 * Bad input that no retry can fix (an empty file, a PNG, a page with no article). The worker shell turns it
 * into BullMQ's UnrecoverableError and a dead-letter record. Anything else thrown is treated as transient
 * and retried with backoff.
 */
export class PermanentError extends Error {
  constructor(
    message: string,
    readonly code = 'permanent',
  ) {
    super(message);
    this.name = 'PermanentError';
  }
}

/**
 * Not now: the job is put back to run again after `delayMs`, without using one of its attempts and without a
 * lineage record (a politeness wait, not a failure). The fetch stage throws it when a host was asked too recently.
 */
export class DeferError extends Error {
  constructor(
    readonly delayMs: number,
    message: string,
  ) {
    super(message);
    this.name = 'DeferError';
  }
}

/** True for errors that carry `kind: 'permanent'` (FetchError, ParseError ...) or are PermanentError. */
export function isPermanent(err: unknown): boolean {
  if (err instanceof PermanentError) return true;
  if (typeof err === 'object' && err !== null) {
    const e = err as { kind?: unknown; permanent?: unknown; name?: unknown };
    if (e.kind === 'permanent' || e.permanent === true || e.name === 'UnrecoverableError') return true;
  }
  return false;
}

export function errorCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return err instanceof Error ? err.name : 'error';
}
