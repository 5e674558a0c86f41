import { randomBytes } from 'node:crypto';
import { requestHmac, SIGNATURE_WINDOW_SECONDS, sameHexSignature } from '../../security/request-hmac';

/** Header names of the request signature shared with the OpenCart extension. */
export const SIGNATURE_HEADERS = {
  timestamp: 'x-meschain-timestamp',
  nonce: 'x-meschain-nonce',
  signature: 'x-meschain-signature',
} as const;

/** How far a request's timestamp may be from the bridge's clock; older requests are replays or stale. */
export { SIGNATURE_WINDOW_SECONDS };

export interface SignatureInput {
  readonly method: string;
  /** The request target as sent: path plus query string. */
  readonly pathWithQuery: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly body: Uint8Array | string;
}

/** Lower-case hex HMAC-SHA256 of method, target, timestamp, nonce and the body's SHA-256, one per line. */
export function sign(secret: string, input: SignatureInput): string {
  return requestHmac(
    secret,
    [input.method.toUpperCase(), input.pathWithQuery, input.timestamp, input.nonce],
    input.body,
  );
}

/** Constant-time comparison of a presented signature with the expected one. */
export function signatureMatches(secret: string, input: SignatureInput, presented: string): boolean {
  return sameHexSignature(sign(secret, input), presented);
}

/** The headers that authenticate one request; the PHP extension builds the same ones. */
export function signedHeaders(
  secret: string,
  request: { method: string; pathWithQuery: string; body?: string },
  nowMs: number = Date.now(),
  nonce: string = randomBytes(16).toString('hex'),
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const signature = sign(secret, { ...request, body: request.body ?? '', timestamp, nonce });
  return {
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: signature,
  };
}
