import { type SQL, sql } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';

export type PriceRow = StoreDb['own']['offerPrices']['$inferSelect'];
type Column = Exclude<keyof PriceRow, 'productId' | 'variantKey'>;

/**
 * Writes the given columns of whole rows read before, in one statement per thousand: an upsert whose insert never
 * happens (the rows exist) and whose update takes only `columns` from it. A round of a thousand prices was a
 * thousand single-row UPDATEs, which kept the worker from the next store event for seconds.
 */
export async function writePriceColumns(
  store: StoreDb,
  rows: readonly PriceRow[],
  columns: readonly Column[],
): Promise<void> {
  const t = store.own.offerPrices;
  const set = Object.fromEntries(
    columns.map((c) => [c, sql`values(${sql.identifier(t[c].name)})`]),
  ) as Record<Column, SQL>;
  for (let i = 0; i < rows.length; i += 1000) {
    await store.db
      .insert(t)
      .values(rows.slice(i, i + 1000))
      .onDuplicateKeyUpdate({ set });
  }
}
