import type { Context, MiddlewareHandler } from 'hono';
import type { NonceStore } from '../../security/nonce-store';
import type { SecretProvider } from '../../security/shared-secret';
import type { Clock } from '../../shared/clock';
import { ApiError } from '../errors';
import {
  SIGNATURE_HEADERS,
  SIGNATURE_WINDOW_SECONDS,
  type SignatureInput,
  signatureMatches,
} from './signature';

/** Another way to authenticate a request (the panel's session cookie in the demo); true when it vouches. */
export type Authenticator = (c: Context) => Promise<boolean>;

export interface SignatureAuthOptions {
  readonly secrets: SecretProvider;
  readonly clock: Clock;
  /** Where accepted nonces are remembered (the database: a restart must not forget them). */
  readonly nonces: Pick<NonceStore, 'claim'>;
  /** The body limit of the request's route, applied only once the request has passed every check before it. */
  readonly limitBody: (c: Context) => MiddlewareHandler;
  readonly alternatives?: readonly Authenticator[];
}

function refuse(reason: string): never {
  throw new ApiError('UNAUTHENTICATED', reason);
}

/** The signature headers, checked for presence, shape and freshness: everything that needs no body. */
function signatureHeaders(c: Context, now: number) {
  const timestamp = c.req.header(SIGNATURE_HEADERS.timestamp);
  const nonce = c.req.header(SIGNATURE_HEADERS.nonce);
  const presented = c.req.header(SIGNATURE_HEADERS.signature);
  if (!timestamp || !nonce || !presented) {
    refuse('this request is not signed; the bridge answers only the OpenCart extension and its panel');
  }
  if (
    !/^[0-9]{1,12}$/.test(timestamp) ||
    !/^[0-9a-f]{16,128}$/i.test(nonce) ||
    !/^[0-9a-f]{64}$/i.test(presented)
  ) {
    refuse('malformed signature headers');
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) {
    refuse(
      `request timestamp is more than ${SIGNATURE_WINDOW_SECONDS} s from the bridge clock (stale or replayed request, or clocks differ)`,
    );
  }
  return { timestamp, nonce, presented };
}

/**
 * Requires a valid request signature (see signature.ts) or an alternative authenticator. Whatever can be judged
 * without the body is judged first, so an unauthenticated request never has its body read; the body is then read
 * (as bytes, for hashing) only up to its route's limit. Hono caches it, so handlers can still parse it afterwards.
 */
export function signatureAuth(options: SignatureAuthOptions): MiddlewareHandler {
  return async (c, next) => {
    const limited = options.limitBody(c);
    for (const alternative of options.alternatives ?? []) {
      if (await alternative(c)) {
        return limited(c, next);
      }
    }
    const now = options.clock.now();
    const { timestamp, nonce, presented } = signatureHeaders(c, now);
    return limited(c, async () => {
      const url = new URL(c.req.url);
      const input: SignatureInput = {
        method: c.req.method,
        pathWithQuery: `${url.pathname}${url.search}`,
        timestamp,
        nonce,
        body: new Uint8Array(await c.req.arrayBuffer()),
      };
      let valid = signatureMatches(await options.secrets.current(), input, presented);
      if (!valid) {
        const fresh = await options.secrets.refreshed(now);
        valid = fresh !== undefined && signatureMatches(fresh, input, presented);
      }
      if (!valid) {
        refuse('bad request signature');
      }
      if (!(await options.nonces.claim(nonce, Number(timestamp)))) {
        refuse('this request was already received once (replayed nonce)');
      }
      await next();
    });
  };
}
