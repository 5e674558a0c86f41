import { and, eq, inArray } from 'drizzle-orm';
import type { StoreDb } from '../../../db/connection';

/**
 * Keeps products off Ozon (`excluded` true: nothing is sent or archived for them any more) or hands them back to
 * the export. Products never analysed get a row, so the choice holds before their first export.
 */
export async function setExcluded(
  store: StoreDb,
  productIds: readonly number[],
  excluded: boolean,
  now: Date,
): Promise<number> {
  const t = store.own.productState;
  const existing = await store.db
    .selectDistinct({ productId: t.productId })
    .from(t)
    .where(inArray(t.productId, [...productIds]));
  const known = new Set(existing.map((r) => r.productId));
  await store.db
    .update(t)
    .set({ excluded, updatedAt: now })
    .where(inArray(t.productId, [...productIds]));
  const fresh = productIds.filter((id) => !known.has(id));
  if (excluded && fresh.length > 0) {
    await store.db
      .insert(t)
      .values(
        fresh.map((productId) => ({
          productId,
          variantKey: '',
          state: 'excluded' as const,
          excluded,
          updatedAt: now,
        })),
      )
      .onDuplicateKeyUpdate({ set: { excluded } });
  }
  return productIds.length;
}

/**
 * Makes failed items eligible to be sent again with an unchanged payload (Ozon's error may have been temporary,
 * or fixed on Ozon's side). Returns the products concerned, for the export that resends them.
 */
export async function resetFailed(
  store: StoreDb,
  productIds: readonly number[] | undefined,
  now: Date,
): Promise<number[]> {
  const t = store.own.productState;
  const filter = productIds
    ? and(eq(t.state, 'failed'), inArray(t.productId, [...productIds]))
    : eq(t.state, 'failed');
  const failed = await store.db.selectDistinct({ productId: t.productId }).from(t).where(filter);
  await store.db.update(t).set({ sentHash: null, state: 'queued', updatedAt: now }).where(filter);
  return failed.map((r) => r.productId);
}
