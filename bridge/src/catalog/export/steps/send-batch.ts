import {
  OzonError,
  OzonOutcomeUnknownError,
  OzonQuotaError,
  OzonResponseShapeError,
} from '../../../ozon/client';
import type { ImportItem } from '../../../ozon/schemas/import';
import { exceedsGuardrail } from '../../../pricing/guardrail';
import { priceBaselines } from '../../../unit-state/price-baselines';
import { updateUnits } from '../../../unit-state/state-rows';
import type { UnitPayload } from '../payload/build-item';
import {
  type ImportedUnit,
  markInFlight,
  recordRefused,
  recordRejected,
  recordSending,
  recordSent,
  recordUnknown,
  settleImport,
} from '../state/import-log';
import { preflight } from '../validation/problem';
import { type ExportDeps, nowOf } from './deps';

/** A unit ready to go: its payload has an item and a hash. */
export interface SendableUnit {
  readonly unit: UnitPayload & { item: ImportItem; hash: string };
  readonly action: 'create' | 'update';
}

function importedUnit(s: SendableUnit): ImportedUnit {
  return {
    offerId: s.unit.offerId,
    productId: s.unit.productId,
    variantKey: s.unit.variantKey,
    hash: s.unit.hash,
  };
}

/**
 * The items as sent. A card Ozon already has takes the price in its import too, so an update must not carry a
 * price change the guardrail would hold (a typo would go out with a description edit): such a card is sent with
 * the price Ozon holds, and the offers wing holds the change for the merchant. The hash stays the one of the
 * store's content, so the card is not sent again for it.
 */
async function guardedItems(deps: ExportDeps, batch: readonly SendableUnit[]): Promise<ImportItem[]> {
  const updates = batch.filter((s) => s.action === 'update').map((s) => s.unit);
  const baselines = await priceBaselines(deps.store, updates);
  let kept = 0;
  const items = batch.map((s) => {
    const baseline = baselines.get(`${s.unit.productId}\u0000${s.unit.variantKey}`);
    const price = s.unit.item.price;
    if (
      s.action !== 'update' ||
      !baseline?.price ||
      baseline.approved === price ||
      !exceedsGuardrail(baseline.price, price, deps.guardrailPercent)
    ) {
      return s.unit.item;
    }
    kept += 1;
    return { ...s.unit.item, price: baseline.price, old_price: baseline.oldPrice ?? '0' };
  });
  if (kept > 0) {
    await deps.log({
      level: 'warning',
      message: `${kept} card update(s) sent with the price Ozon holds: their new price is beyond the ${deps.guardrailPercent} % guardrail and waits for approval in Stock & prices`,
    });
  }
  return items;
}

/** What became of one batch. */
export type BatchResult = 'sent' | 'unknown' | 'refused' | 'rejected' | 'quota';

/** What became of an import's answer, in a few words: what the merchant reads at the end of the run. */
function lossCause(error: OzonError): string {
  if (error instanceof OzonResponseShapeError) {
    return error.message;
  }
  if (error.status === 0) {
    return error.ozonMessage ?? 'no answer';
  }
  return `HTTP ${error.status}${error.ozonMessage ? `: ${error.ozonMessage}` : ''}`;
}

/**
 * Sends one batch as one /v3/product/import task with its write-ahead record: the record with its offers is
 * written first, the request sent, and Ozon's answer recorded right after.
 */
export async function sendBatch(deps: ExportDeps, batch: readonly SendableUnit[]): Promise<BatchResult> {
  const carried = batch.map(importedUnit);
  const importId = await recordSending(deps.store, deps.jobId, carried, nowOf(deps));
  markInFlight(deps.store, importId, true);
  try {
    const items = await guardedItems(deps, batch);
    // Not given the run's signal on purpose: an import aborted mid-request has an unknown outcome.
    const task = await deps.ozon.products.import(items);
    await recordSent(deps.store, importId, task.taskId, carried, nowOf(deps));
    await deps.log({
      level: 'info',
      message: `import task ${task.taskId} sent with ${batch.length} products`,
      entity: 'import-task',
      entityId: task.taskId,
    });
    return 'sent';
  } catch (error) {
    // A 200 we cannot read named a task we cannot see: as unknown as no answer at all.
    if (error instanceof OzonOutcomeUnknownError || error instanceof OzonResponseShapeError) {
      await recordUnknown(deps.store, importId, lossCause(error), nowOf(deps));
      await deps.log({
        level: 'warning',
        message: `${error.message}; its ${batch.length} products are looked for on Ozon and sent again only once Ozon shows it never took them; the export goes on`,
        entity: 'import-record',
        entityId: String(importId),
      });
      return 'unknown';
    }
    if (error instanceof OzonQuotaError) {
      await settleImport(deps.store, importId, 'requeued', nowOf(deps));
      await updateUnits(deps.store, carried, {
        importId: null,
        problems: [
          preflight('ozon_quota_used_up', 'ozon', `${error.message}; sent by the next export`, 'none'),
        ],
        updatedAt: nowOf(deps),
      });
      await deps.log({ level: 'warning', message: error.message });
      return 'quota';
    }
    if (error instanceof OzonError && error.refused) {
      const note = preflight(
        'ozon_unavailable',
        'ozon',
        `Ozon turned the import away before taking it (${error.ozonMessage ?? error.reason}); sent again later`,
        'none',
      );
      await recordRefused(deps.store, importId, note, nowOf(deps));
      await deps.log({ level: 'warning', message: `import of ${batch.length} products: ${error.message}` });
      return 'refused';
    }
    if (error instanceof OzonError) {
      const problem = preflight(
        'ozon_request_refused',
        'ozon',
        `Ozon refused the import: ${error.ozonMessage ?? error.message}`,
      );
      await recordRejected(deps.store, importId, { ...problem, origin: 'ozon' }, nowOf(deps));
      await deps.log({
        level: 'error',
        message: `import of ${batch.length} products refused: ${error.message}`,
      });
      return 'rejected';
    }
    throw error;
  } finally {
    markInFlight(deps.store, importId, false);
  }
}
