import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors';

/**
 * The most a request body may carry where a route names no ceiling of its own: a send or mapping request for
 * the largest product list the contract allows (10,000 ids) is a tenth of it.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Routes whose bodies are small by nature, with the ceiling each gets (method, path under /api/v1, bytes). */
const ROUTE_BODY_LIMITS: ReadonlyArray<readonly [string, string, number]> = [
  // A store event carries ids and counts only; its `data` may be up to 64 KB (the contract's bound, refused field
  // by field with 422), so the body gets room for that and the event's other fields, and no more.
  ['POST', '/api/v1/events', 96 * 1024],
  ['PUT', '/api/v1/settings', 16 * 1024],
  ['POST', '/api/v1/settings/check-connection', 16 * 1024],
];

/** The ceiling for one route's request body, in bytes. */
export function bodyLimitFor(method: string, path: string): number {
  const route = path.replace(/\/+$/, '');
  const own = ROUTE_BODY_LIMITS.find(([m, p]) => m === method.toUpperCase() && p === route);
  return own?.[2] ?? DEFAULT_BODY_LIMIT_BYTES;
}

/**
 * Hono's body limit at the route's ceiling: a declared Content-Length over it is refused before a byte of the
 * body is read, a streamed body is counted and refused as soon as it passes the ceiling. 413, in the envelope.
 */
export function routeBodyLimit(c: Context): MiddlewareHandler {
  const maxSize = bodyLimitFor(c.req.method, c.req.path);
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(
        'PAYLOAD_TOO_LARGE',
        `the request body is over ${maxSize} bytes, the most ${c.req.method} ${c.req.path} takes`,
      );
    },
  });
}
