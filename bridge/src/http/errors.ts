import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorCode, ErrorEnvelope } from '../contract/errors';
import { databaseUnavailable } from '../db/unavailable';
import { DomainError, type DomainErrorCode } from '../shared/domain-error';

const codeToStatus: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  OZON_ERROR: 502,
  OZON_NOT_CONFIGURED: 409,
  BRIDGE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** An error the bridge answers deliberately; anything else becomes INTERNAL without its details. */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly fields: Record<string, string[]> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string[]>) {
    super(codeToStatus[code], { message });
    this.code = code;
    this.fields = fields;
  }
}

/** The contract's code for each domain error code (the status follows from the contract's code). */
const domainToCode: Record<DomainErrorCode, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  OZON_NOT_CONFIGURED: 'OZON_NOT_CONFIGURED',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  BROKEN_STATE: 'INTERNAL',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
};

/** The answer a domain error gets: its message is the merchant's to read, so it is kept. */
export function fromDomainError(error: DomainError): ApiError {
  return new ApiError(domainToCode[error.code], error.message, error.fields);
}

/** Builds the envelope body and status for any thrown value. */
export function toEnvelope(
  error: unknown,
  requestId: string,
): { status: ContentfulStatusCode; body: ErrorEnvelope } {
  if (error instanceof DomainError) {
    return toEnvelope(fromDomainError(error), requestId);
  }
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: {
        error: {
          code: error.code,
          message: error.message,
          requestId,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      },
    };
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    // A lost database is no fault of the request: 503, which says that trying again later helps.
    return toEnvelope(unavailable, requestId);
  }
  if (error instanceof HTTPException) {
    const code: ErrorCode =
      error.status === 404 ? 'NOT_FOUND' : error.status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST';
    return { status: error.status, body: { error: { code, message: error.message, requestId } } };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'internal error; see the bridge log', requestId } },
  };
}

/**
 * Turns a zod error into VALIDATION_FAILED with messages by field (`(body)` for the value as a whole). A field the
 * schema does not know is named itself (zod reports it on the object that holds it), so the merchant or the
 * caller sees which one was misspelt.
 */
export function validationError(error: z.core.$ZodError, what: string): ApiError {
  const fields: Record<string, string[]> = {};
  const add = (path: readonly PropertyKey[], message: string): void => {
    const key = path.map(String).join('.') || '(body)';
    fields[key] = [...(fields[key] ?? []), message];
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        add([...issue.path, key], `unknown field (not part of the ${what})`);
      }
    } else {
      add(issue.path, issue.message);
    }
  }
  return new ApiError('VALIDATION_FAILED', `${what} is not valid`, fields);
}
