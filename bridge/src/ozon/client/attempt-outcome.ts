import type { z } from 'zod';
import type { AttemptFailure } from '../retry';
import type { CallRecord } from './call-record';
import { itemErrorFields } from './call-record';
import { parseErrorBody } from './error-body';
import type { LimitHeaders } from './errors';
import type { ExchangeResult } from './exchange';

/** The parts of an error known from one attempt alone. */
export interface AttemptErrorFields {
  readonly status: number;
  readonly ozonCode?: number | string | undefined;
  readonly ozonMessage?: string | undefined;
  readonly headers?: LimitHeaders | undefined;
}

type RecordFields = Omit<CallRecord, 'operation' | 'path' | 'startedAt' | 'durationMs' | 'attempt' | 'retry'>;

/** What one exchange amounted to, before any retry decision. */
export type AttemptOutcome<T> =
  | { readonly type: 'ok'; readonly data: T; readonly record: RecordFields }
  | { readonly type: 'unexpected-shape'; readonly issues: string[]; readonly record: RecordFields }
  | {
      readonly type: 'failed';
      readonly failure: AttemptFailure;
      readonly fields: AttemptErrorFields;
      readonly record: RecordFields;
    };

/** `path: message` lines of a zod error. */
export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads one exchange: a 2xx parsed by the response schema, an error answer parsed tolerantly, or a transport
 * failure. Every text that came from Ozon goes through `redact` here, before it can reach a record or an error.
 */
export function interpretAttempt<Res extends z.ZodType>(
  result: ExchangeResult,
  response: Res,
  redact: (text: string) => string,
): AttemptOutcome<z.output<Res>> {
  if (result.type === 'failure') {
    const failure: AttemptFailure =
      result.failure === 'not-sent'
        ? { type: 'not-sent' }
        : { type: 'unknown-outcome', cause: result.failure };
    const fields = { status: 0, ozonMessage: redact(result.detail) };
    return { type: 'failed', failure, fields, record: { status: 0, failure: result.failure } };
  }
  if (result.type === 'redirect') {
    const where = result.targetOrigin ?? 'an address it did not name';
    const ozonMessage = redact(
      `the API URL answered HTTP ${result.status}, a redirect to ${where}; it was not followed, because the ` +
        'Api-Key goes only to the API URL it was saved with: check the API URL in the settings',
    );
    const failure: AttemptFailure = { type: 'redirected', status: result.status };
    const fields = { status: result.status, ozonMessage };
    return {
      type: 'failed',
      failure,
      fields,
      record: { status: result.status, failure: 'redirect-refused', ozonMessage },
    };
  }
  const { status, headers } = result;
  if (status >= 200 && status < 300) {
    const json = parseJson(result.text);
    if (!json.ok) {
      const fields = { status, headers, ozonMessage: 'unreadable JSON answer' };
      const failure: AttemptFailure = { type: 'unknown-outcome', cause: 'malformed-response' };
      return { type: 'failed', failure, fields, record: { status, failure: 'malformed-response' } };
    }
    const parsed = response.safeParse(json.value);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error).map(redact);
      return {
        type: 'unexpected-shape',
        issues,
        record: { status, failure: 'unexpected-shape', ozonMessage: issues[0] },
      };
    }
    return { type: 'ok', data: parsed.data, record: { status, ...itemErrorFields(parsed.data, redact) } };
  }
  const body = parseErrorBody(result.text);
  const ozonMessage = body.message === undefined ? undefined : redact(body.message);
  const failure: AttemptFailure = {
    type: 'http',
    status,
    ozonCode: body.code,
    message: ozonMessage,
    retryAfter: headers.retryAfter,
    itemRetryAfter: headers.itemRetryAfter,
  };
  const fields = { status, ozonCode: body.code, ozonMessage, headers };
  return { type: 'failed', failure, fields, record: { status, ozonCode: body.code, ozonMessage } };
}
