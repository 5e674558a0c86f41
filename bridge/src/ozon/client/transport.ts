import type { z } from 'zod';
import { type Clock, systemClock } from '../../shared/clock';
import { LimiterSet } from '../limits';
import {
  type AttemptFailure,
  decideRetry,
  defaultRetryPolicy,
  isSafeToRepeat,
  type RetryDecision,
  type RetryPolicy,
} from '../retry';
import { type CallRecord, itemErrorFields } from './call-record';
import { parseErrorBody } from './error-body';
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
  readonly redact: (text: string) => string;
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Builds the transport shared by every typed method of one client. */
export function createTransport(options: OzonClientOptions): OzonTransport {
  const clock = options.clock ?? systemClock;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const limiters =
    options.limits instanceof LimiterSet ? options.limits : new LimiterSet(clock, options.limits);
  const policy: RetryPolicy = {
    ...defaultRetryPolicy,
    ...options.retry,
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  };
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

      let failure: AttemptFailure;
      let fields: Omit<OzonErrorFields, 'reason' | 'attempts' | 'outcomeUnknown'> = { ...base, status: 0 };
      let recordBase: CallRecord;
      if (result.type === 'failure') {
        failure =
          result.failure === 'not-sent'
            ? { type: 'not-sent' }
            : { type: 'unknown-outcome', cause: result.failure };
        fields = { ...base, status: 0, ozonMessage: redact(result.detail) };
        recordBase = { ...timing, status: 0, failure: result.failure };
      } else if (result.status >= 200 && result.status < 300) {
        if (result.headers.rateLimitRemaining === '0') {
          // Someone sharing the Client-Id used up this second; wait it out rather than collect a 429.
          limiters.global.pauseUntil(clock.now() + 1_000);
        }
        let json: unknown;
        try {
          json = JSON.parse(result.text);
        } catch {
          json = undefined;
        }
        if (json === undefined) {
          failure = { type: 'unknown-outcome', cause: 'malformed-response' };
          fields = {
            ...base,
            status: result.status,
            headers: result.headers,
            ozonMessage: 'unreadable JSON answer',
          };
          recordBase = { ...timing, status: result.status, failure: 'malformed-response' };
        } else {
          const parsed = spec.response.safeParse(json);
          if (parsed.success) {
            report({ ...timing, status: result.status, ...itemErrorFields(parsed.data, redact) });
            return parsed.data;
          }
          const issues = issuesOf(parsed.error).map(redact);
          report({ ...timing, status: result.status, failure: 'unexpected-shape', ozonMessage: issues[0] });
          throw new OzonResponseShapeError(
            {
              ...base,
              status: result.status,
              reason: 'unexpected-shape',
              attempts: attempt,
              outcomeUnknown: false,
            },
            issues,
          );
        }
      } else {
        const parsedError = parseErrorBody(result.text);
        const ozonMessage = parsedError.message === undefined ? undefined : redact(parsedError.message);
        failure = {
          type: 'http',
          status: result.status,
          ozonCode: parsedError.code,
          message: ozonMessage,
          retryAfter: result.headers.retryAfter,
          itemRetryAfter: result.headers.itemRetryAfter,
        };
        fields = {
          ...base,
          status: result.status,
          ozonCode: parsedError.code,
          ozonMessage,
          headers: result.headers,
        };
        recordBase = { ...timing, status: result.status, ozonCode: parsedError.code, ozonMessage };
      }

      const decision = decideRetry({ failure, kind: spec.kind, attempt }, policy);
      report({
        ...recordBase,
        retry: { again: decision.retry, reason: decision.reason, waitMs: decision.waitMs },
      });
      if (!decision.retry) {
        throw toError(
          spec,
          { ...fields, reason: decision.reason, attempts: attempt },
          decision,
          clock,
          callOptions,
        );
      }
      if (decision.reason === 'rate-limited') {
        limiters.global.pauseUntil(clock.now() + decision.waitMs);
      }
      await clock.sleep(decision.waitMs, callOptions.signal);
    }
  }

  return { call, clock, limiters, redact };
}

function toError(
  spec: OperationSpec,
  fields: Omit<OzonErrorFields, 'outcomeUnknown'>,
  decision: RetryDecision,
  clock: Clock,
  callOptions: CallOptions,
): OzonError {
  const outcomeUnknown = decision.outcome === 'unknown';
  if (decision.reason === 'item-quota-exhausted') {
    return new OzonQuotaError({ ...fields, outcomeUnknown }, clock.now() + decision.waitMs);
  }
  if (outcomeUnknown && !isSafeToRepeat(spec.kind)) {
    return new OzonOutcomeUnknownError({ ...fields, outcomeUnknown }, callOptions.recheckKeys);
  }
  return new OzonApiError({ ...fields, outcomeUnknown });
}
