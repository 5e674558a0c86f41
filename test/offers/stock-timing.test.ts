import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIR_INTERVAL_MS } from '../../bridge/src/offers/stock/pair-due';
import { syncStocks } from '../../bridge/src/offers/stock/stock-sync';
import { readOfferSettings } from '../../bridge/src/settings/offer-settings';
import { createScaledClock, systemClock } from '../../bridge/src/shared/clock';
import { BULKY, createOffersFixture, FBS, type OffersFixture } from './offers-fixture';
import { until } from './until';

/** Stock results the emulator answered for the pair, in order: what was sent and whether Ozon took it. */
function answers(fx: OffersFixture, offerId: string, warehouseId: string) {
  return fx.emulator.control
    .requests({ path: '/v2/products/stocks' })
    .flatMap((r) =>
      ((r.body as { stocks: Array<{ offer_id?: string; stock: number; warehouse_id: string }> }).stocks ?? [])
        .filter((s) => s.offer_id === offerId && String(s.warehouse_id) === warehouseId)
        .map((s) => ({ at: r.at, stock: Number(s.stock) })),
    );
}

async function firstPlainLive(fx: OffersFixture): Promise<number> {
  const [row] = await fx.livePlain();
  return row?.productId ?? 0;
}

describe("Ozon's one update per pair every 30 s (clock ten times faster)", () => {
  let fx: OffersFixture;
  const clock = createScaledClock(10);

  beforeAll(async () => {
    fx = await createOffersFixture(14, { clock });
    await fx.setStockRules({ warehouses: [{ warehouseId: FBS }] });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('three changes within 30 s make exactly one further update, with the last value, as soon as Ozon allows', async () => {
    const product = await firstPlainLive(fx);
    const offer = await fx.offerOf(product);
    await until(() => answers(fx, offer, FBS).length === 1, 10_000, 'the first stock');
    const first = answers(fx, offer, FBS)[0];
    const base = await fx.quantity(product);
    for (const step of [1, 2, 3]) {
      await fx.setQuantity(product, base + step);
      await fx.event({ event: 'product.edited', id: product });
      await clock.sleep(4_000);
    }
    expect(clock.now() - (first?.at ?? 0)).toBeLessThan(30_000);
    await until(() => answers(fx, offer, FBS).length === 2, 10_000, 'the second stock');
    const second = answers(fx, offer, FBS)[1];
    expect(second?.stock).toBe(base + 3);
    // Not early (Ozon would refuse it), and not late: within a few clock seconds of the earliest time Ozon takes it.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(30_000);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeLessThan(PAIR_INTERVAL_MS + 5_000);
    expect(fx.ozonFree(offer, FBS)).toBe(base + 3);
    // Nothing more follows.
    await clock.sleep(40_000);
    expect(answers(fx, offer, FBS)).toHaveLength(2);
    const o = fx.store.own.offerStocks;
    const [pair] = await fx.store.db
      .select()
      .from(o)
      .where(and(eq(o.productId, product), eq(o.warehouseId, FBS)));
    expect(pair).toMatchObject({
      wanted: base + 3,
      sent: base + 3,
      accepted: base + 3,
      dueAt: null,
      errorCode: null,
    });
  });

  it('a store sale lowers the stock once and its cancellation gives it back once', async () => {
    const unit = (await fx.livePlain())[2];
    const product = unit?.productId ?? 0;
    const offer = await fx.offerOf(product);
    await until(() => answers(fx, offer, FBS).length === 1, 10_000, 'the first stock');
    const start = await fx.quantity(product);
    const orderId = 7001;
    await fx.store.pool.query(
      `INSERT INTO \`${fx.store.prefix}order_product\` (order_id, product_id, name, model, quantity, reward)
       VALUES (?, ?, 'x', 'x', 2, 0)`,
      [orderId, product],
    );
    // The order reaches a processing status: OpenCart takes 2 and reports the history.
    await fx.setQuantity(product, start - 2);
    await fx.event({ event: 'order.history_added', id: orderId });
    await until(() => fx.ozonFree(offer, FBS) === start - 2, 10_000, 'the sale on Ozon');
    // Cancelled: OpenCart puts the 2 back and reports the history again.
    await fx.setQuantity(product, start);
    await fx.event({ event: 'order.history_added', id: orderId });
    await until(() => fx.ozonFree(offer, FBS) === start, 10_000, 'the cancellation on Ozon');
    await clock.sleep(40_000);
    expect(answers(fx, offer, FBS).map((a) => a.stock)).toEqual([start, start - 2, start]);
  });

  it("Ozon's reserve for a posting not yet in the store is not offered again", async () => {
    const unit = (await fx.livePlain())[1];
    const product = unit?.productId ?? 0;
    const offer = await fx.offerOf(product);
    await fx.setQuantity(product, 10);
    await fx.event({ event: 'product.edited', id: product });
    await until(() => fx.ozonFree(offer, FBS) === 10, 10_000, 'stock 10');
    fx.emulator.control.createPosting({
      warehouseId: Number(FBS),
      products: [{ offerId: offer, quantity: 2 }],
    });
    // A buyer's order on Ozon: Ozon reserves 2, so 8 are free.
    expect(fx.ozonFree(offer, FBS)).toBe(8);
    await syncStocks(fx.deps, (await readOfferSettings(fx.store)).stock, {
      dryRun: false,
      checkpoint: undefined,
      async saveCheckpoint() {},
      async progress() {},
    });
    // The store still has 10, 2 of them promised to the Ozon buyer: 8 are offered, and Ozon holds 10.
    expect(fx.ozonFree(offer, FBS)).toBe(8);
    const product2 = [...fx.emulator.state.products.values()].find((p) => p.offerId === offer);
    expect(fx.emulator.state.stocks.get(product2?.productId ?? 0)?.get(Number(FBS))?.present).toBe(10);
  });
});

describe('an offer Ozon has not put on sale yet gets its stock the moment it is (wall clock)', () => {
  let fx: OffersFixture;

  beforeAll(async () => {
    fx = await createOffersFixture(8, { clock: systemClock, exportAll: false });
    await fx.setStockRules({ warehouses: [{ warehouseId: FBS }] });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('no stock before price_sent, and the stock within 2 s after', async () => {
    await fx.run();
    const t = fx.store.own.productState;
    const live = await fx.store.db.select().from(t).where(eq(t.state, 'live'));
    expect(live.length).toBeGreaterThan(3);
    await until(() => live.every((u) => fx.ozonFree(u.offerId, FBS) !== undefined), 10_000, 'every stock');
    for (const unit of live) {
      const sent = answers(fx, unit.offerId, FBS);
      expect(sent.length).toBe(1);
      const liveAt = unit.liveAt?.getTime() ?? 0;
      expect(sent[0]?.at ?? 0).toBeGreaterThanOrEqual(liveAt);
      expect((sent[0]?.at ?? 0) - liveAt).toBeLessThanOrEqual(2_000);
    }
    const o = fx.store.own.offerStocks;
    const errors = await fx.store.db.select().from(o).where(eq(o.errorCode, 'product_is_not_created'));
    expect(errors).toEqual([]);
  });
});

describe('bulky (КГТ) offers are stocked only at bulky warehouses, the others never there', () => {
  let fx: OffersFixture;
  let heavy = 0;

  beforeAll(async () => {
    fx = await createOffersFixture(6, {
      clock: systemClock,
      async prepare(f) {
        const p = (name: string) => `\`${f.store.prefix}${name}\``;
        const [[kg]] = await f.store.pool.query<Array<{ id: number } & import('mysql2').RowDataPacket>>(
          `SELECT weight_class_id AS id FROM ${p('weight_class_description')} WHERE unit = 'kg' LIMIT 1`,
        );
        const [[first]] = await f.store.pool.query<Array<{ id: number } & import('mysql2').RowDataPacket>>(
          `SELECT MIN(p.product_id) AS id FROM ${p('product')} p
           WHERE NOT EXISTS (SELECT 1 FROM ${p('product_option')} o WHERE o.product_id = p.product_id)`,
        );
        heavy = Number(first?.id);
        await f.store.pool.query(
          `UPDATE ${p('product')} SET weight = 30, weight_class_id = ? WHERE product_id = ?`,
          [kg?.id, heavy],
        );
      },
    });
    const t = fx.store.own.productState;
    const [recorded] = await fx.store.db.select().from(t).where(eq(t.productId, heavy));
    // The moderation follow-up recorded Ozon's tag when the card went live.
    expect(recorded?.bulky).toBe(true);
    // As for a card that went live before the tag was recorded: the first push learns it from Ozon's refusal.
    await fx.store.db.update(t).set({ bulky: null }).where(eq(t.productId, heavy));
    await fx.setStockRules({ warehouses: [{ warehouseId: FBS }, { warehouseId: BULKY, bulky: true }] });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('sends the 30 kg product to the bulky warehouse only (learning it from Ozon if need be) and every other product to the regular one only', async () => {
    const t = fx.store.own.productState;
    const live = await fx.store.db.select().from(t).where(eq(t.state, 'live'));
    await until(
      () => live.every((u) => fx.ozonFree(u.offerId, u.productId === heavy ? BULKY : FBS) !== undefined),
      10_000,
      'every stock',
    );
    for (const unit of live) {
      expect(fx.ozonFree(unit.offerId, unit.productId === heavy ? FBS : BULKY)).toBeUndefined();
    }
    const [learned] = await fx.store.db.select().from(t).where(eq(t.productId, heavy));
    expect(learned?.bulky).toBe(true);
    const o = fx.store.own.offerStocks;
    expect(await fx.store.db.select().from(o).where(isNotNull(o.errorCode))).toEqual([]);
  });
});
