import { eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { findCachedLeaf } from './cached-leaf';
import { createLeafChooser } from './leaf-choice';
import { loadCategoryLeaves, loadCategoryPaths, loadProductLeaves } from './load-category-mapping';
import { requireOpencartProduct } from './opencart-rows';

/**
 * One product's leaf as the export will see it, with its override and categories (for the product page);
 * NOT_FOUND when OpenCart has no such product.
 */
export async function describeProductLeaf(store: StoreDb, productId: number) {
  const { db, oc } = store;
  await requireOpencartProduct(store, productId);
  const [categories, categoryLeaves, paths, productLeaves] = await Promise.all([
    db
      .select({ id: oc.productToCategory.categoryId })
      .from(oc.productToCategory)
      .where(eq(oc.productToCategory.productId, productId)),
    loadCategoryLeaves(store),
    loadCategoryPaths(store),
    loadProductLeaves(store),
  ]);
  const categoryIds = categories.map((c) => c.id);
  const choice = createLeafChooser(categoryLeaves, paths, productLeaves)(productId, categoryIds);
  const node = choice ? await findCachedLeaf(store, choice) : undefined;
  return {
    productId,
    categoryIds,
    override: productLeaves.get(productId) ?? null,
    resolved: choice
      ? {
          descriptionCategoryId: choice.descriptionCategoryId,
          typeId: choice.typeId,
          via: choice.via,
          categoryId: choice.categoryId ?? null,
          name: node?.nameRu ?? '',
          path: node?.pathRu ?? '',
        }
      : null,
  };
}
