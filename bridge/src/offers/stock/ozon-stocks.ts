import { and, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OfferDeps } from '../shared/offer-deps';
import { fromInsert } from '../shared/upsert';
import { PAIR_INTERVAL_MS } from './pair-due';
import type { StockUnit } from './stock-sources';

/** What Ozon reports for one (offer, warehouse): present, and reserved by Ozon orders. */
export interface OzonStock {
  readonly productId: number;
  readonly variantKey: string;
  readonly warehouseId: string;
  readonly offerId: string;
  readonly present: number;
  readonly reserved: number;
}

/** Reads what Ozon holds of these offers at every FBS/rFBS warehouse (`/v2/product/info/stocks-by-warehouse/fbs`). */
export async function readOzonStocks(deps: OfferDeps, units: readonly StockUnit[]): Promise<OzonStock[]> {
  if (units.length === 0) {
    return [];
  }
  const byOffer = new Map(units.map((u) => [u.offerId, u]));
  const out: OzonStock[] = [];
  for await (const page of deps.ozon.stocks.byWarehousePages(
    { offerIds: [...byOffer.keys()] },
    { signal: deps.signal },
  )) {
    for (const row of page.items) {
      const unit = byOffer.get(row.offer_id);
      if (unit) {
        out.push({
          productId: unit.productId,
          variantKey: unit.variantKey,
          warehouseId: row.warehouse_id,
          offerId: unit.offerId,
          present: row.present,
          reserved: row.reserved,
        });
      }
    }
  }
  return out;
}

/**
 * Records what Ozon reports, read at `at`. A warehouse Ozon stocks that the rules do not name gets a pair with 0, so
 * that its stock is taken off.
 */
export async function recordOzonStocks(
  store: StoreDb,
  stocks: readonly OzonStock[],
  at: Date,
): Promise<void> {
  const t = store.own.offerStocks;
  if (stocks.length > 0) {
    await store.db
      .insert(t)
      .values(
        stocks.map((s) => ({
          productId: s.productId,
          variantKey: s.variantKey,
          warehouseId: s.warehouseId,
          offerId: s.offerId,
          wanted: 0,
          reason: 'Ozon holds stock at a warehouse the rules do not name',
          ozonPresent: s.present,
          ozonReserved: s.reserved,
          ozonReadAt: at,
          updatedAt: at,
        })),
      )
      .onDuplicateKeyUpdate({
        set: {
          ozonPresent: fromInsert(t.ozonPresent),
          ozonReserved: fromInsert(t.ozonReserved),
          ozonReadAt: fromInsert(t.ozonReadAt),
        },
      });
  }
}

/**
 * Makes due every pair of these units where Ozon's free stock (present less reserved, which is what we send), as
 * read at `at`, is not what the store says, or where Ozon reported nothing while the store has stock: edits in
 * Ozon's own pages, another tool, a lost update. Answers how many pairs differ.
 */
export async function markOzonDifferences(
  store: StoreDb,
  units: readonly StockUnit[],
  at: Date,
): Promise<number> {
  if (units.length === 0) {
    return 0;
  }
  const t = store.own.offerStocks;
  const ofUnits = inArray(t.productId, [...new Set(units.map((u) => u.productId))]);
  const free = sql`(${t.ozonPresent} - ${t.ozonReserved})`;
  const differs = or(
    and(eq(t.ozonReadAt, at), sql`${free} <> ${t.wanted}`),
    and(or(isNull(t.ozonReadAt), ne(t.ozonReadAt, at)), sql`${t.wanted} > 0`),
  ) as SQL;
  const [result] = await store.db
    .update(t)
    .set({
      dueAt: sql`GREATEST(${at}, COALESCE(${t.acceptedAt} + INTERVAL ${PAIR_INTERVAL_MS * 1000} MICROSECOND, ${at}))`,
      reason: sql`IF(${t.ozonReadAt} = ${at}, CONCAT('Ozon reports ', ${free}, ', the store says ', ${t.wanted}), CONCAT('Ozon reports no stock, the store says ', ${t.wanted}))`,
      attempts: 0,
    })
    .where(and(ofUnits, isNull(t.dueAt), differs));
  return result.affectedRows;
}
