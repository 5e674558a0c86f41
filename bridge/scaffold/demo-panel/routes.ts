import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../src/http/env';
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
    return found
      ? new Response(found.body, { headers: { 'content-type': found.contentType } })
      : new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  };

  // Mounted at the root with full paths: the shell must live at /panel/ (with the slash) for its relative
  // asset URLs, and /panel alone redirects there.
  return new Hono<AppEnv>()
    .use('/panel/*', async (c, next) => {
      if (!hostIsLoopback(c)) {
        return c.text('the panel answers on this machine only (127.0.0.1 or localhost)', 403);
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
        return c.html(renderLoginNeeded(), 401);
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
        return c.html(renderLoginNeeded(), 401);
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
        return c.text('not found', 404);
      }
      return file(vendor.root, c.req.path.replace(/^.*?\/vendor\/[a-z-]+\//, ''));
    });
}
