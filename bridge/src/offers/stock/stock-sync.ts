import type { RowDataPacket } from 'mysql2/promise';
import type { z } from 'zod';
import type { StockSettings } from '../../contract/offers';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { countOfferUnits } from '../shared/count-units';
import { nextDue } from '../shared/next-due';
import type { OfferDeps } from '../shared/offer-deps';
import { NO_COUNTS, syncCountsSchema } from '../shared/sync-counts';
import { markOzonDifferences, readOzonStocks, recordOzonStocks } from './ozon-stocks';
import { pushStockRound } from './push-stocks';
import { readStockUnits } from './stock-sources';
import { updateWantedStocks } from './wanted-stocks';

/** Units compared at a time: one read of Ozon's stock per 1,000 offers. */
const PAGE = 1000;

export const stockSyncCheckpointSchema = syncCountsSchema;
export type StockSyncCheckpoint = z.infer<typeof stockSyncCheckpointSchema>;

export interface StockSyncControl {
  readonly dryRun: boolean;
  readonly checkpoint: StockSyncCheckpoint | undefined;
  saveCheckpoint(checkpoint: StockSyncCheckpoint): Promise<void>;
  progress(done: number, total: number, note: string): Promise<void>;
}

/** Pairs still due, and of them those whose offer Ozon has not put on sale. */
async function waiting(deps: OfferDeps): Promise<{ due: number; notOnSale: number; errors: number }> {
  const own = (name: string): string => `\`${deps.store.prefix}${OWN_TABLE_INFIX}${name}\``;
  const [[row]] = await deps.store.pool.query<
    Array<{ due: number; notOnSale: number; errors: number } & RowDataPacket>
  >(
    `SELECT SUM(o.due_at IS NOT NULL) AS due,
            SUM(o.due_at IS NOT NULL AND (s.ozon_sku IS NULL OR s.archived = 1)) AS notOnSale,
            SUM(o.due_at IS NULL AND o.error_code IS NOT NULL) AS errors
     FROM ${own('offer_stocks')} o
     JOIN ${own('product_state')} s ON s.product_id = o.product_id AND s.variant_key = o.variant_key`,
  );
  return {
    due: Number(row?.due ?? 0),
    notOnSale: Number(row?.notOnSale ?? 0),
    errors: Number(row?.errors ?? 0),
  };
}

/**
 * Reconciles stock on Ozon with the store: for every offer, what the store says now (the rules applied), what Ozon
 * last accepted and what Ozon reports per warehouse; sends only the differences, as soon as Ozon takes them, while
 * the next pages are compared. A dry run compares and sends nothing. Ends when every difference is sent and
 * answered, except those of offers Ozon has not put on sale, which the summary names.
 */
export async function syncStocks(
  deps: OfferDeps,
  settings: StockSettings,
  control: StockSyncControl,
): Promise<string> {
  if (settings.warehouses.length === 0) {
    await deps.log({
      level: 'warning',
      entity: 'stock',
      message: 'no Ozon warehouse is mapped: no stock is sent',
    });
    return 'no Ozon warehouse is mapped (Stock & prices): nothing sent';
  }
  const now = (): number => deps.clock.now();
  const total = await countOfferUnits(deps.store);
  const state: StockSyncCheckpoint = control.checkpoint ?? { ...NO_COUNTS };
  const push = async (): Promise<void> => {
    for (;;) {
      const round = await pushStockRound(deps, settings);
      state.sent += round.sent;
      state.accepted += round.accepted;
      state.refused += round.refused;
      if (round.sent === 0 || deps.signal?.aborted) {
        return;
      }
    }
  };
  for (;;) {
    if (deps.signal?.aborted) {
      return 'stopped';
    }
    const units = await readStockUnits(deps.store, { afterProductId: state.afterProductId, limit: PAGE });
    const last = units.at(-1);
    if (!last) {
      break;
    }
    const ozon = await readOzonStocks(deps, units);
    if (control.dryRun) {
      const changes = await updateWantedStocks(deps.store, units, settings, 'reconciliation', now(), {
        dryRun: true,
      });
      const wanted = new Map(changes.map((c) => [`${c.offerId}\u0000${c.warehouseId}`, c.to]));
      state.differed +=
        changes.length +
        ozon.filter((o) => {
          const want = wanted.get(`${o.offerId}\u0000${o.warehouseId}`);
          return want !== undefined && want !== o.present - o.reserved;
        }).length;
    } else {
      const readAt = new Date(now());
      await recordOzonStocks(deps.store, ozon, readAt);
      // Units re-read: the reserve Ozon just reported is part of what the store can still offer.
      const fresh = await readStockUnits(deps.store, {
        productIds: [...new Set(units.map((u) => u.productId))],
      });
      const changes = await updateWantedStocks(deps.store, fresh, settings, 'reconciliation', now());
      const differs = await markOzonDifferences(deps.store, fresh, readAt);
      state.differed += changes.length + differs;
      await push();
    }
    state.afterProductId = last.productId;
    state.compared += units.length;
    await control.saveCheckpoint({ ...state });
    await control.progress(state.compared, total, control.dryRun ? 'compare' : 'compare and send');
  }
  if (control.dryRun) {
    return `${state.compared} offers compared: ${state.differed} stock values would be sent (dry run, nothing sent)`;
  }
  // What waits for Ozon's 30 seconds goes now, as Ozon allows.
  for (;;) {
    await push();
    const next = await nextDue(deps.store, 'offer_stocks');
    if (next === undefined || deps.signal?.aborted) {
      break;
    }
    await control.progress(state.compared, total, 'waiting for Ozon to take the next updates');
    await deps.clock.sleep(Math.max(50, next - now()), deps.signal);
  }
  const left = await waiting(deps);
  const parts = [
    `${state.compared} offers compared`,
    `${state.differed} stock values differed`,
    `${state.sent} sent`,
    `${state.accepted} accepted`,
    state.refused > 0 ? `${state.refused} refused` : undefined,
    left.notOnSale > 0
      ? `${left.notOnSale} wait until Ozon puts their offer on sale (price_sent)`
      : undefined,
    left.errors > 0 ? `${left.errors} refused by Ozon, waiting for a fix (see Stock & prices)` : undefined,
  ];
  const summary = parts.filter((p) => p !== undefined).join(', ');
  await deps.log({
    level: left.errors > 0 ? 'warning' : 'info',
    entity: 'stock',
    message: `stock reconciliation: ${summary}`,
  });
  return summary;
}
