/**
 * An answer the emulator gives instead of a result: Ozon's error envelope `{code, message, details}` with an
 * HTTP status. Handlers throw it; the pipeline renders it.
 */
export class OzonApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'OzonApiError';
  }

  /** The JSON body Ozon sends. */
  body(): { code: number | string; message: string; details: unknown[] } {
    return { code: this.code, message: this.message, details: [] };
  }
}

/** 400 code 3: Ozon's answer to a request its validators reject. */
export function invalidArgument(message: string): OzonApiError {
  return new OzonApiError(400, 3, message);
}

/** 404 code 5. */
export function notFound(message: string): OzonApiError {
  return new OzonApiError(404, 5, message);
}

/** Texts Ozon uses verbatim. */
export const ozonTexts = {
  badClientId: 'Client-Id header value should be positive integer',
  badApiKey: 'Invalid Api-Key, please check the key and try again',
  perSecond: 'You have reached request rate limit per second',
  obsolete: 'obsolete method cannot be used',
  circleOpen: 'Circle is open',
  internal: 'Internal error',
  notFound: 'Not Found',
  stockTooOften: 'Stock is updated too frequently',
  priceTooOften: 'error limiting: acquire limit per item: items limit: limit exceeded',
} as const;
