import type { BridgeConfig } from '../../src/config/schema';
import type { AppOptions } from '../../src/http/app';
import { type StartOptions, startBridge } from '../../src/server/start';
import type { Services } from '../../src/services/services';
import { DEFAULT_PANEL_DIST } from './built-panel';
import { panelSessionAuthenticator } from './request-guard';
import { panelRoutes } from './routes';
import { createPanelSessions } from './sessions';
import { findVendorStyles, type VendorPackage, vendorCandidates } from './vendor-styles';

export interface PanelHostOptions {
  /** The built panel (default: the extension's javascript folder, where `npm run build:ui` writes it). */
  readonly dist?: string;
}

/**
 * The panel served by the bridge itself, for development and the demo: `/panel/` behind a one-time login
 * link, API calls authenticated by the session cookie plus a CSRF header. Pass `appOptions` to startBridge.
 */
export function createPanelHost(options: PanelHostOptions = {}) {
  let now: () => number = () => Date.now();
  const sessions = createPanelSessions(() => now());
  let vendors: Promise<readonly VendorPackage[]> | undefined;
  return {
    /** App options for startBridge: the /panel routes and the session authenticator. */
    appOptions(services: Services): AppOptions {
      now = () => services.clock.now();
      vendors ??= findVendorStyles(vendorCandidates(services.config.opencartRoot));
      const routes = panelRoutes({
        sessions,
        dist: options.dist ?? DEFAULT_PANEL_DIST,
        vendors: () => vendors ?? Promise.resolve([]),
      });
      return { publicRoutes: [['/', routes]], authenticators: [panelSessionAuthenticator(sessions)] };
    },
    /** A new single-use login link for a bridge answering at `bridgeUrl` (e.g. http://127.0.0.1:7420). */
    loginUrl(bridgeUrl: string): string {
      return `${bridgeUrl.replace(/\/+$/, '')}/panel/login/${sessions.issueLoginToken()}`;
    },
  };
}

export type PanelHost = ReturnType<typeof createPanelHost>;

/**
 * Starts the bridge with the panel mounted; `panelLoginUrl()` makes a fresh one-time link each call. This is
 * what the `demo` command runs and prints.
 */
export async function startBridgeWithPanel(
  config: BridgeConfig,
  options: Omit<StartOptions, 'app'> & PanelHostOptions = {},
) {
  const host = createPanelHost(options.dist === undefined ? {} : { dist: options.dist });
  const bridge = await startBridge(config, {
    ...(options.clock ? { clock: options.clock } : {}),
    app: (services) => host.appOptions(services),
  });
  return { ...bridge, panelLoginUrl: () => host.loginUrl(bridge.url) };
}

/** A one-time login URL for a panel host (the name the team's notes use). */
export function createPanelLogin(host: PanelHost, bridgeUrl: string): string {
  return host.loginUrl(bridgeUrl);
}
