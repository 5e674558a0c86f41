import { asc, inArray } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { chunks } from '../ozon-catalogue/upsert';
import { decodeOpencartText } from '../source-text/opencart-text';
import type { CategoryEvidence } from './leaf-ranking';
import { loadCategoryNames, loadCategoryPaths } from './load-category-mapping';

/** Products whose names speak for one category: enough to see what it holds, few enough for a big store. */
const PRODUCTS_PER_CATEGORY = 100;

/**
 * What the store says about each of `categoryIds`, in every language it has: the category's name, its path from
 * the root, and the names of the products in it or below it (the lowest ids, at most PRODUCTS_PER_CATEGORY).
 */
export async function loadCategoryEvidence(
  store: StoreDb,
  categoryIds: readonly number[],
): Promise<Map<number, CategoryEvidence>> {
  const { db, oc } = store;
  const wanted = new Set(categoryIds);
  const [names, paths, links] = await Promise.all([
    loadCategoryNames(store),
    loadCategoryPaths(store),
    db
      .select({ productId: oc.productToCategory.productId, categoryId: oc.productToCategory.categoryId })
      .from(oc.productToCategory)
      .orderBy(asc(oc.productToCategory.productId)),
  ]);
  const languages = new Set([...names.values()].flatMap((byLanguage) => [...byLanguage.keys()]));
  const nameIn = (id: number, languageId: number): string => {
    const byLanguage = names.get(id);
    return byLanguage?.get(languageId) ?? byLanguage?.values().next().value ?? `#${id}`;
  };

  const productsOf = new Map<number, Set<number>>();
  for (const link of links) {
    for (const ancestor of paths.get(link.categoryId) ?? [link.categoryId]) {
      const set = productsOf.get(ancestor) ?? new Set<number>();
      if (wanted.has(ancestor) && set.size < PRODUCTS_PER_CATEGORY) {
        productsOf.set(ancestor, set.add(link.productId));
      }
    }
  }
  const productIds = [...new Set([...productsOf.values()].flatMap((set) => [...set]))];
  const productNames = new Map<number, string[]>();
  for (const chunk of chunks(productIds, 1000)) {
    const rows = await db
      .select({ id: oc.productDescription.productId, name: oc.productDescription.name })
      .from(oc.productDescription)
      .where(inArray(oc.productDescription.productId, chunk));
    for (const row of rows) {
      productNames.set(row.id, [...(productNames.get(row.id) ?? []), decodeOpencartText(row.name)]);
    }
  }

  const evidence = new Map<number, CategoryEvidence>();
  for (const id of wanted) {
    const path = paths.get(id) ?? [id];
    evidence.set(id, {
      names: [...(names.get(id)?.values() ?? [])],
      paths: [...languages].map((languageId) => path.map((step) => nameIn(step, languageId)).join(' > ')),
      products: [...(productsOf.get(id) ?? [])].map((productId) => productNames.get(productId) ?? []),
    });
  }
  return evidence;
}
