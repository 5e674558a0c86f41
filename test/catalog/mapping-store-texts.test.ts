import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import {
  adminLanguageId,
  listOpencartCategories,
} from '../../bridge/src/catalog/mapping/opencart-categories';
import { distinctTexts } from '../../bridge/src/catalog/mapping/source-texts';
import { loadOpencartSources } from '../../bridge/src/catalog/mapping/suggest';
import { createTestStore, type TestStore } from '../harness/test-store';

/** The sample store's Men and T-shirts categories. */
const MEN = 101;
const TSHIRTS = 102;

describe('the mapping page shows and matches OpenCart texts as the merchant typed them', () => {
  let store: TestStore;
  let languageId: number;
  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 40, force: true });
    languageId = await adminLanguageId(store);
  });
  afterAll(async () => {
    await store?.destroy();
  });

  it('category names and paths without the HTML escaping OpenCart stores them with', async () => {
    const d = store.oc.categoryDescription;
    // What OpenCart's admin writes for "Men "Classic"" and "Shirts & Tops".
    await store.db.update(d).set({ name: 'Men &quot;Classic&quot;' }).where(eq(d.categoryId, MEN));
    await store.db.update(d).set({ name: 'Shirts &amp; Tops' }).where(eq(d.categoryId, TSHIRTS));
    const items = await listOpencartCategories(store, languageId);
    const shirts = items.find((c) => c.categoryId === TSHIRTS);
    expect(shirts?.name).toBe('Shirts & Tops');
    expect(shirts?.path).toMatch(/ > Men "Classic" > Shirts & Tops$/);
    expect(items.filter((c) => /&(amp|quot);/.test(c.path))).toEqual([]);
  });

  it('manufacturers decoded, and an escaped and a raw spelling of one name counted as one text', async () => {
    const m = store.oc.manufacturer;
    const p = store.oc.product;
    const used = await store.db
      .selectDistinct({ id: p.manufacturerId })
      .from(p)
      .where(inArray(p.manufacturerId, store.db.select({ id: m.manufacturerId }).from(m)));
    const [first, second] = used.map((u) => u.id).sort((a, b) => a - b);
    if (first === undefined || second === undefined) {
      throw new Error('the sample store uses fewer than two manufacturers');
    }
    const before = await distinctTexts(store, { kind: 'manufacturer' }, languageId);
    const productsOf = async (id: number) =>
      (await store.db.select({ id: p.productId }).from(p).where(eq(p.manufacturerId, id))).length;
    const expected = (await productsOf(first)) + (await productsOf(second));
    await store.db.update(m).set({ name: 'A&amp;B' }).where(eq(m.manufacturerId, first));
    // Written by an import that skipped OpenCart's escaping.
    await store.db.update(m).set({ name: 'A&B' }).where(eq(m.manufacturerId, second));
    const texts = await distinctTexts(store, { kind: 'manufacturer' }, languageId);
    expect(texts.filter((t) => t.text.includes('&amp;'))).toEqual([]);
    expect(texts.filter((t) => t.text === 'A&B')).toEqual([{ text: 'A&B', products: expected }]);
    expect(texts).toHaveLength(before.length - 1);
    expect(texts.map((t) => t.products)).toEqual(texts.map((t) => t.products).sort((a, b) => b - a));
  });

  it('attribute names offered as rule sources decoded too', async () => {
    const a = store.oc.attributeDescription;
    const [attribute] = await store.db.select({ id: a.attributeId }).from(a).limit(1);
    if (!attribute) {
      throw new Error('the sample store has no attributes');
    }
    await store.db.update(a).set({ name: 'Size &amp; fit' }).where(eq(a.attributeId, attribute.id));
    const sources = await loadOpencartSources(store, languageId);
    const source = sources.find((s) => s.kind === 'attribute' && s.id === attribute.id);
    expect(source?.name).toBe('Size & fit');
    expect(source?.names.every((n) => n === 'Size & fit')).toBe(true);
  });
});
