import { defaultLimits, OZON_BATCH_MAX } from '../../ozon/limits';

const STOCKS = defaultLimits.perPath['/v2/products/stocks'] ?? { limit: 80, windowMs: 60_000 };

/**
 * Ozon's 80 stock requests a minute, spread evenly: one every 750 ms, and 10 ms more, so that the time a round takes
 * before its request leaves (which varies by some milliseconds) cannot squeeze 81 requests into a rolling minute.
 */
export const STOCK_REQUEST_GAP_MS = STOCKS.windowMs / STOCKS.limit + 10;

/**
 * Spaces the worker's stock rounds so that they never use Ozon's rolling minute faster than it refills: after a
 * round of k requests, the next waits k × 750 ms. Sent as they come, a rush of store events (a bulk import, a sale
 * rush at a dozen a second) would spend the 80 requests of a minute in seconds and then wait for the minute to
 * roll; spaced, every change waits at most 750 ms, and the changes that came meanwhile go in the same request. A
 * lone change, long after the last, goes at once.
 */
export function createStockPacer() {
  let nextAt = Number.NEGATIVE_INFINITY;
  return {
    /** When the next round may go (clock ms). */
    get nextAt(): number {
      return nextAt;
    },
    /** Records a round that sent `pairs` pairs at `now`. */
    sent(pairs: number, now: number): void {
      if (pairs > 0) {
        nextAt = now + Math.ceil(pairs / OZON_BATCH_MAX.stockPairs) * STOCK_REQUEST_GAP_MS;
      }
    },
  };
}
