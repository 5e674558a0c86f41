import type { StockSettings } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { readStockUnits } from './stock-sources';
import { updateWantedStocks, type WantedChange } from './wanted-stocks';

/** Units read and written at a time in a pass over the whole catalogue. */
const PAGE = 1000;

/** Sets what the store says now for the offers of these products. */
export async function refreshStocksOf(
  store: StoreDb,
  settings: StockSettings,
  productIds: readonly number[],
  reason: string,
  now: number,
): Promise<WantedChange[]> {
  const changes: WantedChange[] = [];
  for (let i = 0; i < productIds.length; i += PAGE) {
    const units = await readStockUnits(store, { productIds: productIds.slice(i, i + PAGE) });
    changes.push(...(await updateWantedStocks(store, units, settings, reason, now)));
  }
  return changes;
}

/**
 * Sets what the store says now for every offer, a page of units at a time (a dry run only compares). Calls
 * `onPage` with the units read so far and the page's changes; answers how many units were read and changed.
 */
export async function refreshAllStocks(
  store: StoreDb,
  settings: StockSettings,
  reason: string,
  now: () => number,
  options: {
    readonly dryRun?: boolean;
    readonly signal?: AbortSignal | undefined;
    readonly onPage?: (read: number, changes: readonly WantedChange[]) => Promise<void>;
  } = {},
): Promise<{ readonly units: number; readonly changed: number }> {
  let changed = 0;
  let after = 0;
  let read = 0;
  for (;;) {
    if (options.signal?.aborted) {
      break;
    }
    const units = await readStockUnits(store, { afterProductId: after, limit: PAGE });
    const last = units.at(-1);
    if (!last) {
      break;
    }
    after = last.productId;
    read += units.length;
    const changes = await updateWantedStocks(store, units, settings, reason, now(), {
      dryRun: options.dryRun === true,
    });
    changed += changes.length;
    await options.onPage?.(read, changes);
  }
  return { units: read, changed };
}
