import { createHash } from 'node:crypto';
import type { RowDataPacket } from 'mysql2/promise';
import type { OfferSettings } from '../contract/offers';
import type { StoreDb } from '../db/connection';
import { OWN_TABLE_INFIX } from '../db/own/index';
import { productsOfEvents, readStoreEvents } from '../store-events/affected-products';
import type { PriceContext } from './prices/price-context';
import { refreshAllPrices, refreshPricesOf } from './prices/refresh-prices';
import { readOfferMark, saveOfferMark } from './shared/marks';
import { refreshAllStocks, refreshStocksOf } from './stock/refresh-stocks';

/** Store events taken in one look: a bulk edit of thousands of products is read in slices, none dropped. */
const EVENTS_PER_LOOK = 2_000;

/**
 * The mark stays this far behind the clock, so units written by a process whose clock lags (the CLI's follow-up, a
 * second bridge) are still found; they are looked at again for those seconds only.
 */
const CLOCK_MARGIN_MS = 5_000;

export interface IntakeResult {
  readonly events: number;
  /** Products whose offers were looked at. */
  readonly products: number;
  /** (offer, warehouse) values that changed. */
  readonly changed: number;
  /** The rules changed, so every offer was looked at. */
  readonly everything: boolean;
}

export const fingerprintOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** Products with a unit sent to Ozon or put on sale since `at` (epoch ms), and the newest such time. */
async function unitsSentOrLiveSince(store: StoreDb, at: number): Promise<{ ids: number[]; newest: number }> {
  const states = `\`${store.prefix}${OWN_TABLE_INFIX}product_state\``;
  const since = new Date(at);
  const [rows] = await store.pool.query<Array<{ id: number; newest: Date | null } & RowDataPacket>>(
    `SELECT product_id AS id, sent_at AS newest FROM ${states} WHERE sent_at > ?
     UNION ALL SELECT product_id, live_at FROM ${states} WHERE live_at > ?`,
    [since, since],
  );
  let newest = at;
  for (const r of rows) {
    const time = r.newest instanceof Date ? r.newest.getTime() : 0;
    newest = Math.max(newest, time);
  }
  return { ids: [...new Set(rows.map((r) => r.id))], newest };
}

/**
 * Brings what the offers should be on Ozon up to date with what happened since the last look: every offer when the
 * rules (or, for prices, the store's exchange rate) changed; the offers of units the card export sent or Ozon put
 * on sale; the products store events name (saves, orders placed and moved on). Idempotent: the marks are saved
 * after the work, so a crash repeats it.
 */
export async function takeInStoreChanges(
  store: StoreDb,
  settings: OfferSettings,
  prices: PriceContext,
  now: () => number,
  signal?: AbortSignal,
): Promise<IntakeResult> {
  const mark = await readOfferMark(store);
  const stockRules = fingerprintOf(settings.stock);
  const priceRules = fingerprintOf(prices);
  if (stockRules !== mark.stockRules || priceRules !== mark.priceRules) {
    let products = 0;
    let changed = 0;
    if (stockRules !== mark.stockRules) {
      const pass = await refreshAllStocks(store, settings.stock, 'stock rules changed', now, signal);
      products = pass.units;
      changed += pass.results;
    }
    if (priceRules !== mark.priceRules) {
      const pass = await refreshAllPrices(store, prices, 'price rules or exchange rate changed', now, signal);
      products = pass.units;
      changed += pass.results;
    }
    if (!signal?.aborted) {
      await saveOfferMark(store, { stockRules, priceRules }, new Date(now()));
    }
    return { events: 0, products, changed, everything: true };
  }
  const units = await unitsSentOrLiveSince(store, mark.unitsAt);
  const events = await readStoreEvents(store, mark.eventId, Number.MAX_SAFE_INTEGER, EVENTS_PER_LOOK);
  const fromEvents = await productsOfEvents(store, events, { categories: false });
  const productIds = [...new Set([...units.ids, ...fromEvents])].sort((a, b) => a - b);
  const lastEvent = events.at(-1)?.id;
  const reason = lastEvent === undefined ? 'sent to Ozon or put on sale' : `store event ${lastEvent}`;
  const stock = await refreshStocksOf(store, settings.stock, productIds, reason, now());
  const price = await refreshPricesOf(store, prices, productIds, reason, now());
  const unitsAt = Math.max(mark.unitsAt, Math.min(units.newest, now() - CLOCK_MARGIN_MS));
  if (lastEvent !== undefined || unitsAt !== mark.unitsAt) {
    await saveOfferMark(store, { eventId: lastEvent ?? mark.eventId, unitsAt }, new Date(now()));
  }
  return {
    events: events.length,
    products: productIds.length,
    changed: stock.length + price.length,
    everything: false,
  };
}
