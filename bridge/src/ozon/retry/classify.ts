import type { AttemptFailure } from './failure';

type HttpFailure = Extract<AttemptFailure, { type: 'http' }>;

const RESOURCE_EXHAUSTED = 8;

/** Ozon's global limiter: 429 code 8 "You have reached request rate limit per second" (code sometimes a string). */
export function isRateLimited(failure: HttpFailure): boolean {
  return (
    failure.status === 429 ||
    failure.ozonCode === RESOURCE_EXHAUSTED ||
    failure.ozonCode === 'RESOURCE_EXHAUSTED' ||
    /rate limit/i.test(failure.message ?? '')
  );
}

/** The per-minute item-operation limit of imports: 429 with `Item-Retry-After`, or its message text. */
export function isItemQuota(failure: HttpFailure): boolean {
  return failure.itemRetryAfter !== undefined || /items? limits?/i.test(failure.message ?? '');
}

/** "Circle is open": Ozon's circuit breaker refused the call before processing it. */
export function isCircuitOpen(failure: HttpFailure): boolean {
  return /circle is open/i.test(failure.message ?? '');
}

/** A bad, deactivated, IP-restricted or role-less key; repeating cannot help. */
export function isAuthFailure(failure: HttpFailure): boolean {
  if (failure.status === 401) {
    return true;
  }
  const aboutKey = /api-?key|client-id/i.test(failure.message ?? '');
  // Ozon answers a wrong Api-Key with 404 code 5, not 401.
  return aboutKey && (failure.status === 403 || failure.status === 404 || failure.status === 400);
}

/** Seconds of a `retry-after` header; undefined when absent or not a number of seconds. */
export function parseRetryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return undefined;
  }
  return Math.round(Number(value) * 1000);
}

/**
 * Wait until the item quota resets: `Item-Retry-After` is in minutes; without it, the message
 * "Retry after 120 seconds" carries the figure.
 */
export function parseItemWaitMs(failure: HttpFailure): number | undefined {
  const header = failure.itemRetryAfter;
  if (header !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(header)) {
    return Math.round(Number(header) * 60_000);
  }
  const fromText = /retry after (\d+) seconds?/i.exec(failure.message ?? '');
  return fromText?.[1] === undefined ? undefined : Number(fromText[1]) * 1000;
}
