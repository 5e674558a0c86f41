import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { configureOzon, type PanelEnvironment, startPanelEnvironment } from './support/panel-env';
import { attributesOf, POLL } from './support/poll';
import { mapTshirts } from './support/prepare-catalogue';

/** An export against the emulator: task pending and moderation take a second or two, polls every 10 s. */
const EXPORT_TIMEOUT = 120_000;

describe.skipIf(!chromiumAvailable())('panel in Chromium: products, export and reasons', () => {
  let env: PanelEnvironment;
  let categoryId: number;
  beforeAll(async () => {
    env = await startPanelEnvironment();
    await configureOzon(env);
    categoryId = await mapTshirts(env);
  });
  afterAll(async () => {
    await env?.close();
  });

  /** Opens the list with these hash parameters and waits for the answer to that very query. */
  const openProducts = async (query: string): Promise<void> => {
    const hash = `#/products${query === '' ? '' : `?${query}`}`;
    await env.page.goto(`${new URL(env.page.url()).origin}/panel/${hash}`);
    await env.page.waitForSelector(`#meschain-product-table[data-query="${hash}"]`);
  };

  it('lists every store product, none checked yet', async () => {
    const { page, sample } = env;
    await page.click('[data-page-link="products"]');
    await page.waitForSelector('#meschain-product-table tr.meschain-product-row');
    await expect
      .poll(() => page.textContent('.meschain-pagination-text'), POLL)
      .toContain(`of ${sample.products}`);
    const states = await attributesOf(
      page.locator('#meschain-product-table tr.meschain-product-row'),
      'data-state',
    );
    expect(new Set(states)).toEqual(new Set(['not_analysed']));
  });

  it('previews a dry run: what would be sent and the quota it needs', async () => {
    const { page } = env;
    await page.click('#button-dry-run');
    await page.waitForSelector('#meschain-dry-run-job[data-job-state="done"]', { timeout: EXPORT_TIMEOUT });
    await page.waitForSelector('#meschain-dry-run-report');
    await expect.poll(() => page.textContent('#meschain-dry-run-report'), POLL).toMatch(/create: [1-9]/);
    // A dry run changes no product's state: only a real export does.
    const states = await attributesOf(
      page.locator('#meschain-product-table tr.meschain-product-row'),
      'data-state',
    );
    expect(new Set(states)).toEqual(new Set(['not_analysed']));
  });

  it("shows each product's dry-run verdict in the list, and each count of the report filters the list", async () => {
    const { page } = env;
    const rows = page.locator('#meschain-product-table tr.meschain-product-row');
    // No preview opened: every row says what the dry run found.
    await expect
      .poll(() => attributesOf(rows, 'data-dry-run'), POLL)
      .toSatisfy(
        (verdicts: ReadonlyArray<string | null>) => verdicts.length > 0 && verdicts.every((v) => !!v),
      );
    const invalid = page.locator('#meschain-dry-run-report a.meschain-action[data-action="invalid"]');
    const count = Number((await invalid.textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await invalid.click();
    await page.waitForSelector('#meschain-product-table[data-query="#/products?dryRun=invalid"]');
    await expect(page.textContent('.meschain-pagination-text')).resolves.toContain(` of ${count} (`);
    expect(new Set(await attributesOf(rows, 'data-dry-run'))).toEqual(new Set(['invalid']));
    for (const reason of await rows.locator('.meschain-reason').allTextContents()) {
      expect(reason.trim().length).toBeGreaterThan(5);
    }
    await screenshot(page, '08b-products-dry-run-invalid');
  });

  it('shows the payload preview of a product in the mapped category', async () => {
    const { page } = env;
    await openProducts(`category=${categoryId}`);
    await page.locator('#meschain-product-table .meschain-preview').first().click();
    await page.waitForSelector('.meschain-product-detail .meschain-unit');
    await page.locator('.meschain-payload summary').first().click();
    await expect.poll(() => page.textContent('.meschain-payload pre'), POLL).toContain('"offer_id"');
    await screenshot(page, '09-products-preview');
  });

  it('runs an export whose progress bar survives a reload, and products reach live', async () => {
    const { page } = env;
    await openProducts('');
    await page.waitForSelector('#button-export-all:not([disabled])');
    // Ozon answers the first import slowly, so the job is surely still running when the page reloads below
    // (an export of this small store can otherwise end before the reload).
    env.emulator.emulator.control.injectFault({
      kind: 'slow',
      path: '/v3/product/import',
      delayMs: 5_000,
      times: 1,
    });
    await page.click('#button-export-all');
    await page.waitForSelector('#meschain-export-job');
    // The label is above the bar, whole even at 0 % (inside a 3em bar it was cut to "runn").
    const label = page.locator('#meschain-export-job .meschain-progress-label');
    await expect(label.textContent()).resolves.toMatch(/(queued|running|done) · \d+ \/ \d+/);
    const text = await label.locator('span').first().boundingBox();
    const bar = await page.locator('#meschain-export-job .progress').boundingBox();
    expect(text?.width).toBeGreaterThan(60);
    expect((text?.x ?? 0) + (text?.width ?? 0)).toBeLessThanOrEqual((bar?.x ?? 0) + (bar?.width ?? 0));
    await page.reload();
    await page.waitForSelector('#meschain-export-job', { timeout: 10_000 });
    await screenshot(page, '10-products-export-running');
    // A second tab on the dashboard follows the same work.
    const dashboard = await env.browser.context.newPage();
    await dashboard.goto(`${new URL(page.url()).origin}/panel/#/`);
    await dashboard.waitForSelector('#meschain-dashboard-states');
    await page.waitForSelector('#meschain-export-job[data-job-state="done"]', { timeout: EXPORT_TIMEOUT });
    // Ozon's moderation is followed by a job of its own after the export; the page follows it too, and the chips
    // turn live without a reload.
    await page.waitForSelector('#meschain-follow-job', { timeout: 10_000 });
    await page.waitForSelector('#meschain-state-bar [data-state="live"]', { timeout: EXPORT_TIMEOUT });
    await page.waitForSelector('#meschain-follow-job[data-job-state="done"]', { timeout: EXPORT_TIMEOUT });
    await expect(page.textContent('#meschain-follow-job')).resolves.toMatch(/[1-9]\d* live/);
    await dashboard.waitForSelector('#meschain-dashboard-states [data-state="live"]', { timeout: 30_000 });
    await screenshot(dashboard, '10-dashboard-after-follow-up');
    await dashboard.close();
    await page.click('#meschain-state-bar [data-state="live"] a');
    await page.waitForSelector('#meschain-product-table[data-query="#/products?state=live"]');
    const states = await attributesOf(
      page.locator('#meschain-product-table tr.meschain-product-row'),
      'data-state',
    );
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['live']));
    await screenshot(page, '11-products-live');
  });

  it('shows why a product cannot be sent, in the list and in its detail', async () => {
    const { page, sample } = env;
    const flawed = Object.values(sample.flawed).flat();
    expect(flawed.length).toBeGreaterThan(0);
    await openProducts('state=invalid');
    await page.waitForSelector('#meschain-product-table tr.meschain-product-row[data-state="invalid"]');
    const reason = await page
      .locator('#meschain-product-table tr.meschain-product-row .meschain-reason')
      .first()
      .textContent();
    expect(reason?.trim().length).toBeGreaterThan(5);
    await page.locator('#meschain-product-table .meschain-preview').first().click();
    await page.waitForSelector('.meschain-product-detail .meschain-problems li');
    await screenshot(page, '12-products-invalid-reason');
  });

  it('excludes a selected product', async () => {
    const { page } = env;
    await openProducts('state=live');
    const row = page.locator('#meschain-product-table tr.meschain-product-row').first();
    const productId = await row.getAttribute('data-product-id');
    const model = (await row.locator('td .small').first().textContent())?.split('·')[1]?.trim() ?? '';
    expect(model).not.toBe('');
    await row.locator('input[type="checkbox"]').check();
    await expect.poll(() => page.getAttribute('#meschain-selected-count', 'data-count'), POLL).toBe('1');
    await page.click('#button-exclude-selected');
    // The selection is cleared once the bridge has answered.
    await expect.poll(() => page.getAttribute('#meschain-selected-count', 'data-count'), POLL).toBe('0');
    // Excluded products keep their Ozon state until the next export archives them; the row says so.
    await openProducts(new URLSearchParams({ q: model }).toString());
    const rowsOfProduct = page.locator(
      `#meschain-product-table tr.meschain-product-row[data-product-id="${productId}"]`,
    );
    await expect
      .poll(() => attributesOf(rowsOfProduct, 'data-excluded'), POLL)
      .toSatisfy((flags: ReadonlyArray<string | null>) => flags.length > 0 && flags.every((f) => f === '1'));
    await screenshot(page, '13-products-excluded');
    expect(env.pageErrors).toEqual([]);
  });
});
