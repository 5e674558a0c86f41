import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductListResponse } from '../../bridge/src/contract/catalog-products';
import { signedFetch } from '../panel-api/signed-fetch';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { configureOzon, type PanelEnvironment, startPanelEnvironment } from './support/panel-env';
import { mapTshirts, waitForJob } from './support/prepare-catalogue';

/** A model no browser can break: 64 characters without a space or a hyphen, as a real store had. */
const UNBREAKABLE_MODEL = 'TSHIRT2024SUMMERCOLLECTIONORGANICCOTTONOVERSIZEDUNISEXPRINTED001';

/** The box of an element as the page lays it out (read in the page: the test's TypeScript has no DOM types). */
interface Box {
  readonly left: number;
  readonly right: number;
}

/** Right edges of the product table's header cells, the panel around it, and the page's horizontal overflow. */
async function measure(page: Page): Promise<{
  columns: Array<Box & { text: string }>;
  panel: Box;
  viewport: number;
  pageScroll: number;
  tableScroll: number;
}> {
  return page.evaluate(`(() => {
    const table = document.querySelector('#meschain-product-table');
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; };
    const wrapper = table.parentElement;
    const root = document.documentElement;
    return {
      columns: [...table.querySelectorAll('thead td')].map((td) => ({ ...box(td), text: td.textContent.trim() })),
      panel: box(table.closest('.panel')),
      viewport: root.clientWidth,
      pageScroll: root.scrollWidth - root.clientWidth,
      tableScroll: wrapper.scrollWidth - wrapper.clientWidth,
    };
  })()`);
}

describe.skipIf(!chromiumAvailable())(
  'panel in Chromium: the products table at 1366 px in the admin frame',
  () => {
    let env: PanelEnvironment;
    let productId: number;
    beforeAll(async () => {
      env = await startPanelEnvironment();
      await configureOzon(env);
      const categoryId = await mapTshirts(env);
      const listed = (
        await signedFetch(env.bridge, 'GET', `/api/v1/catalog/products?category=${categoryId}&pageSize=1`)
      ).json as ProductListResponse;
      const first = listed.items[0];
      if (!first) {
        throw new Error('the sample store has no T-shirt');
      }
      productId = first.productId;
      const { db, oc } = env.store;
      await db
        .update(oc.product)
        .set({ model: UNBREAKABLE_MODEL })
        .where(eq(oc.product.productId, productId));
      // Sent as a merchant would send it: the export refuses it (too long for Ozon) and lists it with its offer_id.
      const started = await signedFetch(env.bridge, 'POST', '/api/v1/catalog/products/send', {
        productIds: [productId],
      });
      await waitForJob(env, (started.json as { jobId: string }).jobId);
    });
    afterAll(async () => {
      await env?.close();
    });

    it('keeps every column inside the panel and the page without a horizontal scroll bar', async () => {
      const { page } = env;
      expect(page.viewportSize()?.width).toBe(1366);
      // The admin frame is there: OpenCart's left column beside the page.
      await page.goto(`${new URL(page.url()).origin}/panel/#/products?state=invalid`);
      await page.waitForSelector(
        `#meschain-product-table tr.meschain-product-row[data-product-id="${productId}"]`,
      );
      const menu = await page.locator('#column-left').boundingBox();
      expect(menu?.width).toBeGreaterThan(200);
      const row = page
        .locator(`#meschain-product-table tr.meschain-product-row[data-product-id="${productId}"]`)
        .first();
      await expect(row.textContent()).resolves.toContain(UNBREAKABLE_MODEL);
      const layout = await measure(page);
      await screenshot(page, '16-products-long-offer-id-1366');
      expect(layout.columns.length).toBe(7);
      for (const column of layout.columns) {
        expect(column.right, `column "${column.text}"`).toBeLessThanOrEqual(layout.panel.right + 0.5);
        expect(column.right, `column "${column.text}"`).toBeLessThanOrEqual(layout.viewport);
      }
      expect(layout.tableScroll, 'the table scrolls sideways').toBeLessThanOrEqual(0);
      expect(layout.pageScroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(env.pageErrors).toEqual([]);
    });
  },
);
