import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTR,
  type RunningOzonEmulator,
  seedTree,
  startOzonEmulator,
} from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import type {
  CategoryMappingResponse,
  OpencartCategoriesResponse,
} from '../../bridge/src/contract/catalog-mapping/categories';
import type { DictionaryChoicesResponse } from '../../bridge/src/contract/catalog-mapping/choices';
import type {
  DictionaryValuesResponse,
  LeafAttributesResponse,
  SourceTextsResponse,
} from '../../bridge/src/contract/catalog-mapping/leaves';
import type {
  OzonCacheStatus,
  OzonLeafSearchResponse,
  OzonRefreshResponse,
} from '../../bridge/src/contract/catalog-mapping/ozon';
import type { ProductLeafResponse } from '../../bridge/src/contract/catalog-mapping/products';
import { type ErrorEnvelope, errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import type { JobView } from '../../bridge/src/contract/jobs';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { useEmulatorSettings } from './mapping-harness';

const TSHIRT = { descriptionCategoryId: 17028922, typeId: 93080 };
const TSHIRTS = 102;
const MEN = 101;
const HOODIES = 103;
const BRAND_DICTIONARY = 28732849;

describe('catalog mapping routes', () => {
  let store: TestStore;
  let ozon: RunningOzonEmulator;
  let bridge: RunningBridge;
  let secret: string;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 40, force: true });
    ozon = await startOzonEmulator();
    await useEmulatorSettings(store, ozon.url);
    bridge = await startTestBridge(store);
    secret = await bridge.services.secrets.current();
  });
  afterAll(async () => {
    await bridge?.stop();
    await ozon?.close();
    await store?.destroy();
  });

  async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const pathWithQuery = `/api/v1/catalog-mapping${path}`;
    const response = await bridge.app.request(pathWithQuery, {
      method,
      headers: {
        ...signedHeaders(secret, { method, pathWithQuery, body: text }),
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: text }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function refused(method: string, path: string, body?: unknown): Promise<ErrorEnvelope['error']> {
    const answer = await api<unknown>(method, path, body);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    return errorEnvelopeSchema.parse(answer.body).error;
  }

  async function waitForJob(id: string): Promise<JobView> {
    for (let i = 0; i < 300; i++) {
      const pathWithQuery = `/api/v1/jobs/${id}`;
      const response = await bridge.app.request(pathWithQuery, {
        headers: signedHeaders(secret, { method: 'GET', pathWithQuery }),
      });
      const job = (await response.json()) as JobView;
      if (job.state !== 'queued' && job.state !== 'running') {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} did not end`);
  }

  it('refreshes the Ozon cache in a background job and reports what it holds', async () => {
    const leaves = seedTree.flatMap((root) =>
      root.children.flatMap((c) =>
        c.types.map((t) => ({ descriptionCategoryId: c.descriptionCategoryId, typeId: t.typeId })),
      ),
    );
    const started = await api<OzonRefreshResponse>('POST', '/ozon/refresh', { leaves });
    expect(started.status).toBe(202);
    const job = await waitForJob(started.body.jobId);
    expect(job).toMatchObject({ state: 'done', kind: 'ozon-catalogue-refresh' });
    expect(job.done).toBe(job.total);
    const status = await api<OzonCacheStatus>('GET', '/ozon/status');
    expect(status.body).toMatchObject({ leaves: leaves.length, attributeLeaves: leaves.length });
    expect(status.body.dictionaryValues).toBeGreaterThan(2000);
    expect(
      (await refused('POST', '/ozon/refresh', { leaves: [{ descriptionCategoryId: 'x' }] })).fields,
    ).toHaveProperty('leaves.0.descriptionCategoryId');
  });

  it('searches Ozon leaves and refuses an empty search with a field message', async () => {
    const found = await api<OzonLeafSearchResponse>('GET', `/ozon/leaves?q=${encodeURIComponent('футбол')}`);
    expect(found.body.items.map((i) => i.name)).toEqual(
      expect.arrayContaining(['Мяч футбольный', 'Футболка']),
    );
    const english = await api<OzonLeafSearchResponse>('GET', '/ozon/leaves?q=T-shirt&perPage=1');
    expect(english.body.items).toEqual([expect.objectContaining({ ...TSHIRT, nameEn: 'T-shirt' })]);
    const error = await refused('GET', '/ozon/leaves?q=%20');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.q).toEqual(['type a word of the category']);
  });

  it('maps OpenCart categories, shows inherited mappings and product counts, and clears them', async () => {
    const before = await api<OpencartCategoriesResponse>('GET', '/categories');
    const tshirts = before.body.items.find((i) => i.categoryId === TSHIRTS);
    expect(tshirts).toMatchObject({
      name: 'T-shirts',
      level: 2,
      mapping: null,
      path: 'Clothing > Men > T-shirts',
    });
    expect(tshirts?.products).toBeGreaterThan(0);
    expect(before.body.items.find((i) => i.categoryId === MEN)?.productsInTree).toBeGreaterThan(
      tshirts?.products ?? 0,
    );
    // Tree order: a parent comes right before its first child.
    const ids = before.body.items.map((i) => i.categoryId);
    expect(ids.indexOf(MEN)).toBeLessThan(ids.indexOf(TSHIRTS));

    const mapped = await api<CategoryMappingResponse>('PUT', `/categories/${MEN}`, TSHIRT);
    expect(mapped.status).toBe(200);
    expect(mapped.body.category.mapping).toMatchObject({
      ...TSHIRT,
      name: 'Футболка',
      known: true,
      inheritedFrom: null,
    });
    const after = await api<OpencartCategoriesResponse>('GET', '/categories');
    expect(after.body.items.find((i) => i.categoryId === HOODIES)?.mapping).toMatchObject({
      inheritedFrom: MEN,
    });

    const bad = await refused('PUT', `/categories/${MEN}`, { descriptionCategoryId: 'one', typeId: 0 });
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['descriptionCategoryId', 'typeId']);
    const unknown = await refused('PUT', `/categories/${MEN}`, { descriptionCategoryId: 1, typeId: 2 });
    expect(unknown.fields?.typeId?.[0]).toMatch(/not in the cached category tree/);
    const notLeaf = await refused('PUT', `/categories/${MEN}`, {
      descriptionCategoryId: 17028922,
      typeId: 1,
    });
    expect(notLeaf.code).toBe('VALIDATION_FAILED');
    expect((await refused('PUT', '/categories/99999', TSHIRT)).code).toBe('NOT_FOUND');
    expect((await refused('PUT', '/categories/abc', TSHIRT)).code).toBe('VALIDATION_FAILED');

    const cleared = await api<CategoryMappingResponse>('DELETE', `/categories/${MEN}`);
    expect(cleared.body.category.mapping).toBeNull();
  });

  it('overrides one product and returns it to its categories', async () => {
    await api('PUT', `/categories/${TSHIRTS}`, TSHIRT);
    const inherited = await api<ProductLeafResponse>('GET', '/products/1');
    expect(inherited.body.resolved).toMatchObject({
      ...TSHIRT,
      via: 'category',
      categoryId: TSHIRTS,
      name: 'Футболка',
    });
    const tank = { descriptionCategoryId: 17028922, typeId: 93081 };
    const own = await api<ProductLeafResponse>('PUT', '/products/1', tank);
    expect(own.body).toMatchObject({
      override: tank,
      resolved: { ...tank, via: 'product', categoryId: null },
    });
    const back = await api<ProductLeafResponse>('DELETE', '/products/1');
    expect(back.body).toMatchObject({ override: null, resolved: { via: 'category' } });
    expect((await refused('GET', '/products/99999')).code).toBe('NOT_FOUND');
  });

  it('shows a leaf with default rules and suggestions, sets rules, and refuses wrong ones per row', async () => {
    const leaf = await api<LeafAttributesResponse>('GET', '/leaves/17028922/93080/attributes');
    expect(leaf.body.leaf).toMatchObject({ name: 'Футболка', known: true });
    const byId = new Map(leaf.body.attributes.map((a) => [a.attributeId, a]));
    expect(byId.get(ATTR.brand)).toMatchObject({
      isRequired: true,
      ruleOrigin: 'default',
      rule: { source: { kind: 'manufacturer' } },
    });
    expect(byId.get(ATTR.description)?.rule).toEqual({ source: { kind: 'field', field: 'description' } });
    const colourSource = leaf.body.sources.find((s) => s.kind === 'attribute' && s.names.includes('Цвет'));
    const sizeOption = leaf.body.sources.find((s) => s.kind === 'option' && s.names.includes('Размер'));
    expect(byId.get(ATTR.colour)?.suggestion?.source).toEqual({
      kind: 'attribute',
      attributeId: colourSource?.id,
    });
    expect(byId.get(ATTR.clothingSize)?.suggestion?.source).toEqual({
      kind: 'option',
      optionId: sizeOption?.id,
    });
    expect(byId.get(ATTR.colour)?.dictionary).toMatchObject({ state: 'complete' });

    const set = await api<LeafAttributesResponse>('PUT', '/leaves/17028922/93080/attributes', {
      rules: [
        { attributeId: ATTR.colour, rule: { source: { kind: 'attribute', attributeId: colourSource?.id } } },
        { attributeId: ATTR.modelName, rule: { source: { kind: 'field', field: 'sku' } } },
      ],
    });
    expect(set.status).toBe(200);
    const after = new Map(set.body.attributes.map((a) => [a.attributeId, a]));
    expect(after.get(ATTR.colour)).toMatchObject({ ruleOrigin: 'merchant', suggestion: null });
    expect(after.get(ATTR.modelName)?.rule).toEqual({ source: { kind: 'field', field: 'sku' } });

    const wrong = await refused('PUT', '/leaves/17028922/93080/attributes', {
      rules: [
        { attributeId: ATTR.colour, rule: { source: { kind: 'fixed', value: 'красный' } } },
        { attributeId: 999999, rule: { source: { kind: 'manufacturer' } } },
        { attributeId: ATTR.material, rule: { source: { kind: 'option', optionId: 4242 } } },
      ],
    });
    expect(wrong.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(wrong.fields ?? {}).sort()).toEqual(['rules.0', 'rules.1', 'rules.2']);
    expect(wrong.fields?.['rules.0']?.[0]).toMatch(/dictionary/);
    const shape = await refused('PUT', '/leaves/17028922/93080/attributes', {
      rules: [{ attributeId: ATTR.colour, rule: { source: { kind: 'guess' } } }],
    });
    expect(Object.keys(shape.fields ?? {})).toEqual(['rules.0.rule.source.kind']);
    // Nothing of a refused request was stored.
    const unchanged = await api<LeafAttributesResponse>('GET', '/leaves/17028922/93080/attributes');
    expect(unchanged.body.attributes.find((a) => a.attributeId === ATTR.colour)?.rule?.source.kind).toBe(
      'attribute',
    );

    const cleared = await api<LeafAttributesResponse>('PUT', '/leaves/17028922/93080/attributes', {
      rules: [{ attributeId: ATTR.modelName, rule: null }],
    });
    expect(cleared.body.attributes.find((a) => a.attributeId === ATTR.modelName)).toMatchObject({
      ruleOrigin: 'default',
    });
  });

  it("lists the store's texts for a rule with their matches, and suggests values for unmatched ones", async () => {
    const leaf = await api<LeafAttributesResponse>('GET', '/leaves/17028922/93080/attributes');
    const material = leaf.body.sources.find((s) => s.kind === 'attribute' && s.names.includes('Материал'));
    await api('PUT', '/leaves/17028922/93080/attributes', {
      rules: [
        { attributeId: ATTR.material, rule: { source: { kind: 'attribute', attributeId: material?.id } } },
      ],
    });
    const answer = await api<SourceTextsResponse>(
      'GET',
      `/leaves/17028922/93080/attributes/${ATTR.material}/texts`,
    );
    const byText = new Map(answer.body.texts.map((t) => [t.text, t]));
    expect(byText.get('Хлопок')).toMatchObject({ match: { value: 'Хлопок', how: 'exact' }, suggestions: [] });
    const leather = byText.get('Кожа');
    expect(leather?.match).toBeNull();
    expect(leather?.suggestions.map((s) => s.value)).toEqual(
      expect.arrayContaining(['Натуральная кожа', 'Искусственная кожа']),
    );
    expect(answer.body.unmatched).toBeGreaterThan(0);
    const colours = await api<SourceTextsResponse>(
      'GET',
      `/leaves/17028922/93080/attributes/${ATTR.colour}/texts`,
    );
    expect(colours.body.texts.find((t) => t.text === 'Черный')?.match).toMatchObject({ how: 'normalised' });
    expect(colours.body.texts.reduce((n, t) => n + t.products, 0)).toBeGreaterThan(0);
  });

  it('pages dictionary values, and searches Ozon for dictionaries not cached whole', async () => {
    const nike = await api<DictionaryValuesResponse>(
      'GET',
      `/leaves/17028922/93080/values?attributeId=${ATTR.brand}&q=Nik`,
    );
    expect(nike.body.dictionary).toMatchObject({ state: 'complete', searchedOnline: false });
    expect(nike.body.items[0]?.value).toBe('Nike');
    const page = await api<DictionaryValuesResponse>(
      'GET',
      `/leaves/17028922/93080/values?attributeId=${ATTR.brand}&perPage=100&page=2`,
    );
    expect(page.body.items).toHaveLength(100);
    expect(page.body.total).toBeGreaterThan(2000);

    // As if the brand dictionary had been too large to cache: the search goes to Ozon and caches what it finds.
    const { db, own } = store;
    await db.delete(own.ozonDictionaries).where(eq(own.ozonDictionaries.dictionaryId, BRAND_DICTIONARY));
    await db
      .delete(own.ozonDictionaryValues)
      .where(eq(own.ozonDictionaryValues.dictionaryId, BRAND_DICTIONARY));
    const online = await api<DictionaryValuesResponse>(
      'GET',
      `/leaves/17028922/93080/values?attributeId=${ATTR.brand}&q=Adidas`,
    );
    expect(online.body.dictionary).toMatchObject({ state: null, searchedOnline: true });
    expect(online.body.items.map((i) => i.value)).toContain('Adidas');
    expect((await refused('GET', '/leaves/17028922/93080/values?attributeId=4191')).code).toBe('NOT_FOUND');
    expect((await refused('GET', '/leaves/17028922/93080/values')).fields).toHaveProperty('attributeId');
  });

  it('remembers and forgets dictionary choices, and keeps mapping options', async () => {
    const path = `/dictionary-choices?attributeId=${ATTR.colour}&dictionaryId=${ATTR.colour}`;
    expect((await api<DictionaryChoicesResponse>('GET', path)).body.items).toEqual([]);
    const choice = {
      attributeId: ATTR.colour,
      dictionaryId: ATTR.colour,
      text: 'Black',
      value: { id: 61572, value: 'черный' },
    };
    const saved = await api<DictionaryChoicesResponse>('PUT', '/dictionary-choices', choice);
    expect(saved.body.items).toEqual([
      expect.objectContaining({ text: 'Black', valueId: 61572, value: 'черный' }),
    ]);
    const forgotten = await api<DictionaryChoicesResponse>('PUT', '/dictionary-choices', {
      ...choice,
      value: null,
    });
    expect(forgotten.body.items).toEqual([]);
    const noLetters = await refused('PUT', '/dictionary-choices', { ...choice, text: '!!!' });
    expect(noLetters.fields?.text).toBeDefined();
    const missing = await refused('PUT', '/dictionary-choices', { attributeId: ATTR.colour });
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual(['dictionaryId', 'text', 'value']);

    expect((await api('GET', '/options')).body).toEqual({ noBrandFallback: false });
    expect((await api('PUT', '/options', { noBrandFallback: true })).body).toEqual({ noBrandFallback: true });
    expect((await refused('PUT', '/options', { noBrandFallback: 'yes' })).fields).toHaveProperty(
      'noBrandFallback',
    );
  });
});
