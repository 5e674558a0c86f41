import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncStocks } from '../../bridge/src/offers/stock/stock-sync';
import { readOfferSettings } from '../../bridge/src/settings/offer-settings';
import { systemClock } from '../../bridge/src/shared/clock';
import { createOffersFixture, FBS, type OffersFixture, RFBS } from './offers-fixture';
import { until } from './until';

describe('stock on Ozon follows the store (wall clock)', () => {
  let fx: OffersFixture;
  let offer: string;
  /** Two live products without variants. */
  let PLAIN = 0;
  let OTHER = 0;
  let SOLD = 0;

  beforeAll(async () => {
    fx = await createOffersFixture(12, { clock: systemClock });
    const plain = await fx.livePlain();
    PLAIN = plain[0]?.productId ?? 0;
    OTHER = plain[1]?.productId ?? 0;
    SOLD = plain[2]?.productId ?? 0;
    offer = await fx.offerOf(PLAIN);
    await fx.setQuantity(SOLD, 10);
    await fx.setStockRules({ warehouses: [{ warehouseId: FBS }, { warehouseId: RFBS }] });
    const sold = await fx.offerOf(SOLD);
    await until(() => fx.ozonFree(sold, FBS) === 10 && fx.ozonFree(sold, RFBS) === 10, 10_000);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('sends every live offer its store quantity at each mapped warehouse once the warehouses are mapped', async () => {
    const t = fx.store.own.productState;
    const live = await fx.store.db.select().from(t).where(eq(t.state, 'live'));
    expect(live.length).toBeGreaterThan(5);
    await until(
      () =>
        live.every(
          (u) => fx.ozonFree(u.offerId, FBS) !== undefined && fx.ozonFree(u.offerId, RFBS) !== undefined,
        ),
      10_000,
    );
    const o = fx.store.own.offerStocks;
    const pairs = await fx.store.db.select().from(o);
    for (const unit of live) {
      const mine = pairs.filter((p) => p.productId === unit.productId && p.variantKey === unit.variantKey);
      expect(mine.map((p) => p.warehouseId).sort()).toEqual([FBS, RFBS].sort());
      for (const p of mine) {
        expect(fx.ozonFree(unit.offerId, p.warehouseId)).toBe(p.wanted);
        expect(p.accepted).toBe(p.wanted);
        expect(p.dueAt).toBeNull();
      }
    }
  });

  it('the reconciliation finds and fixes a quantity changed by direct SQL (no event)', async () => {
    const other = await fx.offerOf(OTHER);
    const was = fx.ozonFree(other, FBS);
    // Units sent or put on sale are looked at again for 5 s (another process's clock may lag); after that only a
    // store event or the reconciliation reads them.
    await new Promise((r) => setTimeout(r, 5_500));
    await fx.setQuantity(OTHER, (was ?? 0) + 5);
    // Nothing reports it: the worker does not know.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(fx.ozonFree(other, FBS)).toBe(was);
    const summary = await syncStocks(fx.deps, (await readOfferSettings(fx.store)).stock, {
      dryRun: false,
      checkpoint: undefined,
      async saveCheckpoint() {},
      async progress() {},
    });
    expect(fx.ozonFree(other, FBS)).toBe((was ?? 0) + 5);
    expect(fx.ozonFree(other, RFBS)).toBe((was ?? 0) + 5);
    expect(summary).toMatch(/2 stock values differed/);
  });

  it('the reconciliation puts back what another tool changed on Ozon', async () => {
    const o = fx.store.own.offerStocks;
    const [row] = await fx.store.db
      .select()
      .from(o)
      .where(and(eq(o.productId, PLAIN), eq(o.warehouseId, FBS)));
    const product = [...fx.emulator.state.products.values()].find((p) => p.offerId === offer);
    const record = fx.emulator.state.stocks.get(product?.productId ?? 0)?.get(Number(FBS));
    if (!record || !row) {
      throw new Error('no stock record');
    }
    record.present = 50;
    const summary = await syncStocks(fx.deps, (await readOfferSettings(fx.store)).stock, {
      dryRun: false,
      checkpoint: undefined,
      async saveCheckpoint() {},
      async progress() {},
    });
    expect(summary).toMatch(/1 stock values differed/);
    expect(fx.ozonFree(offer, FBS)).toBe(row.wanted);
  });
  // Last: its pairs were last updated when the warehouses were mapped, over 30 s ago, so Ozon's 30-second rule
  // is not in play.
  it('a store sale reaches Ozon within 2 s of its event, lowering the stock once', async () => {
    const soldOffer = await fx.offerOf(SOLD);
    const orderId = 9001;
    await fx.store.pool.query(
      `INSERT INTO \`${fx.store.prefix}order_product\` (order_id, product_id, name, model, quantity, reward)
       VALUES (?, ?, 'x', 'x', 3, 0)`,
      [orderId, SOLD],
    );
    // OpenCart's addOrderHistory takes the quantity when the order reaches a processing status, then the
    // extension reports order.history_added.
    await fx.setQuantity(SOLD, 7);
    const before = fx.acceptedStocks(soldOffer, FBS).length;
    const at = Date.now();
    await fx.event({ event: 'order.history_added', id: orderId });
    await until(() => fx.acceptedStocks(soldOffer, FBS).length > before, 2_000);
    const sent = fx.acceptedStocks(soldOffer, FBS).slice(before);
    expect(sent[0]?.at ?? 0).toBeLessThanOrEqual(at + 2_000);
    expect(sent.map((s) => s.stock)).toEqual([7]);
    expect(fx.ozonFree(soldOffer, FBS)).toBe(7);
    expect(fx.ozonFree(soldOffer, RFBS)).toBe(7);
  });
});
