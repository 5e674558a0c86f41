import { and, eq } from 'drizzle-orm';
import { OzonError } from '../../../ozon/client';
import {
  type ImportTaskRow,
  importUnits,
  isInFlight,
  paceBefore,
  processedAfter,
  settleImport,
  touchImport,
  unresolvedImports,
} from '../state/import-log';
import { type ExportDeps, nowOf } from './deps';

/**
 * How much earlier than our record a card's update time may be and still count as our import. None: Ozon changes
 * a card only when it processes the task, seconds after it was created, which covers the second or two by which
 * the clocks may differ; a tolerance would instead take the previous import of the same card for this one.
 */
const CLOCK_SKEW_MS = 0;

/**
 * With no later import processed yet, an import whose products have not shown up is taken for lost once it has
 * waited this many times as long as Ozon took for the imports sent just before it (see `paceBefore`).
 */
const PACE_FACTOR = 3;

export interface RecheckOutcome {
  /** Imports whose outcome is still unknown (Ozon may still hold them, or did not answer). */
  readonly stillUnknown: number;
  readonly landed: number;
  /** Products whose units did not land and are queued to be sent again. */
  readonly requeuedProductIds: readonly number[];
}

/** A request under way in this process, or written by another job that is still running: not ours to judge. */
async function underWay(deps: ExportDeps, row: ImportTaskRow): Promise<boolean> {
  if (row.state !== 'sending') {
    return false;
  }
  if (isInFlight(deps.store, row.id)) {
    return true;
  }
  if (row.jobId === null || row.jobId === deps.jobId) {
    return false;
  }
  const jobs = deps.store.own.jobs;
  const running = await deps.store.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, row.jobId), eq(jobs.state, 'running')))
    .limit(1);
  return running.length > 0;
}

/**
 * How Ozon has shown that it never took `row` (beyond the products already found), or undefined: it processed an
 * import accepted after it, or it has been silent about `row` for far longer than it took to process the imports
 * sent just before. Only what Ozon said counts: with neither (no later import, no earlier one of known pace), the
 * import keeps waiting, however long; sending it again while Ozon may hold it would import its products twice.
 */
async function ozonPassedIt(deps: ExportDeps, row: ImportTaskRow): Promise<string | undefined> {
  if (await processedAfter(deps.store, row)) {
    return 'Ozon has processed an import sent after it';
  }
  const pace = await paceBefore(deps.store, row);
  const silent = deps.clock.now() - (row.sentAt ?? row.createdAt).getTime();
  return pace !== undefined && silent >= PACE_FACTOR * pace + deps.timing.pollIntervalMs
    ? `Ozon has been silent about it for ${Math.round(silent / 1000)} s, over ${PACE_FACTOR} times as long as it took for the imports before`
    : undefined;
}

/**
 * Settles imports whose outcome is unknown: written before a crash, or sent without an answer. Their offers are
 * looked up on Ozon (/v3/product/info/list): a card created or updated after the import was written means it
 * landed (its hash is what Ozon has; no resend). Products that have not shown up are queued to be sent again only
 * once Ozon has shown it never took them (`ozonPassedIt`, asked before the cards are read, so that a task it had
 * taken would already show); until then the import stays open and is asked about again on the next pass.
 */
export async function recheckUnresolved(deps: ExportDeps): Promise<RecheckOutcome> {
  let stillUnknown = 0;
  let landed = 0;
  const requeued = new Set<number>();
  const t = deps.store.own.productState;
  for (const row of await unresolvedImports(deps.store)) {
    if (await underWay(deps, row)) {
      stillUnknown += 1;
      continue;
    }
    const units = importUnits(row);
    const passed = await ozonPassedIt(deps, row);
    let cards: Awaited<ReturnType<ExportDeps['ozon']['products']['infoList']>>;
    try {
      cards = await deps.ozon.products.infoList(
        { offerIds: units.map((u) => u.offerId) },
        { signal: deps.signal },
      );
    } catch (error) {
      if (error instanceof OzonError) {
        stillUnknown += 1;
        continue;
      }
      throw error;
    }
    const byOffer = new Map(cards.map((c) => [c.offer_id, c]));
    const since = row.createdAt.getTime() - CLOCK_SKEW_MS;
    const arrived = units.filter((u) => {
      const card = byOffer.get(u.offerId);
      const changed = Date.parse(card?.updated_at || card?.created_at || '');
      return card !== undefined && Number.isFinite(changed) && changed >= since;
    });
    const now = nowOf(deps);
    if (arrived.length < units.length && passed === undefined) {
      stillUnknown += 1;
      await touchImport(deps.store, row.id, now);
      continue;
    }
    const arrivedKeys = new Set(arrived.map((u) => u.offerId));
    await deps.store.db.transaction(async (tx) => {
      for (const unit of units) {
        const where = and(
          eq(t.productId, unit.productId),
          eq(t.variantKey, unit.variantKey),
          eq(t.importId, row.id),
        );
        if (arrivedKeys.has(unit.offerId)) {
          await tx
            .update(t)
            .set({
              state: 'moderation',
              sentHash: unit.hash,
              ozonProductId: byOffer.get(unit.offerId)?.id ?? null,
              sentAt: row.createdAt,
              problems: null,
              updatedAt: now,
            })
            .where(where);
        } else {
          requeued.add(unit.productId);
          await tx.update(t).set({ state: 'queued', importId: null, updatedAt: now }).where(where);
        }
      }
    });
    landed += arrived.length;
    await settleImport(deps.store, row.id, arrived.length === units.length ? 'done' : 'requeued', now);
    await deps.log({
      level: arrived.length === units.length ? 'info' : 'warning',
      message: `import #${row.id} with unknown outcome re-checked on Ozon: ${arrived.length} of ${units.length} products arrived${arrived.length < units.length ? `; ${passed}, so the rest never reached it and are sent again` : ''}`,
      entity: 'import-record',
      entityId: String(row.id),
    });
  }
  return { stillUnknown, landed, requeuedProductIds: [...requeued] };
}
