import { eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';

/** NOT_FOUND unless OpenCart has this product (a mapping of a missing product would never be used). */
export async function requireOpencartProduct(store: StoreDb, productId: number): Promise<void> {
  const { db, oc } = store;
  const found = await db
    .select({ id: oc.product.productId })
    .from(oc.product)
    .where(eq(oc.product.productId, productId));
  if (found.length === 0) {
    throw new DomainError('NOT_FOUND', `OpenCart has no product ${productId}`);
  }
}

/** NOT_FOUND unless OpenCart has this category. */
export async function requireOpencartCategory(store: StoreDb, categoryId: number): Promise<void> {
  const { db, oc } = store;
  const found = await db
    .select({ id: oc.category.categoryId })
    .from(oc.category)
    .where(eq(oc.category.categoryId, categoryId));
  if (found.length === 0) {
    throw new DomainError('NOT_FOUND', `OpenCart has no category ${categoryId}`);
  }
}
