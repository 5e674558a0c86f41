import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { configureOzon, type PanelEnvironment, startPanelEnvironment } from './support/panel-env';
import { POLL } from './support/poll';

/** The hashes of the module's highlighted entries in the admin's left menu (OpenCart marks them `li.active`). */
async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(
    `[...document.querySelectorAll('#menu-meschain-ozon li.active > a')].map((a) => a.hash)`,
  );
}

describe.skipIf(!chromiumAvailable())('panel in Chromium: the admin menu and the mapping page header', () => {
  let env: PanelEnvironment;
  beforeAll(async () => {
    env = await startPanelEnvironment();
    await configureOzon(env);
  });
  afterAll(async () => {
    await env?.close();
  });

  it("highlights the left menu's entry of the page shown, on load and as the panel switches pages", async () => {
    const { page } = env;
    await page.goto(`${new URL(page.url()).origin}/panel/#/logs`);
    await page.waitForSelector('.meschain-ozon[data-page="logs"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/logs']);
    // The admin's own menu: only the hash changes, the page stays.
    await page.click('#menu-meschain-ozon a[href$="#/products"]');
    await page.waitForSelector('.meschain-ozon[data-page="products"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/products']);
    // The panel's own tabs.
    await page.click('[data-page-link="mapping"]');
    await page.waitForSelector('.meschain-ozon[data-page="mapping"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/mapping']);
    await page.goBack();
    await page.waitForSelector('.meschain-ozon[data-page="products"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/products']);
  });

  it('says for how many categories attributes are downloaded, in words that fit the number, and updates it', async () => {
    const { page } = env;
    await page.click('[data-page-link="mapping"]');
    await page.waitForSelector('#meschain-category-table tr[data-category-id]');
    await page.click('#button-refresh-catalogue');
    await page.waitForSelector('#meschain-catalogue-job[data-job-state="done"]', { timeout: 60_000 });
    const cache = page.locator('#meschain-catalogue-cache');
    await expect.poll(() => cache.textContent(), POLL).toMatch(/attributes downloaded for no category yet/);
    const row = page
      .locator('#meschain-category-table tr[data-category-id]', { hasText: 'T-shirts' })
      .first();
    await row.click();
    await page.fill('#input-leaf-search', 'T-shirt');
    await page.click('#button-leaf-search');
    await page
      .locator('#meschain-leaf-results .meschain-leaf', { hasText: 'Футболка' })
      .locator('button')
      .click();
    await page.waitForSelector('#meschain-attribute-table, #meschain-attributes-missing');
    if ((await page.locator('#meschain-attributes-missing').count()) > 0) {
      await page.click('#button-fetch-attributes');
    }
    await page.waitForSelector('#meschain-attribute-table tr.meschain-attribute', { timeout: 60_000 });
    // Once the attributes are there, the line above says so: no "0" left over from before the download.
    await expect.poll(() => cache.textContent(), POLL).toMatch(/attributes downloaded for 1 category,/);
    await expect(cache.textContent()).resolves.toMatch(/: [\d,]+ categories, /);
    // The tree download's own summary ("8 Ozon leaves, 0 attributes, …") said what was true before.
    await expect(cache.textContent()).resolves.not.toMatch(/\b0 attributes\b/);
    await screenshot(page, '17-mapping-cache-line');
    expect(env.pageErrors).toEqual([]);
  });
});
