/**
 * What went wrong with one attempt, as the retry decision needs to see it. The transport builds this from the
 * HTTP exchange; nothing here carries secrets.
 */
export type AttemptFailure =
  | {
      readonly type: 'http';
      readonly status: number;
      /** Ozon's `code`: a gRPC number (8) or its name ("RESOURCE_EXHAUSTED"); both occur. */
      readonly ozonCode?: number | string | undefined;
      readonly message?: string | undefined;
      /** `retry-after` header, seconds. */
      readonly retryAfter?: string | undefined;
      /** `Item-Retry-After` header, minutes until the item quota resets. */
      readonly itemRetryAfter?: string | undefined;
    }
  /**
   * The API URL answered with a redirect, which is never followed (it would carry the Api-Key elsewhere); the
   * server that redirected did not process the request.
   */
  | { readonly type: 'redirected'; readonly status: number }
  /** The request never left (connection refused, DNS): Ozon did not see it. */
  | { readonly type: 'not-sent' }
  /** The request may have reached Ozon but no usable answer came back. */
  | {
      readonly type: 'unknown-outcome';
      readonly cause: 'timeout' | 'connection-dropped' | 'malformed-response';
    };
