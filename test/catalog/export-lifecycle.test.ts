import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportFixture, type ExportFixture } from './export-fixture';

type Items = Array<{ offer_id: string }>;

describe('product lifecycle on Ozon: quota, lost answers, archive and return', () => {
  let fx: ExportFixture;

  beforeAll(async () => {
    fx = await createExportFixture(60);
  }, 120_000);
  afterAll(async () => fx?.store.destroy());

  const requests = (p: string) => fx.emulator.control.requests({ path: p });
  const importedOffers = () =>
    requests('/v3/product/import').flatMap((r) => (r.body as { items: Items }).items.map((i) => i.offer_id));
  const states = () => fx.store.db.select().from(fx.store.own.productState);

  it('shows in a dry run how much of the daily quota an export needs, and sends within it', async () => {
    fx.emulator.control.setQuota({ dailyCreateLimit: 10, dailyCreateUsage: 0 });
    const dry = await fx.run({ dryRun: true });
    const report = dry.checkpoint?.report;
    expect(report?.quotaNeeded.create).toBeGreaterThan(100);
    expect(report?.quota).toMatchObject({ createLimit: 10, createUsed: 0 });
    expect(report?.quotaNote).toMatch(
      /Over Ozon's daily quota: \d+ new products but 10 creations left today/,
    );
    expect(requests('/v3/product/import')).toHaveLength(0);
    expect(await states()).toHaveLength(0);

    await fx.run();
    expect(importedOffers()).toHaveLength(10);
    const held = (await states()).filter((s) => s.state === 'queued');
    expect(held.length).toBeGreaterThan(100);
    expect(JSON.stringify(held[0]?.problems)).toContain('ozon_quota_used_up');
  });

  it('sends the held products once the quota allows, each exactly once', async () => {
    fx.emulator.control.setQuota({ dailyCreateLimit: 100_000 });
    await fx.run();
    const offers = importedOffers();
    expect(new Set(offers).size).toBe(offers.length);
    const all = await states();
    expect(all.filter((s) => s.state === 'queued')).toEqual([]);
    expect(all.filter((s) => s.state === 'live').length).toBe(offers.length);
  });

  it('does not resend an import whose answer was lost, after finding its products on Ozon', async () => {
    const { db, oc } = fx.store;
    const ball = (await states()).find((s) => s.offerId === 'MS-BALLS-000009');
    await db
      .update(oc.product)
      .set({ price: '4321.0000' })
      .where(eq(oc.product.productId, ball?.productId ?? 0));
    fx.emulator.control.injectFault({ kind: 'drop', path: '/v3/product/import', times: 1 });
    const before = requests('/v3/product/import').length;
    await fx.run();
    const after = requests('/v3/product/import').slice(before);
    expect(after.flatMap((r) => (r.body as { items: Items }).items.map((i) => i.offer_id))).toEqual([
      'MS-BALLS-000009',
    ]);
    const [record] = await db
      .select()
      .from(fx.store.own.importTasks)
      .where(eq(fx.store.own.importTasks.state, 'done'))
      .orderBy(fx.store.own.importTasks.id)
      .then((rows) => rows.slice(-1));
    expect(record?.taskId).toBeNull();
    const [row] = await db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.offerId, 'MS-BALLS-000009'));
    expect(row?.state).toBe('live');
    const cards = await fx.ozon.products.infoList({ offerIds: ['MS-BALLS-000009'] });
    expect(cards[0]?.price).toBe('4321');
  });

  it('zeroes the stock and archives a product disabled in OpenCart, and restores it when it comes back', async () => {
    const { db, oc } = fx.store;
    const shirt = (await states()).filter(
      (s) => s.state === 'live' && s.offerId.startsWith('MS-TSHIRTS-000001-'),
    );
    expect(shirt.length).toBeGreaterThan(1);
    await db.update(oc.product).set({ status: 0 }).where(eq(oc.product.productId, 1));
    const mark = fx.emulator.control.requests().length;
    await fx.run();
    const log = fx.emulator.control.requests().slice(mark);
    const stockAt = log.findIndex((r) => r.path === '/v2/products/stocks');
    const archiveAt = log.findIndex((r) => r.path === '/v1/product/archive');
    expect(stockAt).toBeGreaterThanOrEqual(0);
    expect(archiveAt).toBeGreaterThan(stockAt);
    const body = log[stockAt]?.body as { stocks?: Array<{ offer_id: string; stock: number }> } | undefined;
    const zeroed = body?.stocks ?? [];
    expect(new Set(zeroed.map((s) => s.offer_id))).toEqual(new Set(shirt.map((s) => s.offerId)));
    expect(zeroed.every((s) => s.stock === 0)).toBe(true);
    const archived = await db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.productId, 1));
    expect(archived.every((s) => s.state === 'archived' && s.archived)).toBe(true);
    const cards = await fx.ozon.products.infoList({ offerIds: shirt.map((s) => s.offerId) });
    expect(cards.every((c) => c.is_archived)).toBe(true);

    await db.update(oc.product).set({ status: 1 }).where(eq(oc.product.productId, 1));
    await fx.run();
    expect(requests('/v1/product/unarchive')).toHaveLength(1);
    const back = await db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.productId, 1));
    expect(back.every((s) => s.state === 'live' && !s.archived)).toBe(true);
  });

  it('does the same when Ozon is followed by the follow-up job, which leaves archived products alone', async () => {
    const { db, oc, own } = fx.store;
    const unitsOf = (productId: number) =>
      db.select().from(own.productState).where(eq(own.productState.productId, productId));
    const live = (await states()).find((s) => s.state === 'live' && s.productId > 3);
    const productId = live?.productId ?? 0;
    const units = await unitsOf(productId);
    expect(units.every((s) => s.state === 'live')).toBe(true);

    await db.update(oc.product).set({ status: 0 }).where(eq(oc.product.productId, productId));
    const mark = fx.emulator.control.requests().length;
    await fx.run({ follow: 'job' });
    const log = fx.emulator.control.requests().slice(mark);
    const stockAt = log.findIndex(
      (r) =>
        r.path === '/v2/products/stocks' &&
        (r.body as { stocks: Array<{ offer_id: string; stock: number }> }).stocks.some(
          (s) => s.offer_id === live?.offerId && s.stock === 0,
        ),
    );
    const archiveAt = log.findIndex((r) => r.path === '/v1/product/archive');
    expect(stockAt).toBeGreaterThanOrEqual(0);
    expect(archiveAt).toBeGreaterThan(stockAt);
    expect((log[archiveAt]?.body as { product_id?: string[] } | undefined)?.product_id).toEqual(
      expect.arrayContaining(units.map((u) => u.ozonProductId)),
    );
    await fx.follow();
    expect((await unitsOf(productId)).every((s) => s.state === 'archived' && s.archived)).toBe(true);

    await db.update(oc.product).set({ status: 1 }).where(eq(oc.product.productId, productId));
    const before = requests('/v1/product/unarchive').length;
    await fx.run({ follow: 'job' });
    const unarchived = requests('/v1/product/unarchive').slice(before);
    expect(unarchived).toHaveLength(1);
    expect((unarchived[0]?.body as { product_id?: string[] } | undefined)?.product_id).toEqual(
      expect.arrayContaining(units.map((u) => u.ozonProductId)),
    );
    expect((await unitsOf(productId)).every((s) => s.state === 'moderation' && !s.archived)).toBe(true);
    await fx.follow();
    expect((await unitsOf(productId)).every((s) => s.state === 'live')).toBe(true);
    const cards = await fx.ozon.products.infoList({ offerIds: units.map((u) => u.offerId) });
    expect(cards.every((c) => !c.is_archived)).toBe(true);
  });

  it('archives products deleted from OpenCart and variants whose option value was removed', async () => {
    const { db, oc, own } = fx.store;
    await db.delete(oc.product).where(eq(oc.product.productId, 3));
    const variant = (await states()).find(
      (s) => s.productId === 2 && s.variantKey !== '' && s.state === 'live',
    );
    await db
      .delete(oc.productOptionValue)
      .where(
        and(
          eq(oc.productOptionValue.productId, 2),
          eq(oc.productOptionValue.optionValueId, Number(variant?.variantKey)),
        ),
      );
    await fx.run();
    const [deleted] = await db.select().from(own.productState).where(eq(own.productState.productId, 3));
    expect(deleted).toMatchObject({ state: 'archived', archived: true });
    const [gone] = await db
      .select()
      .from(own.productState)
      .where(
        and(eq(own.productState.productId, 2), eq(own.productState.variantKey, variant?.variantKey ?? '')),
      );
    expect(gone).toMatchObject({ state: 'archived', archived: true });
    const rest = await db.select().from(own.productState).where(eq(own.productState.productId, 2));
    expect(rest.filter((r) => r.variantKey !== variant?.variantKey).every((r) => r.state === 'live')).toBe(
      true,
    );
  });
});
