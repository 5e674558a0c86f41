import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { productDetail } from '../../bridge/src/catalog/export/views/product-detail';
import { listProducts } from '../../bridge/src/catalog/export/views/product-list';
import { productListQuerySchema } from '../../bridge/src/contract/catalog-products';
import { readOzonSettings } from '../../bridge/src/settings/store';
import { systemClock } from '../../bridge/src/shared/clock';
import { createTestStore, type TestStore } from '../harness/test-store';

/** As OpenCart's admin stores what the merchant typed: htmlspecialchars applied. */
const STORED_NAME = 'Apple Cinema 30&quot; &amp; Stand &lt;3';
const TYPED_NAME = 'Apple Cinema 30" & Stand <3';
const STORED_MODEL = 'AC-30&quot;';

describe('product views of names OpenCart stores HTML-escaped', () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 5, force: true });
    const { db, oc } = store;
    await db
      .update(oc.productDescription)
      .set({ name: STORED_NAME })
      .where(eq(oc.productDescription.productId, 2));
    await db.update(oc.product).set({ model: STORED_MODEL }).where(eq(oc.product.productId, 2));
  }, 60_000);
  afterAll(async () => store?.destroy());

  const search = async (q: string) =>
    (await listProducts(store, await readOzonSettings(store), productListQuerySchema.parse({ q }))).items.map(
      (i) => i.productId,
    );

  it('shows a never-exported product with its name as typed', async () => {
    const list = await listProducts(store, await readOzonSettings(store), productListQuerySchema.parse({}));
    const item = list.items.find((i) => i.productId === 2);
    expect(item).toMatchObject({ state: 'not_analysed', name: TYPED_NAME });
    const detail = await productDetail(store, await readOzonSettings(store), systemClock, undefined, 2);
    expect(detail).toMatchObject({ name: TYPED_NAME, model: 'AC-30"' });
  });

  it('finds it by what the merchant typed, and not by the escaping', async () => {
    expect(await search('30"')).toEqual([2]);
    expect(await search('& Stand <3')).toEqual([2]);
    expect(await search('AC-30"')).toEqual([2]);
    expect(await search('quot')).toEqual([]);
    expect(await search('amp;')).toEqual([]);
    expect(await search('&lt;')).toEqual([]);
  });
});
