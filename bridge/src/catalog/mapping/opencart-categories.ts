import { countDistinct, eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import { leafKey, type OzonLeafRef } from './leaf-choice';
import { loadCategoryLeaves, loadCategoryNames, loadCategoryPaths, namesIn } from './load-category-mapping';

/** The language OpenCart's admin shows (`config_admin_language`), else the first language. */
export async function adminLanguageId(store: StoreDb): Promise<number> {
  const { db, oc } = store;
  const rows = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .innerJoin(oc.setting, eq(oc.setting.value, oc.language.code))
    .where(eq(oc.setting.key, 'config_admin_language'))
    .limit(1);
  return rows[0]?.id ?? 1;
}

async function productCounts(store: StoreDb) {
  const { db, oc } = store;
  const direct = await db
    .select({ id: oc.productToCategory.categoryId, n: countDistinct(oc.productToCategory.productId) })
    .from(oc.productToCategory)
    .groupBy(oc.productToCategory.categoryId);
  // Products anywhere below a category: join each product's categories to all their ancestors.
  const inTree = await db
    .select({ id: oc.categoryPath.pathId, n: countDistinct(oc.productToCategory.productId) })
    .from(oc.categoryPath)
    .innerJoin(oc.productToCategory, eq(oc.productToCategory.categoryId, oc.categoryPath.categoryId))
    .groupBy(oc.categoryPath.pathId);
  return {
    direct: new Map(direct.map((r) => [r.id, r.n])),
    inTree: new Map(inTree.map((r) => [r.id, r.n])),
  };
}

/**
 * The OpenCart category tree for the mapping page, in tree order: names in `languageId`, product counts (own and
 * with sub-categories), and the Ozon leaf each category maps to, its own or inherited from the nearest mapped
 * ancestor, with the leaf's cached name (`known` false when the cached tree lacks it).
 */
export async function listOpencartCategories(store: StoreDb, languageId: number) {
  const { db, oc, own } = store;
  const [categories, names, paths, mapped, counts] = await Promise.all([
    db
      .select({ id: oc.category.categoryId, parentId: oc.category.parentId, status: oc.category.status })
      .from(oc.category),
    loadCategoryNames(store),
    loadCategoryPaths(store),
    loadCategoryLeaves(store),
    productCounts(store),
  ]);
  const nameOf = namesIn(names, languageId);
  const leafRows = await db
    .select({
      descriptionCategoryId: own.ozonCategories.descriptionCategoryId,
      typeId: own.ozonCategories.typeId,
      name: own.ozonCategories.nameRu,
      path: own.ozonCategories.pathRu,
    })
    .from(own.ozonCategories)
    .where(eq(own.ozonCategories.isLeaf, true));
  const leafInfo = new Map(leafRows.map((r) => [leafKey(r), r]));
  const describe = (leaf: OzonLeafRef, inheritedFrom: number | null) => {
    const info = leafInfo.get(leafKey(leaf));
    return {
      descriptionCategoryId: leaf.descriptionCategoryId,
      typeId: leaf.typeId,
      name: info?.name ?? '',
      path: info?.path ?? '',
      known: info !== undefined,
      inheritedFrom,
    };
  };
  const items = categories.map((c) => {
    const path = paths.get(c.id) ?? [c.id];
    let mapping: ReturnType<typeof describe> | null = null;
    for (let i = path.length - 1; i >= 0 && mapping === null; i--) {
      const id = path[i];
      const leaf = id === undefined ? undefined : mapped.get(id);
      if (id !== undefined && leaf) {
        mapping = describe(leaf, id === c.id ? null : id);
      }
    }
    const pathNames = path.map((id) => nameOf.get(id) ?? `#${id}`);
    return {
      pathNames,
      categoryId: c.id,
      parentId: c.parentId,
      level: path.length - 1,
      name: nameOf.get(c.id) ?? `#${c.id}`,
      path: pathNames.join(' > '),
      enabled: c.status === 1,
      products: counts.direct.get(c.id) ?? 0,
      productsInTree: counts.inTree.get(c.id) ?? 0,
      mapping,
    };
  });
  // Tree order: parents before children, siblings by name, as OpenCart's admin lists them.
  const byPath = (a: readonly string[], b: readonly string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = (a[i] ?? '').localeCompare(b[i] ?? '');
      if (order !== 0) {
        return order;
      }
    }
    return a.length - b.length;
  };
  return items.sort((a, b) => byPath(a.pathNames, b.pathNames)).map(({ pathNames: _p, ...item }) => item);
}

/** The category tree in `languageId`, or in the admin's language when none is asked for. */
export async function opencartCategoryTree(store: StoreDb, languageId?: number) {
  const language = languageId ?? (await adminLanguageId(store));
  return { languageId: language, items: await listOpencartCategories(store, language) };
}

/** One category as the tree shows it (admin language), e.g. after its mapping changed; NOT_FOUND if there is none. */
export async function describeOpencartCategory(store: StoreDb, categoryId: number) {
  const items = await listOpencartCategories(store, await adminLanguageId(store));
  const category = items.find((i) => i.categoryId === categoryId);
  if (!category) {
    throw new DomainError('NOT_FOUND', `OpenCart has no category ${categoryId}`);
  }
  return category;
}
