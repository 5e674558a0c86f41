import { and, eq } from 'drizzle-orm';
import { OzonError } from '../../../ozon/client';
import { importUnits, settleImport, touchImport, unresolvedImports } from '../state/import-log';
import { type ExportDeps, nowOf } from './deps';

/**
 * How much earlier than our record a card's update time may be and still count as our import. None: Ozon changes
 * a card only when it processes the task, seconds after it was created, which covers the second or two by which
 * the clocks may differ; a tolerance would instead take the previous import of the same card for this one.
 */
const CLOCK_SKEW_MS = 0;

export interface RecheckOutcome {
  /** Imports whose outcome is still unknown (within the grace time, or Ozon did not answer). */
  readonly stillUnknown: number;
  readonly landed: number;
  /** Products whose units did not land and are queued to be sent again. */
  readonly requeuedProductIds: readonly number[];
}

/**
 * Settles imports whose outcome is unknown: written before a crash, or sent without an answer. Their offers are
 * looked up on Ozon (/v3/product/info/list): a card created or updated after the import was written means it
 * landed (its hash is what Ozon has; no resend). Offers still absent once `recheckGraceMs` has passed are queued
 * to be sent again; before that the import stays open, because Ozon creates cards only when it processes a task.
 */
export async function recheckUnresolved(deps: ExportDeps): Promise<RecheckOutcome> {
  let stillUnknown = 0;
  let landed = 0;
  const requeued = new Set<number>();
  const t = deps.store.own.productState;
  for (const row of await unresolvedImports(deps.store)) {
    const units = importUnits(row);
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
    const graceOver = deps.clock.now() - row.createdAt.getTime() >= deps.timing.recheckGraceMs;
    if (arrived.length < units.length && !graceOver) {
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
      message: `import #${row.id} with unknown outcome re-checked on Ozon: ${arrived.length} of ${units.length} products arrived${arrived.length < units.length ? '; the rest are sent again' : ''}`,
      entity: 'import-record',
      entityId: String(row.id),
    });
  }
  return { stillUnknown, landed, requeuedProductIds: [...requeued] };
}
