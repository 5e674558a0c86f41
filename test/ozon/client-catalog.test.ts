import { describe, expect, it } from 'vitest';
import { ATTR, NO_BRAND_ID, sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import { collect } from '../../bridge/src/ozon/paging';
import { createClientHarness, FBS_WAREHOUSE, offers, RFBS_WAREHOUSE } from './client-helpers';

const tshirt = { descriptionCategoryId: '17028922', typeId: '93080' };

describe('client: products', () => {
  it('imports, follows the task to imported, and reads the cards back', async () => {
    const h = createClientHarness();
    const ids = offers('IMP', 3);
    const task = await h.run(h.client.products.import(ids.map((id) => sampleTshirt(id))));
    expect(task.taskId).toMatch(/^\d+$/);
    expect(task.offerIds).toEqual(ids);

    const pending = await h.run(h.client.products.importInfo(task.taskId));
    expect(pending.items.every((i) => i.status === 'pending')).toBe(true);
    await h.clock.advance(3_000);
    const done = await h.run(h.client.products.importInfo(task.taskId));
    expect(done.items.map((i) => [i.offer_id, i.status])).toEqual(ids.map((id) => [id, 'imported']));

    const cards = await h.run(h.client.products.infoList({ offerIds: ids }));
    expect(cards.map((c) => c.offer_id).sort()).toEqual(ids);
    expect(cards[0]?.price).toBe('990');
  });

  it('reports a failed import item as data with its errors', async () => {
    const h = createClientHarness();
    const bad = sampleTshirt('BAD-1', { currency_code: 'USD' });
    const task = await h.run(h.client.products.import([bad]));
    await h.clock.advance(3_000);
    const info = await h.run(h.client.products.importInfo(task.taskId));
    expect(info.items[0]?.status).toBe('failed');
    expect(info.items[0]?.errors.length).toBeGreaterThan(0);
  });

  it('imports 150 items as two tasks of at most 100', async () => {
    const h = createClientHarness();
    const tasks = [];
    for await (const task of h.client.products.importInBatches(
      offers('B', 150).map((id) => sampleTshirt(id)),
    )) {
      tasks.push(task);
      await h.clock.advance(100);
    }
    expect(tasks.map((t) => t.offerIds.length)).toEqual([100, 50]);
    expect(h.emulator.control.requests({ path: '/v3/product/import' })).toHaveLength(2);
  });

  it('lists products across last_id pages and reads attributes', async () => {
    const h = createClientHarness();
    const ids = offers('L', 25);
    h.emulator.control.seedProducts(ids.map((offerId) => ({ offerId })));
    const pages = await h.run(collectPages(h.client.products.listPages({}, { limit: 10 })));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(
      pages
        .flat()
        .map((p) => p.offer_id)
        .sort(),
    ).toEqual([...ids].sort());

    const attributes = await h.run(collect(h.client.products.attributesPages({ offer_id: ids.slice(0, 3) })));
    expect(attributes).toHaveLength(3);
    const brand = attributes[0]?.attributes.find((a) => a.id === String(ATTR.brand));
    expect(brand?.values[0]?.dictionary_value_id).toBe(String(NO_BRAND_ID));
  });

  it('archives and unarchives in batches of 100, and reads the upload quota', async () => {
    const h = createClientHarness();
    const seeded = h.emulator.control.seedProducts(offers('A', 120).map((offerId) => ({ offerId })));
    const productIds = seeded.map((p) => String(p.productId));
    expect(await h.run(h.client.products.archive(productIds))).toBe(true);
    expect(h.emulator.control.requests({ path: '/v1/product/archive' })).toHaveLength(2);
    const archived = await h.run(h.client.products.infoList({ productIds: productIds.slice(0, 2) }));
    expect(archived.every((c) => c.is_archived)).toBe(true);
    expect(await h.run(h.client.products.unarchive(productIds.slice(0, 5)))).toBe(true);

    const quota = await h.run(h.client.products.uploadQuota());
    expect(quota.daily_create.limit).toBeGreaterThan(0);
    expect(quota.total.limit).toBeGreaterThan(0);
  });
});

describe('client: categories', () => {
  it('reads the tree, a type attributes, and a whole dictionary past 2000 values', async () => {
    const h = createClientHarness();
    const tree = await h.run(h.client.categories.tree('DEFAULT'));
    expect(tree.length).toBeGreaterThan(0);
    const attributes = await h.run(h.client.categories.attributes(tshirt));
    const brand = attributes.find((a) => a.id === String(ATTR.brand));
    expect(brand?.is_required).toBe(true);
    expect(brand?.dictionary_id).not.toBe('0');

    const pages = await h.run(
      collectPages(h.client.categories.valuePages({ ...tshirt, attributeId: String(ATTR.brand) })),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.flat();
    expect(all.some((v) => v.id === String(NO_BRAND_ID))).toBe(true);
    expect(new Set(all.map((v) => v.id)).size).toBe(all.length);

    const found = await h.run(
      h.client.categories.searchValues({ ...tshirt, attributeId: String(ATTR.brand) }, 'Нет бр'),
    );
    expect(found.map((v) => v.id)).toContain(String(NO_BRAND_ID));
  });
});

describe('client: warehouses, stocks, prices, account', () => {
  it('lists warehouses across cursor pages', async () => {
    const h = createClientHarness();
    const pages = await h.run(collectPages(h.client.warehouses.pages({ limit: 1 })));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const all = await h.run(h.client.warehouses.list());
    expect(all.map((w) => w.warehouse_id)).toContain(String(FBS_WAREHOUSE));
    expect(all.find((w) => w.warehouse_id === String(RFBS_WAREHOUSE))?.is_rfbs).toBe(true);
  });

  it('updates stocks and returns per-pair refusals as data', async () => {
    const h = createClientHarness();
    const [onSale, moderating] = h.emulator.control.seedProducts([
      { offerId: 'S-1' },
      { offerId: 'S-2', onSale: false },
    ]);
    const pairs = [
      { offer_id: 'S-1', stock: 7, warehouse_id: FBS_WAREHOUSE },
      { offer_id: 'S-2', stock: 3, warehouse_id: FBS_WAREHOUSE },
    ];
    const first = await h.run(h.client.stocks.update(pairs));
    expect(first.results).toHaveLength(2);
    expect(first.failed.map((r) => r.offer_id)).toEqual(['S-2']);
    expect(first.failed[0]?.errors[0]?.code).toMatch(/not_created|PRICE_IS_NOT_SENT/i);
    expect(h.emulator.control.stock(onSale?.productId ?? 0, FBS_WAREHOUSE).present).toBe(7);
    expect(moderating).toBeDefined();

    const again = await h.run(h.client.stocks.update(pairs.slice(0, 1)));
    expect(again.failed[0]?.errors[0]?.code).toBe('TOO_MANY_REQUESTS');
    expect(h.records.at(-1)?.itemErrors?.[0]?.code).toBe('TOO_MANY_REQUESTS');

    const byWarehouse = await h.run(collect(h.client.stocks.byWarehousePages({ offerIds: ['S-1'] })));
    expect(byWarehouse).toEqual([
      expect.objectContaining({ offer_id: 'S-1', present: 7, warehouse_id: String(FBS_WAREHOUSE) }),
    ]);
    const info = await h.run(collect(h.client.stocks.infoPages({ offer_id: ['S-1'] })));
    expect(info[0]?.stocks.find((s) => s.type === 'fbs')?.present).toBe(7);
  });

  it('updates prices, returns the old-price rule refusal as data, and reads v5 prices as numbers', async () => {
    const h = createClientHarness();
    h.emulator.control.seedProducts([{ offerId: 'P-1' }, { offerId: 'P-2' }]);
    const outcome = await h.run(
      h.client.prices.update([
        { offer_id: 'P-1', price: '1500', old_price: '2000' },
        { offer_id: 'P-2', price: '1500', old_price: '1510' },
      ]),
    );
    expect(outcome.results.find((r) => r.offer_id === 'P-1')?.updated).toBe(true);
    expect(outcome.failed.map((r) => r.offer_id)).toEqual(['P-2']);
    expect(outcome.failed[0]?.errors[0]?.code).toBe('discount_for_average_price_is_too_small');

    const prices = await h.run(collect(h.client.prices.infoPages({ offer_id: ['P-1'] })));
    expect(prices[0]?.price.price).toBe(1500);
    expect(prices[0]?.price.old_price).toBe(2000);

    // Cursor lists without has_next (v5 prices, v4 stocks) end on an empty cursor or an empty page.
    const pricePages = await h.run(collectPages(h.client.prices.infoPages({}, { limit: 1 })));
    expect(
      pricePages
        .flat()
        .map((p) => p.offer_id)
        .sort(),
    ).toEqual(['P-1', 'P-2']);
    const stockPages = await h.run(collectPages(h.client.stocks.infoPages({}, { limit: 1 })));
    expect(stockPages.flat()).toHaveLength(2);
  });

  it('reads the key roles and expiry', async () => {
    const h = createClientHarness();
    const roles = await h.run(h.client.account.roles());
    expect(Date.parse(roles.expires_at)).toBeGreaterThan(h.clock.now());
    expect(roles.roles[0]?.methods).toContain('/v2/products/stocks');
  });
});

async function collectPages<T, Token>(
  pages: AsyncIterable<{ items: readonly T[]; token: Token }>,
): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) {
    out.push([...page.items]);
  }
  return out;
}
