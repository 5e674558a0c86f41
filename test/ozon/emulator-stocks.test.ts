import { describe, expect, it } from 'vitest';
import { sampleTshirt } from '../../bridge/scaffold/ozon-emulator/seed/sample-items';
import { createHarness, DISABLED_WAREHOUSE, FBS_WAREHOUSE, RFBS_WAREHOUSE } from './emulator-harness';

/** The emulator's bulky-goods (КГТ) warehouse. */
const BULKY_WAREHOUSE = 1020005003107123;

describe('stocks and warehouses', () => {
  it('pages warehouses with a cursor and a limit of at most 200', async () => {
    const h = createHarness();
    const first = await h.ok('warehouseList', { limit: 3 });
    expect(first.warehouses).toHaveLength(3);
    expect(first.has_next).toBe(true);
    const second = await h.ok('warehouseList', { limit: 3, cursor: first.cursor });
    expect(second.warehouses.map((w) => w.status)).toEqual(['disabled']);
    expect(second.has_next).toBe(false);
    const rfbs = await h.ok('warehouseList', { limit: 10, warehouse_ids: [String(RFBS_WAREHOUSE)] });
    expect(rfbs.warehouses).toEqual([
      expect.objectContaining({ warehouse_id: String(RFBS_WAREHOUSE), is_rfbs: true }),
    ]);
    const tooMany = await h.call('/v2/warehouse/list', { limit: 201 });
    expect(tooMany.body).toMatchObject({
      message:
        'Request validation error: invalid WarehouseListV2Request.Limit: value must be inside range [1, 200]',
    });
  });

  it('sets stock net of reserve and reads it back per warehouse (v2) and per scheme (v4)', async () => {
    const h = createHarness();
    const [p] = h.emulator.control.seedProducts([{ offerId: 'S-1' }]);
    h.emulator.control.createPosting({ products: [{ offerId: 'S-1', quantity: 2 }] });
    await h.ok('stocksUpdate', {
      stocks: [
        { offer_id: 'S-1', stock: 10, warehouse_id: FBS_WAREHOUSE },
        { product_id: p?.productId, stock: 4, warehouse_id: RFBS_WAREHOUSE },
      ],
    });
    const byWarehouse = await h.ok('stocksByWarehouseFbs', { limit: 100, offer_id: ['S-1'] });
    expect(byWarehouse.products).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          warehouse_id: String(FBS_WAREHOUSE),
          present: 12,
          reserved: 2,
          free_stock: 10,
        }),
        expect.objectContaining({
          warehouse_id: String(RFBS_WAREHOUSE),
          present: 4,
          reserved: 0,
          free_stock: 4,
        }),
      ]),
    );
    const byScheme = await h.ok('productInfoStocks', { filter: { offer_id: ['S-1'] }, limit: 10 });
    expect(byScheme.items[0]?.stocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'fbs', present: 12, reserved: 2 }),
        expect.objectContaining({ type: 'rfbs', present: 4, reserved: 0 }),
      ]),
    );
  });

  it('answers per-pair WAREHOUSE_NOT_FOUND, STOCK_TOO_BIG, offer_id_not_found and NOT_FOUND_ERROR', async () => {
    const h = createHarness();
    h.emulator.control.seedProducts([{ offerId: 'S-2' }]);
    const answer = await h.ok('stocksUpdate', {
      stocks: [
        { offer_id: 'S-2', stock: 1, warehouse_id: DISABLED_WAREHOUSE },
        { offer_id: 'S-2', stock: 1_000_000, warehouse_id: FBS_WAREHOUSE },
        { offer_id: 'NOPE', stock: 1, warehouse_id: FBS_WAREHOUSE },
        { product_id: 42, stock: 1, warehouse_id: FBS_WAREHOUSE },
        { offer_id: 'S-2', stock: 999_999, warehouse_id: FBS_WAREHOUSE },
      ],
    });
    expect(answer.result.map((r) => r.errors[0]?.code ?? 'ok')).toEqual([
      'WAREHOUSE_NOT_FOUND',
      'STOCK_TOO_BIG',
      'offer_id_not_found',
      'NOT_FOUND_ERROR',
      'ok',
    ]);
  });

  it('stocks bulky (КГТ) cards only at bulky warehouses and the others never there, and says is_kgt', async () => {
    const h = createHarness();
    h.emulator.control.seedProducts([
      { offerId: 'LIGHT' },
      { offerId: 'HEAVY', item: sampleTshirt('HEAVY', { weight: 30, weight_unit: 'kg' }) },
      { offerId: 'LONG', item: sampleTshirt('LONG', { depth: 130, dimension_unit: 'cm' }) },
    ]);
    const answer = await h.ok('stocksUpdate', {
      stocks: [
        { offer_id: 'LIGHT', stock: 1, warehouse_id: BULKY_WAREHOUSE },
        { offer_id: 'HEAVY', stock: 1, warehouse_id: FBS_WAREHOUSE },
        { offer_id: 'LONG', stock: 1, warehouse_id: FBS_WAREHOUSE },
        { offer_id: 'HEAVY', stock: 2, warehouse_id: BULKY_WAREHOUSE },
        { offer_id: 'LIGHT', stock: 3, warehouse_id: FBS_WAREHOUSE },
      ],
    });
    expect(answer.result.map((r) => r.errors[0]?.code ?? 'ok')).toEqual([
      'NON_KGT_ON_KGT_WAREHOUSE',
      'OVER_MAX_OVH_NON_KGT',
      'OVER_MAX_OVH_NON_KGT',
      'ok',
      'ok',
    ]);
    const cards = await h.ok('productInfoList', { offer_id: ['LIGHT', 'HEAVY'] });
    expect(Object.fromEntries(cards.items.map((c) => [c.offer_id, c.is_kgt]))).toEqual({
      LIGHT: false,
      HEAVY: true,
    });
  });

  it('uses offer_id when both offer_id and product_id are sent', async () => {
    const h = createHarness();
    const [a, b] = h.emulator.control.seedProducts([{ offerId: 'S-A' }, { offerId: 'S-B' }]);
    const answer = await h.ok('stocksUpdate', {
      stocks: [{ offer_id: 'S-B', product_id: a?.productId, stock: 5, warehouse_id: FBS_WAREHOUSE }],
    });
    expect(answer.result[0]).toMatchObject({
      product_id: String(b?.productId),
      offer_id: 'S-B',
      updated: true,
    });
    expect(h.emulator.control.stock(Number(b?.productId), FBS_WAREHOUSE).present).toBe(5);
    expect(h.emulator.control.stock(Number(a?.productId), FBS_WAREHOUSE).present).toBe(0);
  });

  it('accepts 100 pairs, rejects 101, and allows 80 requests per minute (429 code 8 on the 81st)', async () => {
    const h = createHarness();
    const products = h.emulator.control.seedProducts(
      Array.from({ length: 101 }, (_, i) => ({ offerId: `B-${i}` })),
    );
    const pairs = products.map((p) => ({ offer_id: p.offerId, stock: 1, warehouse_id: FBS_WAREHOUSE }));
    const over = await h.call('/v2/products/stocks', { stocks: pairs });
    expect(over.body).toMatchObject({
      code: 3,
      message:
        'Request validation error: invalid ProductsStocksRequest.Stocks: value must contain no more than 100 item(s)',
    });
    const full = await h.ok('stocksUpdate', { stocks: pairs.slice(0, 100) });
    expect(full.result.every((r) => r.updated)).toBe(true);
    // 700 ms apart: well under the 50 per second limit, 80 requests in 55.3 s.
    for (let i = 1; i < 80; i += 1) {
      await h.clock.advance(700);
      expect((await h.call('/v2/products/stocks', { stocks: pairs.slice(100) })).status).toBe(200);
    }
    const limited = await h.call('/v2/products/stocks', { stocks: pairs.slice(100) });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 8 });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await h.clock.advance(60_000);
    expect((await h.call('/v2/products/stocks', { stocks: pairs.slice(100) })).status).toBe(200);
  });
});
