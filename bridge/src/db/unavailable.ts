import type { Pool } from 'mysql2/promise';
import { DomainError } from '../shared/domain-error';

/**
 * What mysql2 (or the socket under it) says when the connection is gone rather than the statement wrong: the
 * server closed or killed it, shut down, refused or did not answer, or has no room for another. Trying again on
 * a fresh pooled connection can succeed; nothing about the data or the query is at fault.
 */
const CONNECTION_LOST_CODES: ReadonlySet<string> = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_CON_COUNT_ERROR',
  'ER_CLIENT_INTERACTION_TIMEOUT',
]);

/**
 * mysql2's words for a command given to a connection that had already died (drizzle's ROLLBACK after a killed
 * query in a transaction says this, hiding the loss itself); these errors carry no code, only `fatal`.
 */
const CLOSED_CONNECTION = /closed state/;

function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const { code, fatal } = error as { code?: unknown; fatal?: unknown };
  return (
    (typeof code === 'string' && CONNECTION_LOST_CODES.has(code)) ||
    (fatal === true && CLOSED_CONNECTION.test(error.message))
  );
}

/**
 * The one place that tells a lost database from a failed statement. Returns the error as a retryable
 * `DATABASE_UNAVAILABLE` DomainError when `error`, or anything in its chain of causes (drizzle wraps the driver's
 * error), says the connection was lost; undefined when the failure is something else.
 */
export function databaseUnavailable(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    if (current instanceof DomainError) {
      return current.code === 'DATABASE_UNAVAILABLE' ? current : undefined;
    }
    if (isConnectionLoss(current)) {
      // The driver's words (host, port, query) stay in the cause, for the console; the message is the merchant's.
      return new DomainError(
        'DATABASE_UNAVAILABLE',
        'the store database cannot be reached; the bridge reconnects on its own, try again shortly',
        { cause: error },
      );
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}

/**
 * Asks the database for `SELECT 1` on a pooled connection; throws DATABASE_UNAVAILABLE when it cannot answer
 * within `timeoutMs` (a server that accepts nothing and refuses nothing would otherwise hold the caller for the
 * driver's connect timeout).
 */
export async function pingDatabase(pool: Pick<Pool, 'query'>, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([pool.query('SELECT 1'), late]);
  } catch (error) {
    throw databaseUnavailable(error) ?? error;
  } finally {
    clearTimeout(timer);
  }
}
