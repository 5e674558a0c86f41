import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { type PanelEnvironment, startPanelEnvironment } from './support/panel-env';

/** Where the module page lives in OpenCart's admin, with the route and token the page needs. */
const MODULE_PATH = '/admin/index.php';
const MODULE_QUERY = '?route=extension/module/meschain_ozon&user_token=0123456789abcdef';

/**
 * The bridge's demo page dressed as OpenCart's module page: served at admin/index.php?route=...&user_token=...
 * with OpenCart's <base href=".../admin/">, so that a bare "#/..." resolves to admin/ (no route, no token: in
 * OpenCart, the login page; here, the bridge's 404). The page's own files keep absolute paths.
 */
async function serveAsModulePage(page: Page, origin: string): Promise<string> {
  await page.route(
    (url) => url.pathname === MODULE_PATH,
    async (route) => {
      const shell = await route.fetch({ url: `${origin}/panel/` });
      const html = (await shell.text())
        .replace(/(href|src)="(static|vendor|assets-root)\//g, '$1="/panel/$2/')
        .replace('<head>', `<head>\n<base href="${origin}/admin/">`);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    },
  );
  return `${origin}${MODULE_PATH}${MODULE_QUERY}`;
}

describe.skipIf(!chromiumAvailable())('panel under a <base href> pointing elsewhere (OpenCart admin)', () => {
  let env: PanelEnvironment;
  let moduleUrl: string;
  beforeAll(async () => {
    env = await startPanelEnvironment();
    moduleUrl = await serveAsModulePage(env.page, new URL(env.page.url()).origin);
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
});
