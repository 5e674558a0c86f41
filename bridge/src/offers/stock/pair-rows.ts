import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';

/** Names one (offer, warehouse) pair. */
export interface PairRef {
  readonly productId: number;
  readonly variantKey: string;
  readonly warehouseId: string;
}

/**
 * The condition matching exactly these pairs: the product ids first, so the server reads a range of the primary
 * key rather than the table, then each pair.
 */
export function pairsWhere(store: StoreDb, pairs: readonly PairRef[]): SQL {
  const t = store.own.offerStocks;
  const each = pairs.map(
    (p) =>
      and(
        eq(t.productId, p.productId),
        eq(t.variantKey, p.variantKey),
        eq(t.warehouseId, p.warehouseId),
      ) as SQL,
  );
  return and(inArray(t.productId, [...new Set(pairs.map((p) => p.productId))]), or(...each)) as SQL;
}
