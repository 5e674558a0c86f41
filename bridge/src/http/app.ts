import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { errorReport } from '../log/error-text';
import { redact } from '../log/redact';
import { currentSecrets } from '../services/known-secrets';
import type { Services } from '../services/services';
import { type Authenticator, signatureAuth } from './auth/middleware';
import { routeBodyLimit } from './body-limits';
import type { AppEnv } from './env';
import { ApiError, toEnvelope } from './errors';
import { healthRoutes } from './routes/health';
import { apiRoutes } from './routes/index';

export interface AppOptions {
  /** Extra ways to authenticate API requests besides the signature (the demo panel's session). */
  readonly authenticators?: readonly Authenticator[];
  /** Mounted before authentication, for pages that must load without a signature (the demo panel's files). */
  readonly publicRoutes?: ReadonlyArray<readonly [string, Hono<AppEnv>]>;
}

/** The bridge's HTTP app: health, then every API route behind authentication, with one error envelope. */
export function createApp(services: Services, options: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('services', services);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) ?? randomUUID());
    await next();
    c.header('x-request-id', c.get('requestId'));
    c.header('cache-control', 'no-store');
  });
  app.onError(async (error, c) => {
    const { status, body } = toEnvelope(error, c.get('requestId') ?? 'unknown');
    // A request whose connection ended under it (the client left, or Node refused the rest of its body and
    // answered itself) failed for that reason: nobody reads this answer, and it is not the bridge's fault.
    if (status >= 500 && !(error instanceof ApiError) && !c.req.raw.signal.aborted) {
      // The text only, with known secrets masked: the error object may carry a query's bound values.
      const report = redact(errorReport(error), await currentSecrets(services));
      console.error(`[${body.error.requestId}] ${c.req.method} ${c.req.path}: ${report}`);
    }
    return c.json(body, status);
  });
  app.notFound((c) => {
    throw new ApiError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`);
  });

  // Order matters: authentication is registered before the API routes it guards, after health and public pages.
  const typed = app.route('/health', healthRoutes);
  for (const [path, routes] of options.publicRoutes ?? []) {
    app.route(path, routes);
  }
  app.use(
    '/api/*',
    signatureAuth({
      secrets: services.secrets,
      clock: services.clock,
      nonces: services.nonces,
      limitBody: routeBodyLimit,
      ...(options.authenticators ? { alternatives: options.authenticators } : {}),
    }),
  );
  // The returned type carries every route (see api-type.ts); `typed` is the same app as `app`.
  return typed.route('/api/v1', apiRoutes);
}
