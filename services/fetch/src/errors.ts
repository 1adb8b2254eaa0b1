/**
 * Why a fetch/prepare step failed, classified so the worker shell can decide between a retry with backoff
 * (`transient`: the same input may succeed later) and a dead-letter row (`permanent`: retrying cannot help).
 */
export type FetchErrorKind = 'transient' | 'permanent';

/** Stable, machine-readable failure codes (the message carries the human explanation). */
export type FetchErrorCode =
  | 'bad-url'
  | 'bad-scheme'
  | 'blocked-address'
  | 'robots-disallowed'
  | 'robots-unreachable'
  | 'dns'
  | 'connection'
  | 'tls'
  | 'timeout'
  | 'http-status'
  | 'rate-limited'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'bad-redirect'
  | 'too-large'
  | 'bad-compression'
  | 'network'
  | 'empty'
  | 'binary';

export interface FetchErrorOptions {
  /** HTTP status when the failure came from a response. */
  status?: number;
  /** Server-requested delay (Retry-After) for 429/503, in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly kind: FetchErrorKind;
  readonly code: FetchErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(kind: FetchErrorKind, code: FetchErrorCode, message: string, opts: FetchErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.code = code;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }

  get transient(): boolean {
    return this.kind === 'transient';
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}
