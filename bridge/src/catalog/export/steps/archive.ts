import { OzonError } from '../../../ozon/client';
import { updateUnits } from '../../../unit-state/state-rows';
import type { UnitState } from '../plan/decide';
import { preflight } from '../validation/problem';
import { type ExportDeps, nowOf } from './deps';

async function warehouseIds(deps: ExportDeps): Promise<string[]> {
  if (deps.warehouseId !== null) {
    return [deps.warehouseId];
  }
  const warehouses = await deps.ozon.warehouses.list({ signal: deps.signal });
  return warehouses.map((w) => w.warehouse_id);
}

/** Ozon product ids of the rows, looked up by offer_id for units whose id was never recorded. */
async function ozonIds(deps: ExportDeps, rows: readonly UnitState[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const missing: string[] = [];
  for (const row of rows) {
    if (row.ozonProductId) {
      ids.set(row.offerId, row.ozonProductId);
    } else {
      missing.push(row.offerId);
    }
  }
  if (missing.length > 0) {
    for (const card of await deps.ozon.products.infoList({ offerIds: missing }, { signal: deps.signal })) {
      ids.set(card.offer_id, card.id);
    }
  }
  return ids;
}

/**
 * Takes units off sale on Ozon: their stock is set to 0 in every warehouse first (/v2/products/stocks; Ozon asks
 * for it, and a card archived with stock keeps selling what is left), then the cards are archived
 * (/v1/product/archive). Units Ozon never created are only marked.
 */
export async function archiveUnits(deps: ExportDeps, rows: readonly UnitState[]): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  try {
    const ids = await ozonIds(deps, rows);
    const known = rows.filter((r) => ids.has(r.offerId));
    if (known.length > 0) {
      const pairs = (await warehouseIds(deps)).flatMap((warehouse_id) =>
        known.map((r) => ({ offer_id: r.offerId, stock: 0, warehouse_id })),
      );
      if (pairs.length > 0) {
        // Cards still in moderation cannot hold stock and refuse the update (PRICE_IS_NOT_SENT): they have none.
        await deps.ozon.stocks.update(pairs, { signal: deps.signal });
      }
      await deps.ozon.products.archive(
        known.flatMap((r) => {
          const id = ids.get(r.offerId);
          return id === undefined ? [] : [id];
        }),
        { signal: deps.signal },
      );
    }
    await updateUnits(deps.store, rows, {
      state: 'archived',
      archived: true,
      stock: 0,
      updatedAt: nowOf(deps),
    });
    await deps.log({
      level: 'info',
      message: `${known.length} products archived on Ozon (stock zeroed first)`,
    });
    return known.length;
  } catch (error) {
    if (!(error instanceof OzonError)) {
      throw error;
    }
    await updateUnits(deps.store, rows, {
      problems: [
        preflight(
          'archive_failed',
          'ozon',
          `Archiving on Ozon failed: ${error.message}; retried by the next export`,
          'none',
        ),
      ],
      updatedAt: nowOf(deps),
    });
    await deps.log({ level: 'error', message: `archiving ${rows.length} products failed: ${error.message}` });
    return 0;
  }
}

/** Brings archived units back (/v1/product/unarchive); they go on sale again once stock is set. */
export async function unarchiveUnits(deps: ExportDeps, rows: readonly UnitState[]): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  try {
    const ids = await ozonIds(deps, rows);
    const productIds = [...new Set(ids.values())];
    if (productIds.length > 0) {
      await deps.ozon.products.unarchive(productIds, { signal: deps.signal });
    }
    await updateUnits(deps.store, rows, {
      state: 'moderation',
      archived: false,
      problems: null,
      updatedAt: nowOf(deps),
    });
    return productIds.length;
  } catch (error) {
    if (!(error instanceof OzonError)) {
      throw error;
    }
    await updateUnits(deps.store, rows, {
      problems: [
        preflight(
          'unarchive_failed',
          'ozon',
          `Restoring from the archive on Ozon failed: ${error.message}`,
          'none',
        ),
      ],
      updatedAt: nowOf(deps),
    });
    return 0;
  }
}
