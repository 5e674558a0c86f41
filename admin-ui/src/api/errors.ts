import type { ErrorCode, ErrorEnvelope } from '../../../bridge/src/contract/errors';

/** The bridge's codes, plus what only the browser can see: an answer that is not the bridge's JSON. */
export type PanelErrorCode = ErrorCode | 'BAD_RESPONSE';

/** A failed call as the pages show it: the bridge's envelope, or what went wrong before one arrived. */
export class PanelApiError extends Error {
  // `declare`: set in the constructor only, so no class field is defined (as undefined) before it.
  declare readonly code: PanelErrorCode;
  declare readonly status: number;
  declare readonly fields: Readonly<Record<string, readonly string[]>>;
  declare readonly requestId: string | undefined;

  constructor(
    code: PanelErrorCode,
    message: string,
    status: number,
    fields: Readonly<Record<string, readonly string[]>> = {},
    requestId?: string,
  ) {
    super(message);
    this.name = 'PanelApiError';
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.requestId = requestId;
  }
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) {
    return false;
  }
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** The error for a non-2xx answer: the envelope when there is one, a BAD_RESPONSE otherwise. */
export function errorFromAnswer(status: number, body: unknown, text: string): PanelApiError {
  if (isEnvelope(body)) {
    const { code, message, fields, requestId } = body.error;
    return new PanelApiError(code, message, status, fields ?? {}, requestId);
  }
  if (status === 503 || status === 502 || status === 504) {
    return new PanelApiError('BRIDGE_UNAVAILABLE', text.slice(0, 300), status);
  }
  return new PanelApiError('BAD_RESPONSE', `HTTP ${status}: ${text.slice(0, 300)}`, status);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
