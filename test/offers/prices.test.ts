import { and, eq } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideHeldPrices } from '../../bridge/src/offers/prices/held-decision';
import { readPriceContext } from '../../bridge/src/offers/prices/price-context';
import { syncPrices } from '../../bridge/src/offers/prices/price-sync';
import { readOfferSettings, saveOfferSettings } from '../../bridge/src/settings/offer-settings';
import { systemClock } from '../../bridge/src/shared/clock';
import { createOffersFixture, FBS, type OffersFixture } from './offers-fixture';
import { until } from './until';

/** Sets a product's OpenCart price (no special) and reports the save as the extension does. */
async function setStorePrice(fx: OffersFixture, product: number, price: number): Promise<void> {
  const table = (name: string) => `\`${fx.store.prefix}${name}\``;
  await fx.store.pool.query(`UPDATE ${table('product')} SET price = ? WHERE product_id = ?`, [
    price,
    product,
  ]);
  await fx.store.pool.query(`DELETE FROM ${table('product_special')} WHERE product_id = ?`, [product]);
  await fx.event({ event: 'product.edited', id: product });
}

type PriceRow = OffersFixture['store']['own']['offerPrices']['$inferSelect'];

describe('prices on Ozon follow the store and the price rules (wall clock)', () => {
  let fx: OffersFixture;
  let product = 0;
  let offer = '';

  const priceRequests = (offerId: string) =>
    fx.emulator.control
      .requests({ path: '/v1/product/import/prices' })
      .flatMap((r) =>
        ((r.body as { prices: Array<{ offer_id: string; price: string }> }).prices ?? []).filter(
          (p) => p.offer_id === offerId,
        ),
      );
  const ozonPrice = (offerId: string): string | undefined =>
    [...fx.emulator.state.products.values()].find((p) => p.offerId === offerId)?.price.price;
  const row = async (): Promise<PriceRow | undefined> => {
    const t = fx.store.own.offerPrices;
    const [r] = await fx.store.db
      .select()
      .from(t)
      .where(and(eq(t.productId, product), eq(t.variantKey, '')));
    return r;
  };
  const setPrice = (price: number): Promise<void> => setStorePrice(fx, product, price);

  beforeAll(async () => {
    fx = await createOffersFixture(10, { clock: systemClock });
    const [unit] = await fx.livePlain();
    product = unit?.productId ?? 0;
    offer = unit?.offerId ?? '';
    await fx.setStockRules({ warehouses: [{ warehouseId: FBS }] });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('takes the price the card import already gave Ozon as accepted, without sending it again', async () => {
    await until(async () => (await row())?.acceptedPrice != null, 10_000, 'the accepted price');
    const r = await row();
    expect(r?.acceptedPrice).toBe(ozonPrice(offer));
    expect(r?.dueAt).toBeNull();
    expect(priceRequests(offer)).toEqual([]);
  });

  it('a store price change within the guardrail reaches Ozon within 2 s of its event', async () => {
    const before = Number((await row())?.acceptedPrice);
    const next = Math.round(before * 1.1);
    await setPrice(next);
    await until(() => ozonPrice(offer) === String(next), 2_000, 'the new price on Ozon');
    expect(priceRequests(offer).map((p) => p.price)).toEqual([String(next)]);
    await until(async () => (await row())?.acceptedPrice === String(next), 1_000, 'the answer recorded');
    expect(await row()).toMatchObject({ acceptedPrice: String(next), dueAt: null, heldPrice: null });
  });

  it('a 50 % price drop is held, not sent, and sent only once the merchant approves it', async () => {
    const before = Number((await row())?.acceptedPrice);
    const half = Math.round(before / 2);
    await setPrice(half);
    await until(async () => (await row())?.heldPrice === String(half), 3_000, 'the held price');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ozonPrice(offer)).toBe(String(before));
    expect(priceRequests(offer).map((p) => p.price)).not.toContain(String(half));
    expect(
      await decideHeldPrices(
        fx.store,
        { decision: 'approve', items: [{ productId: product, variantKey: '' }] },
        new Date(),
      ),
    ).toEqual({ decided: 1 });
    await until(() => ozonPrice(offer) === String(half), 3_000, 'the approved price on Ozon');
    await until(async () => (await row())?.acceptedPrice === String(half), 1_000, 'the answer recorded');
    expect(await row()).toMatchObject({ acceptedPrice: String(half), heldPrice: null, dueAt: null });
  });

  it('a rejected change is not sent, and not held again while the store says the same', async () => {
    const before = Number((await row())?.acceptedPrice);
    const triple = before * 3;
    await setPrice(triple);
    await until(async () => (await row())?.heldPrice === String(triple), 3_000, 'the held price');
    await decideHeldPrices(
      fx.store,
      { decision: 'reject', items: [{ productId: product, variantKey: '' }] },
      new Date(),
    );
    await fx.event({ event: 'product.edited', id: product });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ozonPrice(offer)).toBe(String(before));
    expect(await row()).toMatchObject({ heldPrice: null, dueAt: null, rejectedPrice: String(triple) });
    await setPrice(before);
  });

  it('the rules apply: markup and rounding to a price ending in 9, with every offer repriced when they change', async () => {
    const settings = await readOfferSettings(fx.store);
    await saveOfferSettings(
      fx.store,
      { prices: { ...settings.prices, markupPercent: 10, rounding: 'end9' } },
      new Date(),
    );
    fx.worker.wake();
    const [[stored]] = await fx.store.pool.query<Array<{ price: string } & RowDataPacket>>(
      `SELECT price FROM \`${fx.store.prefix}product\` WHERE product_id = ?`,
      [product],
    );
    const base = Number(stored?.price);
    const expected = String(Math.ceil((Math.round(base * 1.1 * 100) / 100 + 1) / 10) * 10 - 1);
    await until(() => ozonPrice(offer) === expected, 5_000, `the marked-up price ${expected}`);
  });

  it('the reconciliation reads Ozon back and puts back a price changed there by another tool', async () => {
    const p = [...fx.emulator.state.products.values()].find((x) => x.offerId === offer);
    if (!p) {
      throw new Error('no product');
    }
    const was = p.price.price;
    p.price = { ...p.price, price: String(Number(was) + 1) };
    const settings = await readOfferSettings(fx.store);
    const summary = await syncPrices(
      fx.deps,
      await readPriceContext(fx.store, settings.prices, 'RUB'),
      settings.prices,
      {
        dryRun: false,
        checkpoint: undefined,
        async saveCheckpoint() {},
        async progress() {},
      },
    );
    expect(summary).toMatch(/1 prices differed/);
    expect(ozonPrice(offer)).toBe(was);
  });

  it('a card update sent with a price change beyond the guardrail carries the price Ozon holds, not the change', async () => {
    await until(async () => (await row())?.dueAt === null, 3_000, 'nothing due');
    const held = Number((await row())?.acceptedPrice);
    const lower = Math.round(held / 2);
    const described = `\`${fx.store.prefix}product_description\``;
    await fx.store.pool.query(`UPDATE ${described} SET name = CONCAT(name, ' (new)') WHERE product_id = ?`, [
      product,
    ]);
    await setPrice(lower);
    await until(async () => (await row())?.heldPrice != null, 3_000, 'the held price');
    const before = fx.emulator.control.requests({ path: '/v3/product/import' }).length;
    await fx.run({ onlyIds: [product] });
    const imports = fx.emulator.control.requests({ path: '/v3/product/import' }).slice(before);
    const items = imports.flatMap(
      (r) => (r.body as { items: Array<{ offer_id: string; price: string; name: string }> }).items,
    );
    const card = items.find((i) => i.offer_id === offer);
    expect(card?.name).toMatch(/\(new\)$/);
    expect(card?.price).toBe(String(held));
    expect(ozonPrice(offer)).toBe(String(held));
  });
});

describe("prices within Ozon's ten updates per product an hour (wall clock)", () => {
  let fx: OffersFixture;
  let product = 0;
  let offer = '';

  beforeAll(async () => {
    fx = await createOffersFixture(4, { clock: systemClock });
    const [unit] = await fx.livePlain();
    product = unit?.productId ?? 0;
    offer = unit?.offerId ?? '';
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('sends the tenth update of the hour, then keeps the newest value for when the budget returns', async () => {
    const t = fx.store.own.offerPrices;
    const where = and(eq(t.productId, product), eq(t.variantKey, ''));
    await until(
      async () => (await fx.store.db.select().from(t).where(where))[0]?.acceptedPrice != null,
      10_000,
      'a price',
    );
    const [first] = await fx.store.db.select().from(t).where(where);
    const base = Number(first?.acceptedPrice);
    // Nine updates this hour already, the oldest 50 minutes ago.
    const now = Date.now();
    const nine = Array.from({ length: 9 }, (_, i) => now - 50 * 60_000 + i * 60_000);
    await fx.store.db.update(t).set({ recentUpdates: nine }).where(where);
    const setPrice = (price: number): Promise<void> => setStorePrice(fx, product, price);
    const sent = () =>
      fx.emulator.control
        .requests({ path: '/v1/product/import/prices' })
        .flatMap((r) => (r.body as { prices: Array<{ offer_id: string; price: string }> }).prices)
        .filter((p) => p.offer_id === offer)
        .map((p) => p.price);
    await setPrice(base + 10);
    await until(
      async () => (await fx.store.db.select().from(t).where(where))[0]?.acceptedPrice === String(base + 10),
      3_000,
      'the tenth',
    );
    await setPrice(base + 20);
    await setPrice(base + 30);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sent()).toEqual([String(base + 10)]);
    const [row] = await fx.store.db.select().from(t).where(where);
    expect(row?.wantedPrice).toBe(String(base + 30));
    expect(row?.dueAt?.getTime()).toBe((nine[0] ?? 0) + 3_600_000 + 1_000);
    expect(row?.errorCode).toBeNull();
  });
});
