import type { StoreDb } from '../../db/connection';
import { forEveryUnit, forProducts } from '../shared/unit-pages';
import type { PriceContext } from './price-context';
import { readPriceUnits } from './price-sources';
import { type PriceChange, updateWantedPrices } from './wanted-prices';

/** Sets the price the rules make of the store's price now for the offers of these products. */
export function refreshPricesOf(
  store: StoreDb,
  context: PriceContext,
  productIds: readonly number[],
  reason: string,
  now: number,
): Promise<PriceChange[]> {
  return forProducts(
    productIds,
    (selection) => readPriceUnits(store, selection, context.customerGroupId, now),
    (units) => updateWantedPrices(store, units, context.rules, reason, now),
  );
}

/** The same for every offer, a page at a time; answers units read and prices changed. */
export function refreshAllPrices(
  store: StoreDb,
  context: PriceContext,
  reason: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<{ readonly units: number; readonly results: number }> {
  return forEveryUnit(
    (selection) => readPriceUnits(store, selection, context.customerGroupId, now()),
    (units) => updateWantedPrices(store, units, context.rules, reason, now()),
    { signal },
  );
}
