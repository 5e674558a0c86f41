import type { Page } from 'playwright-core';
import { adminPage } from './admin-browser';

/** Panel polls and Ozon round trips through PHP: generous, since every call crosses two processes. */
const STEP_TIMEOUT = 30_000;
/** An export against the emulator: task pending, moderation and the panel's one-second job poll. */
const EXPORT_TIMEOUT = 110_000;
const MODULE_ROUTE = 'extension/module/meschain_ozon';

/** Opens a panel page the way a merchant does: the admin menu's "Ozon" entry, then its child link. */
export async function openFromMenu(page: Page, hash: string): Promise<void> {
  const child = page.locator(`#menu-meschain-ozon a[href$="${hash}"]`);
  if (!(await child.isVisible())) {
    await page.click('#menu-meschain-ozon > a');
    await child.waitFor({ state: 'visible' });
  }
  await child.click();
  await page.waitForURL((url) => url.hash === hash);
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
  if (((await page.textContent('#meschain-catalogue-cache')) ?? '').includes('not been downloaded')) {
    await page.click('#button-refresh-catalogue');
    await page.waitForSelector('#meschain-catalogue-job[data-job-state="done"]', { timeout: EXPORT_TIMEOUT });
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
  await page.waitForSelector('#meschain-attribute-table tr.meschain-attribute', { timeout: EXPORT_TIMEOUT });
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

export interface WatchedExport {
  /** Job states in the order the progress bar showed them. */
  readonly states: readonly string[];
  /** The bar's labels ("Running · 3 / 19"), in order, without repeats. */
  readonly labels: readonly string[];
  readonly summary: string;
  readonly percentAtEnd: string;
}

/** Products: "Export all now", then follows the progress bar until the job ends, as a merchant watching it. */
export async function exportAllAndWatch(
  page: Page,
  onRunning: () => Promise<unknown>,
): Promise<WatchedExport> {
  await page.waitForSelector('#button-export-all:not([disabled])', { timeout: STEP_TIMEOUT });
  await page.click('#button-export-all');
  const job = page.locator('#meschain-export-job');
  await job.waitFor({ timeout: STEP_TIMEOUT });
  const states: string[] = [];
  const labels: string[] = [];
  let shot = false;
  const deadline = Date.now() + EXPORT_TIMEOUT;
  for (;;) {
    const state = (await job.getAttribute('data-job-state')) ?? '';
    const label = ((await job.locator('.progress-bar').textContent()) ?? '').trim();
    if (states.at(-1) !== state) {
      states.push(state);
    }
    if (labels.at(-1) !== label) {
      labels.push(label);
    }
    if (state === 'done' || state === 'failed' || state === 'cancelled') {
      break;
    }
    if (!shot) {
      shot = true;
      await onRunning();
    }
    if (Date.now() > deadline) {
      throw new Error(`the export did not end; the bar showed ${labels.join(' → ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    states,
    labels,
    summary: ((await job.locator('.meschain-job-summary').textContent()) ?? '').trim(),
    percentAtEnd: (await job.locator('.progress-bar').getAttribute('aria-valuenow')) ?? '',
  };
}

/** The state chips above the product list: state → count, as the panel shows them after a reload. */
export async function stateCounts(page: Page): Promise<Record<string, number>> {
  await page.reload();
  await page.waitForSelector('#meschain-state-bar', { timeout: STEP_TIMEOUT });
  const chips = await page.locator('#meschain-state-bar li[data-state]').all();
  const counts: Record<string, number> = {};
  for (const chip of chips) {
    const state = (await chip.getAttribute('data-state')) ?? '';
    counts[state] = Number(((await chip.locator('.badge').textContent()) ?? '').replace(/\D/g, ''));
  }
  return counts;
}

/** Products filtered to one state (the merchant clicks its chip): each row's product id and reason. */
export async function rowsInState(
  page: Page,
  state: string,
): Promise<{ productId: number; reason: string }[]> {
  await page.click(`#meschain-state-bar li[data-state="${state}"] a`);
  await page.waitForSelector(`#meschain-product-table[data-query="#/products?state=${state}"]`, {
    timeout: STEP_TIMEOUT,
  });
  const rows = await page.locator('#meschain-product-table tr.meschain-product-row').all();
  const found: { productId: number; reason: string }[] = [];
  for (const row of rows) {
    found.push({
      productId: Number(await row.getAttribute('data-product-id')),
      reason: ((await row.locator('.meschain-reason').textContent()) ?? '').trim(),
    });
  }
  return found;
}

export interface PackageData {
  readonly length: string;
  readonly width: string;
  readonly height: string;
  readonly lengthClass: string;
  readonly weight: string;
  readonly weightClass: string;
}

/** Catalog › Products › Edit › Data tab: fills in the package size and weight, then saves the product. */
export async function fillPackageData(
  page: Page,
  adminUrl: string,
  token: string,
  productId: number,
  data: PackageData,
): Promise<void> {
  await page.goto(adminPage(adminUrl, token, 'catalog/product/edit', `&product_id=${productId}`));
  await page.click('a[href="#tab-data"]');
  await page.fill('#input-length', data.length);
  await page.fill('#input-width', data.width);
  await page.fill('#input-height', data.height);
  await page.selectOption('#input-length-class', { label: data.lengthClass });
  await page.fill('#input-weight', data.weight);
  await page.selectOption('#input-weight-class', { label: data.weightClass });
  await Promise.all([
    page.waitForURL(/route=catalog\/product&/),
    page.click('button[form="form-product"][type="submit"]'),
  ]);
}
