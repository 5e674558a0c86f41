import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import { decideVanished } from '../plan/decide';
import { forgetUnits } from '../state/state-rows';
import { archiveUnits } from '../steps/archive';
import type { ExportDeps } from '../steps/deps';

const PAGE = 500;

/**
 * Products deleted from OpenCart: their Ozon cards are archived (stock zeroed first); rows of products Ozon never
 * had are dropped. Keyset over the state table joined to OpenCart's products, so the pass is cheap at any size.
 */
export async function archiveDeletedProducts(deps: ExportDeps): Promise<number> {
  const { db, own, oc } = deps.store;
  const t = own.productState;
  let archived = 0;
  let after = { productId: 0, variantKey: '' };
  for (;;) {
    const rows = await db
      .select({ state: t })
      .from(t)
      .leftJoin(oc.product, eq(oc.product.productId, t.productId))
      .where(
        and(
          isNull(oc.product.productId),
          or(
            gt(t.productId, after.productId),
            and(eq(t.productId, after.productId), gt(t.variantKey, after.variantKey)),
          ),
        ),
      )
      .orderBy(asc(t.productId), asc(t.variantKey))
      .limit(PAGE);
    const last = rows.at(-1);
    if (!last || deps.signal.aborted) {
      return archived;
    }
    after = { productId: last.state.productId, variantKey: last.state.variantKey };
    const gone = rows.map((r) => r.state);
    archived += await archiveUnits(
      deps,
      gone.filter((r) => decideVanished(r) === 'archive'),
    );
    await forgetUnits(
      deps.store,
      gone.filter((r) => decideVanished(r) === 'forget'),
    );
  }
}
