import { count, eq, max } from 'drizzle-orm';
import type { OzonCacheStatus } from '../../contract/catalog-mapping/ozon';
import type { StoreDb } from '../../db/connection';

/** What the cached Ozon catalogue holds: tree nodes and leaves, leaves with attributes, dictionaries and values. */
export async function ozonCacheStatus(store: StoreDb): Promise<OzonCacheStatus> {
  const { db, own } = store;
  const [tree] = await db
    .select({ nodes: count(), at: max(own.ozonCategories.fetchedAt) })
    .from(own.ozonCategories);
  const [leaves] = await db
    .select({ n: count() })
    .from(own.ozonCategories)
    .where(eq(own.ozonCategories.isLeaf, true));
  const attributeLeaves = await db
    .selectDistinct({ c: own.ozonAttributes.descriptionCategoryId, t: own.ozonAttributes.typeId })
    .from(own.ozonAttributes);
  const [dictionaries] = await db.select({ n: count() }).from(own.ozonDictionaries);
  const [values] = await db.select({ n: count() }).from(own.ozonDictionaryValues);
  return {
    nodes: tree?.nodes ?? 0,
    leaves: leaves?.n ?? 0,
    treeFetchedAt: tree?.at ? new Date(tree.at).toISOString() : null,
    attributeLeaves: attributeLeaves.length,
    dictionaries: dictionaries?.n ?? 0,
    dictionaryValues: values?.n ?? 0,
  };
}
