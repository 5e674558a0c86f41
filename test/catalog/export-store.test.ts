import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../bridge/src/ozon/paging';
import { createExportFixture, type ExportFixture, importRequests, STORE_URL } from './export-fixture';

type StateRow = ExportFixture['store']['own']['productState']['$inferSelect'];

function codesOf(row: StateRow): string[] {
  return ((row.problems as Array<{ code: string }> | null) ?? []).map((p) => p.code);
}

describe('export of a 1,000-product sample store to the emulator', () => {
  let fx: ExportFixture;
  let states: StateRow[];
  const DUPLICATE = { keeper: 3, copier: 9 };

  beforeAll(async () => {
    fx = await createExportFixture(1000);
    const { db, oc } = fx.store;
    // The generator's "duplicate-model" products end up with distinct models; make a real duplicate.
    const [keeper] = await db.select().from(oc.product).where(eq(oc.product.productId, DUPLICATE.keeper));
    await db
      .update(oc.product)
      .set({ model: keeper?.model ?? '' })
      .where(eq(oc.product.productId, DUPLICATE.copier));
    await fx.run();
    states = await db.select().from(fx.store.own.productState);
  }, 180_000);
  afterAll(async () => fx?.store.destroy());

  it('gives every deliberately broken product a specific error and sends none of them', async () => {
    const byProduct = (id: number) => states.filter((s) => s.productId === id);
    const expectations: Array<[number[] | undefined, string]> = [
      [fx.summary.flawed['no-weight'], 'no_weight'],
      [fx.summary.flawed['no-image'], 'no_image'],
      [fx.summary.flawed['long-model'], 'offer_id_too_long'],
      [fx.summary.flawed['zero-size'], 'no_size'],
      [[DUPLICATE.copier], 'offer_id_duplicate'],
    ];
    const sentOffers = importRequests(fx)
      .flat()
      .map((i) => i.offer_id);
    const sent = new Set(sentOffers);
    for (const [ids, code] of expectations) {
      expect(ids?.length ?? 0, code).toBeGreaterThan(0);
      for (const id of ids ?? []) {
        const rows = byProduct(id);
        if (rows.every((r) => r.state === 'disabled')) {
          continue; // disabled in OpenCart: not judged
        }
        for (const row of rows) {
          expect(row.state, `product ${id}`).toBe('invalid');
          expect(codesOf(row), `product ${id}`).toContain(code);
          if (code !== 'offer_id_duplicate') {
            expect(sent.has(row.offerId)).toBe(false);
          }
        }
      }
    }
    // The duplicate's article stays with the product that had it first, sent once.
    const keeper = byProduct(DUPLICATE.keeper)[0];
    expect(keeper?.state).toBe('live');
    expect(sentOffers.filter((o) => o === keeper?.offerId)).toHaveLength(1);
    const noWeight = byProduct(fx.summary.flawed['no-weight']?.[0] ?? 0)[0];
    expect(JSON.stringify(noWeight?.problems)).toContain(
      "set Weight on the product's Data tab in Catalog › Products",
    );
  });

  it('brings every other enabled product live, and keeps disabled ones off Ozon', async () => {
    const enabled = await fx.store.db
      .select({ id: fx.store.oc.product.productId, status: fx.store.oc.product.status })
      .from(fx.store.oc.product);
    const disabledIds = new Set(enabled.filter((p) => p.status === 0).map((p) => p.id));
    const counts = new Map<string, number>();
    for (const s of states) {
      counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['disabled', 'invalid', 'live']);
    for (const s of states.filter((r) => r.state === 'disabled')) {
      expect(disabledIds.has(s.productId)).toBe(true);
    }
    expect(counts.get('live') ?? 0).toBeGreaterThan(2000);
    const sent = importRequests(fx)
      .flat()
      .map((i) => i.offer_id);
    expect(new Set(sent).size).toBe(sent.length);
    expect(new Set(sent)).toEqual(new Set(states.filter((s) => s.state === 'live').map((s) => s.offerId)));
    expect(
      states.filter((s) => s.state === 'live').every((s) => s.ozonSku !== null && s.ozonProductId !== null),
    ).toBe(true);
  });

  it('puts every field on Ozon as mapped: name, description, images in order, units, attributes', async () => {
    const { db, oc } = fx.store;
    const ru = (await db.select().from(oc.language).where(eq(oc.language.code, 'ru-ru')))[0]?.languageId ?? 0;
    // A T-shirt with size variants, a ball (no options) and a book, all valid.
    const live = states.filter((s) => s.state === 'live');
    const picks = [
      live.find((s) => s.offerId.startsWith('MS-TSHIRTS-') && s.variantKey !== ''),
      live.find((s) => s.offerId.startsWith('MS-BALLS-')),
      live.find((s) => s.offerId.startsWith('MS-FICTION-')),
    ];
    const offers = picks.map((p) => p?.offerId ?? '');
    const cards = await fx.ozon.products.infoList({ offerIds: offers });
    const attrs = (await collect(fx.ozon.products.attributesPages({ offer_id: offers }))).flat();
    const weights = new Map(
      (await db.select().from(oc.weightClass)).map((w) => [w.weightClassId, Number(w.value)]),
    );
    const lengths = new Map(
      (await db.select().from(oc.lengthClass)).map((l) => [l.lengthClassId, Number(l.value)]),
    );
    for (const pick of picks) {
      expect(pick).toBeDefined();
      const id = pick?.productId ?? 0;
      const [product] = await db.select().from(oc.product).where(eq(oc.product.productId, id));
      const [text] = await db
        .select()
        .from(oc.productDescription)
        .where(inArray(oc.productDescription.productId, [id]))
        .then((rows) => rows.filter((r) => r.languageId === ru));
      const images = await db.select().from(oc.productImage).where(eq(oc.productImage.productId, id));
      const card = cards.find((c) => c.offer_id === pick?.offerId);
      const attr = attrs.find((a) => a.offer_id === pick?.offerId);
      if (!product || !text || !card || !attr) {
        throw new Error(`missing data for ${pick?.offerId}`);
      }
      const variantName = pick?.variantKey ? `, ${card.offer_id.split('-').at(-1)}` : '';
      expect(card.name).toBe(`${text.name}${variantName}`);
      const expectedImages = [
        product.image,
        ...images.sort((a, b) => a.sortOrder - b.sortOrder).map((i) => i.image),
      ].map((p) => `${STORE_URL}image/${p}`);
      expect(card.images).toEqual(expectedImages);
      // OpenCart factors are relative to the default class (kg, cm): grams = weight / factor × 1000.
      const grams = (Number(product.weight) / (weights.get(product.weightClassId) ?? 1)) * 1000;
      const mm = (v: string) => Math.round((Number(v) / (lengths.get(product.lengthClassId) ?? 1)) * 10);
      expect(attr.weight_unit).toBe('g');
      expect(attr.weight).toBe(Math.round(grams));
      expect(attr.dimension_unit).toBe('mm');
      expect([attr.depth, attr.width, attr.height]).toEqual([
        mm(product.length),
        mm(product.width),
        mm(product.height),
      ]);
      const description = attr.attributes.find((a) => a.id === '4191')?.values[0]?.value ?? '';
      expect(description.startsWith(`<p><b>${text.name}</b></p><ul><li>`)).toBe(true);
      expect(description).not.toMatch(/<script|<table|style=|&nbsp;|&lt;/);
      const brand = attr.attributes.find((a) => a.id === '85')?.values[0];
      expect(Number(brand?.dictionary_value_id)).toBeGreaterThan(0);
    }
    const shirt = attrs.find((a) => a.offer_id === offers[0]);
    const size = shirt?.attributes.find((a) => a.id === '4295')?.values[0];
    const letter = offers[0]?.split('-').at(-1);
    const russian: Record<string, string> = { XS: '42', S: '44', M: '46', L: '48', XL: '50', XXL: '52' };
    expect(size?.value).toBe(russian[letter ?? '']);
    expect(Number(size?.dictionary_value_id)).toBeGreaterThan(0);
    const colour = shirt?.attributes.find((a) => a.id === '10096')?.values[0];
    expect(Number(colour?.dictionary_value_id)).toBeGreaterThan(0);
    const model = shirt?.attributes.find((a) => a.id === '9048')?.values[0]?.value;
    expect(offers[0]?.startsWith(`${model}-`)).toBe(true);
  });

  it('sends nothing on a second export right after the first', async () => {
    const before = importRequests(fx).length;
    await fx.run();
    expect(importRequests(fx).length).toBe(before);
  });

  it('sends exactly that product when one price changes', async () => {
    const { db, oc } = fx.store;
    // A product without a running special: with one, Ozon's price is the special and a new regular price may not
    // change the payload at all (when the discount is too small to show the old price).
    const specials = new Set((await db.select().from(oc.productSpecial)).map((s) => s.productId));
    const ball = states.find(
      (s) => s.state === 'live' && s.offerId.startsWith('MS-BALLS-') && !specials.has(s.productId),
    );
    const id = ball?.productId ?? 0;
    const [product] = await db.select().from(oc.product).where(eq(oc.product.productId, id));
    await db
      .update(oc.product)
      .set({ price: String(Number(product?.price ?? 0) + 100) })
      .where(eq(oc.product.productId, id));
    const before = importRequests(fx).length;
    await fx.run();
    const after = importRequests(fx).slice(before);
    expect(after.flat().map((i) => i.offer_id)).toEqual([ball?.offerId]);
    const [row] = await db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.productId, id));
    expect(row?.state).toBe('live');
  });
});
