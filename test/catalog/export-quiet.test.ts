import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveOfferSettings } from '../../bridge/src/settings/offer-settings';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { queueStoreEvent } from '../../bridge/src/store-events/intake';
import { createExportFixture, type ExportFixture, importRequests } from './export-fixture';

/** Every product-state row, whole, in key order. */
async function stateRows(fx: ExportFixture) {
  const t = fx.store.own.productState;
  return fx.store.db.select().from(t).orderBy(t.productId, t.variantKey);
}

/** Offer ids sent to Ozon by what `act` runs. */
async function sentBy(fx: ExportFixture, act: () => Promise<unknown>): Promise<string[]> {
  const before = importRequests(fx).length;
  await act();
  return importRequests(fx)
    .slice(before)
    .flat()
    .map((i) => i.offer_id ?? '');
}

describe('a sync over a store that did not change', () => {
  let fx: ExportFixture;
  /** Live single-unit products without a special (a special can hide a new regular price). */
  let live: Array<{ productId: number; offerId: string }>;

  beforeAll(async () => {
    fx = await createExportFixture(150);
    await fx.run();
    const { db, oc } = fx.store;
    const specials = new Set((await db.select().from(oc.productSpecial)).map((s) => s.productId));
    live = (await stateRows(fx)).filter(
      (r) => r.state === 'live' && r.variantKey === '' && !specials.has(r.productId),
    );
  }, 120_000);
  afterAll(async () => fx?.store.destroy());

  it('leaves every product-state row untouched on the second run, and passes quiet products over on the third', async () => {
    await fx.run();
    const before = await stateRows(fx);
    const second = await fx.run();
    expect(await stateRows(fx)).toEqual(before);
    const third = await fx.run();
    expect(await stateRows(fx)).toEqual(before);
    // The third run reports the same verdicts without analysing the quiet products again.
    expect(third.checkpoint?.report.actions).toEqual(second.checkpoint?.report.actions);
    expect(third.checkpoint?.report.units).toBe(before.length);
    const [quiet] = await fx.store.db
      .select({ n: sql<number>`count(*)` })
      .from(fx.store.own.productFingerprints);
    expect(Number(quiet?.n)).toBeGreaterThan(100);
  });

  it('finds a product changed by direct SQL in a full comparison, though its date_modified stayed', async () => {
    const target = live[0];
    const { db, oc } = fx.store;
    await db
      .update(oc.product)
      .set({ price: sql`${oc.product.price} + 100` })
      .where(eq(oc.product.productId, target?.productId ?? 0));
    expect(await sentBy(fx, () => fx.run({ scope: 'changed' }))).toEqual([]);
    expect(await sentBy(fx, () => fx.run())).toEqual([target?.offerId]);
  });

  it('reads only what the store reports changed when asked for what changed', async () => {
    const [saved, evented] = [live[1], live[2]];
    const { db, oc } = fx.store;
    await db
      .update(oc.product)
      .set({ price: sql`${oc.product.price} + 100`, dateModified: sql`NOW()` })
      .where(eq(oc.product.productId, saved?.productId ?? 0));
    const narrowed = await fx.run({ scope: 'changed' });
    expect(narrowed.checkpoint?.narrowedIds).toEqual([saved?.productId]);
    expect(
      importRequests(fx)
        .at(-1)
        ?.map((i) => i.offer_id),
    ).toEqual([saved?.offerId]);
    // An edit the admin reported by an event, made where date_modified did not move.
    await db
      .update(oc.product)
      .set({ price: sql`${oc.product.price} + 100` })
      .where(eq(oc.product.productId, evented?.productId ?? 0));
    await queueStoreEvent(fx.store, { event: 'product.edited', id: evented?.productId ?? 0 }, new Date());
    expect(await sentBy(fx, () => fx.run({ scope: 'changed' }))).toEqual([evented?.offerId]);
    // Nothing changed since: nothing is read.
    const idle = await fx.run({ scope: 'changed' });
    expect(idle.checkpoint?.narrowedIds).toEqual([]);
  });

  it('reads a product held back for an article another holds when that other one changes', async () => {
    const rows = await stateRows(fx);
    const copier = rows.find((r) => JSON.stringify(r.problems).includes('offer_id_duplicate'));
    const holder = rows.find((r) => r.offerId === copier?.offerId && r.productId !== copier?.productId);
    expect(copier && holder).toBeTruthy();
    const { db, oc } = fx.store;
    // Saved in the very second the last sync's mark ends on (a save right after a sync started): the sync reads
    // every product of that second again, since that second gained one.
    const [newest] = await db
      .select({ at: sql<string>`CAST(MAX(${oc.product.dateModified}) AS CHAR)` })
      .from(oc.product);
    await db
      .update(oc.product)
      .set({ model: sql`CONCAT(${oc.product.model}, '-2')`, dateModified: newest?.at ?? '' })
      .where(eq(oc.product.productId, holder?.productId ?? 0));
    const sameSecond = await db
      .select({ id: oc.product.productId })
      .from(oc.product)
      .where(eq(oc.product.dateModified, newest?.at ?? ''));
    expect(sameSecond.length).toBeGreaterThan(1);
    const narrowed = await fx.run({ scope: 'changed' });
    expect(narrowed.checkpoint?.narrowedIds).toEqual(
      [...new Set([copier?.productId ?? 0, ...sameSecond.map((r) => r.id)])].sort((a, b) => a - b),
    );
    // The article is its own now: it went to Ozon.
    const t = fx.store.own.productState;
    const [after] = await db
      .select()
      .from(t)
      .where(and(eq(t.productId, copier?.productId ?? 0), eq(t.variantKey, copier?.variantKey ?? '')));
    expect(after?.state).toBe('live');
  });

  it('analyses every product again when a setting its payload reads changed', async () => {
    await fx.run();
    const quiet = await fx.run();
    expect(quiet.checkpoint?.report.itemsSent).toBe(0);
    const before = importRequests(fx).length;
    await writeOzonSettings(fx.store, { defaultVat: '0.1' });
    const changed = await fx.run({ scope: 'changed' });
    // Another context: a full comparison, though only what changed was asked for, and every live item sent.
    expect(changed.checkpoint?.narrowedIds).toBeUndefined();
    const sent = new Set(
      importRequests(fx)
        .slice(before)
        .flat()
        .map((i) => i.offer_id),
    );
    expect(sent.size).toBeGreaterThanOrEqual(live.length - 4);
  });

  it('analyses every product again when a price rule changed, and sends the new prices', async () => {
    await fx.run();
    const quiet = await fx.run();
    expect(quiet.checkpoint?.report.itemsSent).toBe(0);
    const before = importRequests(fx).length;
    await saveOfferSettings(fx.store, { prices: { markupAmount: 100 } }, new Date());
    const changed = await fx.run({ scope: 'changed' });
    expect(changed.checkpoint?.narrowedIds).toBeUndefined();
    const sent = new Map(
      fx.emulator.control
        .requests({ path: '/v3/product/import' })
        .slice(before)
        .flatMap((r) => (r.body as { items: Array<{ offer_id: string; price: string }> }).items)
        .map((i) => [i.offer_id, i.price]),
    );
    const { db, oc } = fx.store;
    const prices = new Map(
      (await db.select().from(oc.product)).map((p) => [p.productId, Number(p.price)] as const),
    );
    // Their articles now: an earlier test renamed one.
    const offerIds = new Map((await stateRows(fx)).map((r) => [`${r.productId}/${r.variantKey}`, r.offerId]));
    const resent = live.filter((l) => sent.has(offerIds.get(`${l.productId}/`) ?? ''));
    expect(resent.length).toBeGreaterThanOrEqual(live.length - 4);
    for (const product of resent) {
      const price = sent.get(offerIds.get(`${product.productId}/`) ?? '');
      expect(price).toBe(String((prices.get(product.productId) ?? 0) + 100));
    }
  });

  it('archives a product deleted from the store when the event says so', async () => {
    const gone = live[3];
    const { db, oc } = fx.store;
    await db.delete(oc.product).where(eq(oc.product.productId, gone?.productId ?? 0));
    await queueStoreEvent(fx.store, { event: 'product.deleted', id: gone?.productId ?? 0 }, new Date());
    await fx.run({ scope: 'changed' });
    const t = fx.store.own.productState;
    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.productId, gone?.productId ?? 0), eq(t.variantKey, '')));
    expect(row?.archived).toBe(true);
  });
});
