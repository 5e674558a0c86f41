import type { StockSettings } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { forEveryUnit, forProducts } from '../shared/unit-pages';
import { readStockUnits } from './stock-sources';
import { updateWantedStocks, type WantedChange } from './wanted-stocks';

/** Sets what the store says now for the offers of these products. */
export function refreshStocksOf(
  store: StoreDb,
  settings: StockSettings,
  productIds: readonly number[],
  reason: string,
  now: number,
): Promise<WantedChange[]> {
  return forProducts(
    productIds,
    (selection) => readStockUnits(store, selection),
    (units) => updateWantedStocks(store, units, settings, reason, now),
  );
}

/** Sets what the store says now for every offer, a page of units at a time; answers units read and values changed. */
export function refreshAllStocks(
  store: StoreDb,
  settings: StockSettings,
  reason: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<{ readonly units: number; readonly results: number }> {
  return forEveryUnit(
    (selection) => readStockUnits(store, selection),
    (units) => updateWantedStocks(store, units, settings, reason, now()),
    { signal },
  );
}
