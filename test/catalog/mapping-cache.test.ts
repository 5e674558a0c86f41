import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTR } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import {
  type CatalogueRefreshCheckpoint,
  refreshOzonCatalogue,
} from '../../bridge/src/catalog/ozon-catalogue/refresh-catalogue';
import { searchLeaves } from '../../bridge/src/catalog/ozon-catalogue/search-leaves';
import { createTestStore, type TestStore } from '../harness/test-store';
import { type EmulatedOzon, emulatedOzon } from './mapping-harness';

/** The language settings the store's texts are read in (the default Ozon settings'). */
const TEXTS = { descriptionLanguage: 'ru-ru' };

const BRAND_DICTIONARY = 28732849;

describe('Ozon catalogue cache', () => {
  let store: TestStore;
  let ozon: EmulatedOzon;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 12, force: true });
    ozon = emulatedOzon();
  });
  afterAll(async () => {
    await store?.destroy();
  });

  async function snapshot() {
    const { db, own } = store;
    const strip = <T extends { fetchedAt: Date }>(rows: T[]) =>
      rows.map(({ fetchedAt: _f, ...rest }) => rest);
    return {
      categories: strip(await db.select().from(own.ozonCategories)),
      attributes: strip(await db.select().from(own.ozonAttributes)),
      values: (await db.select().from(own.ozonDictionaryValues)).length,
      dictionaries: strip(await db.select().from(own.ozonDictionaries)),
    };
  }

  async function cachedValues(dictionaryId: number): Promise<number> {
    const t = store.own.ozonDictionaryValues;
    const [row] = await store.db.select({ n: count() }).from(t).where(eq(t.dictionaryId, dictionaryId));
    return row?.n ?? 0;
  }

  it('caches the tree in both languages, every leaf attribute and every dictionary value to the end', async () => {
    const saved: number[] = [];
    const summary = await refreshOzonCatalogue(
      store,
      TEXTS,
      ozon.client,
      { leaves: ozon.leaves },
      { now: () => Date.now(), saveCheckpoint: async (_cp, done) => void saved.push(done) },
    );
    expect(summary.failedLeaves).toEqual([]);
    expect(summary.leaves).toBe(ozon.leaves.length);
    expect(summary.tooLarge).toEqual([]);
    // The brand dictionary is longer than one 2,000-value page: every value must be cached, not the first page.
    const brands = ozon.dictionarySize(BRAND_DICTIONARY);
    expect(brands).toBeGreaterThan(2000);
    expect(await cachedValues(BRAND_DICTIONARY)).toBe(brands);
    const colours = ozon.dictionarySize(ATTR.colour);
    expect(await cachedValues(ATTR.colour)).toBe(colours);
    const d = store.own.ozonDictionaries;
    const [brand] = await store.db.select().from(d).where(eq(d.dictionaryId, BRAND_DICTIONARY));
    expect(brand).toMatchObject({
      state: 'complete',
      valueCount: brands,
      scopeCategoryId: 0,
      scopeTypeId: 0,
    });
    // Progress only moves forward and ends at the total.
    expect(saved).toEqual([...saved].sort((a, b) => a - b));

    const c = store.own.ozonCategories;
    const [tshirt] = await store.db
      .select()
      .from(c)
      .where(and(eq(c.descriptionCategoryId, 17028922), eq(c.typeId, 93080)));
    expect(tshirt).toMatchObject({
      nameRu: 'Футболка',
      nameEn: 'T-shirt',
      pathRu: 'Одежда / Футболки и топы / Футболка',
      pathEn: 'Clothing / T-shirts and tops / T-shirt',
      isLeaf: true,
      depth: 2,
    });
    const a = store.own.ozonAttributes;
    const required = await store.db
      .select({ id: a.attributeId })
      .from(a)
      .where(and(eq(a.descriptionCategoryId, 17028922), eq(a.typeId, 93080), eq(a.isRequired, true)));
    expect(required.map((r) => r.id).sort((x, y) => x - y)).toEqual(
      [ATTR.brand, ATTR.type, ATTR.colour, ATTR.clothingSize].sort((x, y) => x - y),
    );
  });

  it('changes nothing when refreshed again', async () => {
    const before = await snapshot();
    await refreshOzonCatalogue(
      store,
      TEXTS,
      ozon.client,
      { leaves: ozon.leaves },
      { now: () => Date.now() + 1000 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('resumes an interrupted refresh from its checkpoint without reading finished dictionaries again', async () => {
    const valuesPath = '/v1/description-category/attribute/values';
    const controller = new AbortController();
    let saved: CatalogueRefreshCheckpoint | undefined;
    const before = ozon.emulator.control.requests({ path: valuesPath }).length;
    await expect(
      refreshOzonCatalogue(
        store,
        TEXTS,
        ozon.client,
        { leaves: ozon.leaves },
        {
          now: () => Date.now() + 1500,
          signal: controller.signal,
          saveCheckpoint: async (checkpoint) => {
            saved = structuredClone(checkpoint);
            if (checkpoint.dictionariesDone.length === 1) {
              controller.abort(new Error('bridge stopping'));
            }
          },
        },
      ),
    ).rejects.toThrow('bridge stopping');
    const firstRun = ozon.emulator.control.requests({ path: valuesPath }).length - before;
    expect(saved?.treeDone).toBe(true);
    expect(saved?.dictionariesDone).toHaveLength(1);
    const treeRequests = ozon.emulator.control.requests({ path: '/v1/description-category/tree' }).length;
    const summary = await refreshOzonCatalogue(
      store,
      TEXTS,
      ozon.client,
      { leaves: ozon.leaves },
      { now: () => Date.now() + 1500, checkpoint: saved },
    );
    // The tree and the finished dictionary are not fetched again; the rest is.
    expect(ozon.emulator.control.requests({ path: '/v1/description-category/tree' })).toHaveLength(
      treeRequests,
    );
    const dictionaries = (await store.db.select().from(store.own.ozonDictionaries)).length;
    expect(summary.dictionaries).toBe(dictionaries - 1);
    const secondRun = ozon.emulator.control.requests({ path: valuesPath }).length - before - firstRun;
    expect(firstRun + secondRun).toBeGreaterThan(dictionaries);
    expect(await cachedValues(BRAND_DICTIONARY)).toBe(ozon.dictionarySize(BRAND_DICTIONARY));
  });

  it('stops a dictionary at the cap on purpose, says so, and looks up the store texts and "no brand" on Ozon', async () => {
    // A manufacturer far beyond the first 2,000 brands, on a product of this store.
    const { db, oc, own } = store;
    const [made] = await db.insert(oc.manufacturer).values({ name: 'Ivory Land', sortOrder: 0 });
    await db.update(oc.product).set({ manufacturerId: made.insertId }).where(eq(oc.product.productId, 1));
    await db
      .delete(own.ozonDictionaryValues)
      .where(eq(own.ozonDictionaryValues.dictionaryId, BRAND_DICTIONARY));
    const t93080 = ozon.leaves.filter((l) => l.typeId === 93080);
    const summary = await refreshOzonCatalogue(
      store,
      TEXTS,
      ozon.client,
      { tree: false, leaves: t93080, maxDictionaryValues: 2000 },
      { now: () => Date.now() + 2000 },
    );
    expect(summary.tooLarge).toContain(BRAND_DICTIONARY);
    expect(summary.prefetched).toBeGreaterThan(0);
    const d = own.ozonDictionaries;
    const [brand] = await db.select().from(d).where(eq(d.dictionaryId, BRAND_DICTIONARY));
    expect(brand).toMatchObject({ state: 'too_large', valueCount: 2000 });
    const v = own.ozonDictionaryValues;
    for (const name of ['Нет бренда', 'Ivory Land']) {
      const rows = await db
        .select()
        .from(v)
        .where(and(eq(v.dictionaryId, BRAND_DICTIONARY), eq(v.value, name)));
      expect(rows, name).toHaveLength(1);
    }
  });

  it('finds leaves by Russian and English words, best match first, paged', async () => {
    const football = await searchLeaves(store, { q: 'футбол', page: 1, perPage: 10 });
    const names = football.items.map((i) => i.name);
    expect(names).toContain('Мяч футбольный');
    expect(names).toContain('Футболка');
    const tshirt = await searchLeaves(store, { q: 'T-shirt', page: 1, perPage: 10 });
    expect(tshirt.items[0]).toMatchObject({
      descriptionCategoryId: 17028922,
      typeId: 93080,
      nameEn: 'T-shirt',
    });
    const upper = await searchLeaves(store, { q: 'ФУТБОЛКА', page: 1, perPage: 10 });
    expect(upper.items[0]?.typeId).toBe(93080);
    const pageTwo = await searchLeaves(store, { q: 'футбол', page: 2, perPage: 1 });
    expect(pageTwo.total).toBe(football.total);
    expect(pageTwo.items[0]?.name).toBe(names[1]);
    expect((await searchLeaves(store, { q: 'нетакогослова', page: 1, perPage: 10 })).total).toBe(0);
  });
});
