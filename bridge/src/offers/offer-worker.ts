import type { OfferSettings } from '../contract/offers';
import { errorText } from '../log/error-text';
import type { Clock } from '../shared/clock';
import type { EventArrivals } from '../store-events/arrivals';
import { takeInStoreChanges } from './intake';

import { readPriceContext } from './prices/price-context';
import { PRICE_ROUND, pushPriceRound } from './prices/push-prices';
import { nextDue } from './shared/next-due';
import type { OfferDeps } from './shared/offer-deps';
import { pushStockRound } from './stock/push-stocks';
import { createStockPacer } from './stock/stock-pacer';

/** How often the worker looks even when nothing woke it: events queued by another process, units gone live. */
const LOOK_MS = 1_000;
/** After a failed look (database or Ozon down), the next one waits this long. */
const FAILED_LOOK_MS = 5_000;

export interface OfferWorkerOptions {
  readonly clock: Clock;
  readonly deps: () => Promise<OfferDeps | undefined>;
  readonly settings: () => Promise<OfferSettings>;
  readonly arrivals?: EventArrivals | undefined;
  /** In the clock's milliseconds. */
  readonly lookMs?: number;
  /** Told about a failed look (the bridge logs it) when its reason differs from the last one's; the worker goes on. */
  readonly onError?: (message: string) => void;
}

/**
 * Keeps stock on Ozon within a second of the store: wakes on every store event this process receives (and looks
 * every second for others and for units Ozon put on sale), works out what changed, and sends what is due as soon
 * as Ozon takes it. One look at a time; two bridges on one store share the work through the push lock.
 */
export function createOfferWorker(options: OfferWorkerOptions) {
  const { clock } = options;
  const lookMs = options.lookMs ?? LOOK_MS;
  const stopping = new AbortController();
  let wake = new AbortController();
  let woken = false;
  let loop: Promise<void> | undefined;
  let lastError: string | undefined;
  const stockPacer = createStockPacer();

  /** One look; answers how long to wait before the next (in clock ms). */
  async function look(): Promise<number> {
    const deps = await options.deps();
    if (!deps) {
      return lookMs;
    }
    const signal = stopping.signal;
    const settings = await options.settings();
    const now = (): number => deps.clock.now();
    const prices = await readPriceContext(deps.store, settings.prices, deps.currency);
    await takeInStoreChanges(deps.store, settings, prices, now, signal);
    if (now() >= stockPacer.nextAt) {
      // Spaced from when the round went, not from when its answers were written: Ozon counts requests.
      const started = now();
      const round = await pushStockRound({ ...deps, signal }, settings.stock);
      stockPacer.sent(round.sent, started);
    }
    for (;;) {
      const round = await pushPriceRound({ ...deps, signal }, settings.prices.guardrailPercent);
      if (round.sent + round.held < PRICE_ROUND || signal.aborted || woken) {
        break;
      }
    }
    const stockDue = await nextDue(deps.store, 'offer_stocks');
    const next = Math.min(
      stockDue === undefined ? Number.POSITIVE_INFINITY : Math.max(stockDue, stockPacer.nextAt),
      (await nextDue(deps.store, 'offer_prices')) ?? Number.POSITIVE_INFINITY,
    );
    return Math.max(0, Math.min(lookMs, next - now()));
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      woken = false;
      let delay: number;
      try {
        delay = await look();
        lastError = undefined;
      } catch (error) {
        const message = `stock and price sync: ${errorText(error)}`;
        if (message !== lastError && !stopping.signal.aborted) {
          options.onError?.(message);
        }
        lastError = message;
        delay = FAILED_LOOK_MS;
      }
      if (woken || stopping.signal.aborted) {
        continue;
      }
      wake = new AbortController();
      await clock.sleep(delay, AbortSignal.any([wake.signal, stopping.signal])).catch(() => undefined);
    }
  }

  let unsubscribe: (() => void) | undefined;
  return {
    start(): void {
      unsubscribe = options.arrivals?.subscribe(() => {
        woken = true;
        wake.abort();
      });
      loop = run();
    },
    /** Wakes the worker now, as a store event does. */
    wake(): void {
      woken = true;
      wake.abort();
    },
    /** Stops looking; resolves when a look under way has ended. */
    async stop(): Promise<void> {
      unsubscribe?.();
      stopping.abort();
      await loop;
    },
  };
}

export type OfferWorker = ReturnType<typeof createOfferWorker>;
