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

describe.skipIf(!chromiumAvailable())('panel in Chromium: category and attribute mapping', () => {
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
    // The panel's own tabs, and Back.
    await page.click('[data-page-link="mapping"]');
    await page.waitForSelector('.meschain-ozon[data-page="mapping"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/mapping']);
    await page.goBack();
    await page.waitForSelector('.meschain-ozon[data-page="products"]');
    await expect.poll(() => highlighted(page), POLL).toEqual(['#/products']);
  });

  it("downloads Ozon's category tree with a progress bar", async () => {
    const { page } = env;
    await page.click('[data-page-link="mapping"]');
    await page.waitForSelector('#meschain-category-table tr[data-category-id]');
    // The cache's state arrives apart from the categories.
    await expect
      .poll(() => page.textContent('#meschain-catalogue-cache'), POLL)
      .toContain('not been downloaded');
    await page.click('#button-refresh-catalogue');
    await page.waitForSelector('#meschain-catalogue-job[data-job-state="done"]', { timeout: 60_000 });
    // The cache's counts are read again once the job ends; the button's label names categories all along.
    await expect
      .poll(() => page.textContent('#meschain-catalogue-cache'), POLL)
      .not.toContain('not been downloaded');
    // In words that fit the number ("attributes of 0" before).
    await expect
      .poll(() => page.textContent('#meschain-catalogue-cache'), POLL)
      .toMatch(/: [\d,]+ categories, attributes downloaded for no category yet, /);
  });

  it('maps a store category to an Ozon category found by search', async () => {
    const { page } = env;
    const row = page
      .locator('#meschain-category-table tr[data-category-id]', { hasText: 'T-shirts' })
      .first();
    await row.click();
    await page.waitForSelector('#meschain-category-leaf');
    expect(page.url()).toMatch(/category=\d+/);
    await page.fill('#input-leaf-search', 'T-shirt');
    await page.click('#button-leaf-search');
    await page.waitForSelector('#meschain-leaf-results .meschain-leaf');
    await page
      .locator('#meschain-leaf-results .meschain-leaf', { hasText: 'Футболка' })
      .locator('button')
      .click();
    await expect.poll(() => page.textContent('#meschain-current-leaf'), POLL).toContain('Футболка');
    await expect(row.textContent()).resolves.toContain('Футболка');
    await page.waitForSelector('#meschain-attributes');
  });

  it("downloads the category's attributes and maps a required one to a dictionary value", async () => {
    const { page } = env;
    // Either Ozon's attributes are cached already (the tree download fetched mapped leaves) or the panel says so.
    await page.waitForSelector('#meschain-attribute-table, #meschain-attributes-missing');
    const missing = page.locator('#meschain-attributes-missing');
    if ((await missing.count()) > 0) {
      await page.click('#button-fetch-attributes');
    }
    await page.waitForSelector('#meschain-attribute-table tr.meschain-attribute[data-required="1"]', {
      timeout: 60_000,
    });
    const required = page.locator('#meschain-attribute-table tr.meschain-attribute[data-required="1"]');
    expect(await required.count()).toBeGreaterThan(0);
    // Once the attributes are there, the catalogue line says so ("attributes of 1" before), and the tree
    // download's own summary ("8 Ozon leaves, 0 attributes, …"), true before the attributes came, is gone.
    const cache = page.locator('#meschain-catalogue-cache');
    await expect.poll(() => cache.textContent(), POLL).toMatch(/attributes downloaded for 1 category,/);
    await expect(cache.textContent()).resolves.not.toMatch(/\b0 attributes\b/);
    await screenshot(page, '05b-mapping-cache-line');

    const brand = page
      .locator('#meschain-attribute-table tr.meschain-attribute', { hasText: /Бренд|Brand/ })
      .first();
    const attributeId = await brand.getAttribute('data-attribute-id');
    await brand.locator('.meschain-rule-edit').click();
    const editor = page.locator(`.meschain-rule-editor[data-attribute-id="${attributeId}"]`);
    await editor.locator('.meschain-rule-source').selectOption('fixed');
    await editor.locator('.meschain-dictionary-values .list-group-item').first().waitFor();
    const firstValue = editor.locator('.meschain-dictionary-values button.list-group-item').first();
    const chosen = (await firstValue.textContent())?.split('·')[0]?.trim() ?? '';
    await firstValue.click();
    await editor.locator('.meschain-picked').waitFor();
    await screenshot(page, '06-mapping-attribute-editor');
    await editor.locator('.meschain-rule-save').click();
    const cell = page.locator(
      `#meschain-attribute-table tr.meschain-attribute[data-attribute-id="${attributeId}"] .meschain-rule-cell`,
    );
    await expect.poll(() => cell.textContent(), POLL).toContain(chosen);
    await screenshot(page, '07-mapping');
    expect(env.pageErrors).toEqual([]);
  });

  it("maps the store's size option to Ozon's sizes, choosing the value of one size by hand", async () => {
    const { page } = env;
    const size = page
      .locator('#meschain-attribute-table tr.meschain-attribute', { hasText: 'Российский размер' })
      .first();
    const attributeId = await size.getAttribute('data-attribute-id');
    await size.locator('.meschain-rule-edit').click();
    const editor = page.locator(`.meschain-rule-editor[data-attribute-id="${attributeId}"]`);
    // The suggested source (the store's size option) is preselected; saving accepts it.
    expect(await editor.locator('.meschain-rule-source').inputValue()).toMatch(/^option:\d+$/);
    await editor.locator('.meschain-rule-save').click();
    await editor.waitFor({ state: 'detached' });
    await size.locator('.meschain-texts-toggle').click();
    const texts = page.locator(`.meschain-dictionary-texts[data-attribute-id="${attributeId}"]`);
    const small = texts.locator('tr.meschain-text-row[data-text="S"]');
    await small.waitFor();
    expect(await small.getAttribute('data-matched')).toBe('0');
    await small.locator('.meschain-pick-value').click();
    await small.locator('.meschain-dictionary-search').fill('44');
    await small.locator('.meschain-dictionary-search').press('Enter');
    await small
      .locator('.meschain-dictionary-values button.list-group-item', { hasText: '44' })
      .first()
      .click();
    await expect.poll(() => small.getAttribute('data-matched'), POLL).toBe('1');
    await expect.poll(() => small.textContent(), POLL).toContain('your choice');
    await screenshot(page, '07b-mapping-store-values');
    expect(env.pageErrors).toEqual([]);
  });
});
