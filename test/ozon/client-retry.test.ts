import { describe, expect, it } from 'vitest';
import {
  type AttemptFailure,
  decideRetry,
  type OperationKind,
  type RetryPolicy,
} from '../../bridge/src/ozon/retry';

// Jitter fixed at 0.5 so every wait below is exact: backoff(n) = raw * 0.75 with raw = 400 * 2^(n-1).
const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 400,
  maxDelayMs: 2_000,
  circuitOpenDelayMs: 60_000,
  maxItemWaitMs: 5 * 60_000,
  jitter: () => 0.5,
};

const http = (
  status: number,
  extra: Partial<Extract<AttemptFailure, { type: 'http' }>> = {},
): AttemptFailure => ({
  type: 'http',
  status,
  ...extra,
});
const rateLimit = http(429, {
  ozonCode: 8,
  message: 'You have reached request rate limit per second',
  retryAfter: '1',
});
const itemQuota = (minutes: string): AttemptFailure =>
  http(429, {
    ozonCode: 'RESOURCE_EXHAUSTED',
    message: 'You have reached operation items limits. Retry after 120 seconds. Remaining 10 items',
    itemRetryAfter: minutes,
  });
const circle = http(503, { ozonCode: 14, message: 'Circle is open' });
const internal = http(500, { ozonCode: 13, message: 'Internal error' });
const timeout: AttemptFailure = { type: 'unknown-outcome', cause: 'timeout' };
const dropped: AttemptFailure = { type: 'unknown-outcome', cause: 'connection-dropped' };
const malformed: AttemptFailure = { type: 'unknown-outcome', cause: 'malformed-response' };
const notSent: AttemptFailure = { type: 'not-sent' };

type Row = [string, AttemptFailure, OperationKind, number, boolean, string, number];

// description, failure, kind, attempt → retry, reason, waitMs
const table: Row[] = [
  ['429 per-second limit honours retry-after', rateLimit, 'read', 1, true, 'rate-limited', 1_000],
  ['429 is a refusal: safe even for imports', rateLimit, 'creating-write', 1, true, 'rate-limited', 1_000],
  ['429 is a refusal: safe even for ship', rateLimit, 'state-change', 2, true, 'rate-limited', 1_000],
  [
    '429 with string code and retry-after 3',
    http(429, { ozonCode: 'RESOURCE_EXHAUSTED', retryAfter: '3' }),
    'read',
    1,
    true,
    'rate-limited',
    3_000,
  ],
  [
    '429 without retry-after falls back to backoff',
    http(429, { ozonCode: 8 }),
    'read',
    2,
    true,
    'rate-limited',
    600,
  ],
  [
    'code 8 in a 200-less body still counts as rate limit',
    http(400, { ozonCode: 8, message: 'x' }),
    'read',
    1,
    true,
    'rate-limited',
    300,
  ],
  [
    'item quota waits Item-Retry-After minutes',
    itemQuota('2'),
    'creating-write',
    1,
    true,
    'item-quota',
    120_000,
  ],
  [
    'item quota longer than the maximum gives up with the reset',
    itemQuota('600'),
    'creating-write',
    1,
    false,
    'item-quota-exhausted',
    36_000_000,
  ],
  [
    'item quota without header reads the message seconds',
    http(429, {
      ozonCode: 'RESOURCE_EXHAUSTED',
      message: 'You have reached operation items limits. Retry after 120 seconds. Remaining 0 items',
    }),
    'creating-write',
    1,
    true,
    'item-quota',
    120_000,
  ],
  [
    'Circle is open is a refusal: waits the circuit delay',
    circle,
    'state-change',
    1,
    true,
    'circuit-open',
    75_000,
  ],
  [
    'Circle is open on a read',
    http(500, { message: 'Circle is open' }),
    'read',
    1,
    true,
    'circuit-open',
    75_000,
  ],
  [
    '400 never retries',
    http(400, { ozonCode: 3, message: 'invalid request' }),
    'read',
    1,
    false,
    'invalid-request',
    0,
  ],
  [
    '403 never retries',
    http(403, { ozonCode: 7, message: 'Access denied' }),
    'read',
    1,
    false,
    'forbidden',
    0,
  ],
  ['404 never retries', http(404, { ozonCode: 5, message: 'Not found' }), 'read', 1, false, 'not-found', 0],
  ['409 never retries', http(409, { message: 'conflict' }), 'idempotent-write', 1, false, 'conflict', 0],
  [
    '410 obsolete method never retries',
    http(410, { message: 'obsolete method cannot be used' }),
    'read',
    1,
    false,
    'obsolete-method',
    0,
  ],
  [
    'wrong Api-Key (404 code 5) is auth',
    http(404, { ozonCode: 5, message: 'Invalid Api-Key, please check the key and try again' }),
    'read',
    1,
    false,
    'auth',
    0,
  ],
  [
    'bad Client-Id (400 code 3) is auth',
    http(400, { ozonCode: 3, message: 'Client-Id header value should be positive integer' }),
    'read',
    1,
    false,
    'auth',
    0,
  ],
  [
    'missing role (403) is auth',
    http(403, { ozonCode: 7, message: 'Api-Key is missing a required role for a method' }),
    'read',
    1,
    false,
    'auth',
    0,
  ],
  ['401 is auth', http(401, {}), 'read', 1, false, 'auth', 0],
  ['other 4xx is final', http(422, {}), 'read', 1, false, 'client-error', 0],
  ['500 Internal error retries a read with backoff', internal, 'read', 1, true, 'server-error', 300],
  [
    '500 retries an idempotent write, backoff doubles',
    internal,
    'idempotent-write',
    3,
    true,
    'server-error',
    1_200,
  ],
  ['backoff is capped at maxDelayMs', internal, 'read', 3, true, 'server-error', 1_200],
  [
    '500 on an import: outcome unknown, not resent',
    internal,
    'creating-write',
    1,
    false,
    'outcome-unknown',
    0,
  ],
  [
    '502 on ship: outcome unknown, re-check first',
    http(502, {}),
    'state-change',
    1,
    false,
    'outcome-unknown',
    0,
  ],
  ['408 on a read retries', http(408, {}), 'read', 1, true, 'server-error', 300],
  ['timeout on a read retries', timeout, 'read', 2, true, 'timeout', 600],
  ['timeout on an import: outcome unknown', timeout, 'creating-write', 1, false, 'outcome-unknown', 0],
  ['dropped connection on stocks retries', dropped, 'idempotent-write', 1, true, 'connection-dropped', 300],
  ['dropped connection on cancel: outcome unknown', dropped, 'state-change', 1, false, 'outcome-unknown', 0],
  ['malformed JSON on a read retries', malformed, 'read', 1, true, 'malformed-response', 300],
  [
    'malformed JSON on an import: outcome unknown',
    malformed,
    'creating-write',
    1,
    false,
    'outcome-unknown',
    0,
  ],
  ['not sent at all is safe for every kind', notSent, 'creating-write', 1, true, 'not-sent', 300],
  ['last attempt: no more retries', internal, 'read', 4, false, 'server-error (attempts exhausted)', 0],
  [
    'last attempt on 429: no more retries',
    rateLimit,
    'read',
    4,
    false,
    'rate-limited (attempts exhausted)',
    0,
  ],
  ['3xx is unexpected', http(302, {}), 'read', 1, false, 'unexpected-status', 0],
];

describe('decideRetry', () => {
  it.each(table)('%s', (_name, failure, kind, attempt, retry, reason, waitMs) => {
    const decision = decideRetry({ failure, kind, attempt }, policy);
    expect(decision).toMatchObject({ retry, reason, waitMs });
  });

  it('labels what is known about the outcome', () => {
    expect(decideRetry({ failure: rateLimit, kind: 'creating-write', attempt: 1 }, policy).outcome).toBe(
      'refused',
    );
    expect(decideRetry({ failure: timeout, kind: 'state-change', attempt: 1 }, policy).outcome).toBe(
      'unknown',
    );
    expect(decideRetry({ failure: http(400, {}), kind: 'read', attempt: 1 }, policy).outcome).toBe('failed');
  });

  it('jitter spreads the backoff between half and the full delay', () => {
    const low = decideRetry({ failure: internal, kind: 'read', attempt: 2 }, { ...policy, jitter: () => 0 });
    const high = decideRetry(
      { failure: internal, kind: 'read', attempt: 2 },
      { ...policy, jitter: () => 0.999 },
    );
    expect(low.waitMs).toBe(400);
    expect(high.waitMs).toBeGreaterThan(790);
    expect(high.waitMs).toBeLessThanOrEqual(800);
  });
});
