import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OfferUnitRow } from './offer-view';

/** Which offers a list shows: those of named products, those with a problem, or simply the first ones. */
export type OfferSelection =
  | { readonly kind: 'products'; readonly productIds: readonly number[] }
  | { readonly kind: 'problems' }
  | { readonly kind: 'all' };

const unitColumns = (store: StoreDb) => {
  const s = store.own.productState;
  return {
    productId: s.productId,
    variantKey: s.variantKey,
    offerId: s.offerId,
    name: s.name,
    state: s.state,
  };
};

/**
 * The units with something for the merchant to see: a refusal kept, a held price, or a value still to be sent.
 * Oldest first, by when the problem began: a held price by when it was held, a refusal by when it was written,
 * a pending value by when it was due (a value waiting for Ozon's sale has waited since then).
 */
async function unitsWithProblems(store: StoreDb, limit: number): Promise<OfferUnitRow[]> {
  const { db, own } = store;
  const st = own.offerStocks;
  const pr = own.offerPrices;
  const s = own.productState;
  const stockProblems = db
    .select({
      productId: st.productId,
      variantKey: st.variantKey,
      since: sql<Date>`CASE WHEN ${st.errorCode} IS NOT NULL THEN ${st.updatedAt} ELSE ${st.dueAt} END`.as(
        'since',
      ),
    })
    .from(st)
    .where(or(isNotNull(st.errorCode), isNotNull(st.dueAt)));
  const priceProblems = db
    .select({
      productId: pr.productId,
      variantKey: pr.variantKey,
      since:
        sql<Date>`CASE WHEN ${pr.heldPrice} IS NOT NULL THEN ${pr.heldAt} WHEN ${pr.errorCode} IS NOT NULL THEN ${pr.updatedAt} ELSE ${pr.dueAt} END`.as(
          'since',
        ),
    })
    .from(pr)
    .where(or(isNotNull(pr.errorCode), isNotNull(pr.dueAt), isNotNull(pr.heldPrice)));
  const problems = stockProblems.unionAll(priceProblems).as('problems');
  return db
    .select(unitColumns(store))
    .from(problems)
    .innerJoin(s, and(eq(s.productId, problems.productId), eq(s.variantKey, problems.variantKey)))
    .groupBy(s.productId, s.variantKey)
    .orderBy(sql`MIN(${problems.since})`, asc(s.productId), asc(s.variantKey))
    .limit(limit);
}

/** The units a list shows, at most `limit`; named products' and the first ones in product order. */
export async function selectOfferUnits(
  store: StoreDb,
  selection: OfferSelection,
  limit: number,
): Promise<OfferUnitRow[]> {
  if (selection.kind === 'problems') {
    return unitsWithProblems(store, limit);
  }
  const s = store.own.productState;
  const query = store.db.select(unitColumns(store)).from(s).$dynamic();
  const named =
    selection.kind === 'products'
      ? query.where(inArray(s.productId, selection.productIds.length > 0 ? [...selection.productIds] : [-1]))
      : query;
  return named.orderBy(asc(s.productId), asc(s.variantKey)).limit(limit);
}
