/** Tunables of the retry decision; `jitter` is injectable so the decision table is deterministic. */
export interface RetryPolicy {
  /** Total attempts including the first one. */
  readonly maxAttempts: number;
  /** Backoff of the first retry; doubles each attempt. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Ozon's "Circle is open" blocks a method "for a few minutes". */
  readonly circuitOpenDelayMs: number;
  /** Longest item-quota wait (`Item-Retry-After`) worth sleeping through; longer means give up and report the reset. */
  readonly maxItemWaitMs: number;
  /** A number in [0, 1). */
  readonly jitter: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  circuitOpenDelayMs: 60_000,
  maxItemWaitMs: 5 * 60_000,
  jitter: Math.random,
};

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out
 * without ever collapsing to zero.
 */
export function backoffMs(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(raw / 2 + (policy.jitter() * raw) / 2);
}
