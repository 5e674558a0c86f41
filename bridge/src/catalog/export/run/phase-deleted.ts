import { and, eq, inArray, isNull } from 'drizzle-orm';
import { unitStatePages } from '../../../unit-state/keyset-pages';
import { forgetUnits } from '../../../unit-state/state-rows';
import { decideVanished } from '../plan/decide';
import { archiveUnits } from '../steps/archive';
import type { ExportDeps } from '../steps/deps';

const PAGE = 500;

/**
 * Products deleted from OpenCart: their Ozon cards are archived (stock zeroed first); rows of products Ozon never
 * had are dropped. Keyset over the state table joined to OpenCart's products, so the pass is cheap at any size.
 */
export async function archiveDeletedProducts(
  deps: ExportDeps,
  /** Only these products (a sync of what changed); default: all. */
  productIds?: readonly number[],
): Promise<number> {
  const { db, own, oc } = deps.store;
  const t = own.productState;
  let archived = 0;
  const pages = unitStatePages(deps.store, {
    pageSize: PAGE,
    where:
      productIds === undefined
        ? isNull(oc.product.productId)
        : and(isNull(oc.product.productId), inArray(t.productId, [...productIds, -1])),
    signal: deps.signal,
    read: async (page) =>
      (
        await db
          .select({ state: t })
          .from(t)
          .leftJoin(oc.product, eq(oc.product.productId, t.productId))
          .where(page.where)
          .orderBy(...page.orderBy)
          .limit(page.limit)
      ).map((r) => r.state),
  });
  for await (const gone of pages) {
    archived += await archiveUnits(
      deps,
      gone.filter((r) => decideVanished(r) === 'archive'),
    );
    await forgetUnits(
      deps.store,
      gone.filter((r) => decideVanished(r) === 'forget'),
    );
  }
  return archived;
}
