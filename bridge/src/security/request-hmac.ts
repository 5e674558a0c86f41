import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How far a signed request's timestamp may be from the receiver's clock, both ways: older requests are stale or
 * replayed. The bridge checks it for the extension's requests, the store's loop guard for the bridge's.
 */
export const SIGNATURE_WINDOW_SECONDS = 60;

/**
 * The one shape of every signature the bridge and the OpenCart extension exchange: lower-case hex
 * HMAC-SHA256 with the shared secret over `lines` and the body's SHA-256, joined by newlines. The PHP side
 * builds the same string (Signer::signLines in the extension).
 */
export function requestHmac(secret: string, lines: readonly string[], body: Uint8Array | string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret)
    .update([...lines, bodyHash].join('\n'))
    .digest('hex');
}

/** Constant-time comparison of two hex signatures, so a forger learns nothing from how fast it fails. */
export function sameHexSignature(expected: string, presented: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(presented, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
