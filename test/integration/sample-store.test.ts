import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore, type SampleStoreSummary } from '../../bridge/scaffold/sample-store/generate';
import { createTestStore, type TestStore } from '../harness/test-store';

async function catalogueHash(store: TestStore): Promise<string> {
  const products = await store.db.select().from(store.oc.product).orderBy(asc(store.oc.product.productId));
  const descriptions = await store.db
    .select()
    .from(store.oc.productDescription)
    .orderBy(asc(store.oc.productDescription.productId), asc(store.oc.productDescription.languageId));
  return createHash('sha256')
    .update(JSON.stringify([products, descriptions]))
    .digest('hex');
}

describe('sample store generator', () => {
  let store: TestStore;
  let summary: SampleStoreSummary;

  beforeAll(async () => {
    store = await createTestStore();
    summary = await generateSampleStore(store, { products: 300, force: true });
  });
  afterAll(async () => store?.destroy());

  it('refuses to replace a catalogue it did not make unless forced', async () => {
    const other = await createTestStore();
    try {
      if (other.schemaSource === 'opencart-sql') {
        // OpenCart's own demo catalogue stands in for a merchant's real one here.
        await expect(generateSampleStore(other, { products: 5 })).rejects.toThrow(
          /refusing to replace a real catalogue/,
        );
      }
      await expect(generateSampleStore(other, { products: 5, force: true })).resolves.toMatchObject({
        products: 5,
      });
      // Once it is the generator's own store, replacing needs no force.
      await expect(generateSampleStore(other, { products: 6 })).resolves.toMatchObject({ products: 6 });
    } finally {
      await other.destroy();
    }
  });

  it('writes products with names in English, Russian and Turkish', async () => {
    const languages = await store.db.select().from(store.oc.language);
    expect(languages.map((l) => l.code).sort()).toEqual(['en-gb', 'ru-ru', 'tr-tr']);
    const names = await store.db
      .select({ name: store.oc.productDescription.name })
      .from(store.oc.productDescription)
      .where(eq(store.oc.productDescription.productId, 1));
    expect(names).toHaveLength(3);
    expect(names.some((n) => /[А-Яа-я]/.test(n.name))).toBe(true);
    expect(names.some((n) => /[ŞşİıĞğÜüÖöÇç]/.test(n.name))).toBe(true);
  });

  it('builds categories three levels deep with a complete closure table', async () => {
    const paths = await store.db.select().from(store.oc.categoryPath);
    const depth = Math.max(...paths.map((p) => p.level));
    expect(depth).toBe(2);
    const categories = await store.db.select().from(store.oc.category);
    for (const category of categories) {
      const own = paths.filter((p) => p.categoryId === category.categoryId);
      expect(own.some((p) => p.pathId === category.categoryId)).toBe(true);
    }
    expect(summary.leafCategoryIds.length).toBeGreaterThanOrEqual(5);
  });

  it('uses every weight and length class OpenCart ships', async () => {
    const products = await store.db.select().from(store.oc.product);
    expect(new Set(products.map((p) => p.weightClassId))).toEqual(new Set([1, 2, 5, 6]));
    expect(new Set(products.map((p) => p.lengthClassId))).toEqual(new Set([1, 2, 3]));
  });

  it('gives variants their own stock, and the product the sum of it', async () => {
    const values = await store.db.select().from(store.oc.productOptionValue);
    expect(values.length).toBeGreaterThan(100);
    const product = await store.db.select().from(store.oc.product).where(eq(store.oc.product.productId, 1));
    const own = values.filter((v) => v.productId === 1);
    const firstOption = own.filter((v) => v.productOptionId === own[0]?.productOptionId);
    expect(product[0]?.quantity).toBe(firstOption.reduce((sum, v) => sum + v.quantity, 0));
  });

  it('includes deliberately incomplete products, and says which', async () => {
    expect(summary.flawed['no-weight']?.length).toBeGreaterThan(0);
    expect(summary.flawed['no-image']?.length).toBeGreaterThan(0);
    expect(summary.flawed['long-name']?.length).toBeGreaterThan(0);
    const [noWeight] = summary.flawed['no-weight'] ?? [];
    const rows = await store.db
      .select()
      .from(store.oc.product)
      .where(eq(store.oc.product.productId, noWeight ?? 0));
    expect(Number(rows[0]?.weight)).toBe(0);
    const [duplicate] = summary.flawed['duplicate-model'] ?? [];
    const models = await store.db
      .select({ id: store.oc.product.productId, model: store.oc.product.model })
      .from(store.oc.product);
    const model = models.find((m) => m.id === duplicate)?.model;
    expect(models.filter((m) => m.model === model)).toHaveLength(2);
    const [noImage] = summary.flawed['no-image'] ?? [];
    const images = await store.db
      .select()
      .from(store.oc.productImage)
      .where(eq(store.oc.productImage.productId, noImage ?? 0));
    expect(images).toHaveLength(0);
  });

  it('is deterministic: the same seed gives the same catalogue', async () => {
    const first = await catalogueHash(store);
    await generateSampleStore(store, { products: 300 });
    expect(await catalogueHash(store)).toBe(first);
    await generateSampleStore(store, { products: 300, seed: 7 });
    expect(await catalogueHash(store)).not.toBe(first);
  });
});
