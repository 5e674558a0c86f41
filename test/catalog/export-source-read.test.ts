import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { readProductPage } from '../../bridge/src/catalog/source/read-products';
import { loadStoreContext } from '../../bridge/src/catalog/source/store-context';
import { createTestStore, type TestStore } from '../harness/test-store';

describe('reading products for the export', () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 30, force: true });
  }, 60_000);
  afterAll(async () => store?.destroy());

  const read = async (attributeIds?: readonly number[]) => {
    const context = await loadStoreContext(store, { languageCode: 'ru-ru' });
    const page = await readProductPage(store, context, {
      afterId: 0,
      limit: 30,
      now: '2026-03-01 00:00:00',
      attributeIds,
    });
    return page.products.flatMap((p) => p.attributes.map((a) => a.attributeId));
  };

  it('reads only the attributes the mapping takes values from, all of them when not told', async () => {
    const all = await read();
    const distinct = [...new Set(all)].sort((a, b) => a - b);
    expect(distinct.length).toBeGreaterThan(2);
    const wanted = distinct.slice(0, 2);
    const some = await read(wanted);
    expect(some.length).toBe(all.filter((id) => wanted.includes(id)).length);
    expect(new Set(some)).toEqual(new Set(wanted));
    expect(await read([])).toEqual([]);
  });

  it("knows the store's default currency and every rate, enabled or not", async () => {
    const context = await loadStoreContext(store);
    expect(context.currencies.defaultCode).toBe('RUB');
    expect(context.currencies.values.get('RUB')).toBe(1);
    // OpenCart's own install ships USD, EUR and GBP, which the sample store prices against the rouble.
    const usd = context.currencies.values.get('USD');
    if (store.schemaSource === 'opencart-sql') {
      expect(usd).toBeCloseTo(1 / 90.5, 6);
    } else {
      expect(usd).toBeUndefined();
    }
  });
});
