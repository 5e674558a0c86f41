import { eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { requireMappableLeaf } from './cached-leaf';
import type { OzonLeafRef } from './leaf-choice';
import { requireOpencartCategory, requireOpencartProduct } from './opencart-rows';

/** Maps an OpenCart category to an Ozon leaf, or removes its mapping (`leaf` null). */
export async function setCategoryLeaf(
  store: StoreDb,
  categoryId: number,
  leaf: OzonLeafRef | null,
  now: Date,
): Promise<void> {
  const { db, own } = store;
  const t = own.mappingCategories;
  if (leaf === null) {
    await db.delete(t).where(eq(t.categoryId, categoryId));
    return;
  }
  await requireOpencartCategory(store, categoryId);
  await requireMappableLeaf(store, leaf, 'typeId');
  const row = { categoryId, ...pick(leaf), updatedAt: now };
  await db
    .insert(t)
    .values(row)
    .onDuplicateKeyUpdate({ set: { ...pick(leaf), updatedAt: now } });
}

/** Gives one product its own Ozon leaf, winning over its categories, or removes it (`leaf` null). */
export async function setProductLeaf(
  store: StoreDb,
  productId: number,
  leaf: OzonLeafRef | null,
  now: Date,
): Promise<void> {
  const { db, own } = store;
  const t = own.mappingProducts;
  if (leaf === null) {
    await db.delete(t).where(eq(t.productId, productId));
    return;
  }
  await requireOpencartProduct(store, productId);
  await requireMappableLeaf(store, leaf, 'typeId');
  await db
    .insert(t)
    .values({ productId, ...pick(leaf), updatedAt: now })
    .onDuplicateKeyUpdate({ set: { ...pick(leaf), updatedAt: now } });
}

function pick(leaf: OzonLeafRef): OzonLeafRef {
  return { descriptionCategoryId: leaf.descriptionCategoryId, typeId: leaf.typeId };
}
