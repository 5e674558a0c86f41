import {
  isAuthFailure,
  isCircuitOpen,
  isItemQuota,
  isRateLimited,
  parseItemWaitMs,
  parseRetryAfterMs,
} from './classify';
import type { AttemptFailure } from './failure';
import { isSafeToRepeat, type OperationKind } from './operation-kind';
import { backoffMs, type RetryPolicy } from './policy';

export interface RetryInput {
  readonly failure: AttemptFailure;
  readonly kind: OperationKind;
  /** 1-based number of the attempt that just failed. */
  readonly attempt: number;
}

/**
 * What Ozon did with the request, as far as we can know:
 * refused = not processed (safe to resend for every kind), failed = processed and rejected,
 * unknown = may or may not have been applied.
 */
export type KnownOutcome = 'refused' | 'failed' | 'unknown';

export interface RetryDecision {
  readonly retry: boolean;
  /** Short machine-readable cause, e.g. `rate-limited`, `server-error`, `outcome-unknown`. */
  readonly reason: string;
  /** How long to wait before the next attempt; for a give-up on a quota, the time until it resets. */
  readonly waitMs: number;
  readonly outcome: KnownOutcome;
}

const NO_RETRY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid-request',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'obsolete-method',
};

function retryable(reason: string, waitMs: number, outcome: KnownOutcome): RetryDecision {
  return { retry: true, reason, waitMs, outcome };
}

function final(reason: string, outcome: KnownOutcome, waitMs = 0): RetryDecision {
  return { retry: false, reason, waitMs, outcome };
}

function decideHttp(
  input: RetryInput,
  failure: Extract<AttemptFailure, { type: 'http' }>,
  policy: RetryPolicy,
) {
  if (isRateLimited(failure)) {
    if (isItemQuota(failure)) {
      const wait = parseItemWaitMs(failure) ?? backoffMs(input.attempt, policy);
      return wait > policy.maxItemWaitMs
        ? final('item-quota-exhausted', 'refused', wait)
        : retryable('item-quota', wait, 'refused');
    }
    return retryable(
      'rate-limited',
      parseRetryAfterMs(failure.retryAfter) ?? backoffMs(input.attempt, policy),
      'refused',
    );
  }
  if (isCircuitOpen(failure)) {
    const base = policy.circuitOpenDelayMs;
    return retryable('circuit-open', Math.round(base + (policy.jitter() * base) / 2), 'refused');
  }
  if (isAuthFailure(failure)) {
    return final('auth', 'failed');
  }
  const named = NO_RETRY_STATUS[failure.status];
  if (named !== undefined) {
    return final(named, 'failed');
  }
  // A 5xx ("Internal error" is Ozon's own timeout) or 408 may have been applied before the answer broke.
  if (failure.status >= 500 || failure.status === 408) {
    return isSafeToRepeat(input.kind)
      ? retryable('server-error', backoffMs(input.attempt, policy), 'unknown')
      : final('outcome-unknown', 'unknown');
  }
  return final(failure.status >= 400 ? 'client-error' : 'unexpected-status', 'failed');
}

function decideFailure(input: RetryInput, policy: RetryPolicy): RetryDecision {
  const { failure } = input;
  switch (failure.type) {
    case 'http':
      return decideHttp(input, failure, policy);
    case 'redirected':
      // Asking again gets the same redirect; the merchant has to correct the API URL.
      return final('redirect-refused', 'refused');
    case 'not-sent':
      return retryable('not-sent', backoffMs(input.attempt, policy), 'refused');
    case 'unknown-outcome':
      return isSafeToRepeat(input.kind)
        ? retryable(failure.cause, backoffMs(input.attempt, policy), 'unknown')
        : final('outcome-unknown', 'unknown');
  }
}

/**
 * Decides, from one failed attempt alone, whether to send the request again, why, and after how long.
 * Pure: no clock, no I/O; randomness only through `policy.jitter`.
 * Creating writes and state changes are never repeated when the outcome is unknown: the caller re-checks instead.
 */
export function decideRetry(input: RetryInput, policy: RetryPolicy): RetryDecision {
  const decision = decideFailure(input, policy);
  if (decision.retry && input.attempt >= policy.maxAttempts) {
    return final(`${decision.reason} (attempts exhausted)`, decision.outcome, 0);
  }
  return decision;
}
