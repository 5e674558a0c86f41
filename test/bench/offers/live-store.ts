import type { RowDataPacket } from 'mysql2/promise';
import { seedWarehouses } from '../../../bridge/scaffold/ozon-emulator';
import type { StoreDb } from '../../../bridge/src/db/connection';
import { OWN_TABLE_INFIX } from '../../../bridge/src/db/own/index';
import { saveOfferSettings } from '../../../bridge/src/settings/offer-settings';
import { type OzonAccount, prepareBenchStore } from '../sync-products/bench-store';
import { seedOnSale } from './emulator-control';

/** Image links are part of a card's hash; every bench of the offers uses this one. */
const STORE_URL = 'https://shop.example/';

/** The emulator's active warehouses that take any product: its FBS and its rFBS one (the bulky one takes only bulky). */
export const REGULAR_WAREHOUSES = seedWarehouses
  .filter((w) => w.status === 'created' && !w.isKgt)
  .map((w) => String(w.warehouseId));

/** A unit Ozon has on sale. */
export interface LiveUnit {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
}

/**
 * A sample store of `products` whose valid units are on sale at the emulator process behind `ozon`, with `warehouses`
 * mapped in the stock settings; no stock was sent yet. The store is set up as after a first export (mapping,
 * analysis, sent hashes: bench-store.ts); the cards are then put on sale through the emulator's control API and
 * product_state records their SKU, as the moderation follow-up does when Ozon says `price_sent`. A real first export
 * would take a minute per 1,000 units at speed 1 (Ozon's import item limit), and it is not what these benches
 * measure: sync-products.ts does.
 */
export async function prepareLiveStore(
  store: StoreDb,
  databaseUrl: string,
  options: { products: number; ozon: OzonAccount; warehouses: readonly string[] },
): Promise<LiveUnit[]> {
  await prepareBenchStore(store, databaseUrl, {
    products: options.products,
    ozon: options.ozon,
    storeUrl: STORE_URL,
  });
  const states = `\`${store.prefix}${OWN_TABLE_INFIX}product_state\``;
  const [rows] = await store.pool.query<Array<LiveUnit & RowDataPacket>>(
    `SELECT product_id AS productId, variant_key AS variantKey, offer_id AS offerId FROM ${states}
     WHERE state = 'live' ORDER BY product_id, variant_key`,
  );
  const units: LiveUnit[] = rows.map((r) => ({
    productId: r.productId,
    variantKey: r.variantKey,
    offerId: r.offerId,
  }));
  const seeded = await seedOnSale(
    options.ozon.apiUrl,
    units.map((u) => u.offerId),
  );
  const cards = new Map(seeded.map((c) => [c.offerId, c]));
  const now = new Date();
  for (let start = 0; start < units.length; start += 1_000) {
    const values = units.slice(start, start + 1_000).map((u) => {
      const card = cards.get(u.offerId);
      if (!card) {
        throw new Error(`the emulator did not create the card of ${u.offerId}`);
      }
      return [u.productId, u.variantKey, String(card.productId), String(card.sku)];
    });
    // One statement per thousand units: the row is there (the analysis wrote it), only Ozon's side is filled in.
    await store.pool.query(
      `INSERT INTO ${states} (product_id, variant_key, ozon_product_id, ozon_sku, state, updated_at) VALUES ?
       ON DUPLICATE KEY UPDATE ozon_product_id = VALUES(ozon_product_id), ozon_sku = VALUES(ozon_sku),
         ozon_status = 'price_sent', live_at = ?, updated_at = ?`,
      [values.map((v) => [...v, 'live', now]), now, now],
    );
  }
  await saveOfferSettings(
    store,
    { stock: { warehouses: options.warehouses.map((warehouseId) => ({ warehouseId })) } },
    now,
  );
  return units;
}
