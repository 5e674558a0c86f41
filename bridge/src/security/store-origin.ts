import { randomBytes } from 'node:crypto';
import { requestHmac } from './request-hmac';

/**
 * Headers of the bridge's own requests to the store (the orders wing writes orders through it). The store's
 * loop guard (opencart-extension/…/loop_guard.php) sends no store events for a request that proves, with
 * these, that the bridge made it: otherwise the bridge would hear its own writes echoed back as new events.
 */
export const STORE_ORIGIN_HEADERS = {
  origin: 'x-meschain-origin',
  timestamp: 'x-meschain-origin-timestamp',
  nonce: 'x-meschain-origin-nonce',
  signature: 'x-meschain-origin-signature',
} as const;

/**
 * The first signed line. Both directions sign with the same secret; this line keeps a signature the bridge made
 * for the store from ever passing as the extension's signature to the bridge, or the other way round.
 */
export const STORE_ORIGIN_PURPOSE = 'meschain-bridge-origin';

export interface StoreRequest {
  readonly method: string;
  /** Path with query exactly as sent to the store, e.g. `/index.php?route=api/order/add`. */
  readonly target: string;
  /**
   * The exact body bytes (url-encoded or JSON; PHP cannot read a multipart body back to check it, so a
   * multipart request never proves its origin). Empty for none.
   */
  readonly body?: Uint8Array | string;
}

/** The signature of one request to the store at `timestamp` (unix seconds) with `nonce`. */
export function signStoreRequest(
  secret: string,
  request: StoreRequest,
  timestamp: string,
  nonce: string,
): string {
  return requestHmac(
    secret,
    [STORE_ORIGIN_PURPOSE, request.method.toUpperCase(), request.target, timestamp, nonce],
    request.body ?? '',
  );
}

/** The headers that prove to the store's loop guard that this request comes from the bridge. */
export function storeOriginHeaders(
  secret: string,
  request: StoreRequest,
  nowMs: number = Date.now(),
  nonce: string = randomBytes(16).toString('hex'),
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    [STORE_ORIGIN_HEADERS.origin]: 'bridge',
    [STORE_ORIGIN_HEADERS.timestamp]: timestamp,
    [STORE_ORIGIN_HEADERS.nonce]: nonce,
    [STORE_ORIGIN_HEADERS.signature]: signStoreRequest(secret, request, timestamp, nonce),
  };
}
