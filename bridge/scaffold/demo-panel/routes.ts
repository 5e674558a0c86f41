import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../src/http/env';
import { ApiError } from '../../src/http/errors';
import { readBuiltPanel } from './built-panel';
import { readStaticFile } from './files';
import { hostIsLoopback, SESSION_COOKIE, sessionOf } from './request-guard';
import type { PanelSessions } from './sessions';
import { SESSION_IDLE_TTL_MS } from './sessions';
import { renderLoginNeeded, renderShell } from './shell';
import type { VendorPackage } from './vendor-styles';

const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));

export interface PanelRouteOptions {
  readonly sessions: PanelSessions;
  /** The built panel's folder (Vite's outDir). */
  readonly dist: string;
  readonly vendors: () => Promise<readonly VendorPackage[]>;
}

/**
 * The answer for a visitor without a session: a browser gets the page that says where to log in (HTML, so it is
 * readable), anything asking for JSON gets the bridge's error envelope like every other error.
 */
function loginNeeded(c: Context<AppEnv>): Response {
  const wants = accepts(c, {
    header: 'Accept',
    supports: ['text/html', 'application/json'],
    default: 'text/html',
  });
  if (wants === 'application/json') {
    throw new ApiError(
      'UNAUTHENTICATED',
      'no panel session: open the one-time login link the bridge printed at start (each link works once)',
    );
  }
  return c.html(renderLoginNeeded(), 401);
}

const languageOf = (value: string | undefined): 'en' | 'ru' | 'tr' =>
  value === 'ru' || value === 'tr' ? value : 'en';

/**
 * The bridge-served panel under /panel: the login link, the page shell, the built files and local stylesheets.
 * Public routes (no signature): the shell needs the session cookie, the files are the same as in the zip.
 */
export function panelRoutes(options: PanelRouteOptions): Hono<AppEnv> {
  const { sessions } = options;
  const file = async (base: string, relative: string) => {
    const found = await readStaticFile(base, relative);
    if (!found) {
      throw new ApiError('NOT_FOUND', `no panel file ${relative}`);
    }
    return new Response(found.body, { headers: { 'content-type': found.contentType } });
  };

  // Mounted at the root with full paths: the shell must live at /panel/ (with the slash) for its relative
  // asset URLs, and /panel alone redirects there.
  return new Hono<AppEnv>()
    .use('/panel/*', async (c, next) => {
      if (!hostIsLoopback(c)) {
        throw new ApiError('FORBIDDEN', 'the panel answers on this machine only (127.0.0.1 or localhost)');
      }
      await next();
      c.header('x-frame-options', 'DENY');
      c.header('x-content-type-options', 'nosniff');
      return undefined;
    })
    .get('/panel', (c) => c.redirect('/panel/', 302))
    .get('/panel/login/:token{[0-9a-f]{64}}', (c) => {
      const session = sessions.redeem(c.req.param('token'));
      if (!session) {
        return loginNeeded(c);
      }
      setCookie(c, SESSION_COOKIE, session.id, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge: Math.floor(SESSION_IDLE_TTL_MS / 1000),
      });
      return c.redirect('/panel/#/', 302);
    })
    .get('/panel/', async (c) => {
      const session = sessionOf(c, sessions);
      if (!session) {
        return loginNeeded(c);
      }
      const { store, version, config } = c.get('services');
      const { setting } = store.oc;
      const [name] = await store.db
        .select({ value: setting.value })
        .from(setting)
        .where(and(eq(setting.storeId, 0), eq(setting.key, 'config_name')))
        .limit(1);
      return c.html(
        renderShell({
          panel: await readBuiltPanel(options.dist),
          vendors: await options.vendors(),
          csrf: session.csrf,
          language: languageOf(c.req.query('lang')),
          version,
          storeName: name?.value ?? '',
          opencartRoot: config.opencartRoot ?? '',
        }),
      );
    })
    .get('/panel/assets-root/*', (c) => file(options.dist, c.req.path.replace(/^.*?\/assets-root\//, '')))
    .get('/panel/static/*', (c) => file(STATIC_DIR, c.req.path.replace(/^.*?\/static\//, '')))
    .get('/panel/vendor/:name/*', async (c) => {
      const vendor = (await options.vendors()).find((v) => v.name === c.req.param('name'));
      if (!vendor) {
        throw new ApiError('NOT_FOUND', `no stylesheet package ${c.req.param('name')}`);
      }
      return file(vendor.root, c.req.path.replace(/^.*?\/vendor\/[a-z-]+\//, ''));
    });
}
