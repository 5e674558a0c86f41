import { inArray } from 'drizzle-orm';
import type { OfferListQuery, OfferListResponse, StockWarehouse } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { type OfferSelection, selectOfferUnits } from './offer-units';
import { type OfferPriceRow, type OfferStockRow, offerView } from './offer-view';
import { readStoreQuantities, unitKey } from './store-quantities';

export interface OfferListContext {
  /** The mapped warehouses, for their names and order. */
  readonly warehouses: readonly Pick<StockWarehouse, 'warehouseId' | 'name'>[];
  readonly now: Date;
}

function selectionOf(query: OfferListQuery): OfferSelection {
  if (query.productIds !== undefined) {
    return { kind: 'products', productIds: query.productIds.split(',').map(Number) };
  }
  return query.problems ? { kind: 'problems' } : { kind: 'all' };
}

/**
 * Offers with their stock per warehouse and their price, each as the store wants it, as sent, as Ozon accepted it
 * and as Ozon last reported it: those of the named products (in product order), or with `problems` those with a
 * refusal, a held price or a value still to send (longest waiting first), at most `limit`.
 */
export async function listOffers(
  store: StoreDb,
  query: OfferListQuery,
  context: OfferListContext,
): Promise<OfferListResponse> {
  const units = await selectOfferUnits(store, selectionOf(query), query.limit);
  if (units.length === 0) {
    return { items: [] };
  }
  const productIds = [...new Set(units.map((u) => u.productId))];
  const { db, own } = store;
  const [stocks, prices, quantities] = await Promise.all([
    db.select().from(own.offerStocks).where(inArray(own.offerStocks.productId, productIds)),
    db.select().from(own.offerPrices).where(inArray(own.offerPrices.productId, productIds)),
    readStoreQuantities(store, units),
  ]);
  const stocksOf = new Map<string, OfferStockRow[]>();
  for (const row of stocks) {
    const key = unitKey(row);
    stocksOf.set(key, [...(stocksOf.get(key) ?? []), row]);
  }
  const priceOf = new Map<string, OfferPriceRow>(prices.map((row) => [unitKey(row), row]));
  const names = new Map(context.warehouses.map((w) => [w.warehouseId, w.name]));
  return {
    items: units.map((unit) =>
      offerView(
        {
          unit,
          stocks: stocksOf.get(unitKey(unit)) ?? [],
          price: priceOf.get(unitKey(unit)),
          storeQuantity: quantities.get(unitKey(unit)) ?? null,
        },
        names,
        context.now,
      ),
    ),
  };
}
