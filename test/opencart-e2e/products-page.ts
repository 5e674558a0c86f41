import type { Page } from 'playwright-core';
import { adminPage } from './admin-browser';
import { STEP_TIMEOUT } from './panel-steps';

/** An export against the emulator: task pending, moderation and the panel's one-second job poll. */
const EXPORT_TIMEOUT = 110_000;

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
    summary:
      (await job.locator('.meschain-job-summary').count()) > 0
        ? ((await job.locator('.meschain-job-summary').textContent()) ?? '').trim()
        : '',
    percentAtEnd: (await job.locator('.progress-bar').getAttribute('aria-valuenow')) ?? '',
  };
}

/** The state chips above the product list: state → count, as the panel shows them after a reload. */
export async function stateCounts(page: Page): Promise<Record<string, number>> {
  await page.reload();
  await page.waitForSelector('#meschain-state-bar li[data-state]', { timeout: STEP_TIMEOUT });
  const chips = await page.locator('#meschain-state-bar li[data-state]').all();
  const counts: Record<string, number> = {};
  for (const chip of chips) {
    const state = (await chip.getAttribute('data-state')) ?? '';
    counts[state] = Number(((await chip.locator('.badge').textContent()) ?? '').replace(/\D/g, ''));
  }
  return counts;
}

/**
 * Reloads the list (as a merchant checking back) until the state chips satisfy `wanted`: Ozon's moderation may
 * end after the export job itself, when the bridge follows it up in the background. Returns the last counts.
 */
export async function waitForStates(
  page: Page,
  wanted: (counts: Readonly<Record<string, number>>) => boolean,
): Promise<Record<string, number>> {
  const deadline = Date.now() + EXPORT_TIMEOUT;
  let counts = await stateCounts(page);
  while (!wanted(counts) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    counts = await stateCounts(page);
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
