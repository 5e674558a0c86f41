import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { type PanelEnvironment, startPanelEnvironment } from './support/panel-env';

/** Where the module page lives in OpenCart's admin, with the route and token the page needs. */
const MODULE_PATH = '/admin/index.php';
const MODULE_QUERY = '?route=extension/module/meschain_ozon&user_token=0123456789abcdef';

/** What the module page says about the store, as OpenCart's PHP would render it. */
interface ModulePageFacts {
  /** data-opencart-root; a space in it, as real folders may have. */
  opencartRoot: string;
  /** False: rendered while the bridge was down (data-bridge-up="0" and the page's own notice). */
  bridgeUp: boolean;
}

/**
 * The bridge's demo page dressed as OpenCart's module page: served at admin/index.php?route=...&user_token=...
 * with OpenCart's <base href=".../admin/">, so that a bare "#/..." resolves to admin/ (no route, no token: in
 * OpenCart, the login page; here, the bridge's 404). The page's own files keep absolute paths.
 */
async function serveAsModulePage(page: Page, origin: string, facts: ModulePageFacts): Promise<string> {
  await page.route(
    (url) => url.pathname === MODULE_PATH,
    async (route) => {
      const shell = await route.fetch({ url: `${origin}/panel/` });
      const notice = '<div class="alert alert-warning" id="meschain-ozon-bridge-down">Start the bridge</div>';
      const html = (await shell.text())
        .replace(/(href|src)="(static|vendor|assets-root)\//g, '$1="/panel/$2/')
        .replace('<head>', `<head>\n<base href="${origin}/admin/">`)
        .replace(/data-opencart-root="[^"]*"/, `data-opencart-root="${facts.opencartRoot}"`)
        .replace(
          '<div id="meschain-ozon-app"',
          `${facts.bridgeUp ? '' : notice}<div id="meschain-ozon-app" data-bridge-up="${facts.bridgeUp ? 1 : 0}"`,
        );
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    },
  );
  return `${origin}${MODULE_PATH}${MODULE_QUERY}`;
}

/** Every API call fails as if nothing listened on the bridge's port, until the returned function is called. */
async function bridgeUnreachable(page: Page): Promise<() => Promise<void>> {
  const api = (url: URL): boolean => url.pathname.startsWith('/api/v1/');
  await page.route(api, (route) => route.abort('connectionrefused'));
  return () => page.unroute(api);
}

describe.skipIf(!chromiumAvailable())('panel under a <base href> pointing elsewhere (OpenCart admin)', () => {
  let env: PanelEnvironment;
  let moduleUrl: string;
  const facts: ModulePageFacts = { opencartRoot: '/var/www/my shop', bridgeUp: true };
  beforeAll(async () => {
    env = await startPanelEnvironment();
    moduleUrl = await serveAsModulePage(env.page, new URL(env.page.url()).origin, facts);
  });
  afterAll(async () => {
    await env?.close();
  });

  /** The page is still the module page (same path and query), showing this hash route. */
  const expectOnModulePage = (page: Page, hash: string): void => {
    expect(page.url()).toBe(`${moduleUrl}${hash}`);
  };

  it('is really under a base that would take bare hash links away', async () => {
    const { page } = env;
    await page.goto(`${moduleUrl}#/`);
    await page.waitForSelector('.meschain-ozon[data-page="dashboard"]');
    const origin = new URL(moduleUrl).origin;
    // Evaluated as text: the test's own TypeScript has no DOM types.
    const resolved = await page.evaluate("new URL('#/products', document.baseURI).href");
    expect(resolved).toBe(`${origin}/admin/#/products`);
  });

  it('switches tabs and stays on the page', async () => {
    const { page } = env;
    for (const tab of ['products', 'mapping', 'logs', 'settings', 'dashboard'] as const) {
      await page.click(`[data-page-link="${tab}"]`);
      await page.waitForSelector(`.meschain-ozon[data-page="${tab}"]`);
      expectOnModulePage(page, tab === 'dashboard' ? '#/' : `#/${tab}`);
    }
    // Back walks the tabs within the page.
    await page.goBack();
    await page.waitForSelector('.meschain-ozon[data-page="settings"]');
    expectOnModulePage(page, '#/settings');
  });

  it('filters by a state chip and pages the list, on the page', async () => {
    const { page, sample } = env;
    await page.click('[data-page-link="products"]');
    await page.waitForSelector('#meschain-state-bar li[data-state="not_analysed"] a');
    await page.click('#meschain-state-bar li[data-state="not_analysed"] a');
    await page.waitForSelector('#meschain-product-table[data-query="#/products?state=not_analysed"]');
    expectOnModulePage(page, '#/products?state=not_analysed');
    expect(sample.products).toBeGreaterThan(25);
    await page.locator('.meschain-pagination a', { hasText: /^2$/ }).click();
    await page.waitForSelector('#meschain-product-table[data-query="#/products?state=not_analysed&page=2"]');
    expectOnModulePage(page, '#/products?state=not_analysed&page=2');
    await page.locator('#meschain-state-bar li', { hasText: 'All' }).locator('a').click();
    await page.waitForSelector('#meschain-product-table[data-query="#/products"]');
    expectOnModulePage(page, '#/products');
  });

  it('keeps the chosen mapping category in the URL across a reload', async () => {
    const { page } = env;
    await page.click('[data-page-link="mapping"]');
    const row = page
      .locator('#meschain-category-table tr[data-category-id]', { hasText: 'T-shirts' })
      .first();
    const categoryId = await row.getAttribute('data-category-id');
    await row.click();
    await page.waitForSelector('#meschain-category-leaf');
    expectOnModulePage(page, `#/mapping?category=${categoryId}`);
    await page.reload();
    await page.waitForSelector(`#meschain-category-table tr.info[data-category-id="${categoryId}"]`);
    await page.waitForSelector('#meschain-category-leaf');
    expectOnModulePage(page, `#/mapping?category=${categoryId}`);
    await screenshot(page, '14-under-opencart-base');
    expect(env.pageErrors).toEqual([]);
  });

  it("says once that the bridge is down, with this store's command, and loads again when it answers", async () => {
    const { page } = env;
    await page.goto(`${moduleUrl}#/products`);
    await page.waitForSelector('#meschain-product-table');
    const reachable = await bridgeUnreachable(page);
    // The page's widgets (list, export jobs, dry-run report) all fail: one notice says it.
    await page.click('[data-page-link="dashboard"]');
    await page.click('[data-page-link="products"]');
    const banner = page.locator('#meschain-bridge-down');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(
      "npx meschain-ozon serve --opencart-root '/var/www/my shop'",
    );
    await expect(page.locator('.meschain-ozon .alert-danger').count()).resolves.toBe(1);
    await expect(page.locator('#meschain-product-table').count()).resolves.toBe(0);
    await screenshot(page, '15-bridge-down-one-notice');
    await reachable();
    // Asked again within seconds; then the page loads by itself.
    await banner.waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForSelector('#meschain-product-table');
    expectOnModulePage(page, '#/products');
  });

  it("leaves it to the page's own notice when the page found the bridge down, and drops that once it answers", async () => {
    const { page } = env;
    facts.bridgeUp = false;
    const reachable = await bridgeUnreachable(page);
    await page.goto(`${moduleUrl}#/`);
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/api/v1/'));
    // Only the hash changed: goto stayed in the document, a reload asks for the page again.
    await page.reload();
    await page.waitForSelector('.meschain-ozon[data-page="dashboard"]');
    await failed;
    await expect(page.locator('#meschain-ozon-bridge-down').count()).resolves.toBe(1);
    await expect(page.locator('#meschain-bridge-down').count()).resolves.toBe(0);
    await expect(page.locator('.meschain-ozon .alert-danger').count()).resolves.toBe(0);
    await reachable();
    await page.locator('#meschain-ozon-bridge-down').waitFor({ state: 'detached', timeout: 10_000 });
    await page.locator('#meschain-figure-products .meschain-figure-value', { hasText: /\d/ }).waitFor();
    facts.bridgeUp = true;
    expect(env.pageErrors).toEqual([]);
  });
});
