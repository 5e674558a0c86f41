import {
  OzonError,
  OzonOutcomeUnknownError,
  OzonQuotaError,
  OzonResponseShapeError,
} from '../../../ozon/client';
import { chunk, OZON_BATCH_MAX } from '../../../ozon/limits';
import type { ImportItem } from '../../../ozon/schemas/import';
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
  /** True when sending had to stop (quota used up, or Ozon kept turning imports away): later pages skip it. */
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

/** Rounds in which batches Ozon turned away are offered again before the run gives up on sending. */
const REFUSED_ROUNDS = 3;

/** Pause before the first repeat round; doubled for each next one (an open circuit lasts a few minutes). */
const REFUSED_PAUSE_MS = 60_000;

type BatchResult = 'sent' | 'unknown' | 'refused' | 'rejected' | 'quota';

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
async function sendBatch(deps: ExportDeps, batch: readonly SendableUnit[]): Promise<BatchResult> {
  const carried = batch.map(importedUnit);
  const importId = await recordSending(deps.store, deps.jobId, carried, nowOf(deps));
  markInFlight(deps.store, importId, true);
  try {
    // Not given the run's signal on purpose: an import aborted mid-request has an unknown outcome.
    const task = await deps.ozon.products.import(batch.map((s) => s.unit.item));
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

/**
 * Sends units as /v3/product/import tasks of at most 100 (see `sendBatch`). A batch whose answer was lost does not
 * stop the others: its record stays open and the follow-up settles it from what Ozon shows. Batches Ozon turned
 * away before taking them are offered again after a pause, a few rounds; only when Ozon keeps doing so, or
 * today's quota is used up, does sending stop for the run. Stops between batches when the run is asked to stop
 * (never in the middle of a request, whose outcome would then be unknown).
 */
export async function sendImports(
  deps: ExportDeps,
  units: readonly SendableUnit[],
  quota: QuotaLeft,
): Promise<SendOutcome> {
  const allowed = await withinQuota(deps, units, quota);
  const heldByQuota = units.length - allowed.length;
  let batches = 0;
  let itemsSent = 0;
  let waiting = chunk(allowed, OZON_BATCH_MAX.productImport);
  for (let round = 1; waiting.length > 0; round += 1) {
    const refused: SendableUnit[][] = [];
    for (const [index, batch] of waiting.entries()) {
      if (deps.signal.aborted) {
        return { batches, itemsSent, overQuota: heldByQuota, halted: false };
      }
      const result = await sendBatch(deps, batch);
      if (result === 'sent') {
        batches += 1;
        itemsSent += batch.length;
      } else if (result === 'refused') {
        refused.push(batch);
      } else if (result === 'quota') {
        const unsent = waiting.slice(index).reduce((n, b) => n + b.length, 0);
        return { batches, itemsSent, overQuota: heldByQuota + unsent, halted: true };
      }
    }
    if (refused.length > 0 && round === REFUSED_ROUNDS) {
      await deps.log({
        level: 'warning',
        message: `Ozon kept turning imports away; ${refused.flat().length} products and the rest of this run are sent by the next export`,
      });
      return { batches, itemsSent, overQuota: heldByQuota, halted: true };
    }
    if (refused.length > 0) {
      try {
        await deps.clock.sleep(REFUSED_PAUSE_MS * 2 ** (round - 1), deps.signal);
      } catch {
        return { batches, itemsSent, overQuota: heldByQuota, halted: false };
      }
    }
    waiting = refused;
  }
  return { batches, itemsSent, overQuota: heldByQuota, halted: false };
}
