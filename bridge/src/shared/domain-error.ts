/**
 * What domain code (catalog, settings, jobs, services) can say went wrong, in its own terms. The HTTP layer maps
 * each code to a status and an error code of the contract; a job or the CLI reads `retryable` to decide whether
 * trying again later can help.
 */
export type DomainErrorCode =
  /** The thing asked for does not exist (an OpenCart category, a cached attribute). */
  | 'NOT_FOUND'
  /** The input breaks a rule of the domain; `fields` says which parts, by dotted path. */
  | 'INVALID'
  /** The request clashes with the current state. */
  | 'CONFLICT'
  /** Ozon cannot be called: the Client-Id or Api-Key is missing. */
  | 'OZON_NOT_CONFIGURED'
  /** The bridge is stopping and takes no new work. */
  | 'SHUTTING_DOWN'
  /** Stored data cannot be read back; the message says how to repair it. */
  | 'BROKEN_STATE'
  /** The store's database cannot be reached (down, or the connection dropped); the pool reconnects. */
  | 'DATABASE_UNAVAILABLE';

/** Whether waiting and trying again can help, by code (a caller may know better and say so). */
const RETRYABLE: Readonly<Record<DomainErrorCode, boolean>> = {
  NOT_FOUND: false,
  INVALID: false,
  CONFLICT: true,
  OZON_NOT_CONFIGURED: false,
  SHUTTING_DOWN: true,
  BROKEN_STATE: false,
  DATABASE_UNAVAILABLE: true,
};

export interface DomainErrorOptions {
  readonly fields?: Record<string, string[]> | undefined;
  readonly retryable?: boolean;
  readonly cause?: unknown;
}

/** An error domain code raises deliberately; its message is written for the merchant. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  readonly retryable: boolean;
  readonly fields: Record<string, string[]> | undefined;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE[code];
    this.fields = options.fields;
  }
}

/** True when `error` is a DomainError with this code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
