import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Header names of the request signature shared with the OpenCart extension. */
export const SIGNATURE_HEADERS = {
  timestamp: 'x-meschain-timestamp',
  nonce: 'x-meschain-nonce',
  signature: 'x-meschain-signature',
} as const;

/** How far a request's timestamp may be from the bridge's clock; older requests are replays or stale. */
export const SIGNATURE_WINDOW_SECONDS = 60;

export interface SignatureInput {
  readonly method: string;
  /** The request target as sent: path plus query string. */
  readonly pathWithQuery: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly body: Uint8Array | string;
}

/** The string both sides sign: method, target, timestamp, nonce and the body's SHA-256, one per line. */
export function canonicalString(input: SignatureInput): string {
  const bodyHash = createHash('sha256').update(input.body).digest('hex');
  return [input.method.toUpperCase(), input.pathWithQuery, input.timestamp, input.nonce, bodyHash].join('\n');
}

/** Lower-case hex HMAC-SHA256 of the canonical string. */
export function sign(secret: string, input: SignatureInput): string {
  return createHmac('sha256', secret).update(canonicalString(input)).digest('hex');
}

/** Constant-time comparison of a presented signature with the expected one. */
export function signatureMatches(secret: string, input: SignatureInput, presented: string): boolean {
  const expected = Buffer.from(sign(secret, input), 'hex');
  const given = Buffer.from(presented, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
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
