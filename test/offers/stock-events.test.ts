import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfferMark } from '../../bridge/src/offers/shared/marks';
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
    fx = await createOffersFixture(24, { clock: systemClock });
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
    // Ozon's answer is recorded just after Ozon applied it.
    await until(
      async () =>
        (await fx.store.db.select().from(o)).every((p) => p.dueAt === null && p.accepted === p.wanted),
      2_000,
      'the answers recorded',
    );
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

  it("a rush of store events never sends faster than Ozon's minute refills, and each change still goes within a second", async () => {
    const rush = (await fx.livePlain()).slice(3, 9);
    expect(rush.length).toBe(6);
    // Ozon's 30 s per pair out of play: the rush's pairs were last updated over 30 s ago (by the tests before).
    const o = fx.store.own.offerStocks;
    await until(
      async () => {
        const pairs = await fx.store.db.select().from(o).where(eq(o.warehouseId, FBS));
        const mine = pairs.filter((p) => rush.some((u) => u.productId === p.productId));
        return mine.every((p) => (p.acceptedAt?.getTime() ?? 0) < Date.now() - 31_000);
      },
      35_000,
      'the 30 s since the last update',
    );
    const stocks = () => fx.emulator.control.requests({ path: '/v2/products/stocks' });
    const before = stocks().length;
    const posted: Array<{ offerId: string; quantity: number; at: number }> = [];
    for (const [i, unit] of rush.entries()) {
      const quantity = 500 + i;
      await fx.setQuantity(unit.productId, quantity);
      posted.push({ offerId: unit.offerId, quantity, at: Date.now() });
      await fx.event({ event: 'product.edited', id: unit.productId });
      await new Promise((r) => setTimeout(r, 150));
    }
    await until(
      () => rush.every((u, i) => fx.ozonFree(u.offerId, FBS) === 500 + i),
      3_000,
      'every change on Ozon',
    );
    const sent = stocks().slice(before);
    // Ozon's 80 requests a minute, spread: at least 750 ms between two requests of the worker.
    for (let i = 1; i < sent.length; i++) {
      expect((sent[i]?.at ?? 0) - (sent[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(745);
    }
    expect(sent.length).toBeLessThan(rush.length);
    for (const p of posted) {
      const arrived = fx.acceptedStocks(p.offerId, FBS).find((a) => a.stock === p.quantity && a.at >= p.at);
      expect((arrived?.at ?? Number.POSITIVE_INFINITY) - p.at).toBeLessThanOrEqual(1_000);
    }
  });
});

describe("the offers worker's mark", () => {
  it('holds the last store event taken in as a number, so the next look does not compare every offer again', async () => {
    const fx = await createOffersFixture(4, { clock: systemClock });
    try {
      await fx.setStockRules({ warehouses: [{ warehouseId: FBS }] });
      const [unit] = await fx.livePlain();
      await fx.event({ event: 'product.edited', id: unit?.productId ?? 0 });
      const t = fx.store.own.storeEvents;
      const [last] = await fx.store.db.select({ id: t.id }).from(t).orderBy(desc(t.id)).limit(1);
      await until(
        async () => (await readOfferMark(fx.store)).eventId === last?.id,
        3_000,
        'the mark at the event',
      );
      const mark = await readOfferMark(fx.store);
      expect(mark.stockRules).not.toBe('');
    } finally {
      await fx.close();
    }
  });
});
