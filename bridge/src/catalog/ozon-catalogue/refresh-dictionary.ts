import { and, eq, lt } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OzonClient } from '../../ozon/client';
import type { DictionaryValue } from '../../ozon/client/methods/categories';
import type { OzonLeafRef } from '../mapping/leaf-choice';
import { dictionaryScope } from './dictionary-scope';
import { chunks, fromInserted } from './upsert';

/**
 * Above this many values a dictionary is not cached whole: Ozon's real brand dictionary runs to hundreds of
 * thousands. The refresh stops there ON PURPOSE and records `too_large`, and lookups search Ozon instead, so
 * nothing is ever silently cut at one page as in the module merchants complained about.
 */
export const DEFAULT_MAX_DICTIONARY_VALUES = 50_000;

export interface DictionaryAttribute {
  readonly attributeId: number;
  readonly dictionaryId: number;
  readonly categoryDependent: boolean;
}

export interface DictionaryRefreshResult {
  readonly state: 'complete' | 'too_large';
  readonly values: number;
  readonly pages: number;
}

/** Writes values into the cache for the attribute's dictionary scope (used by refreshes and by searches). */
export async function upsertDictionaryValues(
  store: StoreDb,
  attribute: DictionaryAttribute,
  leaf: OzonLeafRef,
  values: readonly DictionaryValue[],
  now: Date,
): Promise<void> {
  const t = store.own.ozonDictionaryValues;
  const scope = dictionaryScope(attribute, leaf);
  const set = fromInserted({ value: t.value, info: t.info, picture: t.picture, fetchedAt: t.fetchedAt });
  const rows = values.map((v) => ({
    dictionaryId: attribute.dictionaryId,
    ...scope,
    valueId: Number(v.id),
    value: v.value.slice(0, 1000),
    info: v.info.slice(0, 1000),
    picture: v.picture.slice(0, 1000),
    fetchedAt: now,
  }));
  for (const chunk of chunks(rows)) {
    await store.db.insert(t).values(chunk).onDuplicateKeyUpdate({ set });
  }
}

async function recordState(
  store: StoreDb,
  attribute: DictionaryAttribute,
  leaf: OzonLeafRef,
  state: 'complete' | 'too_large' | 'partial',
  valueCount: number,
  now: Date,
): Promise<void> {
  const t = store.own.ozonDictionaries;
  const row = {
    dictionaryId: attribute.dictionaryId,
    ...dictionaryScope(attribute, leaf),
    attributeId: attribute.attributeId,
    descriptionCategoryId: leaf.descriptionCategoryId,
    typeId: leaf.typeId,
    state,
    valueCount,
    fetchedAt: now,
  };
  const { dictionaryId: _d, scopeCategoryId: _c, scopeTypeId: _t, ...update } = row;
  await store.db.insert(t).values(row).onDuplicateKeyUpdate({ set: update });
}

/**
 * Reads a whole dictionary with `last_value_id` paging until Ozon says `has_next: false` (or the cap is reached,
 * recorded as `too_large`) and caches it. Each page is written as it arrives; values Ozon dropped are removed
 * only once the read is complete. Marked `partial` while it runs, so an interrupted refresh is visible.
 */
export async function refreshDictionary(
  store: StoreDb,
  client: OzonClient,
  attribute: DictionaryAttribute,
  leaf: OzonLeafRef,
  now: Date,
  options: { readonly maxValues?: number; readonly signal?: AbortSignal | undefined } = {},
): Promise<DictionaryRefreshResult> {
  const maxValues = options.maxValues ?? DEFAULT_MAX_DICTIONARY_VALUES;
  await recordState(store, attribute, leaf, 'partial', 0, now);
  let values = 0;
  let pages = 0;
  let state: 'complete' | 'too_large' = 'complete';
  // POST /v1/description-category/attribute/values (DescriptionCategoryAPI_GetAttributeValues), page by page.
  const pageIterator = client.categories.valuePages(
    {
      descriptionCategoryId: String(leaf.descriptionCategoryId),
      typeId: String(leaf.typeId),
      attributeId: String(attribute.attributeId),
    },
    options.signal ? { signal: options.signal } : {},
  );
  for await (const page of pageIterator) {
    await upsertDictionaryValues(store, attribute, leaf, page.items, now);
    values += page.items.length;
    pages += 1;
    if (page.next !== undefined && values >= maxValues) {
      state = 'too_large';
      break;
    }
  }
  if (state === 'complete') {
    const t = store.own.ozonDictionaryValues;
    const scope = dictionaryScope(attribute, leaf);
    await store.db
      .delete(t)
      .where(
        and(
          eq(t.dictionaryId, attribute.dictionaryId),
          eq(t.scopeCategoryId, scope.scopeCategoryId),
          eq(t.scopeTypeId, scope.scopeTypeId),
          lt(t.fetchedAt, now),
        ),
      );
  }
  await recordState(store, attribute, leaf, state, values, now);
  return { state, values, pages };
}

/**
 * Searches a dictionary on Ozon and caches what it finds, so that a value beyond a too-large dictionary's cap
 * (the "no brand" value, a brand the merchant just picked) resolves from the cache afterwards.
 */
export async function cacheSearchResults(
  store: StoreDb,
  client: OzonClient,
  attribute: DictionaryAttribute,
  leaf: OzonLeafRef,
  text: string,
  now: Date,
): Promise<number> {
  // POST /v1/description-category/attribute/values/search (DescriptionCategoryAPI_SearchAttributeValues).
  const found = await client.categories.searchValues(
    {
      descriptionCategoryId: String(leaf.descriptionCategoryId),
      typeId: String(leaf.typeId),
      attributeId: String(attribute.attributeId),
    },
    text,
  );
  await upsertDictionaryValues(store, attribute, leaf, found, now);
  return found.length;
}
