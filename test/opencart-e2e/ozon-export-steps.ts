import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { callProxy } from './admin-browser';
import type { Shoot } from './artifacts';
import type { BridgeTap } from './bridge-tap';
import { categoryIdByName, type Db, productsInCategory, rememberPackageData, rows } from './opencart-db';
import type { OpencartSite } from './opencart-site';
import {
  chooseDictionaryValue,
  downloadOzonTree,
  enterCredentials,
  expectOnModulePage,
  mapCategory,
  openFromMenu,
  openTab,
} from './panel-steps';
import {
  exportAllAndWatch,
  fillPackageData,
  type PackageData,
  rowsInState,
  waitForStates,
} from './products-page';
import { type ProxyWatch, watchProxy } from './proxy-watch';

/** What the export steps need from the run around them, read once each step starts. */
export interface AdminSession {
  readonly site: OpencartSite;
  readonly db: Db;
  readonly page: Page;
  readonly token: string;
  readonly shoot: Shoot;
  readonly errorLog: string;
  readonly tap: BridgeTap;
}

/** OpenCart's demo category the merchant maps, and where to on the emulator's Ozon tree. */
const CATEGORY = 'Phones & PDAs';
const OZON_SEARCH = 'Screen protector';
const OZON_LEAF = 'Защитное стекло';
/** Ozon's brand attribute and its "no brand" value, for manufacturers Ozon's dictionary does not list. */
const BRAND_ATTRIBUTE = 85;
const NO_BRAND = 'Нет бренда';
/** What a merchant would measure on a boxed phone; OpenCart's demo data has no dimensions at all. */
const BOXED_PHONE: PackageData = {
  length: '16',
  width: '9',
  height: '5',
  lengthClass: 'Centimeter',
  weight: '0.35',
  weightClass: 'Kilogram',
};
const PROXY_ROUTE = 'extension/module/meschain_ozon/proxy';

/**
 * The first product export of a merchant with OpenCart's demo catalogue, all in the admin through the extension's
 * proxy: Settings (credentials, connection check), Mapping (one demo category, brands Ozon does not know), Products
 * (Export all now with its progress bar, the refusals and their reasons), the fix in OpenCart's own product form,
 * and the second export that brings the products live on the Ozon emulator.
 */
/** Roubles per unit of the store's default currency (USD in OpenCart's demo data). */
const RUB_PER_STORE_UNIT = 90.5;

export function ozonExportSteps(session: () => AdminSession): void {
  const account = { clientId: '100500', apiKey: `rig-${randomBytes(12).toString('hex')}` };
  let emulator: RunningOzonEmulator;
  let watch: ProxyWatch;
  let restorePackages: (() => Promise<void>) | undefined;
  let removeRub: (() => Promise<void>) | undefined;
  let categoryId = 0;
  let products: number[] = [];
  let storeItems = 0;
  /** Figures for the run's record, printed at the end. */
  const figures: string[] = [];

  beforeAll(async () => {
    const { db, site } = session();
    emulator = await startOzonEmulator({ credentials: [account], taskPendingMs: 1_000, moderationMs: 2_000 });
    categoryId = await categoryIdByName(db, site.db.prefix, CATEGORY);
    products = await productsInCategory(db, site.db.prefix, categoryId);
    restorePackages = await rememberPackageData(db, site.db.prefix, products);
    // OpenCart ships with USD, EUR and GBP; a merchant selling on Ozon adds RUB in System › Localisation ›
    // Currencies (the bridge refuses to send prices without that rate). The row is written as that form writes it:
    // OpenCart 3.0.3.9's form would also fetch rates from a switched-off web service this machine cannot reach.
    const existing = await rows<{ n: number }>(
      db,
      `SELECT COUNT(*) AS n FROM \`${site.db.prefix}currency\` WHERE code = 'RUB'`,
    );
    if (Number(existing[0]?.n ?? 0) === 0) {
      await db.query(
        `INSERT INTO \`${site.db.prefix}currency\` (title, code, symbol_left, symbol_right, decimal_place, value, status, date_modified)
         VALUES ('Российский рубль', 'RUB', '', ' ₽', '2', ?, 0, NOW())`,
        [RUB_PER_STORE_UNIT],
      );
      removeRub = () =>
        db.query(`DELETE FROM \`${site.db.prefix}currency\` WHERE code = 'RUB'`).then(() => undefined);
    }
    const [count] = await rows<{ n: number }>(db, `SELECT COUNT(*) AS n FROM \`${site.db.prefix}product\``);
    storeItems = Number(count?.n ?? 0);
  });

  afterAll(async () => {
    await restorePackages?.();
    await removeRub?.();
    await emulator?.close();
  });

  it('Ozon › Settings: the merchant enters the Ozon credentials and the connection check passes', async () => {
    const { page, shoot } = session();
    // From here on every proxy answer is judged (earlier ones include the bridge-down page before its URL was set).
    watch = watchProxy(page, PROXY_ROUTE);
    await openFromMenu(page, '#/settings');
    const result = await enterCredentials(page, { ...account, apiUrl: emulator.url });
    expect(result).toMatch(/days left/);
    await shoot(page, 'settings-connected');
    await page.reload();
    await page.waitForSelector('#meschain-settings-form');
    expect(await page.inputValue('#input-client-id')).toBe(account.clientId);
    expect(await page.content()).not.toContain(account.apiKey);
  });

  it(`Ozon › Mapping: "${CATEGORY}" goes to Ozon's ${OZON_SEARCH}, unknown brands to "${NO_BRAND}"`, async () => {
    const { page, shoot, db, site, token } = session();
    expect(products.length).toBeGreaterThan(0);
    await openTab(page, 'mapping', token);
    await downloadOzonTree(page);
    await mapCategory(page, categoryId, OZON_SEARCH, OZON_LEAF);
    // Selecting a category writes it into the URL's hash (history.replaceState): still this page afterwards.
    expectOnModulePage(page, token);
    const makers = await rows<{ name: string }>(
      db,
      `SELECT DISTINCT m.name FROM \`${site.db.prefix}manufacturer\` m JOIN \`${site.db.prefix}product\` p USING (manufacturer_id) WHERE p.product_id IN (?)`,
      [products],
    );
    await page
      .locator(`#meschain-attribute-table tr.meschain-attribute[data-attribute-id="${BRAND_ATTRIBUTE}"]`)
      .locator('.meschain-texts-toggle')
      .click();
    const texts = page.locator(`.meschain-dictionary-texts[data-attribute-id="${BRAND_ATTRIBUTE}"]`);
    await texts.locator('tr.meschain-text-row').first().waitFor();
    for (const { name } of makers) {
      const row = texts.locator(`tr.meschain-text-row[data-text="${name}"]`);
      if ((await row.getAttribute('data-matched')) === '0') {
        await chooseDictionaryValue(page, BRAND_ATTRIBUTE, name, NO_BRAND, NO_BRAND);
      }
      expect(await row.getAttribute('data-matched')).toBe('1');
    }
    await shoot(page, 'mapping-category-and-brands');
    const mapped = page.locator(`#meschain-category-table tr[data-category-id="${categoryId}"]`);
    expect(await mapped.textContent()).toContain(OZON_LEAF);
  });

  it('Ozon › Products: Export all now shows its progress, and the demo phones are refused for no dimensions', async () => {
    const { page, shoot, token } = session();
    await openTab(page, 'products', token);
    const run = await exportAllAndWatch(page, () => shoot(page, 'products-first-export-running'));
    expect(run.states.at(-1), run.labels.join(' → ')).toBe('done');
    expect(run.percentAtEnd).toBe('100');
    const counts = await waitForStates(page, (c) => c.invalid === products.length);
    figures.push(`first export: ${run.summary} [bar: ${run.labels.join(' → ')}]`);
    expect(counts.invalid).toBe(products.length);
    expect(counts.live ?? 0).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(storeItems);
    const refused = await rowsInState(page, 'invalid');
    expectOnModulePage(page, token);
    expect(refused.map((r) => r.productId).sort()).toEqual([...products].sort());
    for (const { reason } of refused) {
      expect(reason).toContain('Dimensions');
    }
    await shoot(page, 'products-invalid-with-reason');
    expect(emulator.emulator.control.requests({ path: '/v3/product/import' })).toHaveLength(0);
  });

  it("after the merchant fills in each phone's Data tab, Export all now brings them live on Ozon", async () => {
    const { page, shoot, site, token, db } = session();
    for (const productId of products) {
      await fillPackageData(page, site.adminUrl, token, productId, BOXED_PHONE);
      await expect(page.locator('.alert-success').textContent()).resolves.toContain('Success');
    }
    await openFromMenu(page, '#/products');
    const run = await exportAllAndWatch(page, () => shoot(page, 'products-second-export-running'));
    expect(run.states.at(-1), run.labels.join(' → ')).toBe('done');
    expect(run.states.length, 'the bar showed the job before it ended').toBeGreaterThan(1);
    const counts = await waitForStates(page, (c) => c.live === products.length);
    figures.push(`second export: ${run.summary} [bar: ${run.labels.join(' → ')}]`);
    figures.push(`panel state chips: ${JSON.stringify(counts)}`);
    expect(counts.live).toBe(products.length);
    expect(counts.invalid ?? 0).toBe(0);
    expect(counts.not_mapped).toBe(storeItems - products.length);
    const live = await rowsInState(page, 'live');
    expect(live.map((r) => r.productId).sort()).toEqual([...products].sort());
    await shoot(page, 'products-live');
    // The bridge follows Ozon's moderation in a job of its own after the export; the dashboard lists both.
    const follow = await callProxy(page, 'GET', '/api/v1/jobs?limit=3');
    figures.push(
      `last jobs: ${follow.text.replace(/"(startedAt|finishedAt|createdAt|updatedAt|heartbeatAt)":"[^"]*",?/g, '')}`,
    );
    await openTab(page, 'dashboard', token);
    await page.locator('#meschain-figure-products .meschain-figure-value', { hasText: /\d/ }).waitFor();
    await shoot(page, 'dashboard-after-export');
    const models = await rows<{ model: string }>(
      db,
      `SELECT model FROM \`${site.db.prefix}product\` WHERE product_id IN (?)`,
      [products],
    );
    expect([...emulator.emulator.state.products.keys()].sort()).toEqual(models.map((m) => m.model).sort());
    // Prices reach Ozon in roubles, converted with the store's own rate (the store's prices are in USD).
    const imported = emulator.emulator.control.requests({ path: '/v3/product/import' });
    const sentPrices = imported.flatMap((r) => {
      const body = r.body as { items?: Array<{ offer_id: string; price: string }> };
      return body.items ?? [];
    });
    const storePrices = await rows<{ model: string; price: string }>(
      db,
      `SELECT model, price FROM \`${site.db.prefix}product\` WHERE product_id IN (?)`,
      [products],
    );
    for (const { model, price } of storePrices) {
      const sent = sentPrices.filter((i) => i.offer_id === model).at(-1);
      expect(sent?.price, model).toBeDefined();
      // A special price may be what is sent; it is never above the regular one, converted.
      expect(Number(sent?.price)).toBeLessThanOrEqual(
        Math.round(Number(price) * RUB_PER_STORE_UNIT * 100) / 100,
      );
      expect(Number(sent?.price)).toBeGreaterThan(Number(price));
    }
    figures.push(
      `prices sent (RUB at ${RUB_PER_STORE_UNIT} per USD): ${sentPrices.map((i) => `${i.offer_id} ${i.price}`).join(', ')}`,
    );
  });

  it('every panel call went browser → OpenCart proxy → bridge, signed, and no answer carried PHP output', async () => {
    const { tap, site, errorLog } = session();
    const answers = await watch.answers();
    const read = answers.filter((a) => !a.unread);
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((a) => a.problem !== '')).toEqual([]);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const bridgeHost = new URL(tap.url).host;
    expect(watch.urls.filter((url) => url.includes(bridgeHost))).toEqual([]);
    expect(watch.urls.some((url) => url.startsWith(`${site.adminUrl}index.php?route=${PROXY_ROUTE}`))).toBe(
      true,
    );
    const api = tap.requests.filter((r) => r.target.startsWith('/api/'));
    expect(api.filter((r) => !r.signed)).toEqual([]);
    const calls = new Set(api.map((r) => `${r.method} ${r.target.replace(/[0-9a-f-]{36}/, ':id')}`));
    for (const expected of [
      'PUT /api/v1/settings',
      'POST /api/v1/settings/check-connection',
      'POST /api/v1/catalog-mapping/ozon/refresh',
      `PUT /api/v1/catalog-mapping/categories/${categoryId}`,
      'PUT /api/v1/catalog-mapping/dictionary-choices',
      'POST /api/v1/catalog/export',
      'GET /api/v1/jobs/:id',
    ]) {
      expect(calls, expected).toContain(expected);
    }
    // What the panel asked for reached Ozon only from the bridge: the emulator saw the import of the phones.
    const imports = emulator.emulator.control.requests({ path: '/v3/product/import' });
    expect(imports.length).toBeGreaterThan(0);
    const log = readFileSync(errorLog, 'utf8');
    figures.push(
      `proxy answers judged: ${read.length} (+${answers.length - read.length} aborted polls); requests through the tap: ${api.length}, all signed; Ozon emulator requests: ${emulator.emulator.control.requests().length}; ${errorLog}: ${Buffer.byteLength(log)} bytes`,
    );
    console.info(`OpenCart ${site.version} (${site.root}):\n  ${figures.join('\n  ')}`);
    expect(log).toBe('');
  });
}
