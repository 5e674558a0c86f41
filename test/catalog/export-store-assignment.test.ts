import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportFixture, type ExportFixture } from './export-fixture';

type StateRow = ExportFixture['store']['own']['productState']['$inferSelect'];
type ProblemRow = { code: string; message: string; blocks: string };

/*
 * A product OpenCart does not sell in the store (no product_to_store row for the default store, store 0, whose
 * settings the bridge reads) is not the store's to put on Ozon: pre-flight holds it back with a problem saying
 * where OpenCart assigns it, and nothing is sent for it. It used to go live without a word.
 */
describe('products not assigned to the store', () => {
  let fx: ExportFixture;
  let unassigned: number;
  let otherStoreOnly: number;
  let assigned: number;

  const statesOf = async (productId: number): Promise<StateRow[]> =>
    fx.store.db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.productId, productId));
  const sentOffers = (): string[] =>
    fx.emulator.control
      .requests({ path: '/v3/product/import' })
      .flatMap((r) => (r.body as { items?: Array<{ offer_id: string }> }).items ?? [])
      .map((item) => item.offer_id);

  beforeAll(async () => {
    fx = await createExportFixture(30);
    const { db, oc } = fx.store;
    const flawed = new Set(Object.values(fx.summary.flawed).flat());
    const enabled = await db
      .select({ id: oc.product.productId })
      .from(oc.product)
      .where(eq(oc.product.status, 1))
      .orderBy(oc.product.productId);
    const clean = enabled.map((p) => p.id).filter((id) => !flawed.has(id));
    [unassigned, otherStoreOnly, assigned] = clean as [number, number, number];
    await db
      .delete(oc.productToStore)
      .where(inArray(oc.productToStore.productId, [unassigned, otherStoreOnly]));
    await db.insert(oc.productToStore).values({ productId: otherStoreOnly, storeId: 1 });
  }, 180_000);
  afterAll(async () => fx?.store.destroy());

  it('a dry run holds them back, and an export marks them invalid with where OpenCart assigns stores', async () => {
    const dry = await fx.run({ dryRun: true });
    const held = dry.checkpoint?.report.heldBack.find((h) => h.code === 'not_in_store');
    expect(held?.message).toContain('Links tab');

    await fx.run();
    const sent = new Set(sentOffers());
    let units = 0;
    for (const productId of [unassigned, otherStoreOnly]) {
      const states = await statesOf(productId);
      expect(states.length, `product ${productId}`).toBeGreaterThan(0);
      for (const state of states) {
        units += 1;
        expect(state.state, `product ${productId}`).toBe('invalid');
        expect(sent.has(state.offerId), state.offerId).toBe(false);
        const problems = (state.problems ?? []) as ProblemRow[];
        expect(problems.map((p) => p.code)).toEqual(['not_in_store']);
        expect(problems[0]?.blocks).toBe('data');
        expect(problems[0]?.message).toBe(
          'The product is not assigned to the store, so the shop does not sell it: tick "Default" in Stores on the product\'s Links tab in Catalog › Products',
        );
      }
    }
    expect(held?.units).toBe(units);
    const live = await statesOf(assigned);
    expect(live.map((s) => s.state)).toEqual(live.map(() => 'live'));
    expect(live.every((s) => sent.has(s.offerId))).toBe(true);
  });

  it('a product assigned to the store again is sent by the next export', async () => {
    await fx.store.db.insert(fx.store.oc.productToStore).values({ productId: unassigned, storeId: 0 });
    await fx.run({ onlyIds: [unassigned] });
    const states = await statesOf(unassigned);
    expect(states.map((s) => s.state)).toEqual(states.map(() => 'live'));
    expect(sentOffers()).toEqual(expect.arrayContaining(states.map((s) => s.offerId)));
    const stillOff = await statesOf(otherStoreOnly);
    expect(stillOff.map((s) => s.state)).toEqual(stillOff.map(() => 'invalid'));
  });
});
