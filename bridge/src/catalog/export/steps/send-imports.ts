import { chunk, OZON_BATCH_MAX } from '../../../ozon/limits';
import { updateUnits } from '../../../unit-state/state-rows';
import { preflight } from '../validation/problem';
import { type ExportDeps, nowOf } from './deps';
import { type SendableUnit, sendBatch } from './send-batch';

export type { SendableUnit } from './send-batch';

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
