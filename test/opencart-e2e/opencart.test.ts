/*
 * The real-store suite on a store someone installed: runs when OPENCART_ROOT names an installed OpenCart 3 web
 * root (its admin/config.php is read for URLs, database and log folder), and then instead of the rig's stores.
 * The store's web server is started (php -S) when nothing answers at its URL.
 *   OPENCART_ADMIN_USER / OPENCART_ADMIN_PASSWORD  admin login (default admin / admin123)
 *   MESCHAIN_E2E_BRIDGE_URL  use a bridge already running for this store instead of starting one
 *                            (the bridge's tables are then left alone)
 */
import { describe } from 'vitest';
import { opencartSuite } from './opencart-suite';

const root = process.env.OPENCART_ROOT;

describe.skipIf(!root)(`the extension on a real OpenCart 3 (OPENCART_ROOT=${root ?? 'unset'})`, () => {
  opencartSuite(async () => ({
    root: root ?? '',
    admin: {
      user: process.env.OPENCART_ADMIN_USER ?? 'admin',
      password: process.env.OPENCART_ADMIN_PASSWORD ?? 'admin123',
    },
    bridgeUrl: process.env.MESCHAIN_E2E_BRIDGE_URL,
    release: async () => undefined,
  }));
});
