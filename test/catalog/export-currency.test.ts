import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveOfferSettings } from '../../bridge/src/settings/offer-settings';
import { createExportFixture, type ExportFixture } from './export-fixture';

type Item = { offer_id: string; price: string; old_price: string; currency_code: string };

/** Ozon's price text for an amount: rounded to two decimals, no trailing zeros. */
function money(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

describe('prices converted from the store currency into the Ozon currency', () => {
  let fx: ExportFixture;

  beforeAll(async () => {
    fx = await createExportFixture(40);
  }, 120_000);
  afterAll(async () => fx?.store.destroy());

  /** Makes `code` the default currency and sets (or, with undefined, deletes) the rates of the others. */
  async function storeIn(code: string, rates: Record<string, number | undefined>): Promise<void> {
    const { db, oc } = fx.store;
    await db
      .update(oc.setting)
      .set({ value: code })
      .where(and(eq(oc.setting.code, 'config'), eq(oc.setting.key, 'config_currency')));
    for (const [other, value] of Object.entries(rates)) {
      await db.delete(oc.currency).where(eq(oc.currency.code, other));
      if (value !== undefined) {
        await db.insert(oc.currency).values({
          title: other,
          code: other,
          symbolLeft: '',
          symbolRight: '',
          decimalPlace: '2',
          value,
          status: 1,
          dateModified: '2026-01-01 00:00:00',
        });
      }
    }
  }

  const imported = (): Item[] =>
    fx.emulator.control
      .requests({ path: '/v3/product/import' })
      .flatMap((r) => (r.body as { items: Item[] }).items);

  /** The products sold alone under their own article, with their running special's price if any. */
  async function singleProducts(): Promise<
    Array<{ model: string; price: number; special: number | undefined }>
  > {
    const { db, oc } = fx.store;
    const products = await db.select().from(oc.product);
    const specials = await db.select().from(oc.productSpecial);
    return products
      .filter((p) => products.filter((other) => other.model === p.model).length === 1)
      .map((p) => {
        const special = specials.find((s) => s.productId === p.productId);
        return { model: p.model, price: Number(p.price), special: special && Number(special.price) };
      });
  }

  it('refuses every product of a USD store without a RUB rate, sends nothing, and the dry run says what to do', async () => {
    await storeIn('USD', { USD: 1, RUB: undefined });
    const dry = await fx.run({ dryRun: true });
    const report = dry.checkpoint?.report;
    const actions = report?.actions ?? {};
    expect(actions.create ?? 0).toBe(0);
    expect(actions.invalid ?? 0).toBeGreaterThan(0);
    expect(report?.heldBack[0]).toMatchObject({
      code: 'currency_rate_missing',
      units: (actions.invalid ?? 0) + (actions.not_mapped ?? 0),
    });
    expect(report?.heldBack[0]?.message).toContain(
      "add RUB in OpenCart's System › Localisation › Currencies with Value = how many RUB one USD is worth",
    );
    expect(dry.summary).toContain('System › Localisation › Currencies');

    await fx.run();
    expect(imported()).toEqual([]);
    const states = await fx.store.db.select().from(fx.store.own.productState);
    const judged = states.filter((s) => s.state !== 'disabled');
    expect(judged.length).toBeGreaterThan(0);
    for (const row of judged) {
      expect(row.state).toBe('invalid');
      expect(JSON.stringify(row.problems)).toContain('currency_rate_missing');
    }
  });

  it("sends a USD store's prices converted at its RUB rate, the special's regular price as the old price", async () => {
    await storeIn('USD', { USD: 1, RUB: 90.5 });
    await fx.run();
    const items = imported();
    expect(items.length).toBeGreaterThan(0);
    const { db, oc } = fx.store;
    const products = await db.select().from(oc.product);
    const specials = await db.select().from(oc.productSpecial);
    let plain = 0;
    let discounted = 0;
    for (const product of products) {
      // Products without variants: their item is the product's own price (variants add option deltas). The
      // sample's duplicate-model products share an article, whose item is the other product's.
      const item = items.find((i) => i.offer_id === product.model);
      if (!item || products.filter((p) => p.model === product.model).length > 1) {
        continue;
      }
      expect(item.currency_code).toBe('RUB');
      const dollars = Number(product.price);
      const special = specials.find((s) => s.productId === product.productId);
      if (special === undefined) {
        plain += 1;
        expect(item).toMatchObject({ price: money(dollars * 90.5), old_price: '0' });
      } else if (item.old_price !== '0') {
        discounted += 1;
        expect(item).toMatchObject({
          price: money(Number(special.price) * 90.5),
          old_price: money(dollars * 90.5),
        });
      }
    }
    expect(plain).toBeGreaterThan(0);
    expect(discounted).toBeGreaterThan(0);
  });

  it("applies the merchant's price rules: the chosen group's specials, the markup after conversion, the rounding", async () => {
    // Still USD at 90.5 RUB. The sample store's specials are all for the default group (1): group 2 has none.
    await saveOfferSettings(
      fx.store,
      { prices: { customerGroupId: 2, markupPercent: 10, rounding: 'end9' } },
      new Date(),
    );
    let before = imported().length;
    await fx.run();
    const items = imported().slice(before);
    const singles = await singleProducts();
    let checked = 0;
    for (const product of singles) {
      const item = items.find((i) => i.offer_id === product.model);
      if (item) {
        checked += 1;
        expect(item).toMatchObject({ price: end9(product.price * 90.5 * 1.1), old_price: '0' });
      }
    }
    expect(checked).toBeGreaterThan(10);

    // The default group again: its specials are the price, the regular price through the same rules struck out.
    await saveOfferSettings(fx.store, { prices: { markupPercent: 10, rounding: 'end9' } }, new Date());
    before = imported().length;
    await fx.run();
    const again = imported().slice(before);
    let discounted = 0;
    for (const product of singles) {
      const item = again.find((i) => i.offer_id === product.model);
      if (item && product.special !== undefined && item.old_price !== '0') {
        discounted += 1;
        expect(item).toMatchObject({
          price: end9(product.special * 90.5 * 1.1),
          old_price: end9(product.price * 90.5 * 1.1),
        });
      }
    }
    expect(discounted).toBeGreaterThan(0);
  });
});

/** The smallest whole amount ending in 9 at or above `amount` (taken in cents, as money is). */
function end9(amount: number): string {
  const whole = Math.ceil(Math.round(amount * 100) / 100);
  return String(whole + ((19 - (whole % 10)) % 10));
}
