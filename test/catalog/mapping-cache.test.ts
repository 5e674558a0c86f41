import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshOzonCatalogue } from '../../bridge/src/catalog/ozon-catalogue/refresh-catalogue';
import { searchLeaves } from '../../bridge/src/catalog/ozon-catalogue/search-leaves';
import { ATTR } from '../../bridge/src/ozon/emulator';
import { createTestStore, type TestStore } from '../harness/test-store';
import { type EmulatedOzon, emulatedOzon } from './mapping-harness';

const BRAND_DICTIONARY = 28732849;

describe('Ozon catalogue cache', () => {
  let store: TestStore;
  let ozon: EmulatedOzon;

  beforeAll(async () => {
    store = await createTestStore();
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
    await refreshOzonCatalogue(store, ozon.client, { leaves: ozon.leaves }, { now: () => Date.now() + 1000 });
    expect(await snapshot()).toEqual(before);
  });

  it('stops a dictionary at the cap on purpose, says so, and still caches the no-brand value', async () => {
    const t93080 = ozon.leaves.filter((l) => l.typeId === 93080);
    const summary = await refreshOzonCatalogue(
      store,
      ozon.client,
      { tree: false, leaves: t93080, maxDictionaryValues: 2000 },
      { now: () => Date.now() + 2000 },
    );
    expect(summary.tooLarge).toContain(BRAND_DICTIONARY);
    const d = store.own.ozonDictionaries;
    const [brand] = await store.db.select().from(d).where(eq(d.dictionaryId, BRAND_DICTIONARY));
    expect(brand?.state).toBe('too_large');
    const v = store.own.ozonDictionaryValues;
    const noBrand = await store.db
      .select()
      .from(v)
      .where(and(eq(v.dictionaryId, BRAND_DICTIONARY), eq(v.value, 'Нет бренда')));
    expect(noBrand).toHaveLength(1);
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
