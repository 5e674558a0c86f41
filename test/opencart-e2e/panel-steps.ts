import type { Page } from 'playwright-core';

/** Panel polls and Ozon round trips through PHP: generous, since every call crosses two processes. */
export const STEP_TIMEOUT = 30_000;
/** Background jobs the merchant waits for (Ozon's tree, a category's attributes). */
const JOB_TIMEOUT = 110_000;
const MODULE_ROUTE = 'extension/module/meschain_ozon';

/** Opens a panel page the way a merchant does: the admin menu's "Ozon" entry, then its child link. */
export async function openFromMenu(page: Page, hash: string): Promise<void> {
  const child = page.locator(`#menu-meschain-ozon a[href$="${hash}"]`);
  const there = (): boolean => new URL(page.url()).hash === hash;
  // On a busy machine a click can be lost: one on the entry that lands before the admin's scripts have started
  // (Bootstrap's collapse does not open), and one on the child link that started no navigation (seen once in
  // about ten loaded runs, the browser still on the page before after 30 s). A merchant clicks again; so does
  // this, but only on a closed entry (a click on an open one closes it) and only while the page has not changed.
  const deadline = Date.now() + STEP_TIMEOUT;
  let clicks = 0;
  while (!there()) {
    if (Date.now() > deadline) {
      throw new Error(
        `${clicks} clicks on the Ozon menu did not open ${hash}: the browser shows ${page.url()}`,
      );
    }
    if (!(await child.isVisible())) {
      if (!(await page.locator('#menu-meschain-ozon > ul.collapsing').count())) {
        await page.click('#menu-meschain-ozon > a');
      }
      await child.waitFor({ state: 'visible', timeout: 1_000 }).catch(() => undefined);
      continue;
    }
    await child.click();
    clicks += 1;
    // Until the new page's address, not its load event (every admin script, font and image).
    await page
      .waitForURL((url) => url.hash === hash, { waitUntil: 'commit', timeout: 5_000 })
      .catch(() => undefined);
  }
  await page.waitForSelector(`.meschain-ozon[data-page]`, { timeout: STEP_TIMEOUT });
}

/**
 * Fails unless the browser is still on the module's page with the session's user_token: OpenCart's
 * <base href> would turn the panel's "#/..." links and history entries into the login page.
 */
export function expectOnModulePage(page: Page, token: string): void {
  const url = new URL(page.url());
  if (url.searchParams.get('route') !== MODULE_ROUTE || url.searchParams.get('user_token') !== token) {
    throw new Error(`the panel left the module page: ${page.url()}`);
  }
}

/** Switches page with the panel's own tab, as a merchant does once inside. */
export async function openTab(page: Page, name: string, token: string): Promise<void> {
  await page.click(`.meschain-tabs [data-page-link="${name}"]`);
  await page.waitForSelector(`.meschain-ozon[data-page="${name}"]`, { timeout: STEP_TIMEOUT });
  expectOnModulePage(page, token);
}

export interface OzonAccount {
  readonly clientId: string;
  readonly apiKey: string;
  readonly apiUrl: string;
}

/** Settings: types the credentials, checks the connection, saves, then picks the first Ozon warehouse offered. */
export async function enterCredentials(page: Page, account: OzonAccount): Promise<string> {
  await page.waitForSelector('#meschain-settings-form', { timeout: STEP_TIMEOUT });
  await page.fill('#input-client-id', account.clientId);
  await page.fill('#input-api-key', account.apiKey);
  await page.fill('#input-api-url', account.apiUrl);
  await page.click('#button-check-connection');
  await page.waitForSelector('#meschain-connection-result', { timeout: STEP_TIMEOUT });
  const result = (await page.textContent('#meschain-connection-result')) ?? '';
  if ((await page.getAttribute('#meschain-connection-result', 'data-ok')) !== '1') {
    throw new Error(`the connection check failed: ${result}`);
  }
  await page.click('#button-save-settings');
  await page.waitForSelector('#meschain-settings-saved', { timeout: STEP_TIMEOUT });
  const warehouse = page.locator('select#input-default-warehouse');
  await warehouse.waitFor({ timeout: STEP_TIMEOUT });
  const values = await warehouse
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
  const first = values.find((value) => value !== '');
  if (first !== undefined) {
    await warehouse.selectOption(first);
    await page.click('#button-save-settings');
    await page.waitForSelector('#meschain-settings-saved', { timeout: STEP_TIMEOUT });
  }
  return result;
}

/** Mapping: downloads Ozon's category tree when the bridge has none yet (a first visit always). */
export async function downloadOzonTree(page: Page): Promise<void> {
  await page.waitForSelector('#meschain-category-table tr[data-category-id]', { timeout: STEP_TIMEOUT });
  // The cache's state arrives separately from the tree; only once it is shown can the merchant tell.
  const cache = page.locator('#meschain-catalogue-cache', {
    hasText: /not been downloaded|Ozon catalogue on/,
  });
  await cache.waitFor({ timeout: STEP_TIMEOUT });
  if (((await cache.textContent()) ?? '').includes('not been downloaded')) {
    await page.click('#button-refresh-catalogue');
    await page.waitForSelector('#meschain-catalogue-job[data-job-state="done"]', { timeout: JOB_TIMEOUT });
    // The page reads the cache's state again once the job ends; only then does it offer the search.
    await page
      .locator('#meschain-catalogue-cache', { hasNotText: 'not been downloaded' })
      .waitFor({ timeout: STEP_TIMEOUT });
  }
}

/** Mapping: selects a store category, searches Ozon's tree and maps it to the hit named `leafName`. */
export async function mapCategory(
  page: Page,
  categoryId: number,
  search: string,
  leafName: string,
): Promise<void> {
  await page.click(`#meschain-category-table tr[data-category-id="${categoryId}"]`);
  await page.waitForSelector('#meschain-category-leaf', { timeout: STEP_TIMEOUT });
  await page.fill('#input-leaf-search', search);
  await page.click('#button-leaf-search');
  const hit = page.locator('#meschain-leaf-results .meschain-leaf', { hasText: leafName }).first();
  await hit.locator('button').click({ timeout: STEP_TIMEOUT });
  await page.locator('#meschain-current-leaf', { hasText: leafName }).waitFor({ timeout: STEP_TIMEOUT });
  // Mapping a category downloads its Ozon attributes in the background; a merchant may also ask for them.
  await page.waitForSelector('#meschain-attribute-table, #meschain-attributes-missing', {
    timeout: STEP_TIMEOUT,
  });
  if ((await page.locator('#meschain-attributes-missing').count()) > 0) {
    await page.click('#button-fetch-attributes');
  }
  await page.waitForSelector('#meschain-attribute-table tr.meschain-attribute', { timeout: JOB_TIMEOUT });
}

/**
 * Mapping › attribute › "store values": for a store text Ozon's dictionary does not know (a manufacturer),
 * searches the dictionary and picks the value named `valueName`.
 */
export async function chooseDictionaryValue(
  page: Page,
  attributeId: number,
  storeText: string,
  search: string,
  valueName: string,
): Promise<void> {
  const texts = page.locator(`.meschain-dictionary-texts[data-attribute-id="${attributeId}"]`);
  if ((await texts.count()) === 0) {
    await page
      .locator(`#meschain-attribute-table tr.meschain-attribute[data-attribute-id="${attributeId}"]`)
      .locator('.meschain-texts-toggle')
      .click();
  }
  const row = texts.locator(`tr.meschain-text-row[data-text="${storeText}"]`);
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.locator('.meschain-pick-value').click();
  await row.locator('.meschain-dictionary-search').fill(search);
  await row.locator('.meschain-dictionary-search').press('Enter');
  await row
    .locator('.meschain-dictionary-values button.list-group-item', { hasText: valueName })
    .first()
    .click({ timeout: STEP_TIMEOUT });
  await texts
    .locator(`tr.meschain-text-row[data-text="${storeText}"][data-matched="1"]`)
    .waitFor({ timeout: STEP_TIMEOUT });
}
