/** Response headers that matter for limits; nothing else of the exchange is kept. */
export interface LimitHeaders {
  readonly retryAfter?: string | undefined;
  readonly rateLimitRemaining?: string | undefined;
  readonly itemRetryAfter?: string | undefined;
  readonly itemRateLimitRemaining?: string | undefined;
}

export interface OzonErrorFields {
  /** The registry name of the operation, e.g. `stocksUpdate`. */
  readonly operation: string;
  readonly path: string;
  /** HTTP status; 0 when no answer came back. */
  readonly status: number;
  readonly ozonCode?: number | string | undefined;
  /** Ozon's message, with the Api-Key and Client-Id removed. */
  readonly ozonMessage?: string | undefined;
  readonly headers?: LimitHeaders | undefined;
  /** The retry decision's reason for giving up, e.g. `invalid-request`, `outcome-unknown`, `server-error (attempts exhausted)`. */
  readonly reason: string;
  readonly attempts: number;
  /** True when the request may have been applied by Ozon although we saw no success. */
  readonly outcomeUnknown: boolean;
  /**
   * True when the last attempt was turned away before processing (rate limit, open circuit, connection refused).
   * For a creating write, which is never repeated after an unknown outcome, nothing happened at all: sending it
   * again later is safe.
   */
  readonly refused?: boolean | undefined;
}

/**
 * Every failure of an Ozon call. Messages are built from already-redacted parts only, so neither the message nor
 * the stack can carry a secret.
 */
export class OzonError extends Error implements OzonErrorFields {
  override readonly name: string = 'OzonError';
  readonly operation: string;
  readonly path: string;
  readonly status: number;
  readonly ozonCode: number | string | undefined;
  readonly ozonMessage: string | undefined;
  readonly headers: LimitHeaders;
  readonly reason: string;
  readonly attempts: number;
  readonly outcomeUnknown: boolean;
  readonly refused: boolean;

  constructor(fields: OzonErrorFields, message?: string) {
    const code = fields.ozonCode === undefined ? '' : ` code ${fields.ozonCode}`;
    const text = fields.ozonMessage ? `: ${fields.ozonMessage}` : '';
    super(message ?? `Ozon ${fields.path} failed (${fields.reason}, HTTP ${fields.status}${code})${text}`);
    this.operation = fields.operation;
    this.path = fields.path;
    this.status = fields.status;
    this.ozonCode = fields.ozonCode;
    this.ozonMessage = fields.ozonMessage;
    this.headers = fields.headers ?? {};
    this.reason = fields.reason;
    this.attempts = fields.attempts;
    this.outcomeUnknown = fields.outcomeUnknown;
    this.refused = fields.refused ?? false;
  }
}

/** Ozon answered with an error that repeating will not fix (400/403/404/409/410, auth) or retries ran out. */
export class OzonApiError extends OzonError {
  override readonly name: string = 'OzonApiError';
}

/** The import item quota will not reset within the configured maximum wait. */
export class OzonQuotaError extends OzonError {
  override readonly name = 'OzonQuotaError';
  /** Clock time (ms) at which Ozon said the quota resets. */
  readonly resetAt: number;

  constructor(fields: OzonErrorFields, resetAt: number) {
    super(
      fields,
      `Ozon item quota for ${fields.path} exhausted; resets at ${new Date(resetAt).toISOString()}`,
    );
    this.resetAt = resetAt;
  }
}

/** Keys that let the caller re-check an unknown outcome: offers of an import, postings of a state change. */
export interface RecheckKeys {
  readonly offerIds?: readonly string[] | undefined;
  readonly postingNumbers?: readonly string[] | undefined;
}

/**
 * A creating write or state change whose outcome is unknown (timeout, dropped connection, 5xx, unreadable answer).
 * It was not sent again; re-check by the keys it carries (/v3/product/info/list for offers, /v3/posting/fbs/get
 * for postings) before deciding to resend.
 */
export class OzonOutcomeUnknownError extends OzonError {
  override readonly name = 'OzonOutcomeUnknownError';
  readonly offerIds: readonly string[];
  readonly postingNumbers: readonly string[];

  constructor(fields: OzonErrorFields, keys: RecheckKeys = {}) {
    super(
      fields,
      `Outcome of Ozon ${fields.path} unknown (${fields.reason}); not resent, re-check before retrying`,
    );
    this.offerIds = keys.offerIds ?? [];
    this.postingNumbers = keys.postingNumbers ?? [];
  }
}

/** Ozon answered 200 with a body our response schema cannot read: a contract change to look at, not to retry. */
export class OzonResponseShapeError extends OzonError {
  override readonly name = 'OzonResponseShapeError';
  readonly issues: readonly string[];

  constructor(fields: OzonErrorFields, issues: readonly string[]) {
    super(fields, `Ozon ${fields.path} answered in an unexpected shape: ${issues.slice(0, 5).join('; ')}`);
    this.issues = issues;
  }
}

/** Our own request failed the request schema; it was never sent. */
export class OzonRequestInvalidError extends OzonError {
  override readonly name = 'OzonRequestInvalidError';
  readonly issues: readonly string[];

  constructor(fields: OzonErrorFields, issues: readonly string[]) {
    super(fields, `Request for Ozon ${fields.path} is invalid, not sent: ${issues.slice(0, 5).join('; ')}`);
    this.issues = issues;
  }
}
