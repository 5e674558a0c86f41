import type { z } from 'zod';
import { type Clock, systemClock } from '../../shared/clock';
import { LimiterSet } from '../limits';
import {
  decideRetry,
  defaultRetryPolicy,
  isSafeToRepeat,
  type RetryDecision,
  type RetryPolicy,
} from '../retry';
import { interpretAttempt, issuesOf } from './attempt-outcome';
import type { CallRecord } from './call-record';
import {
  OzonApiError,
  type OzonError,
  type OzonErrorFields,
  OzonOutcomeUnknownError,
  OzonQuotaError,
  OzonRequestInvalidError,
  OzonResponseShapeError,
  type RecheckKeys,
} from './errors';
import { exchange, type FetchLike } from './exchange';
import type { OperationSpec } from './operation';
import { DEFAULT_TIMEOUT_MS, OZON_BASE_URL, type OzonClientOptions } from './options';
import { createRedactor } from './redact';

export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** What identifies the objects of a creating write or state change, for re-checking an unknown outcome. */
  readonly recheckKeys?: RecheckKeys | undefined;
}

/** Sends one operation: validation, limits, timeouts, retries, parsing, call records. */
export interface OzonTransport {
  call<Req extends z.ZodType, Res extends z.ZodType>(
    spec: OperationSpec<Req, Res>,
    body: z.input<Req>,
    options?: CallOptions,
  ): Promise<z.output<Res>>;
  readonly clock: Clock;
  readonly limiters: LimiterSet;
}

function policyOf(options: OzonClientOptions): RetryPolicy {
  return {
    ...defaultRetryPolicy,
    ...options.retry,
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  };
}

/** Builds the transport shared by every typed method of one client. */
export function createTransport(options: OzonClientOptions): OzonTransport {
  const clock = options.clock ?? systemClock;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const limiters =
    options.limits instanceof LimiterSet ? options.limits : new LimiterSet(clock, options.limits);
  const policy = policyOf(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseUrl = (options.baseUrl ?? OZON_BASE_URL).replace(/\/+$/, '');
  const redact = createRedactor({ apiKey: options.apiKey, clientId: options.clientId });
  const headers = {
    'Client-Id': options.clientId,
    'Api-Key': options.apiKey,
    'Content-Type': 'application/json',
  };
  const report = (record: CallRecord): void => {
    try {
      options.onCall?.(record);
    } catch {
      // A failing log sink must not turn a successful Ozon call into a failure.
    }
  };

  async function call<Req extends z.ZodType, Res extends z.ZodType>(
    spec: OperationSpec<Req, Res>,
    body: z.input<Req>,
    callOptions: CallOptions = {},
  ): Promise<z.output<Res>> {
    const base = { operation: spec.name, path: spec.path };
    if (options.validateRequests !== false) {
      const checked = spec.request.safeParse(body);
      if (!checked.success) {
        const fields = { ...base, status: 0, reason: 'invalid-request', attempts: 0, outcomeUnknown: false };
        throw new OzonRequestInvalidError(fields, issuesOf(checked.error).map(redact));
      }
    }
    const payload = JSON.stringify(body);
    for (let attempt = 1; ; attempt += 1) {
      const release = await limiters.acquire(spec.path, callOptions.signal);
      const startedAt = clock.now();
      const result = await exchange({
        fetch: fetchImpl,
        url: `${baseUrl}${spec.path}`,
        headers,
        body: payload,
        timeoutMs,
        clock,
        signal: callOptions.signal,
      }).finally(release);
      const timing = { ...base, startedAt, durationMs: Math.round(clock.now() - startedAt), attempt };
      if (result.type === 'answer' && result.headers.rateLimitRemaining === '0') {
        // Someone sharing the Client-Id used up this second; wait it out rather than collect a 429.
        limiters.global.pauseUntil(clock.now() + 1_000);
      }
      const outcome = interpretAttempt(result, spec.response, redact);
      if (outcome.type === 'ok') {
        report({ ...timing, ...outcome.record });
        return outcome.data;
      }
      if (outcome.type === 'unexpected-shape') {
        report({ ...timing, ...outcome.record });
        const fields = { ...base, status: outcome.record.status, attempts: attempt, outcomeUnknown: false };
        throw new OzonResponseShapeError({ ...fields, reason: 'unexpected-shape' }, outcome.issues);
      }
      const decision = decideRetry({ failure: outcome.failure, kind: spec.kind, attempt }, policy);
      report({
        ...timing,
        ...outcome.record,
        retry: { again: decision.retry, reason: decision.reason, waitMs: decision.waitMs },
      });
      if (!decision.retry) {
        const fields = { ...base, ...outcome.fields, reason: decision.reason, attempts: attempt };
        throw toError(spec, fields, decision, clock, callOptions.recheckKeys);
      }
      if (decision.reason === 'rate-limited') {
        limiters.global.pauseUntil(clock.now() + decision.waitMs);
      }
      await clock.sleep(decision.waitMs, callOptions.signal);
    }
  }

  return { call, clock, limiters };
}

function toError(
  spec: OperationSpec,
  fields: Omit<OzonErrorFields, 'outcomeUnknown'>,
  decision: RetryDecision,
  clock: Clock,
  recheckKeys: RecheckKeys | undefined,
): OzonError {
  const outcomeUnknown = decision.outcome === 'unknown';
  if (decision.reason === 'item-quota-exhausted') {
    return new OzonQuotaError({ ...fields, outcomeUnknown }, clock.now() + decision.waitMs);
  }
  if (outcomeUnknown && !isSafeToRepeat(spec.kind)) {
    return new OzonOutcomeUnknownError({ ...fields, outcomeUnknown }, recheckKeys);
  }
  return new OzonApiError({ ...fields, outcomeUnknown, refused: decision.outcome === 'refused' });
}
