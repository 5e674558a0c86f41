import { count, inArray } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../src/db/connection';
import { opencartFixtureDdl } from '../opencart-fixture/fixture';
import { insertOpencartDefaults } from '../opencart-fixture/fixture-data';
import {
  type AttributeKey,
  SAMPLE_ATTRIBUTES,
  SAMPLE_BRANDS,
  SAMPLE_CATEGORIES,
  SAMPLE_OPTIONS,
} from './catalogue';
import { makeRoublesTheDefault } from './currency';
import type { LanguageKey } from './product-text';
import { createRandom } from './random';
import { type Flaw, type LanguageIds, productRows } from './rows';
import { flattenCategories } from './tree';

export interface SampleStoreOptions {
  readonly products: number;
  readonly seed?: number;
  /** Replace a catalogue that this generator did not make (a real shop's!). Off by default. */
  readonly force?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SampleStoreSummary {
  readonly products: number;
  readonly categories: number;
  readonly leafCategoryIds: readonly number[];
  readonly flawed: Readonly<Partial<Record<Flaw, number[]>>>;
  readonly createdSchema: boolean;
}

const MARKER_KEY = 'module_meschain_ozon_sample_store';
const NOW = '2026-01-01 00:00:00';
const CHUNK = 500;

async function hasTable(store: StoreDb, name: string): Promise<boolean> {
  const [rows] = await store.pool.query<RowDataPacket[]>(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
    [name],
  );
  return rows.length > 0;
}

async function ensureSchema(store: StoreDb): Promise<boolean> {
  if (await hasTable(store, `${store.prefix}product`)) {
    return false;
  }
  for (const ddl of opencartFixtureDdl(store.prefix)) {
    await store.pool.query(ddl);
  }
  await insertOpencartDefaults(store);
  return true;
}

async function ensureLanguages(store: StoreDb): Promise<LanguageIds> {
  const { db, oc } = store;
  const wanted: Record<LanguageKey, { code: string; name: string; locale: string }> = {
    en: { code: 'en-gb', name: 'English', locale: 'en-US,en_US.UTF-8,en_US,en-gb,english' },
    ru: { code: 'ru-ru', name: 'Русский', locale: 'ru_RU.UTF-8,ru_RU,russian' },
    tr: { code: 'tr-tr', name: 'Türkçe', locale: 'tr_TR.UTF-8,tr_TR,turkish' },
  };
  const ids: Partial<Record<LanguageKey, number>> = {};
  for (const [key, language] of Object.entries(wanted) as Array<
    [LanguageKey, (typeof wanted)[LanguageKey]]
  >) {
    const existing = await db
      .select({ id: oc.language.languageId })
      .from(oc.language)
      .where(inArray(oc.language.code, [language.code]));
    if (existing[0]) {
      ids[key] = existing[0].id;
      continue;
    }
    const [result] = await db.insert(oc.language).values({
      name: language.name,
      code: language.code,
      locale: language.locale,
      image: `${language.code.slice(3)}.png`,
      directory: language.code,
      sortOrder: 2,
      status: 1,
    });
    ids[key] = result.insertId;
  }
  return { en: ids.en ?? 1, ru: ids.ru ?? 1, tr: ids.tr ?? 1 };
}

const CATALOGUE_TABLES = [
  'product',
  'productDescription',
  'productImage',
  'productToCategory',
  'productToStore',
  'productAttribute',
  'productSpecial',
  'productOption',
  'productOptionValue',
  'category',
  'categoryDescription',
  'categoryPath',
  'categoryToStore',
  'manufacturer',
  'manufacturerToStore',
  'attribute',
  'attributeDescription',
  'attributeGroup',
  'attributeGroupDescription',
  'option',
  'optionDescription',
  'optionValue',
  'optionValueDescription',
] as const;

type ProductTable = Extract<(typeof CATALOGUE_TABLES)[number], `product${string}`>;

async function wipeCatalogue(store: StoreDb, force: boolean): Promise<void> {
  const { db, oc } = store;
  const [products] = await db.select({ n: count() }).from(oc.product);
  const marker = await db
    .select()
    .from(oc.setting)
    .where(inArray(oc.setting.key, [MARKER_KEY]));
  if ((products?.n ?? 0) > 0 && marker.length === 0 && !force) {
    throw new Error(
      `this database already has ${products?.n} products that the sample generator did not make; refusing to replace a real catalogue (pass --force to do it anyway)`,
    );
  }
  for (const name of CATALOGUE_TABLES) {
    await store.pool.query(`DELETE FROM \`${store.prefix}${snake(name)}\``);
  }
  if (marker.length === 0) {
    await db
      .insert(oc.setting)
      .values({ storeId: 0, code: 'module_meschain_ozon', key: MARKER_KEY, value: '1', serialized: 0 });
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Inserts in slices, since one statement with 100,000 rows exceeds max_allowed_packet. */
async function insertAll(
  store: StoreDb,
  table: (typeof CATALOGUE_TABLES)[number],
  rows: Array<Record<string, unknown>>,
) {
  for (let i = 0; i < rows.length; i += 2000) {
    // The rows are built to match the declared columns; drizzle's insert type cannot follow a table chosen at run time.
    await store.db.insert(store.oc[table]).values(rows.slice(i, i + 2000) as never);
  }
}

/**
 * Creates, or replaces, a deterministic sample store priced in roubles (RUB made the default currency):
 * categories three levels deep, manufacturers, attributes and options in English, Russian and Turkish, and
 * `products` products with images, variants with their own stock, specials, unit classes of every kind, and a
 * fixed share of deliberately incomplete products.
 */
export async function generateSampleStore(
  store: StoreDb,
  options: SampleStoreOptions,
): Promise<SampleStoreSummary> {
  const createdSchema = await ensureSchema(store);
  await wipeCatalogue(store, options.force ?? false);
  const languages = await ensureLanguages(store);
  await makeRoublesTheDefault(store);
  const langs = Object.entries(languages) as Array<[LanguageKey, number]>;
  const random = createRandom(options.seed ?? 20261127);

  const categories = flattenCategories(SAMPLE_CATEGORIES);
  await insertAll(
    store,
    'category',
    categories.map((c) => ({
      categoryId: c.id,
      parentId: c.parentId,
      top: c.parentId === 0 ? 1 : 0,
      column: 1,
      sortOrder: 0,
      status: 1,
      dateAdded: NOW,
      dateModified: NOW,
    })),
  );
  await insertAll(
    store,
    'categoryDescription',
    categories.flatMap((c) =>
      langs.map(([lang, languageId]) => ({
        categoryId: c.id,
        languageId,
        name: c.name[lang],
        description: '',
        metaTitle: c.name[lang],
        metaDescription: '',
        metaKeyword: '',
      })),
    ),
  );
  await insertAll(
    store,
    'categoryPath',
    categories.flatMap((c) => c.path.map((pathId, level) => ({ categoryId: c.id, pathId, level }))),
  );
  await insertAll(
    store,
    'categoryToStore',
    categories.map((c) => ({ categoryId: c.id, storeId: 0 })),
  );

  const brandIds = new Map(SAMPLE_BRANDS.map((name, i) => [name as string, i + 1]));
  await insertAll(
    store,
    'manufacturer',
    [...brandIds].map(([name, id]) => ({ manufacturerId: id, name, sortOrder: 0 })),
  );
  await insertAll(
    store,
    'manufacturerToStore',
    [...brandIds.values()].map((id) => ({ manufacturerId: id, storeId: 0 })),
  );

  await insertAll(store, 'attributeGroup', [{ attributeGroupId: 1, sortOrder: 1 }]);
  await insertAll(
    store,
    'attributeGroupDescription',
    langs.map(([lang, languageId]) => ({
      attributeGroupId: 1,
      languageId,
      name: { en: 'Specification', ru: 'Характеристики', tr: 'Özellikler' }[lang],
    })),
  );
  const attributeKeys = Object.keys(SAMPLE_ATTRIBUTES) as AttributeKey[];
  const attributeIds = Object.fromEntries(attributeKeys.map((k, i) => [k, i + 1])) as Record<
    AttributeKey,
    number
  >;
  await insertAll(
    store,
    'attribute',
    attributeKeys.map((k) => ({ attributeId: attributeIds[k], attributeGroupId: 1, sortOrder: 0 })),
  );
  await insertAll(
    store,
    'attributeDescription',
    attributeKeys.flatMap((k) =>
      langs.map(([lang, languageId]) => ({
        attributeId: attributeIds[k],
        languageId,
        name: SAMPLE_ATTRIBUTES[k].name[lang],
      })),
    ),
  );

  const optionKeys = Object.keys(SAMPLE_OPTIONS) as Array<keyof typeof SAMPLE_OPTIONS>;
  const optionIds = Object.fromEntries(optionKeys.map((k, i) => [k, i + 1])) as Record<
    keyof typeof SAMPLE_OPTIONS,
    number
  >;
  const optionValueId = (key: keyof typeof SAMPLE_OPTIONS, index: number): number =>
    optionIds[key] * 100 + index;
  await insertAll(
    store,
    'option',
    optionKeys.map((k) => ({ optionId: optionIds[k], type: 'select', sortOrder: 0 })),
  );
  await insertAll(
    store,
    'optionDescription',
    optionKeys.flatMap((k) =>
      langs.map(([lang, languageId]) => ({
        optionId: optionIds[k],
        languageId,
        name: SAMPLE_OPTIONS[k].name[lang],
      })),
    ),
  );
  await insertAll(
    store,
    'optionValue',
    optionKeys.flatMap((k) =>
      SAMPLE_OPTIONS[k].values.map((_, i) => ({
        optionValueId: optionValueId(k, i),
        optionId: optionIds[k],
        image: '',
        sortOrder: i,
      })),
    ),
  );
  await insertAll(
    store,
    'optionValueDescription',
    optionKeys.flatMap((k) =>
      SAMPLE_OPTIONS[k].values.flatMap((value, i) =>
        langs.map(([lang, languageId]) => ({
          optionValueId: optionValueId(k, i),
          languageId,
          optionId: optionIds[k],
          name: value[lang],
        })),
      ),
    ),
  );

  const leaves = categories.filter((c) => c.leaf !== undefined);
  const flawed: Partial<Record<Flaw, number[]>> = {};
  let productOptionId = 0;
  let productOptionValueId = 0;
  for (let start = 1; start <= options.products; start += CHUNK) {
    const batch: Record<ProductTable, Array<Record<string, unknown>>> = {
      product: [],
      productDescription: [],
      productImage: [],
      productToCategory: [],
      productToStore: [],
      productAttribute: [],
      productSpecial: [],
      productOption: [],
      productOptionValue: [],
    };
    const end = Math.min(options.products, start + CHUNK - 1);
    for (let n = start; n <= end; n++) {
      const rows = productRows(n, random, leaves, brandIds, attributeIds, languages, NOW);
      if (rows.flaw) {
        flawed[rows.flaw] = [...(flawed[rows.flaw] ?? []), n];
      }
      batch.product.push(rows.product);
      batch.productDescription.push(...rows.descriptions);
      batch.productImage.push(...rows.images);
      const leaf = leaves[(n - 1) % leaves.length];
      // Products sit in their leaf and, as OpenCart merchants usually do, in its parent too.
      for (const categoryId of leaf ? leaf.path.slice(-2) : []) {
        batch.productToCategory.push({ productId: n, categoryId });
      }
      batch.productToStore.push({ productId: n, storeId: 0 });
      batch.productAttribute.push(...rows.attributes);
      if (rows.special) {
        batch.productSpecial.push(rows.special);
      }
      for (const option of rows.options) {
        productOptionId += 1;
        batch.productOption.push({
          productOptionId,
          productId: n,
          optionId: optionIds[option.option],
          value: '',
          required: 1,
        });
        for (const value of option.values) {
          productOptionValueId += 1;
          batch.productOptionValue.push({
            productOptionValueId,
            productOptionId,
            productId: n,
            optionId: optionIds[option.option],
            optionValueId: optionValueId(option.option, value.index),
            quantity: value.quantity,
            subtract: 1,
            price: value.price,
            pricePrefix: '+',
            points: 0,
            pointsPrefix: '+',
            weight: '0.00000000',
            weightPrefix: '+',
          });
        }
      }
    }
    for (const [table, rows] of Object.entries(batch) as Array<
      [ProductTable, Array<Record<string, unknown>>]
    >) {
      await insertAll(store, table, rows);
    }
    options.onProgress?.(end, options.products);
  }
  return {
    products: options.products,
    categories: categories.length,
    leafCategoryIds: leaves.map((l) => l.id),
    flawed,
    createdSchema,
  };
}
