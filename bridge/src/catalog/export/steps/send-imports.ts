import { OzonError, OzonOutcomeUnknownError, OzonQuotaError } from '../../../ozon/client';
import { chunk, OZON_BATCH_MAX } from '../../../ozon/limits';
import type { ImportItem } from '../../../ozon/schemas/import';
import { updateUnits } from '../../../unit-state/state-rows';
import type { UnitPayload } from '../payload/build-item';
import {
  type ImportedUnit,
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

/** What is left of today's item quotas; Infinity when Ozon reports no limit. */
export interface QuotaLeft {
  create: number;
  update: number;
  resetAt: string;
}

export interface SendOutcome {
  readonly batches: number;
  readonly itemsSent: number;
  /** Units held back because today's quota is used up. */
  readonly overQuota: number;
  /** True when sending had to stop (quota exhausted for good, or Ozon stopped answering): later pages skip it. */
  readonly halted: boolean;
}

function importedUnit(s: SendableUnit): ImportedUnit {
  return {
    offerId: s.unit.offerId,
    productId: s.unit.productId,
    variantKey: s.unit.variantKey,
    hash: s.unit.hash,
  };
}

/** Keeps units within today's quota; the rest stay queued with a note saying when the quota resets. */
async function withinQuota(
  deps: ExportDeps,
  units: readonly SendableUnit[],
  quota: QuotaLeft,
): Promise<SendableUnit[]> {
  const kept: SendableUnit[] = [];
  const held: SendableUnit[] = [];
  for (const s of units) {
    if (quota[s.action] > 0) {
      quota[s.action] -= 1;
      kept.push(s);
    } else {
      held.push(s);
    }
  }
  if (held.length > 0) {
    const note = preflight(
      'ozon_quota_used_up',
      'ozon',
      `Ozon's daily product ${held[0]?.action ?? 'create'} quota is used up; the product is sent by the next export after ${quota.resetAt}`,
      'none',
    );
    await updateUnits(
      deps.store,
      held.map((s) => s.unit),
      { problems: [note], updatedAt: nowOf(deps) },
    );
  }
  return kept;
}

/**
 * Sends units as /v3/product/import tasks of at most 100, each with a write-ahead record: the record with its
 * offers is written first, the request sent, and Ozon's task id recorded right after. Stops between batches when
 * the run is asked to stop (never in the middle of a request, whose outcome would then be unknown).
 */
export async function sendImports(
  deps: ExportDeps,
  units: readonly SendableUnit[],
  quota: QuotaLeft,
): Promise<SendOutcome> {
  const allowed = await withinQuota(deps, units, quota);
  let batches = 0;
  let itemsSent = 0;
  for (const batch of chunk(allowed, OZON_BATCH_MAX.productImport)) {
    if (deps.signal.aborted) {
      break;
    }
    const carried = batch.map(importedUnit);
    const importId = await recordSending(deps.store, deps.jobId, carried, nowOf(deps));
    try {
      // Not given the run's signal on purpose: an import aborted mid-request has an unknown outcome.
      const task = await deps.ozon.products.import(batch.map((s) => s.unit.item));
      await recordSent(deps.store, importId, task.taskId, carried, nowOf(deps));
      batches += 1;
      itemsSent += batch.length;
      await deps.log({
        level: 'info',
        message: `import task ${task.taskId} sent with ${batch.length} products`,
        entity: 'import-task',
        entityId: task.taskId,
      });
    } catch (error) {
      if (error instanceof OzonOutcomeUnknownError) {
        await recordUnknown(deps.store, importId, error.message, nowOf(deps));
        await deps.log({
          level: 'warning',
          message: `${error.message}; its ${batch.length} products are re-checked on Ozon before any resend`,
        });
        return { batches, itemsSent, overQuota: units.length - allowed.length, halted: true };
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
        return { batches, itemsSent, overQuota: units.length - allowed.length + batch.length, halted: true };
      }
      if (error instanceof OzonError) {
        const problem = preflight(
          'ozon_request_refused',
          'ozon',
          `Ozon refused the import: ${error.ozonMessage ?? error.message}`,
        );
        await recordRejected(deps.store, importId, carried, { ...problem, origin: 'ozon' }, nowOf(deps));
        await deps.log({
          level: 'error',
          message: `import of ${batch.length} products refused: ${error.message}`,
        });
        continue;
      }
      throw error;
    }
  }
  return { batches, itemsSent, overQuota: units.length - allowed.length, halted: false };
}
