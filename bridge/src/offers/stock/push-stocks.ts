import { and, eq, sql } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import type { StockSettings } from '../../contract/offers';
import { withNamedLock } from '../../db/named-lock';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { OzonBatchError, OzonError } from '../../ozon/client';
import type { StockUpdateResult } from '../../ozon/client/methods/stocks';
import type { OfferDeps } from '../shared/offer-deps';
import { ON_SALE } from '../shared/offer-units';
import { PAIR_INTERVAL_MS } from './pair-due';
import { type PairRef, pairsWhere } from './pair-rows';
import { refreshStocksOf } from './refresh-stocks';
import { stockRefusal } from './stock-refusals';

/**
 * How long a round waits for another process's round: longer than one of Ozon's rate minutes, which a round may
 * spend waiting for its requests' turn while it holds the lock.
 */
const LOCK_WAIT_SECONDS = 90;

/** Pairs sent in one round: four requests of Ozon's 100, in flight together. */
export const STOCK_ROUND_PAIRS = 400;

/** How long a request that failed as a whole (Ozon down, the connection dropped) waits before it is tried again. */
const FAILED_REQUEST_RETRY_MS = 15_000;

export interface StockRound {
  /** Pairs sent in this round (0: nothing was due). */
  readonly sent: number;
  readonly accepted: number;
  readonly refused: number;
  /** Pairs whose request failed as a whole; they are due again shortly. */
  readonly unanswered: number;
  /** Products Ozon's refusals showed to be bulky or not, unlike the unit said: their pairs need working out again. */
  readonly bulkyLearned: readonly number[];
}

/** Refusals that tell whether Ozon takes the product for bulky (КГТ): it is, it is not. */
const BULKY_SAYS: Record<string, boolean> = { OVER_MAX_OVH_NON_KGT: true, NON_KGT_ON_KGT_WAREHOUSE: false };

type SentPair = PairRef & { offerId: string; sent: number; reason: string; attempts: number };

const pairKey = (offerId: string, warehouseId: string): string => `${offerId}\u0000${warehouseId}`;

/** Due pairs of offers Ozon has on sale (an SKU, not archived), the longest waiting first. */
async function duePairs(deps: OfferDeps, now: Date, limit: number): Promise<PairRef[]> {
  const own = (name: string): string => `\`${deps.store.prefix}${OWN_TABLE_INFIX}${name}\``;
  const [rows] = await deps.store.pool.query<Array<PairRef & RowDataPacket>>(
    `SELECT o.product_id AS productId, o.variant_key AS variantKey, o.warehouse_id AS warehouseId
     FROM ${own('offer_stocks')} o
     JOIN ${own('product_state')} s ON s.product_id = o.product_id AND s.variant_key = o.variant_key
     WHERE o.due_at <= ? AND ${ON_SALE}
     ORDER BY o.due_at LIMIT ?`,
    [now, limit],
  );
  return rows;
}

/**
 * Sends one round of due stock values: marks them sent (with a guard: a crash before the answer leaves them due
 * again 30 s later, when Ozon would take them anyway), sends them, and records Ozon's answer per pair. Under a
 * named lock, so that two processes on one store never send the same pair at once. Returns what happened.
 */
export async function pushStockRound(
  deps: OfferDeps,
  settings: StockSettings,
  limit = STOCK_ROUND_PAIRS,
): Promise<StockRound> {
  const lock = `${deps.store.prefix}meschain_ozon_offer_stock_push`;
  return withNamedLock(deps.store.pool, lock, LOCK_WAIT_SECONDS, async () => {
    const now = new Date(deps.clock.now());
    const due = await duePairs(deps, now, limit);
    if (due.length === 0) {
      return { sent: 0, accepted: 0, refused: 0, unanswered: 0, bulkyLearned: [] };
    }
    const t = deps.store.own.offerStocks;
    await deps.store.db
      .update(t)
      .set({ sent: sql`${t.wanted}`, sentAt: now, dueAt: new Date(now.getTime() + PAIR_INTERVAL_MS) })
      .where(pairsWhere(deps.store, due));
    const pairs: SentPair[] = (
      await deps.store.db
        .select({
          productId: t.productId,
          variantKey: t.variantKey,
          warehouseId: t.warehouseId,
          offerId: t.offerId,
          sent: t.sent,
          reason: t.reason,
          attempts: t.attempts,
        })
        .from(t)
        .where(pairsWhere(deps.store, due))
    ).map((p) => ({ ...p, sent: p.sent ?? 0 }));
    let results: readonly StockUpdateResult[] = [];
    try {
      const outcome = await deps.ozon.stocks.update(
        pairs.map((p) => ({ offer_id: p.offerId, stock: p.sent, warehouse_id: p.warehouseId })),
        { signal: deps.signal },
      );
      results = outcome.results;
    } catch (error) {
      if (error instanceof OzonBatchError) {
        results = error.completed as StockUpdateResult[];
      } else if (!(error instanceof OzonError)) {
        throw error;
      }
    }
    const round = await recordAnswers(deps, pairs, results, new Date(deps.clock.now()));
    if (round.bulkyLearned.length > 0) {
      // Their pairs go where Ozon takes them now: the bulky warehouses, or the others.
      await refreshStocksOf(
        deps.store,
        settings,
        round.bulkyLearned,
        'Ozon says which warehouses take it (bulky or not)',
        deps.clock.now(),
      );
    }
    return round;
  });
}

async function recordAnswers(
  deps: OfferDeps,
  pairs: readonly SentPair[],
  results: readonly StockUpdateResult[],
  now: Date,
): Promise<StockRound> {
  const t = deps.store.own.offerStocks;
  const byPair = new Map(results.map((r) => [pairKey(r.offer_id, r.warehouse_id), r]));
  const accepted = pairs.filter((p) => byPair.get(pairKey(p.offerId, p.warehouseId))?.updated === true);
  const unanswered = pairs.filter((p) => !byPair.has(pairKey(p.offerId, p.warehouseId)));
  const refused = pairs.filter((p) => {
    const r = byPair.get(pairKey(p.offerId, p.warehouseId));
    return r !== undefined && !r.updated;
  });
  if (accepted.length > 0) {
    await deps.store.db
      .update(t)
      .set({
        accepted: sql`${t.sent}`,
        acceptedAt: now,
        errorCode: null,
        errorMessage: null,
        attempts: 0,
        // A newer value came while this one was on its way: it goes when Ozon takes the pair again.
        dueAt: sql`IF(${t.wanted} <> ${t.sent}, ${new Date(now.getTime() + PAIR_INTERVAL_MS)}, NULL)`,
        updatedAt: now,
      })
      .where(pairsWhere(deps.store, accepted));
  }
  if (unanswered.length > 0) {
    await deps.store.db
      .update(t)
      .set({ dueAt: new Date(now.getTime() + FAILED_REQUEST_RETRY_MS), updatedAt: now })
      .where(pairsWhere(deps.store, unanswered));
  }
  const learned = new Map<string, PairRef & { bulky: boolean }>();
  for (const p of refused) {
    const error = byPair.get(pairKey(p.offerId, p.warehouseId))?.errors[0];
    const code = error?.code ?? 'UNKNOWN';
    const bulky = BULKY_SAYS[code];
    if (bulky !== undefined) {
      learned.set(`${p.productId}\u0000${p.variantKey}`, { ...p, bulky });
    }
    const refusal = stockRefusal(code);
    const course = refusal.course;
    const attempts = p.attempts + 1;
    const retryAt =
      course.kind === 'later' || (course.kind === 'retry' && attempts < course.attempts)
        ? new Date(now.getTime() + course.afterMs)
        : null;
    await deps.store.db
      .update(t)
      .set({
        errorCode: code.slice(0, 64),
        errorMessage:
          `${refusal.message(p.warehouseId)}${error?.message ? ` (Ozon: ${error.message})` : ''}`.slice(
            0,
            1000,
          ),
        attempts,
        dueAt: retryAt,
        updatedAt: now,
      })
      .where(
        and(eq(t.productId, p.productId), eq(t.variantKey, p.variantKey), eq(t.warehouseId, p.warehouseId)),
      );
  }
  const states = deps.store.own.productState;
  for (const unit of learned.values()) {
    await deps.store.db
      .update(states)
      .set({ bulky: unit.bulky })
      .where(and(eq(states.productId, unit.productId), eq(states.variantKey, unit.variantKey)));
  }
  await deps.log({
    level: refused.length > 0 || unanswered.length > 0 ? 'warning' : 'info',
    entity: 'stock',
    message:
      `stock sent to Ozon for ${pairs.length} offer-warehouse pair(s): ${accepted.length} accepted` +
      (refused.length > 0 ? `, ${refused.length} refused` : '') +
      (unanswered.length > 0 ? `, ${unanswered.length} unanswered (sent again shortly)` : ''),
    detail: {
      items: pairs.slice(0, 1000).map((p) => {
        const r = byPair.get(pairKey(p.offerId, p.warehouseId));
        return {
          offerId: p.offerId,
          warehouseId: p.warehouseId,
          stock: p.sent,
          why: p.reason,
          updated: r?.updated ?? null,
          errors: r?.errors ?? [],
        };
      }),
    },
  });
  return {
    sent: pairs.length,
    accepted: accepted.length,
    refused: refused.length,
    unanswered: unanswered.length,
    bulkyLearned: [...new Set([...learned.values()].map((u) => u.productId))],
  };
}
