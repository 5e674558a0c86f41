import type { Clock } from '../../shared/clock';
import type { LimiterSet, LimitsConfig } from '../limits';
import type { RetryPolicy } from '../retry';
import type { CallRecord } from './call-record';
import type { FetchLike } from './exchange';

export const OZON_BASE_URL = 'https://api-seller.ozon.ru';

export interface OzonClientOptions {
  /** Defaults to Ozon's production host; the emulator's address in tests and demos. */
  readonly baseUrl?: string | undefined;
  readonly clientId: string;
  readonly apiKey: string;
  /** Tests pass the emulator's in-process fetch; defaults to the global fetch. */
  readonly fetch?: FetchLike | undefined;
  /** Time for limiters, backoff waits and timeouts; share it with the emulator to run on a sped-up clock. */
  readonly clock?: Clock | undefined;
  /** A LimiterSet shared by every client of this Client-Id, or settings for a new one. */
  readonly limits?: LimiterSet | Partial<LimitsConfig> | undefined;
  /** Per attempt, in clock time. */
  readonly timeoutMs?: number | undefined;
  readonly maxAttempts?: number | undefined;
  /** Fine tuning of backoff; `maxAttempts` above wins over `retry.maxAttempts`. */
  readonly retry?: Partial<RetryPolicy> | undefined;
  /** Receives one record per HTTP attempt, secrets removed. Must not throw. */
  readonly onCall?: ((record: CallRecord) => void) | undefined;
  /** Check requests against the request schema before sending (default true): a bad request never costs quota. */
  readonly validateRequests?: boolean | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
