import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';
import type { UnitRef } from './unit-state';

/**
 * Reads `product_state` page by page in (product_id, variant_key) order, each page starting after the last unit of
 * the one before: the primary key's order, so every page is an index range however large the table is (an OFFSET
 * would re-read everything before it). `where` narrows the units; `read` runs one page's query, so a caller picks
 * its columns and joins, and gets back rows that carry their unit's key.
 *
 * Stops when a page comes back empty or `signal` is aborted. A caller may change the rows it was handed (their
 * keys stay put), since the next page starts strictly after the last key.
 */
export async function* unitStatePages<Row extends UnitRef>(
  store: StoreDb,
  options: {
    readonly pageSize: number;
    readonly where?: SQL | undefined;
    readonly signal?: AbortSignal | undefined;
    readonly read: (page: {
      readonly where: SQL;
      readonly orderBy: SQL[];
      readonly limit: number;
    }) => Promise<Row[]>;
  },
): AsyncGenerator<Row[]> {
  const t = store.own.productState;
  let after: UnitRef = { productId: 0, variantKey: '' };
  for (;;) {
    const next = or(
      gt(t.productId, after.productId),
      and(eq(t.productId, after.productId), gt(t.variantKey, after.variantKey)),
    );
    const where = options.where ? and(options.where, next) : next;
    const rows = await options.read({
      where: where ?? next ?? eq(t.productId, t.productId),
      orderBy: [asc(t.productId), asc(t.variantKey)],
      limit: options.pageSize,
    });
    const last = rows.at(-1);
    if (!last || options.signal?.aborted) {
      return;
    }
    after = { productId: last.productId, variantKey: last.variantKey };
    yield rows;
  }
}
