import { asc } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { decodeOpencartText } from '../source-text/opencart-text';
import type { OzonLeafRef } from './leaf-choice';

/** OpenCart category id → its Ozon leaf. */
export async function loadCategoryLeaves(store: StoreDb): Promise<Map<number, OzonLeafRef>> {
  const t = store.own.mappingCategories;
  const rows = await store.db
    .select({ id: t.categoryId, descriptionCategoryId: t.descriptionCategoryId, typeId: t.typeId })
    .from(t);
  return new Map(
    rows.map((r) => [r.id, { descriptionCategoryId: r.descriptionCategoryId, typeId: r.typeId }]),
  );
}

/** Product id → its own Ozon leaf (overrides). */
export async function loadProductLeaves(store: StoreDb): Promise<Map<number, OzonLeafRef>> {
  const t = store.own.mappingProducts;
  const rows = await store.db
    .select({ id: t.productId, descriptionCategoryId: t.descriptionCategoryId, typeId: t.typeId })
    .from(t);
  return new Map(
    rows.map((r) => [r.id, { descriptionCategoryId: r.descriptionCategoryId, typeId: r.typeId }]),
  );
}

/** Each OpenCart category's ancestors from the root down, itself last, from OpenCart's category_path. */
export async function loadCategoryPaths(store: StoreDb): Promise<Map<number, number[]>> {
  const t = store.oc.categoryPath;
  const rows = await store.db
    .select({ categoryId: t.categoryId, pathId: t.pathId })
    .from(t)
    .orderBy(asc(t.categoryId), asc(t.level));
  const paths = new Map<number, number[]>();
  for (const row of rows) {
    const path = paths.get(row.categoryId) ?? [];
    path.push(row.pathId);
    paths.set(row.categoryId, path);
  }
  return paths;
}

/**
 * Each OpenCart category's name in every language it has (category id → language id → name), as the merchant
 * typed it ("Phones & PDAs"): OpenCart stores names HTML-escaped.
 */
export async function loadCategoryNames(store: StoreDb): Promise<Map<number, Map<number, string>>> {
  const t = store.oc.categoryDescription;
  const rows = await store.db
    .select({ id: t.categoryId, languageId: t.languageId, name: t.name })
    .from(t)
    .orderBy(asc(t.categoryId), asc(t.languageId));
  const names = new Map<number, Map<number, string>>();
  for (const row of rows) {
    names.set(row.id, (names.get(row.id) ?? new Map()).set(row.languageId, decodeOpencartText(row.name)));
  }
  return names;
}

/** Each category's name in `languageId`, else in the first language it has (from `loadCategoryNames`). */
export function namesIn(
  names: ReadonlyMap<number, ReadonlyMap<number, string>>,
  languageId: number,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const [id, byLanguage] of names) {
    const name = byLanguage.get(languageId) ?? byLanguage.values().next().value;
    if (name !== undefined) {
      out.set(id, name);
    }
  }
  return out;
}
