import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import type { OzonLeafRef } from './leaf-choice';

export type CachedLeafRow = StoreDb['own']['ozonCategories']['$inferSelect'];

/** The cached tree row of a leaf, if the tree has it. */
export async function findCachedLeaf(store: StoreDb, leaf: OzonLeafRef): Promise<CachedLeafRow | undefined> {
  const t = store.own.ozonCategories;
  const rows = await store.db
    .select()
    .from(t)
    .where(and(eq(t.descriptionCategoryId, leaf.descriptionCategoryId), eq(t.typeId, leaf.typeId)))
    .limit(1);
  return rows[0];
}

/**
 * Why a leaf may not be mapped to, or undefined when it may: it must be in the cached tree, a product type, not
 * disabled by Ozon. The message says what to do, since the usual cause is a cache that was never refreshed.
 */
export function unmappableReason(row: CachedLeafRow | undefined, leaf: OzonLeafRef): string | undefined {
  return row === undefined
    ? `Ozon leaf ${leaf.descriptionCategoryId}/${leaf.typeId} is not in the cached category tree; refresh the Ozon catalogue or pick a leaf from the search`
    : !row.isLeaf
      ? `${row.pathRu} is a category, not a product type: pick one of its types`
      : row.disabled
        ? `Ozon no longer accepts new products in ${row.pathRu}`
        : undefined;
}

/** The cached row of a leaf a merchant may map to; INVALID (naming `field`) with the reason otherwise. */
export async function requireMappableLeaf(
  store: StoreDb,
  leaf: OzonLeafRef,
  field: string,
): Promise<CachedLeafRow> {
  const row = await findCachedLeaf(store, leaf);
  const problem = unmappableReason(row, leaf);
  if (problem !== undefined || row === undefined) {
    throw new DomainError('INVALID', problem ?? 'unknown leaf', {
      fields: {
        [field]: [problem ?? 'unknown leaf'],
      },
    });
  }
  return row;
}
