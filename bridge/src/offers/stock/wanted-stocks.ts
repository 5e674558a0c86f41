import { inArray } from 'drizzle-orm';
import type { StockSettings } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { fromInsert } from '../shared/upsert';
import { dueAt } from './pair-due';
import { pairsWhere } from './pair-rows';
import { offeredQuantity, perWarehouse, warehousesFor } from './stock-rule';
import type { StockUnit } from './stock-sources';

type StockRow = StoreDb['own']['offerStocks']['$inferSelect'];

const key = (productId: number, variantKey: string, warehouseId: string): string =>
  `${productId}\u0000${variantKey}\u0000${warehouseId}`;

export interface WantedChange {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly warehouseId: string;
  readonly from: number | null;
  readonly to: number;
}

/**
 * Sets what each (offer, warehouse) pair of these units should offer on Ozon by the rules, and when it is due.
 * Writes only pairs whose value changed; a warehouse no longer mapped gets 0 (stock left there would be sold), and
 * its pair is dropped once Ozon holds 0 there. Returns the changes, for the log and the dry run.
 */
export async function updateWantedStocks(
  store: StoreDb,
  units: readonly StockUnit[],
  settings: StockSettings,
  reason: string,
  now: number,
  options: { readonly dryRun?: boolean } = {},
): Promise<WantedChange[]> {
  if (units.length === 0) {
    return [];
  }
  const t = store.own.offerStocks;
  const productIds = [...new Set(units.map((u) => u.productId))];
  const existing = await store.db.select().from(t).where(inArray(t.productId, productIds));
  const stored = new Map(existing.map((r) => [key(r.productId, r.variantKey, r.warehouseId), r]));
  const writes: StockRow[] = [];
  const drop: StockRow[] = [];
  const changes: WantedChange[] = [];
  const at = new Date(now);
  const unitKeys = new Set(units.map((u) => `${u.productId}\u0000${u.variantKey}`));
  for (const unit of units) {
    const quantities = perWarehouse(
      offeredQuantity(unit.source, settings),
      warehousesFor(settings, unit.bulky),
      settings.distribution,
    );
    for (const [warehouseId, wanted] of quantities) {
      const row = stored.get(key(unit.productId, unit.variantKey, warehouseId));
      stored.delete(key(unit.productId, unit.variantKey, warehouseId));
      if (row && row.wanted === wanted && row.offerId === unit.offerId) {
        continue;
      }
      const base = row ?? {
        productId: unit.productId,
        variantKey: unit.variantKey,
        warehouseId,
        sent: null,
        sentAt: null,
        accepted: null,
        acceptedAt: null,
        ozonPresent: null,
        ozonReserved: null,
        ozonReadAt: null,
        errorCode: null,
        errorMessage: null,
        attempts: 0,
      };
      const next = { ...base, offerId: unit.offerId, wanted, reason };
      writes.push({ ...next, dueAt: dueAt(next, now), attempts: 0, updatedAt: at });
      changes.push({
        productId: unit.productId,
        variantKey: unit.variantKey,
        offerId: unit.offerId,
        warehouseId,
        from: row?.wanted ?? null,
        to: wanted,
      });
    }
  }
  // Pairs of these units at warehouses the rules no longer name.
  for (const row of stored.values()) {
    if (!unitKeys.has(`${row.productId}\u0000${row.variantKey}`)) {
      continue;
    }
    // Dropped once Ozon holds nothing there: it never took a value, or took 0, and reports no stock.
    const ozonFree = (row.ozonPresent ?? 0) - (row.ozonReserved ?? 0);
    if ((row.accepted ?? 0) === 0 && ozonFree <= 0) {
      drop.push(row);
    } else if (row.wanted !== 0) {
      const next = { ...row, wanted: 0, reason: 'warehouse no longer mapped' };
      writes.push({ ...next, dueAt: dueAt(next, now), attempts: 0, updatedAt: at });
      changes.push({
        productId: row.productId,
        variantKey: row.variantKey,
        offerId: row.offerId,
        warehouseId: row.warehouseId,
        from: row.wanted,
        to: 0,
      });
    }
  }
  if (options.dryRun) {
    return changes;
  }
  for (let i = 0; i < writes.length; i += 500) {
    const batch = writes.slice(i, i + 500);
    await store.db
      .insert(t)
      .values(batch)
      .onDuplicateKeyUpdate({
        set: {
          offerId: fromInsert(t.offerId),
          wanted: fromInsert(t.wanted),
          reason: fromInsert(t.reason),
          dueAt: fromInsert(t.dueAt),
          attempts: fromInsert(t.attempts),
          updatedAt: fromInsert(t.updatedAt),
        },
      });
  }
  if (drop.length > 0) {
    await store.db.delete(t).where(pairsWhere(store, drop));
  }
  return changes;
}
